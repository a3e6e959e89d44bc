/**
 * Words a note puts in that change nothing the cues read: a filler opening the client's quoted words ('said
 * "Well, I don't see the point"'), "literally" ("said literally nothing"), and when or how something was said,
 * between the client and the verb or after it ("She then said", "asked today whether"); and words the cues
 * spell another way: "did not" for "didn't", "this writer" for the therapist's "I", "me" or "my". A sentence
 * that holds any is also matched in a copy in the cues' words, and the offsets of what matches are mapped back
 * to the sentence, as for the past-tense copy (tense.ts).
 */
import { type Edit, type Retensed, rewrite } from './tense';
import { OPENING_FILLER, WHEN_SAID } from './vocabulary';

/** A filler that opens a quotation: the quotation mark is kept, the filler and what separates it go. */
const QUOTE_FILLER = new RegExp(String.raw`(?<=["“]\s*)${OPENING_FILLER}`, 'gi');
const INTENSIFIER = /\bliterally\s+(?=\S)/gi;
/** "She then said", "Pt eventually asked": the word between the client and the verb. */
const BETWEEN = new RegExp(String.raw`(?<=\b(?:she|he|they|pt|client|patient|[A-Z]\.?) )${WHEN_SAID} (?=(?:[a-z]+ed|said|says|told|asks|gave|kept|went|sat|took|left|came|spoke|began|got|made|felt|fell|would|refused|declined)\b)`, 'gi');
/** "said today that", "asked again whether", "said quietly, '...'": the words after the verb. */
const AFTER = new RegExp(String.raw`(?<=\b(?:said|says|stated|states|asked|asks|told me|replied|answered|added|explained|insisted|admitted|mentioned|commented)),? ${WHEN_SAID}\b,?(?= )`, 'gi');

/** "did not" as the cues mostly spell it, "didn't" ('said she "did not see the point"'). */
const UNCONTRACTED = /\b(do|does|did|is|was|were|are|could|would|should|has|have|had)\s+not\b|\b(can)not\b|\b(will) not\b/gi;
const contracted = (m: RegExpExecArray) => (m[3] ? `${m[3][0]}on't` : m[2] ? `${m[2]}'t` : `${m[1]}n't`);

/**
 * The therapist as an agency's progress note names them ("this writer", "writer", "this clinician"; not "the
 * clinician" or "a writer", who may be someone else), in the words the cues are mostly written with: "my" for
 * "this writer's", "I" before what they did, "me" elsewhere.
 */
const WRITER = /(?<!\b(?:the|a|an|her|his|their|my|[\w-]+['’]s) )\b(?:this )?writer(?:['’]s)?\b|\bthis (?:clinician|counsell?or)(?:['’]s)?\b/gi;
const DID = /^\s+(?:\w+ed|was|had|would|could|will|said|says|asked|asks|felt|feels|thought|noticed|notices|tried|gave|took|made|went|came|brought|told|began|kept|found|sat|spoke|heard|saw|am|is|did|does|offered|suggested|reflected|wondered|invited|named|raised)\b/i;

export interface Plain extends Retensed {
  /** The therapist named as "this writer" was rewritten: the structural layer reads the copy too. */
  writer: boolean;
}

/** The sentence in the cues' plain words, or undefined when nothing in it changes. */
export function plainWords(sentence: string): Plain | undefined {
  const edits: Edit[] = [];
  for (const re of [QUOTE_FILLER, INTENSIFIER, BETWEEN, AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: '' });
  }
  UNCONTRACTED.lastIndex = 0;
  for (let m = UNCONTRACTED.exec(sentence); m; m = UNCONTRACTED.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: contracted(m) });
  WRITER.lastIndex = 0;
  let writer = false;
  for (let m = WRITER.exec(sentence); m; m = WRITER.exec(sentence)) {
    writer = true;
    const own = /['’]s$/.test(m[0]);
    const first = m.index === 0 || /^[\s"“(]*$/.test(sentence.slice(0, m.index));
    const by = own ? 'my' : DID.test(sentence.slice(m.index + m[0].length)) ? 'I' : 'me';
    edits.push({ start: m.index, end: m.index + m[0].length, by: first && by === 'my' ? 'My' : by });
  }
  if (!edits.length) return undefined;
  edits.sort((x, y) => x.start - y.start);
  return { ...rewrite(sentence, edits), verbs: [], writer };
}
