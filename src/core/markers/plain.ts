/**
 * Words a note puts in that change nothing the cues read: a filler opening the client's quoted words ('said
 * "Well, I don't see the point"'), "literally" ("said literally nothing"), and when or how something was said,
 * between the client and the verb or after it ("She then said", "asked today whether"). A sentence that holds
 * one is also matched in a copy without them, and the offsets of what matches are mapped back to the sentence,
 * as for the past-tense copy (tense.ts).
 */
import type { Retensed } from './tense';
import { WHEN_SAID } from './vocabulary';

/** A filler that opens a quotation: the quotation mark is kept, the filler and what separates it go. */
export const QUOTE_FILLER = /(?<=["“]\s*)(?:well|look|listen|honestly|um+|erm+|er|uh|so|i mean|to be honest|frankly|oh well|you know)\s*[,.…-]*\s+(?=\S)/gi;
const INTENSIFIER = /\bliterally\s+(?=\S)/gi;
/** "She then said", "Pt eventually asked": the word between the client and the verb. */
const BETWEEN = new RegExp(String.raw`(?<=\b(?:she|he|they|pt|client|patient|[A-Z]\.?) )${WHEN_SAID} (?=(?:[a-z]+ed|said|says|told|asks|gave|kept|went|sat|took|left|came|spoke|began|got|made|felt|fell|would|refused|declined)\b)`, 'gi');
/** "said today that", "asked again whether", "said quietly, '...'": the words after the verb. */
const AFTER = new RegExp(String.raw`(?<=\b(?:said|says|stated|states|asked|asks|told me|replied|answered|added|explained|insisted|admitted|mentioned|commented)),? ${WHEN_SAID}\b,?(?= )`, 'gi');

/** The sentence without its fillers, or undefined when it holds none. */
export function plainWords(sentence: string): Retensed | undefined {
  const cuts: [number, number][] = [];
  for (const re of [QUOTE_FILLER, INTENSIFIER, BETWEEN, AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) cuts.push([m.index, m.index + m[0].length]);
  }
  if (!cuts.length) return undefined;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  const offsets: number[] = [];
  let at = 0;
  for (const [s, e] of cuts) {
    if (s < at) continue;
    for (let i = at; i < s; i++) { out += sentence[i]; offsets.push(i); }
    at = e;
  }
  for (let i = at; i < sentence.length; i++) { out += sentence[i]; offsets.push(i); }
  offsets.push(sentence.length);
  return { text: out, verbs: [], toOriginal: Int32Array.from(offsets) };
}
