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
/** A title before a name, and the words that open a sentence rather than name someone after a title. */
const TITLE = /\b(dr|mr|mrs|ms)\.$/i;
const OPENER = /^\s+(?:She|He|They|I|We|It|The|This|That|There|Her|His|Their|My|When|After|Then|At|In|On|No|Not)\b/;
/**
 * A title's stop that ends the sentence all the same: a title is followed by a name, so "with MS. She spent the
 * session..." ends at the illness's letters, as a title before "She" or "The" does.
 */
function titleEnds(text: string, start: number, i: number, next: number): boolean {
  const title = TITLE.exec(text.slice(Math.max(start, i - 4), i + 1));
  return title !== null && (title[1] === 'MS' || OPENER.test(text.slice(next, next + 40)));
}
/** "v. brief": the lower-case v of "very" (a capital V. is an initial, which can end a sentence). */
const VERY = /(?:^|[^\w])v\.$/;
/** A capital initial ("J.") ends no sentence when the next word is in lower case ("answered for J. every time"). */
const INITIAL = /(?:^|[^\w])[A-Z]\.$/;
/**
 * The clock time that opens a line of a timestamped process log ("10:40 Tells me...", "[14.05] Long silence",
 * "00:12:30 - Asks..."): when, not what; the sentence starts after it, as after a list marker, so a verb that
 * opens it opens the sentence. Only before a capital or a quotation mark ("10.30 is fine" stays whole).
 */
const CLOCK = /^\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?(?:\s*(?:am|pm|h|hrs))?(?:\s*[-–—:|]\s*|\s+)(?=["“]?[A-Z])/;

/** A comma splice: a comma, then a new subject and its verb ("..., he did say", "..., I think I was"). */
/** A new subject and its verb ("he did", "I think", "we agreed"), which a splice or a dictation's new clause opens with. */
const CLAUSE_VERBS = String.raw`[a-z]+ed|did|was|were|had|said|says|think|thought|felt|feel|agreed|will|would|is|are|has|have|went|got|came|told|made`;
const NEW_CLAUSE = (more = '') => String.raw`(?:I|we|he|she|they)\s+(?:\w+\s+)?(?:${CLAUSE_VERBS}${more})\b`;
const SPLICE = new RegExp(String.raw`,\s+(?=${NEW_CLAUSE()})`, 'g');
/**
 * A dictated note's run-on sentence ("Saw Dan today he was very quiet ..., he did say ..., we agreed ..., his
 * brother ..."): at 40 words or more with three or more comma splices, each spliced clause is read as a sentence
 * of its own, so what one clause says (a plan agreed) does not colour another (a doubt voiced). Shorter sentences
 * stay whole: there a comma splice often ties a moment to how it ended ("she cried, she said it felt good").
 */
/** A new clause in a dictation without punctuation: a subject and its verb after a word that does not introduce it. */
const UNPUNCTUATED = new RegExp(String.raw`(?<=\s)(?<!\b(?:that|because|cos|cause|when|whenever|if|as|and|but|or|so|what|how|why|which|who|whom|where|while|until|unless|though|although|said|says|say|thought|think|thinks|felt|feel|feels|told|tell|tells|knew|know|knows|believe|believed|whether|than|since|before|after|once|much|many|wish|wished|hope|hoped|mean|meant|guess|reckon|reckons|reckoned)\s)(?=${NEW_CLAUSE("|kept|sat|left|took|gave|spent|could|couldn't|wouldn't|didn't|wasn't|won't")})`, 'g');
function runOn(text: string, s: number, e: number): [number, number][] {
  const span = text.slice(s, e);
  if (span.length < 200 || (span.match(/\S+/g)?.length ?? 0) < 40) return [[s, e]];
  // Dictated with no punctuation at all ("he said the group was a waste ... I felt myself getting irritated ..."):
  // each new subject and its verb, not introduced by "that", "because", "said" and the like, starts a sentence.
  if (!/[,;:]/.test(span)) {
    const starts = [...span.matchAll(UNPUNCTUATED)].map((m) => s + (m.index ?? 0)).filter((k) => k > s);
    if (starts.length >= 2) return [s, ...starts].map((a, x, all): [number, number] => [a, x + 1 < all.length ? all[x + 1] - 1 : e]);
  }
  const splices = [...span.matchAll(SPLICE)];
  if (splices.length < 3) return [[s, e]];
  const out: [number, number][] = [];
  let from = s;
  // Each clause ends before its comma; the next starts at its subject.
  for (const m of splices) { out.push([from, s + (m.index ?? 0)]); from = s + (m.index ?? 0) + m[0].length; }
  out.push([from, e]);
  return out;
}

export function splitSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    const clock = CLOCK.exec(text.slice(s, Math.min(end, s + 24)));
    if (clock) s += clock[0].length;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    for (const [a0, b0] of runOn(text, s, e)) for (let a = a0; a < b0; a += MAX_SENTENCE) {
      const b = Math.min(b0, a + MAX_SENTENCE);
      out.push({ start: base + a, end: base + b, text: text.slice(a, b) });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the line ended with terminal punctuation or the next line starts a list-like
      // item or a clock time.
      const prev = text.slice(start, i).trimEnd();
      const next = text.slice(i + 1, i + 25).trimStart();
      if (/[.!?:"”)]$/.test(prev) || /^(?:[-*+]|\d+[.)])\s/.test(next) || CLOCK.test(next)) push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]*_]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === '.' && !titleEnds(text, start, i, j) && (ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) || VERY.test(text.slice(Math.max(start, i - 2), i + 1)))) continue;
    if (c === '.' && NUMBER_ABBREV.test(text.slice(Math.max(start, i - 3), i + 1)) && /^\s*\d/.test(text.slice(j))) continue;
    // Do not end inside an open quotation that continues on the same line in lower case ("Fine," she said.)
    const next = text.slice(j).trimStart()[0];
    if (next !== undefined && /[a-z]/.test(next) && (c !== '.' || INITIAL.test(text.slice(Math.max(start, i - 2), i + 1)))) continue;
    push(j);
  }
  if (start < text.length) push(text.length);
  return out.filter((s) => s.end > s.start);
}
