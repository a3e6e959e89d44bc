import { tokenize } from '../src/core/markers/tokens';
import { withQuotes, objectOf } from '../src/core/markers/roles';
import { frameHits } from '../src/core/markers/frames/index';
const text = process.argv[2];
const s = withQuotes(text, tokenize(text));
console.log(s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}${t.negated ? '!' : ''}`).join(' '));
console.log(frameHits(s).map((h) => `${h.subtype} ${h.frame} "${text.slice(h.start, h.end)}"`));
