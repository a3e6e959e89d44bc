/**
 * Sentences and clauses of a prose block, as offsets. Bounded: a sentence longer than MAX_SENTENCE is
 * cut, so no pattern ever runs over more than that many characters (linear time on huge notes).
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const MAX_SENTENCE = 1500;

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREV = /\b(?:dr|mr|mrs|ms|vs|etc|e\.g|i\.e|approx|min|mins|pt|tx|hw|wk|hrs?|p\.m|a\.m|esp|incl|poss|prob|cf|sl|appt|sess)\.$/i;
/** "No." is a number only before one ("No. 5"); otherwise it ends the sentence ("answered with yes/no. When I..."). */
const NUMBER_ABBREV = /\bno\.$/i;
/** "v. brief": the lower-case v of "very" (a capital V. is an initial, which can end a sentence). */
const VERY = /(?:^|[^\w])v\.$/;
/** A capital initial ("J.") ends no sentence when the next word is in lower case ("answered for J. every time"). */
const INITIAL = /(?:^|[^\w])[A-Z]\.$/;

export function splitSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    for (let a = s; a < e; a += MAX_SENTENCE) {
      const b = Math.min(e, a + MAX_SENTENCE);
      out.push({ start: base + a, end: base + b, text: text.slice(a, b) });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the line ended with terminal punctuation or the next line starts a list-like item.
      const prev = text.slice(start, i).trimEnd();
      if (/[.!?:"”)]$/.test(prev) || /^\s*(?:[-*+]|\d+[.)])\s/.test(text.slice(i + 1, i + 6))) push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]*_]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === '.' && (ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) || VERY.test(text.slice(Math.max(start, i - 2), i + 1)))) continue;
    if (c === '.' && NUMBER_ABBREV.test(text.slice(Math.max(start, i - 3), i + 1)) && /^\s*\d/.test(text.slice(j))) continue;
    // Do not end inside an open quotation that continues on the same line in lower case ("Fine," she said.)
    const next = text.slice(j).trimStart()[0];
    if (next !== undefined && /[a-z]/.test(next) && (c !== '.' || INITIAL.test(text.slice(Math.max(start, i - 2), i + 1)))) continue;
    push(j);
  }
  if (start < text.length) push(text.length);
  return out.filter((s) => s.end > s.start);
}
