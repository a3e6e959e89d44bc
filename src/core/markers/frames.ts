/**
 * The structural layer of the detector: markers found from who does what to whom, in which clause,
 * with which negation and mood, rather than from a phrase. A frame is a verb class, the roles its subject
 * may have and, for most, the class of its object; the subtype follows from the object (complaining
 * about the therapist is C1, about the homework C3, about the fees C4, about progress C5).
 */
import type { Subtype } from '../settings';
import { clauseOf, objectOf, subjectOf, type Role, type Sentence } from './roles';
import { sentimentOf, type Token } from './tokens';
import * as V from './vocabulary';

export interface FrameHit {
  subtype: Subtype;
  confidence: number;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Why, for the message and for tests: the frame's name. */
  frame: string;
}

const MODAL = new Set(['would', 'could', 'might', 'may', 'will', 'shall', 'should', 'must', "'d", 'can', 'ca', "'ll"]);
const CONDITION = new Set(['if', 'unless', 'whether']);
const PLAN_VERBS = new Set(['plan', 'aim', 'hope', 'intend', 'need', 'going', 'try', 'expect', 'want', 'wish', 'encourage', 'invite', 'ask', 'suggest']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'nobody', 'none', 'neither', 'nothing', 'noone']);


const isClient = (r: Role) => r === 'client' || r === 'implicit';

/** A verb read as a verb: VERB, or a participle/adjective form of a listed verb. */
const verbLike = (t: Token) => t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|ing)$/.test(t.lower));

/** The verb is negated, in a condition, a plan or a modal ("would complain", "if she refuses", "plan to challenge"). */
function irrealis(s: Sentence, i: number, from: number): boolean {
  const t = s.tokens[i];
  if (t.negated) return true;
  for (let j = from; j < i; j++) {
    const w = s.tokens[j];
    if (NEGATORS.has(w.lower) && i - j <= 4) return true;
    if (w.pos === 'AUX' && MODAL.has(w.lower) && !s.quoted[j]) return true;
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

function span(s: Sentence, from: number, to: number): { start: number; end: number } {
  const last = Math.min(to, s.tokens.length) - 1;
  let end = s.tokens[last].end;
  // Do not end on punctuation.
  for (let k = last; k > from && s.tokens[k].pos === 'PUNCT'; k--) end = s.tokens[k - 1].end;
  return { start: s.tokens[from].start, end };
}

const within = (s: Sentence, from: number, to: number, words: ReadonlySet<string>) => {
  for (let j = from; j < to; j++) if (words.has(s.tokens[j].lower) || words.has(s.tokens[j].lemma)) return j;
  return -1;
};

const CONFRONT_BY_OBJECT: Record<string, Subtype> = { therapist: 'C1', intervention: 'C2', task: 'C3', parameter: 'C4', therapy: 'C5' };

/** Small word sets of the frames. */
const W_HER_HIM_THEM = new Set(['her', 'him', 'them']);
const W_TELL_DECIDE_FIX = new Set(['tell', 'decide', 'fix', 'promise', 'guarantee', 'give']);
const W_SESSION_HOUR = new Set(['session', 'hour']);
const W_ON_TALKING_DESCRIBING = new Set(['on', 'talking', 'describing', 'telling', 'discussing', 'recounting']);
const W_ABOUT_OF = new Set(['about', 'of']);
const W_ALTHOUGH_THOUGH_BUT = new Set(['although', 'though', 'but', 'while', 'yet']);
const W_MYSELF = new Set(['myself']);
const W_TOO_HARDER_MORE = new Set(['too', 'harder', 'more', 'most', 'over', 'again', 'much']);
const W_MOST = new Set(['most']);
const W_TALKING_WORK = new Set(['talking', 'work']);
const W_NEVER_ALWAYS_JUST = new Set(['never', 'always', 'just', 'only', 'keep', 'clearly', 'obviously']);
const W_ME = new Set(['me']);
const W_YOU = new Set(['you']);

export function frameHits(s: Sentence): FrameHit[] {
  const hits: FrameHit[] = [];
  const toks = s.tokens;
  const add = (subtype: Subtype, confidence: number, from: number, to: number, frame: string) => hits.push({ subtype, confidence, ...span(s, from, to), frame });

  evaluationHits(s, add);
  quotedYouHits(s, add);

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lemma = t.lemma;
    const [from, to] = clauseOf(s, i);
    const objEnd = Math.min(to, i + 10);

    // Nominal frames: "answers were short", "vague, general answers", "Responses delayed and brief".
    if (t.pos === 'NOUN' && V.RESPONSE.has(t.lower) && !s.quoted[i]) {
      const near = (words: ReadonlySet<string>) => {
        const a = within(s, Math.max(from, i - 3), i, words);
        if (a >= 0) return a;
        return within(s, i + 1, Math.min(to, i + 5), words);
      };
      const neg = toks.slice(Math.max(from, i - 3), Math.min(to, i + 5)).some((w) => NEGATORS.has(w.lower));
      const owner = subjectOf(s, i).role;
      if (!neg && owner !== 'therapist' && owner !== 'third') {
        const m = near(V.MINIMAL);
        const a = near(V.ABSTRACT_QUALITY);
        if (m >= 0) add('W2', 0.65, Math.min(m, i), Math.max(m, i) + 1, 'minimal-response');
        else if (a >= 0) add('W3', 0.65, Math.min(a, i), Math.max(a, i) + 1, 'abstract-response');
        // "answers mostly 'mm' and 'not really'": answers followed by a short quotation.
        else if (toks[i + 1] && (toks[i + 1].text === '"' || toks[i + 2]?.text === '"' || toks[i + 1].text === '“' || toks[i + 2]?.text === '“')) {
          const q = toks.findIndex((w, k) => k > i + 1 && s.quoted[k - 1] && !s.quoted[k] && (w.text === '"' || w.text === '”'));
          if (q > 0 && toks[q].start - toks[i].end < 40) add('W2', 0.6, i, q + 1, 'minimal-response');
        }
      }
      continue;
    }

    if (!verbLike(t) && !(t.pos === 'NOUN' && (V.HOSTILE.has(lemma) || V.HOSTILE_MANNER.has(t.lower)))) {
      // Therapist's affect as a predicate with a subjectless feeling verb is handled from the verb below.
      continue;
    }
    const subject = subjectOf(s, i);
    const role = subject.role;
    // "it doesn't bother her": a denial is itself negative.
    if (V.AFFECT_VERB.has(lemma) && t.negated && role !== 'therapist' && !s.quoted[i] && within(s, i + 1, Math.min(to, i + 3), W_HER_HIM_THEM) >= 0) {
      add('W1', 0.6, Math.max(from, i - 3), Math.min(to, i + 6), 'denial'); continue;
    }
    if (irrealis(s, i, from)) continue;
    const obj = objectOf(s, i + 1, objEnd);

    // --- Confrontation
    if (isClient(role) && verbLike(t)) {
      if (V.OPPOSE.has(lemma)) {
        const sub = obj && obj !== 'self' ? CONFRONT_BY_OBJECT[obj] : V.HOSTILE.has(lemma) ? 'C1' : undefined;
        if (sub) { add(sub, obj ? 0.7 : 0.6, i, objEnd, 'opposition'); continue; }
      }
      if (V.HOSTILE.has(lemma) && !obj) { add('C1', 0.6, i, Math.min(to, i + 4), 'hostility'); continue; }
      if (V.REFUSE.has(lemma) && (obj === 'task' || obj === 'intervention' || obj === 'therapy')) {
        add(obj === 'intervention' ? 'C2' : 'C3', 0.7, i, objEnd, 'refusal'); continue;
      }
      // "declined to start reprocessing": a refusal followed by an infinitive of the task.
      if (V.REFUSE.has(lemma) && toks[i + 1]?.lower === 'to') { add('C3', 0.6, i, objEnd, 'refusal'); continue; }
      if (V.PRESSURE.has(lemma) && (obj === 'therapist' || toks.slice(i + 1, i + 3).some((w) => w.lower === 'that' || w.lower === 'i'))) {
        add('C7', 0.7, i, objEnd, 'pressure'); continue;
      }
      if (lemma === 'ask' && obj === 'therapist') {
        // "asked me to just tell him what to do"
        const k = within(s, i + 1, objEnd, W_TELL_DECIDE_FIX);
        if (k >= 0) { add('C7', 0.65, i, objEnd, 'pressure'); continue; }
      }
      if (V.DEFEND.has(lemma) && obj === 'self') { add('C6', 0.7, i, objEnd, 'defence'); continue; }
      if (V.INTERRUPT.has(lemma) && (obj === 'therapist' || !obj)) { add('C1', 0.6, i, objEnd, 'interruption'); continue; }
      if (V.SPEECH.has(lemma)) {
        const manner = within(s, from, to, V.HOSTILE_MANNER);
        if (manner >= 0) { add('C1', 0.6, Math.min(i, manner), Math.max(i, manner) + 1, 'hostile-manner'); continue; }
      }
    }

    // --- Withdrawal
    if (isClient(role) && verbLike(t)) {
      if (V.WITHDRAW_QUIET.has(lemma)) { add('W2', 0.65, i, Math.min(to, i + 5), 'quiet'); continue; }
      if (V.WITHDRAW_TOPIC.has(lemma)) { add('W4', 0.65, i, Math.min(to, i + 6), 'topic'); continue; }
      if (lemma === 'avoid' && within(s, i + 1, Math.min(to, i + 4), V.AVOIDED) >= 0) { add('W2', 0.6, i, Math.min(to, i + 5), 'avoidance'); continue; }
      if (V.WITHDRAW_FROM.has(lemma) && (obj === 'therapist' || obj === 'therapy' || obj === 'task')) { add('W2', 0.6, i, objEnd, 'withdrawal'); continue; }
      if (V.ABSTRACT.has(lemma)) { add('W3', 0.65, i, Math.min(to, i + 5), 'abstraction'); continue; }
      if (V.DENY.has(lemma) && within(s, i + 1, Math.min(to, i + 5), V.DENIED_FEELING) >= 0) { add('W1', 0.6, i, Math.min(to, i + 6), 'denial'); continue; }
      if (V.DEFER.has(lemma) && within(s, i + 1, Math.min(to, i + 6), V.EXCESS) >= 0) { add('W5', 0.6, i, Math.min(to, i + 6), 'deference'); continue; }
      // "Spent much of the session on her car insurance claim"
      if (lemma === 'spend' && within(s, i + 1, Math.min(to, i + 6), W_SESSION_HOUR) >= 0 && obj !== 'task' && obj !== 'therapy') {
        const on = within(s, i + 1, to, W_ON_TALKING_DESCRIBING);
        if (on >= 0) { add('W4', 0.6, i, Math.min(to, on + 8), 'topic'); continue; }
      }
      // "Talked about her flatmate's cat for a good ten minutes": a story told at length, away from the work.
      if (V.TALK.has(lemma) || (lemma === 'go' && toks[i + 1]?.lower === 'on')) {
        const about = within(s, i + 1, Math.min(to, i + 4), W_ABOUT_OF);
        const long = within(s, i + 1, to, V.AT_LENGTH);
        const topic = about >= 0 ? toks.slice(about + 1, Math.min(to, about + 5)).find((w) => w.pos === 'NOUN' || w.pos === 'PRON' || w.pos === 'PROPN') : undefined;
        if (about >= 0 && long >= 0 && topic && !V.CORE_TOPIC.has(topic.lemma) && !V.CORE_TOPIC.has(topic.lower) && !objectOf(s, about + 1, to)) {
          add('W4', 0.55, i, Math.min(to, Math.max(long, about + 4) + 1), 'story-at-length'); continue;
        }
      }
      // "said it was fine ... although her hands were clenched"
      if (V.SPEECH.has(lemma) || lemma === 'insist' || lemma === 'claim') {
        const fine = within(s, i + 1, Math.min(toks.length, i + 8), V.FINE);
        const contrast = within(s, i + 1, toks.length, W_ALTHOUGH_THOUGH_BUT);
        if (fine >= 0 && contrast > fine && within(s, contrast + 1, toks.length, V.BODY_SIGN) >= 0) {
          add('W1', 0.65, i, within(s, contrast + 1, toks.length, V.BODY_SIGN) + 1, 'denial'); continue;
        }
      }
    }

    // --- The therapist's own reaction
    const therapistish = role === 'therapist' || (role === 'implicit' && !s.quoted[i]);
    if (therapistish && verbLike(t)) {
      if (V.PERCEIVE.has(lemma) || lemma === 'be') {
        const a = within(s, i + 1, Math.min(to, i + 6), V.THERAPIST_AFFECT);
        const myself = within(s, i + 1, Math.min(to, i + 3), W_MYSELF);
        if (a >= 0 && (role === 'therapist' || lemma === 'feel')) { add('TR', role === 'therapist' ? 0.7 : 0.6, subject.index >= 0 ? subject.index : i, a + 1, 'therapist-affect'); continue; }
        if (myself >= 0 && lemma !== 'be') { add('TR', 0.65, subject.index >= 0 ? subject.index : i, Math.min(to, i + 6), 'therapist-self'); continue; }
      }
      if (role === 'therapist' && (lemma === 'want' || lemma === 'wish' || lemma === 'aware' || lemma === 'conscious')) {
        const k = within(s, i + 1, Math.min(to, i + 6), V.THERAPIST_PULL);
        if (k >= 0) { add('TR', 0.6, subject.index, k + 1, 'therapist-pull'); continue; }
      }
      if (role === 'therapist' && V.OVERDO.has(lemma)) {
        const k = within(s, i + 1, Math.min(to, i + 5), W_TOO_HARDER_MORE);
        if (k >= 0) { add('TR', 0.6, subject.index, Math.min(to, k + 3), 'therapist-overdoing'); continue; }
      }
      // "I notice I have been doing most of the talking"
      if (role === 'therapist' && lemma === 'do' && within(s, i + 1, Math.min(to, i + 4), W_MOST) >= 0 && within(s, i + 1, Math.min(to, i + 6), W_TALKING_WORK) >= 0) {
        add('TR', 0.6, subject.index, Math.min(to, i + 6), 'therapist-overdoing'); continue;
      }
    }
    // "I was irritated", "I became sleepy": the therapist's affect as a predicate.
    if (role === 'therapist' && V.THERAPIST_AFFECT.has(t.lower) && toks.slice(Math.max(0, i - 3), i).some((w) => w.lemma === 'be' || V.PERCEIVE.has(w.lemma))) {
      add('TR', 0.65, subject.index, i + 1, 'therapist-affect'); continue;
    }
    // "I was aware of wanting...": an adjective of awareness followed by a wish
    if (role === 'therapist' && t.pos === 'ADJ' && (lemma === 'aware' || lemma === 'conscious')) {
      const k = within(s, i + 1, Math.min(to, i + 5), new Set(['wanting', 'wishing', 'want', 'wish', 'urge', 'pull', ...V.THERAPIST_AFFECT]));
      if (k >= 0) add('TR', 0.65, subject.index, Math.min(to, k + 4), 'therapist-pull');
    }
  }
  return hits;
}

/**
 * A part of the therapy (a task, the sessions, their parameters, an intervention) evaluated negatively in
 * the client's words: a quotation after it ("the log 'makes me feel like a lab rat'"), or what follows
 * a verb of opinion ("said the session time never works"). Negative means the sentiment model scores it
 * below zero, or it holds a dismissal the model scores as neutral.
 */
function evaluationHits(s: Sentence, add: (subtype: Subtype, confidence: number, from: number, to: number, frame: string) => void) {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (s.quoted[i] || (toks[i].pos !== 'NOUN' && toks[i].pos !== 'VERB')) continue;
    const cls = objectOf(s, i, i + 1);
    if (!cls || cls === 'self' || cls === 'therapist') continue;
    const [from, to] = clauseOf(s, i);
    // The part is the subject of the evaluation: a quotation right after it (only verbs, adverbs or a
    // compound noun between: "the handouts are 'for children'"), or the rest of its clause after a verb of
    // the client's opinion ("said the session time never works").
    let evalFrom = -1;
    let evalTo = -1;
    for (let j = i + 1; j < Math.min(toks.length, i + 5); j++) {
      if (s.quoted[j]) { evalFrom = j; evalTo = j; while (evalTo + 1 < toks.length && s.quoted[evalTo + 1]) evalTo++; evalTo++; break; }
      if (!['AUX', 'VERB', 'ADV', 'PART', 'NOUN'].includes(toks[j].pos) && !(toks[j].text === '"' || toks[j].text === '“')) break;
    }
    if (evalFrom < 0) {
      const k = i - 1 - toks.slice(Math.max(from, i - 4), i).reverse().findIndex((w) => V.OPINION.has(w.lemma) && w.pos === 'VERB');
      if (k >= i || k < from || !isClient(subjectOf(s, k).role) || inPrepositionalPhraseOrPossessive(s, i)) continue;
      evalFrom = i + 1;
      evalTo = to;
    }
    if (evalTo - evalFrom < 1) continue;
    if (toks.slice(Math.max(0, i - 3), i).some((w) => CONDITION.has(w.lower))) continue;
    const text = s.text.slice(toks[evalFrom].start, toks[evalTo - 1].end);
    const dismissive = within(s, evalFrom, evalTo, V.DISMISSIVE) >= 0;
    if (!dismissive && sentimentOf(text) > -0.4) continue;
    const sub: Subtype = cls === 'task' ? 'C3' : cls === 'parameter' ? 'C4' : cls === 'intervention' ? 'C2' : 'C5';
    add(sub, 0.6, i, evalTo + (toks[evalTo]?.text === '"' || toks[evalTo]?.text === '”' ? 1 : 0), 'evaluation');
    return;
  }
}

/** A noun after a preposition or a possessive ("with his kids", "her sister's holiday"). */
function inPrepositionalPhraseOrPossessive(s: Sentence, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = s.tokens[j];
    if (w.pos === 'ADP' || (w.pos === 'PRON' && ['his', 'her', 'their'].includes(w.lower))) return true;
    if (!['DET', 'ADJ', 'NOUN', 'NUM'].includes(w.pos)) return false;
  }
  return false;
}

/** In the client's quoted words, "you" doing something always, never or just: a complaint about the therapist (C1). */
function quotedYouHits(s: Sentence, add: (subtype: Subtype, confidence: number, from: number, to: number, frame: string) => void) {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 2; i++) {
    if (!s.quoted[i] || toks[i].lower !== 'you') continue;
    const k = within(s, i + 1, Math.min(toks.length, i + 3), W_NEVER_ALWAYS_JUST);
    if (k < 0 || !s.quoted[k]) continue;
    let end = k + 1;
    while (end < toks.length && s.quoted[end] && end < k + 8) end++;
    add('C1', 0.6, i, end, 'complaint-to-therapist');
    return;
  }
}

const IRREGULAR: Record<string, string[]> = {
  feel: ['felt'], find: ['found'], catch: ['caught'], become: ['became'], grow: ['grew', 'grown'], get: ['got', 'gotten'],
  spend: ['spent'], say: ['said'], tell: ['told'], withdraw: ['withdrew', 'withdrawn'], be: ['was', 'were', 'is', 'am', 'are', 'been', "'m", "'s", "'re"],
  do: ['did', 'done', 'doing', 'does'], beg: ['begged', 'begging'], snap: ['snapped', 'snapping'], shrug: ['shrugged', 'shrugging'],
  clam: ['clammed', 'clamming'], skip: ['skipped', 'skipping'], drop: ['dropped'], plan: ['planned'], nag: ['nagged', 'nagging'],
};

function inflect(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  forms.push(lemma.endsWith('s') || lemma.endsWith('sh') || lemma.endsWith('ch') || lemma.endsWith('x') ? lemma + 'es' : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  forms.push(lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed');
  forms.push(stem + 'ing');
  return forms;
}

const forms = (...groups: Iterable<string>[]) => {
  const out = new Set<string>();
  for (const g of groups) for (const w of g) for (const f of inflect(w)) out.add(f);
  return out;
};
const words = (...groups: Iterable<string>[]) => new Set(groups.flatMap((g) => [...g]));

/** Words that start a frame by themselves. */
const STRONG = words(forms(V.OPPOSE, V.HOSTILE, V.REFUSE, V.PRESSURE, V.DEFEND, V.INTERRUPT, V.WITHDRAW_QUIET, V.WITHDRAW_FROM,
  V.WITHDRAW_TOPIC, V.ABSTRACT, ['avoid']), V.HOSTILE_MANNER, ['myself', 'aware', 'conscious']);
/** Pairs of word groups that start a frame together. */
const PAIRS: [Set<string>, Set<string>][] = [
  [words(V.RESPONSE), words(V.MINIMAL, V.ABSTRACT_QUALITY, ['"', '“'])],
  [words(V.THERAPIST_AFFECT), words(forms(V.PERCEIVE), ['i', 't'])],
  [forms(V.DEFER), words(V.EXCESS)],
  [forms(V.DENY), words(V.DENIED_FEELING)],
  [forms(V.OVERDO, ['do']), W_TOO_HARDER_MORE],
  [forms(['want', 'wish']), forms(V.THERAPIST_PULL)],
  [forms(V.SPEECH, ['insist', 'claim']), words(V.FINE)],
  [forms(Object.values(V.OBJECT_WORDS).flatMap((set) => [...set])), words(forms(V.OPINION), ['"', '“'])],
  [forms(V.TALK, ['go']), words(V.AT_LENGTH)],
  [forms(V.AFFECT_VERB), new Set(["n't", 'not', 'never', "doesn't", "didn't", "don't", 'doesn’t', 'didn’t', 'don’t'])],
  [forms(['spend']), W_SESSION_HOUR],
  [forms(['ask']), W_ME],
  [W_YOU, W_NEVER_ALWAYS_JUST],
];

/** Each word's groups as bits: bit 0 starts a frame alone; pair k is bits 2k+1 and 2k+2. */
const GROUPS = new Map<string, number>();
const mark = (set: Set<string>, bit: number) => { for (const w of set) GROUPS.set(w, (GROUPS.get(w) ?? 0) | (1 << bit)); };
mark(STRONG, 0);
PAIRS.forEach(([a, b], k) => { mark(a, 2 * k + 1); mark(b, 2 * k + 2); });
const PAIR_MASKS = PAIRS.map((_, k) => (1 << (2 * k + 1)) | (1 << (2 * k + 2)));

const WORD = /[\p{L}][\p{L}'’-]*|["“]/gu;

/**
 * Whether a sentence may hold a frame: one of its words starts one, or two start one together. Most
 * sentences of a note hold neither and are never tagged, which keeps the layer cheap.
 */
export function mayHoldFrame(text: string): boolean {
  let bits = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const w = m[0].toLowerCase();
    bits |= GROUPS.get(w) ?? 0;
    if (w.endsWith("n't") || w.endsWith('n’t')) bits |= GROUPS.get("n't") ?? 0;
  }
  if (bits & 1) return true;
  for (const mask of PAIR_MASKS) if ((bits & mask) === mask) return true;
  return false;
}
