/**
 * What every frame needs: the hit it reports, the context of one verb (its clause, subject and object),
 * and the checks for negation, mood and word lists over a sentence's tokens.
 */
import type { Subtype } from '../../settings';
import { ALWAYS_NEVER, NEGATORS, type ObjectClass } from '../vocabulary';
import { hyphenated, subjectOf, type Role, type Sentence } from '../roles';
import type { Token } from '../tokens';

export interface FrameHit {
  subtype: Subtype;
  confidence: number;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Which frame found it, for the message and for tests. */
  frame: string;
}

/** Reports a hit over tokens [from, to). */
export type Add = (subtype: Subtype, confidence: number, from: number, to: number, frame: string) => void;

/** One verb (or verb-like word) of a sentence, with what the frames ask of it. */
export interface VerbContext {
  s: Sentence;
  i: number;
  t: Token;
  lemma: string;
  /** Its clause, as token indexes [from, to). */
  from: number;
  to: number;
  /** Where its object is looked for: the clause, at most ten words on. */
  objEnd: number;
  role: Role;
  /** The subject's token, or -1 when the subject is implicit. */
  subjectIndex: number;
  obj: ObjectClass | undefined;
  add: Add;
  /** The part of the therapy the sentence before named last, for a pronoun object ("would not touch it"). */
  antecedent?: ObjectClass;
}

export const MODAL = new Set(['would', 'could', 'might', 'may', 'will', 'shall', 'should', 'must', "'d", 'can', 'ca', "'ll"]);
export const CONDITION = new Set(['if', 'unless', 'whether']);
/** Verbs of sensing that "could" and "can" make no less real ("I could feel myself tensing"). */
const SENSED = new Set(['feel', 'sense']);
const PLAN_VERBS = new Set(['plan', 'aim', 'hope', 'intend', 'need', 'going', 'try', 'expect', 'want', 'wish', 'encourage', 'invite', 'ask', 'suggest']);
export { NEGATORS };

export const isClient = (r: Role) => r === 'client' || r === 'implicit';

/** A quoted answer, then "and no more", "and nothing else" (the gate and noMoreHits). */
export const NO_MORE = /["”]\s*,?\s*(?:and|but)\s+(?:no more|nothing more|nothing else|not a word more|that was all|that was it|left it (?:there|at that))\b/i;
/** "than I meant to", "without meaning to": a doing past what the doer meant (the gate and pastMeantHits). */
export const PAST_MEANT = /\bwithout (?:quite )?(?:meaning|intending|wanting) to\b|\bthan I (?:had )?(?:meant|intended|needed|wanted|planned|should have|would have liked|would like)\b|\bthan (?:was|is|would have been) (?:useful|helpful|needed|necessary|wise|warranted|good for (?:her|him|them))\b/i;
/** "I'm not doing", "I won't do": the opening of a refusal in the client's words (the gate and refusedInQuoteHits). */
export const QUOTED_REFUSAL = /\bI(?:'m|’m| am) not (?:doing|going to do|gonna do)\b|(?<=["“]\s*)[Nn]ot (?:doing|gonna do)\b|\bI (?:won't|won’t|will not|'m not going to|am not going to) (?:be doing|do)\b/;

/**
 * A frame read from a pattern of what is told of the client ("asked why we were meeting at all"): the match, the token
 * it starts at and the token after its end (`end`, the match's end unless given; the sentence's end when no token
 * follows), when it starts outside quotation marks (unless `quotedToo`) in a clause whose subject is the client.
 */
export function clientMatch(s: Sentence, pattern: RegExp, end?: (m: RegExpExecArray) => number, quotedToo = false): { m: RegExpExecArray; from: number; to: number } | undefined {
  const m = pattern.exec(s.text);
  if (!m) return undefined;
  const { from, to } = matchTokens(s, m.index, end ? end(m) : m.index + m[0].length);
  if (from < 0 || (s.quoted[from] && !quotedToo) || !isClient(subjectOf(s, from).role)) return undefined;
  return { m, from, to };
}

/** The token a match starts at (-1 when none) and the token after its end (the sentence's end when none follows). */
export function matchTokens(s: Sentence, start: number, end: number): { from: number; to: number } {
  const from = s.tokens.findIndex((w) => w.start >= start);
  const to = s.tokens.findIndex((w) => w.start >= end);
  return { from, to: to < 0 ? s.tokens.length : to };
}

/** A verb read as a verb: VERB, or a participle used as an adjective ("frustrated", "withdrawn"). */
export const verbLike = (t: Token) => t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|ing|en)$/.test(t.lower));

/** The verb is negated, in a condition, a plan or a modal ("would complain", "if she refuses", "plan to challenge"). */
export function irrealis(s: Sentence, i: number, from: number, subjectIndex = -1): boolean {
  const t = s.tokens[i];
  // "said no and talked instead about a documentary", "didn't answer and looked away": a verb in the past after "and"
  // is a new predicate that the negation before it does not reach (as context.ts reads a cue's).
  const fresh = newPredicate(s, i);
  if (t.negated && fresh < 0) return true;
  for (let j = from; j < i; j++) {
    const w = s.tokens[j];
    if (NEGATORS.has(w.lower) && i - j <= 4 && j >= fresh) return true;
    // "may have pushed", "might have been": a guess about the past, not a hypothetical.
    const pastGuess = s.tokens[j + 1]?.lower === 'have' && j + 2 <= i;
    // A modal before the verb's own subject belongs to another predicate ("that the team would review her
    // weight, she rolled her eyes").
    // "I could feel myself being pulled in", "I can sense it": a felt thing, perceived, not a hypothetical one.
    const perceived = (w.lower === 'could' || w.lower === 'can') && j === i - 1 && SENSED.has(t.lemma);
    if (w.pos === 'AUX' && MODAL.has(w.lower) && !s.quoted[j] && !pastGuess && !perceived && !(subjectIndex > j)) return true;
    if (CONDITION.has(w.lower) && !s.quoted[j]) return true;
  }
  // "to complain": an infinitive after a verb of planning or asking.
  const prev = s.tokens[i - 1];
  if (prev?.lower === 'to') {
    const gov = s.tokens.slice(Math.max(0, i - 4), i - 1).reverse().find((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADJ');
    if (gov && PLAN_VERBS.has(gov.lemma)) return true;
  }
  return false;
}

/** Where a verb in the past after "and" starts its own predicate ("and looked away", "and then talked"), or -1. */
function newPredicate(s: Sentence, i: number): number {
  const t = s.tokens[i];
  if (t.pos !== 'VERB' || t.lower === t.lemma || /(?:ing|s)$/.test(t.lower)) return -1;
  const and = s.tokens[i - 1]?.lower === 'and' ? i - 1 : s.tokens[i - 2]?.lower === 'and' && s.tokens[i - 1]?.pos === 'ADV' ? i - 2 : -1;
  return and < 0 ? -1 : and + 1;
}

/** The first token in [from, to) whose form or lemma is in `words`, or -1. */
export function within(s: Sentence, from: number, to: number, words: ReadonlySet<string>): number {
  const end = Math.min(to, s.tokens.length);
  for (let j = Math.max(0, from); j < end; j++) {
    const t = s.tokens[j];
    if (words.has(t.lower) || words.has(t.lemma)) return j;
    // A hyphenated word the tagger splits ("tick - box").
    const compound = j + 2 < end ? hyphenated(s, j) : undefined;
    if (compound && words.has(compound)) return j;
  }
  return -1;
}

export const words = (list: string) => new Set(list.trim().split(/\s+/));
/** "I" alone, for `within` (the frames of each kind look for the therapist's or the client's "I"). */
export const W_I = words('i');
/** Someone else's: "her frustration", "his brother", "their diary" (not "my", "your"). */
export const W_HIS_HER_THEIR = words('his her their');

/** The confrontation subtype a complaint has from what it is about. */
export const CONFRONT_BY_OBJECT: Record<Exclude<ObjectClass, 'self'>, Subtype> = { therapist: 'C1', intervention: 'C2', task: 'C3', parameter: 'C4', therapy: 'C5' };

/** The quoted words around token i, at most `back` before and `ahead` after: [start, end). */
export function quotedAround(s: Sentence, i: number, back: number, ahead: number): [number, number] {
  let start = i;
  while (start > 0 && s.quoted[start - 1] && start > i - back) start--;
  let end = i + 1;
  while (end < s.tokens.length && s.quoted[end] && end < i + ahead) end++;
  return [start, end];
}

/** Where the verb group of c's verb starts, its auxiliaries, adverbs and negation included ("didn't really want"). */
export function verbGroupStart(c: VerbContext): number {
  let k = c.i;
  while (k > c.from && ['AUX', 'PART', 'ADV'].includes(c.s.tokens[k - 1].pos)) k--;
  return k;
}

/** Verbs a therapist is praised with ("always know what to say", "never judge"). */
const PRAISE = words('know remember listen help understand care notice believe make get see');
const LACK = words('have get know understand care listen see hear');

/**
 * The client's quoted words about the therapist pointed: an adverb of always, only or obviously before
 * the verb ('I "always take her side"', 'I was "only doing this to tick a box"'), or a lack ('I "obviously
 * don't have OCD"').
 */
export function pointed(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j < to; j++) {
    const next = t[j + 1];
    if (ALWAYS_NEVER.has(t[j].lower) && t[j].lower !== 'never' && next && (next.pos === 'VERB' || next.pos === 'AUX') && !PRAISE.has(next.lemma)) return true;
    if ((t[j].lower === "n't" || t[j].lower === 'not' || t[j].lower === 'never') && t.slice(j + 1, Math.min(to, j + 3)).some((w) => LACK.has(w.lemma))) return true;
  }
  return false;
}

/**
 * Whether token j opens a clause of the therapist's move, outside quotation marks: one of `openers`
 * ("when", "as"...) and then "I" or "T" ("When I named the mode...").
 */
export function therapistClauseAt(s: Sentence, j: number, openers: ReadonlySet<string>): boolean {
  const t = s.tokens;
  return j + 1 < t.length && openers.has(t[j].lower) && !s.quoted[j] && (t[j + 1].lower === 'i' || t[j + 1].text === 'T') && !s.quoted[j + 1];
}

/** The end (exclusive) of the client's quoted words that run from token `from`, at most `max` tokens. */
export function quotationEnd(s: Sentence, from: number, max = Infinity): number {
  let e = from;
  while (e < s.tokens.length && e - from < max && s.quoted[e]) e++;
  return e;
}
