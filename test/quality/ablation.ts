/**
 * What each layer of the detector adds, measured on labeled folders: the phrases alone, then the
 * structural layer (wink-nlp's parts of speech, lemmas and negation) without and with its sentiment model,
 * and the shipped detector with nlcst's English sentence splitter (parse-english) in place of ours.
 *   npx tsx test/quality/ablation.ts test/fixtures/unseen4 ../shared/corpus ...
 */
import { ParseEnglish } from 'parse-english';
import { Engine } from '../../src/core/engine';
import { parseMarkdownLinear } from '../../src/core/markdown';
import { detectMarkers, type DetectorOptions } from '../../src/core/markers/detector';
import { proseBlocks } from '../../src/core/markers/prose';
import type { Sentence } from '../../src/core/markers/sentences';
import { scanSections } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';
import { describeScore, scoreWith } from './score';

const RULE = { withdrawal: 'rupture-withdrawal', confrontation: 'rupture-confrontation', 'therapist-reaction': 'therapist-reaction' } as const;
const engine = new Engine();

const english = new ParseEnglish();
/** Sentences from nlcst: parse-english keeps each sentence's offsets. */
function nlcstSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    if (node.type === 'SentenceNode' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const s = node.position.start.offset;
      const e = node.position.end.offset;
      out.push({ start: base + s, end: base + e, text: text.slice(s, e) });
      return;
    }
    for (const c of (node.children ?? []) as (typeof node)[]) visit(c);
  };
  visit(english.parse(text) as never);
  return out;
}

const VARIANTS: [string, Partial<DetectorOptions>][] = [
  ['phrases only', { structural: false }],
  ['+ structure, no sentiment', { sentiment: false }],
  ['+ structure + sentiment (shipped)', {}],
  ['shipped, nlcst sentences', { splitter: nlcstSentences }],
];

for (const folder of process.argv.slice(2)) {
  console.log(folder);
  for (const [name, opts] of VARIANTS) {
    const score = scoreWith(folder, (_file, text) => {
      const sections = scanSections(new LineIndex(text), 0);
      const { markers } = detectMarkers(proseBlocks(parseMarkdownLinear(text), text, 0), sections, { settings: engine.settings, ...opts });
      return markers.map((m) => ({ rule: RULE[m.kind], span: [m.start, m.end] as [number, number] }));
    });
    console.log(`  ${name.padEnd(36)} ${describeScore(score)}`);
  }
}
