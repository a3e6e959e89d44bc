// Debugging aid: which of the lexicon's cues match a sentence, before any context check.
//   npx tsx scripts/which-cue.ts "She changed the subject when I asked."
import { CUES } from '../src/core/markers/lexicon';

const sentence = process.argv[2] ?? '';
CUES.forEach((cue, i) => {
  const m = cue.pattern.exec(sentence);
  if (m) console.log(`${i} ${cue.subtype} "${m[0]}"  ${cue.pattern.source.slice(0, 100)}`);
});
