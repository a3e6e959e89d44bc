/**
 * Who does what to whom in a sentence of a note: the subject of a verb (the client, the therapist, a third
 * party), the clause the verb stands in, and what its object is about. Inside quotation marks the
 * speaker is the client, so "I" is the client and "you" the therapist.
 */
import { quoteSpans } from './context';
import type { Token } from './tokens';
import { NEGATORS, OBJECT_WORDS, THERAPIST_WORDS, TOOL_FOR, type ObjectClass } from './vocabulary';

export type Role = 'client' | 'therapist' | 'we' | 'third' | 'thing' | 'implicit';

/** Others who write a note of their own work, named bare as its subject ("Advocate noticed", "Worker explained"). */
const WRITER_ROLES = new Set(['advocate', 'practitioner', 'worker', 'keyworker', 'adviser', 'advisor', 'mentor', 'provider', 'bhc', 'bhp']);
const CLIENT_WORDS = new Set(['he', 'she', 'they', 'client', 'cl', 'pt', 'patient', 'c', 'yp', 'caller', 'adolescent', 'couple']);
const TITLES = new Set(['mr', 'ms', 'mrs', 'miss', 'mx']);
const NON_CLIENT_TITLES = new Set(['dr', 'prof', 'doctor', 'professor']);
const SPEECH_WORDS = new Set(['say', 'tell', 'report', 'explain', 'add', 'think']);
/** The possessive determiners ("her grief", "his phone"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'its', 'our']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'them', 'us', 'myself', 'himself', 'herself', 'themselves', 'yourself', 'whom']);
/** Punctuation and words that end a clause. */
const CLAUSE_PUNCT = new Set([';', ':', '—', '–', '(', ')', '.', '!', '?']);
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'except', 'instead', 'because', 'while', 'when', 'whenever', 'which', 'who', 'if', 'unless']);

export interface Sentence {
  text: string;
  tokens: Token[];
  /** Token indexes inside quotation marks. */
  quoted: boolean[];
}

export function withQuotes(text: string, tokens: Token[], allQuoted = false, spans: readonly [number, number][] = quoteSpans(text)): Sentence {
  if (allQuoted) return { text, tokens, quoted: tokens.map(() => true) };
  // The same quotation spans the phrases use (they know about quotations the sentence splitter cut);
  // the marks themselves are not the client's words.
  const isMark = (t: Token) => t.text === '"' || t.text === '“' || t.text === '”';
  const quoted = tokens.map((t) => !isMark(t) && spans.some(([a, b]) => t.start >= a && t.end <= b));
  return { text, tokens: negationKeptInQuotes(tokens, quoted), quoted };
}

/**
 * A negation inside the client's quoted words ends with the quotation: in 'said the voices "tell me not to trust
 * anyone" and looked at mine', "looked" is not negated. A word after the quotation whose nearest negator is inside it
 * is read as not negated (copies of the tokens; the tagger's own are shared).
 */
function negationKeptInQuotes(tokens: Token[], quoted: boolean[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].negated || quoted[i]) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= 12 && !NEGATORS.has(tokens[k].lower)) k--;
    if (k < 0 || i - k > 12 || !quoted[k]) continue;
    out ??= tokens.slice();
    out[i] = { ...tokens[i], negated: false };
  }
  return out ?? tokens;
}

export function isClauseBreak(t: Token): boolean {
  return (t.pos === 'PUNCT' && CLAUSE_PUNCT.has(t.text)) || ((t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'PRON' || t.pos === 'ADP') && CLAUSE_WORDS.has(t.lower));
}

/** Token range [from, to) of the clause holding token i. */
export function clauseOf(s: Sentence, i: number): [number, number] {
  let from = i;
  while (from > 0 && !isClauseBreak(s.tokens[from - 1]) && s.quoted[from - 1] === s.quoted[i]) from--;
  let to = i + 1;
  while (to < s.tokens.length && !isClauseBreak(s.tokens[to]) && s.quoted[to] === s.quoted[i]) to++;
  return [from, to];
}

/**
 * Words that stand for someone other than the client when a verb follows them ("two surgeons; one declined").
 * Not "both", "each" or "neither", which in couples and family work are the clients.
 */
const INDEFINITE_SUBJECTS = new Set(['one', 'another', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'others']);

const FOUND = new Set(['find', 'catch', 'notice']);
/** The role a word has as a subject, or undefined when it cannot be one. */
function roleOf(s: Sentence, i: number): Role | undefined {
  const t = s.tokens[i];
  const inQuote = s.quoted[i];
  if (INDEFINITE_SUBJECTS.has(t.lower) && !inQuote && ['VERB', 'AUX'].includes(s.tokens[i + 1]?.pos ?? '')) return 'third';
  // "Found myself arguing for acceptance", a note's "found self lecturing": the writer caught in the act.
  if ((t.lower === 'myself' || t.lower === 'self') && !inQuote && FOUND.has(s.tokens[i - 1]?.lemma ?? '')) return 'therapist';
  if (t.pos === 'PRON') {
    if (POSSESSIVE.has(t.lower) || OBJECT_PRONOUNS.has(t.lower)) return undefined;
    if (t.lower === 'i') return inQuote ? 'client' : 'therapist';
    if (t.lower === 'you') return inQuote ? 'therapist' : undefined;
    if (t.lower === 'we') return 'we';
    if (CLIENT_WORDS.has(t.lower)) return inQuote ? 'third' : 'client';
    if (t.lower === 'it' || t.lower === 'this' || t.lower === 'that') return 'thing';
    return undefined;
  }
  if (t.text === 'T' && !inQuote) return 'therapist';
  if (t.pos === 'PROPN' || t.pos === 'NOUN') {
    if (CLIENT_WORDS.has(t.lower)) return 'client';
    // "Two parents asked", "Several members said": members of a group counted, as a group's note names its clients.
    if (GROUP_MEMBERS.has(t.lower) && COUNTED.has(s.tokens[i - 1]?.lower ?? '') && !inQuote) return 'client';
    // "the young person" (child and adolescent services)
    if (t.lower === 'person' && s.tokens[i - 1]?.lower === 'young') return 'client';
    // "Partner A", "Member 3", "Parent B": the clients of a couple, a group or a family, as their notes label them.
    if (LABELLED_CLIENT.has(t.lower) && /^(?:[A-Z]|\d{1,2})$/.test(s.tokens[i + 1]?.text ?? '')) return 'client';
    if (THERAPIST_WORDS.has(t.lower)) return 'therapist';
    // "Advocate aware of feeling useless", "Worker explained": the writer, named bare at the head of a note's line (not
    // "her advocate", "the worker at the jobcentre").
    if (WRITER_ROLES.has(t.lower) && !inQuote && (i === 0 || s.tokens[i - 1].pos === 'PUNCT')) return 'therapist';
    // "Student wondered about email sessions", "Resident declined the group": the client, named bare at the head of a
    // line by what the service calls them (not "Student nurse observed", nor "a student in her class").
    if (CLIENT_ROLES.has(t.lower) && /^[A-Z]/.test(t.text) && !inQuote && (i === 0 || s.tokens[i - 1].pos === 'PUNCT') && !['NOUN', 'PROPN'].includes(s.tokens[i + 1]?.pos ?? '')) return 'client';
    if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) {
      const prev = s.tokens[i - 1];
      if (prev && NON_CLIENT_TITLES.has(prev.lower.replace(/\.$/, ''))) return 'third';
      if (prev && TITLES.has(prev.lower.replace(/\.$/, ''))) return 'client';
      if (TITLES.has(t.lower.replace(/\.$/, '')) || NON_CLIENT_TITLES.has(t.lower.replace(/\.$/, ''))) return undefined;
      return 'client';
    }
    return 'third';
  }
  return undefined;
}

/** The clients of a group, counted ("two parents", "several members", "a few men"). */
const GROUP_MEMBERS = new Set(['members', 'participants', 'attendees', 'parents', 'mums', 'dads', 'carers', 'residents', 'clients', 'patients', 'women', 'men', 'mothers', 'fathers', 'veterans', 'students', 'lads']);
const COUNTED = new Set(['two', 'three', 'four', 'five', 'several', 'some', 'both', 'most', 'many', 'few', 'couple']);
/** What a service calls its client, bare at the head of a line ("Student wondered ..."). */
const CLIENT_ROLES = new Set(['student', 'pupil', 'resident', 'attendee', 'learner']);

/** Nouns a couple, group or family note labels its clients with ("Partner A", "Member 3"). */
const LABELLED_CLIENT = new Set(['partner', 'member', 'parent', 'participant', 'spouse']);

/** Whether token i is inside a prepositional phrase or a possessive noun phrase ("at the break", "her mother's"). */
function inPrepositionalPhrase(s: Sentence, i: number): boolean {
  let j = i - 1;
  // (An owner the tagger calls a pronoun belongs to the phrase: "took a call from her solicitor and left".)
  while (j >= 0 && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV'].includes(s.tokens[j].pos) || POSSESSIVE.has(s.tokens[j].lower))) j--;
  return j >= 0 && s.tokens[j].pos === 'ADP' && !['whether', 'that'].includes(s.tokens[j].lower);
}

/** Whether the noun at token j is a verb's object ("chose the angry mask", "told her mother", "went through the list"). */
function objectOfVerb(s: Sentence, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(s.tokens[k].pos) || (k >= 0 && POSSESSIVE.has(s.tokens[k].lower))) k--;
  // ...or of a verb with its particle ("went through her training numbers", "looked at the photos").
  if (k >= 1 && s.tokens[k].pos === 'ADP' && s.tokens[k - 1].pos === 'VERB') return true;
  return k >= 0 && s.tokens[k].pos === 'VERB';
}

/** The subject of the verb at token i: the nearest word before it that can be one, or 'implicit'. */
export function subjectOf(s: Sentence, i: number): { role: Role; index: number } {
  for (let j = i - 1; j >= 0; j--) {
    const t = s.tokens[j];
    // A semicolon or colon starts a clause of its own: no subject there is an implicit one ("...; changed tack").
    if (t.pos === 'PUNCT' && (t.text === ';' || t.text === ':') && !s.quoted[j]) break;
    // "No diary card again, refused chain analysis": a comma before the verb ends a fragment that has no subject in
    // it (it ends on an adverb or an adjective), and the verb's subject is an implicit one.
    if (t.text === ',' && j === i - 1 && !s.quoted[j] && ['ADV', 'ADJ', 'NUM'].includes(s.tokens[j - 1]?.pos ?? '')) break;
    // A verb in the client's quoted words has its subject there; a verb of the note's, outside them.
    if (s.quoted[j] !== s.quoted[i]) {
      if (s.quoted[i] && t.text !== '"' && t.text !== '“' && t.text !== '”') return { role: 'client', index: -1 };
      continue;
    }
    // A noun modifying a noun ("school reports"); not one before a participle the tagger calls a noun, that the
    // participle after "and" pairs with.
    const paired = pairedParticiple(s, j, i);
    if (t.pos === 'NOUN' && s.tokens[j + 1] && (s.tokens[j + 1].pos === 'NOUN' || s.tokens[j + 1].pos === 'PROPN') && !paired) continue;
    const role = roleOf(s, j);
    if (!role) continue;
    // "Her partner, she said, refuses...": a parenthetical speaker is not the subject.
    if (s.tokens[j - 1]?.text === ',' && SPEECH_WORDS.has(s.tokens[j + 1]?.lemma ?? '') && s.tokens[j + 2]?.text === ',') continue;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && inPrepositionalPhrase(s, j)) continue;
    // "answered with 'as I told you' each time and did not elaborate": a time said without a preposition ("each time",
    // "every week", "the whole time") is when, not who.
    if (t.pos === 'NOUN' && TIME_NOUNS.has(t.lemma) && TIME_DETERMINERS.has(s.tokens[j - 1]?.lower ?? '')) continue;
    // "said the eye movements were 'doing nothing' and asked to stop", "chose the angry mask but refused to
    // speak": a part of the therapy asks for nothing, and a verb's object is no subject; the verb after
    // "and" or "but" goes on from the one before.
    // (Not the noun whose participle the one after "and" pairs with: the father does both.)
    if (role === 'third' && t.pos === 'NOUN' && (classOf(t) || objectOfVerb(s, j)) && s.tokens.slice(j + 1, i).some((w) => w.pos === 'CCONJ' && (w.lower === 'and' || w.lower === 'but')) && !paired) continue;
    // "She laughed when I went through it again, and would not look at it": the subject of a clause
    // opened by "when" or "as" is not the subject of the predicate after "and" that follows it.
    if (SUBORDINATOR.has(s.tokens[j - 1]?.lower ?? '') && afterAnd(s, j, i)) continue;
    // A possessive before a noun makes the noun the subject ("her mother criticised").
    return { role, index: j };
  }
  return { role: 'implicit', index: -1 };
}

/**
 * Whether the verb at i is a participle after "and" that pairs with one right after the noun at j, whatever the tagger
 * calls them, with its own object after it ("described his father reading one of them aloud and mocking it"): the noun
 * is the subject of both.
 */
function pairedParticiple(s: Sentence, j: number, i: number): boolean {
  return /ing$/.test(s.tokens[i].lower) && /ing$/.test(s.tokens[j + 1]?.lower ?? '') && !['NOUN', 'PROPN'].includes(s.tokens[j + 2]?.pos ?? '')
    && s.tokens.slice(j + 2, i).some((w) => w.lower === 'and');
}

/** A time said as a noun phrase with no preposition ('each time', 'every week', 'that morning'), which is no subject. */
const TIME_NOUNS = new Set(['time', 'week', 'session', 'day', 'night', 'morning', 'evening', 'afternoon', 'minute', 'hour', 'visit', 'call']);
const TIME_DETERMINERS = new Set(['each', 'every', 'this', 'that', 'last', 'next', 'whole', 'same']);
const SUBORDINATOR = new Set(['when', 'whenever', 'while', 'as', 'after', 'before', 'once', 'until']);
/** Whether the verb group of token i starts right after an "and" or "but" that stands after token j. */
function afterAnd(s: Sentence, j: number, i: number): boolean {
  let k = i - 1;
  while (k > j && ['AUX', 'PART', 'ADV'].includes(s.tokens[k].pos)) k--;
  return k > j && (s.tokens[k].lower === 'and' || s.tokens[k].lower === 'but');
}

/** What the words from token `from` to `to` are about, the first class found. */
export function objectOf(s: Sentence, from: number, to: number): ObjectClass | undefined {
  return objectAt(s, from, to)?.cls;
}

/** The first word from `from` to `to` that says what they are about: its class and its index (a compound's head). */
export function objectAt(s: Sentence, from: number, to: number): { cls: ObjectClass; index: number } | undefined {
  for (let j = from; j < to; j++) {
    const t = s.tokens[j];
    const q = s.quoted[j];
    // "this writer's interpretation", "the therapist's suggestion": read as "my" is, below.
    const owner = (THERAPIST_WORDS.has(t.lower) || t.text === 'T') && !q && ["'s", '’s'].includes(s.tokens[j + 1]?.lower ?? '');
    // ("T." is one token at the end of a sentence: "angry w/ T.")
    if (!owner && ((t.lower === 'me' && !q) || (t.lower === 'you' && q) || ((t.text === 'T' || t.text === 'T.') && !q) || THERAPIST_WORDS.has(t.lower))) return { cls: 'therapist', index: j };
    // "questioned whether I was on his side", "suspicious of why I wanted to know": the therapist in a clause.
    if (t.lower === 'i' && !q && ['whether', 'if', 'that', 'why', 'how', 'what'].includes(s.tokens[j - 1]?.lower ?? '')) return { cls: 'therapist', index: Math.min(to, j + 3) - 1 };
    if ((t.lower === 'my' && !q) || (t.lower === 'your' && q) || owner) {
      // "my interpretation" is an intervention; "my" before anything else is the therapist.
      const k = s.tokens.findIndex((n, x) => x > j && x < Math.min(to, j + 4) && n.pos === 'NOUN');
      const next = k >= 0 ? s.tokens[k] : undefined;
      if (next && OBJECT_WORDS.intervention.has(next.lemma)) return { cls: 'intervention', index: k };
      if (next && OBJECT_WORDS.task.has(next.lemma)) return { cls: 'task', index: k };
      return { cls: 'therapist', index: k >= 0 ? k : j };
    }
    if (['himself', 'herself', 'themselves'].includes(t.lower) || (q && t.lower === 'myself')) return { cls: 'self', index: j };
    // "and" before a new verb starts another predicate ("dismissed the thought and carried on with the task").
    if (t.pos === 'CCONJ' && s.tokens[j + 1]?.pos === 'VERB') return undefined;
    // A hyphenated compound the tagger splits ("role - play", "weigh - in") is one word of the vocabulary.
    const compound = hyphenated(s, j);
    if (compound && j + 2 < to) {
      const cls = classOfWord(compound);
      if (cls) return { cls, index: j + 2 };
      if (modifiesNounAfter(s, j) && j + 3 < to) { j += 2; continue; }
    }
    // "refused the role play": the two words of the exercise, which the vocabulary holds as one.
    if (t.lower === 'role' && s.tokens[j + 1]?.lower === 'play' && j + 1 < to) return { cls: 'task', index: j + 1 };
    // "the breathing control": a task word the tagger reads as an adjective, before an aspect of it, is the task.
    if (t.pos === 'ADJ' && j + 1 < to && s.tokens[j + 1]?.pos === 'NOUN' && ASPECT.has(s.tokens[j + 1].lemma) && classOfWord(t.lower) === 'task') return { cls: 'task', index: j + 1 };
    // "the breathing app", "the mood tracker": a tool of a task named by the task, is the task ("the slots app" is not).
    if ((t.lower === 'app' || t.lower === 'apps' || t.lower === 'tracker') && j > 0 && classOfWord(s.tokens[j - 1].lemma, s.tokens[j - 1].lower) === 'task') return { cls: 'task', index: j };
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB') continue;
    // ("what the pain had cost him": the verb, not the fee, which the tagger can read as a noun after "had".)
    if (t.lower === 'cost' && (t.pos === 'VERB' || /^(?:had|has|have|would|will|could|might|may)$/.test(s.tokens[j - 1]?.lower ?? ''))) continue;
    // "the whole thing was 'like primary school drama'": the therapy as a whole, when something is said of it.
    if (t.lower === 'thing' && s.tokens[j - 1]?.lower === 'whole' && ['AUX', 'VERB'].includes(s.tokens[j + 1]?.pos ?? '')) return { cls: 'therapy', index: j };
    // "a group chat", "a group of friends", "her support group": not the group the therapy is.
    if (t.lower === 'group' && notTheGroup(s, j)) continue;
    // "the census form", "the tax letter", "hospital forms": a form or a letter of another world.
    // (Not the end of a compound: "the cost-benefit exercise" is the work's.)
    if (NOT_THERAPY_MODIFIER.has(s.tokens[j - 1]?.lower ?? '') && s.tokens[j - 2]?.text !== '-') continue;
    // "finding work", "looking for work", "back to work": a job, not the therapy's work (which has "the", "this", "our").
    if (t.lower === 'work' && JOB_BEFORE.has(s.tokens[j - 1]?.lemma ?? '')) continue;
    if (MEDICAL_MODIFIER.has(s.tokens[j - 1]?.lower ?? '') && MEDICAL_REGIME.has(t.lower)) continue;
    // "milk prices", "fuel costs", "the energy bill": a price of something that is not the therapy.
    if (PRICE.has(t.lower) && s.tokens[j - 1]?.pos === 'NOUN' && !classOf(s.tokens[j - 1])) continue;
    // "the transplant list", "her shopping list": a list of another world (not "the problem list", "the worry list").
    if (t.lower === 'list' && s.tokens[j - 1]?.pos === 'NOUN' && !classOf(s.tokens[j - 1]) && !WORK_LISTS.has(s.tokens[j - 1].lower)) continue;
    // "the price of lambs", "the cost of fuel": a price of something named after it that is not the therapy.
    if (PRICE.has(t.lower) && s.tokens[j + 1]?.lower === 'of' && !s.tokens.slice(j + 2, j + 5).some((w) => classOf(w) || w.lower === 'sessions' || w.lower === 'therapy')) continue;
    const cls = classOf(t);
    // "the idea of moving house": a notion, not the therapist's idea ("my idea" is read above).
    if (cls === 'intervention' && NOTION.has(t.lemma) && s.tokens[j + 1]?.lower === 'of') continue;
    // "her ideas", "his own explanation", "the newspaper's take": someone else's, not an intervention of the therapist's.
    if (cls === 'intervention' && !s.quoted[j] && (OTHERS.has(s.tokens[j - 1]?.lower ?? '') || ["'s", '’s'].includes(s.tokens[j - 1]?.lower ?? ''))) continue;
    // In a compound the last noun is the head: "group chat" is a chat, "session time" the time of a
    // session (an aspect of the therapy takes its class from what it is an aspect of).
    const next = s.tokens[j + 1];
    if (t.pos === 'NOUN' && next && next.pos === 'NOUN' && j + 1 < to) {
      if (cls && ASPECT.has(next.lemma)) return { cls, index: j + 1 };
      continue;
    }
    if (cls) return { cls, index: j };
    // "the worry tree", "a coping card", "the decision tree": a tool named by what it is for is a task, unless a word of an
    // intervention follows as the compound's head ("the memory box idea" is an idea, even when only "box" is asked about).
    if (t.pos === 'NOUN' && TOOL_FOR.has(s.tokens[j - 1]?.lower ?? '') && !(s.tokens[j + 1]?.pos === 'NOUN' && classOf(s.tokens[j + 1]) === 'intervention')) return { cls: 'task', index: j };
  }
  return undefined;
}

const OTHERS = new Set(['her', 'his', 'their', 'own']);
/** Intervention words that, followed by "of", name a notion rather than something the therapist offered. */
const NOTION = new Set(['idea', 'thought', 'prospect']);

/** Nouns that are an aspect of what precedes them: "session time", "homework format", "the relaxation work" (a task). */
const ASPECT = new Set(['schedule', 'time', 'times', 'length', 'frequency', 'format', 'structure', 'content', 'pace', 'style', 'timing', 'cost', 'rules', 'setup', 'room', 'day', 'slot', 'work', 'control', 'discussion']);

/** Words before a task or parameter word that make it someone else's business (not the therapy's; "the bus timetable change"). */
const NOT_THERAPY_MODIFIER = new Set(['census', 'tax', 'benefit', 'benefits', 'council', 'hospital', 'court', 'insurance', 'passport',
  'visa', 'housing', 'bank', 'mortgage', 'medication', 'medicine', 'job', 'college', 'university', 'school', 'exam', 'driving', 'parking', 'dentist', 'gym', 'pension',
  'ministry', 'government', 'defra', 'dvla', 'claim', 'compensation', 'solicitor', 'probate', 'spare', 'disability', 'timetable', 'bus', 'train', 'rota', 'shift']);
/** Words before a bare "work" that make it a job: "finding work", "looking for work", "out of work", "back to work". */
const JOB_BEFORE = new Set(['find', 'get', 'seek', 'for', 'lose', 'miss', 'start', 'of', 'to', 'from', 'at', 'after', 'before', 'paid', 'shift', 'part-time', 'full-time', 'voluntary', 'casual', 'agency', 'temp', 'building', 'farm', 'office']);
/** Lists of the work's own, named by what they hold ("the problem list", "the exposure list"). */
const WORK_LISTS = new Set(['problem', 'goal', 'goals', 'worry', 'target', 'fear', 'symptom', 'values', 'exposure', 'reasons', 'coping', 'safety', 'waiting', 'to-do', 'activity', 'trigger', 'warning']);
/** What something costs: the therapy's own only when nothing else is named before it. */
const PRICE = new Set(['price', 'prices', 'cost', 'costs', 'bill', 'bills', 'fee', 'fees', 'charge', 'charges']);
/** A regime of medical care ("the fluid restriction", "the dialysis schedule"); "the fluid diary" is still a task. */
const MEDICAL_MODIFIER = new Set(['fluid', 'salt', 'dietary', 'dialysis', 'blood', 'visiting']);
const MEDICAL_REGIME = new Set(['restriction', 'restrictions', 'limit', 'limits', 'schedule', 'regime', 'rules', 'times']);

/** "group" that is not the therapy group: "a group", "a support group", "her walking group", "group chat", "group of friends". */
function notTheGroup(s: Sentence, j: number): boolean {
  const before = s.tokens[j - 1];
  const after = s.tokens[j + 1];
  if (after?.pos === 'NOUN' || ['of', 'chat', 'chats', 'text', 'texts', 'thread', 'message', 'messages'].includes(after?.lower ?? '')) return true;
  // Only "the group", "this group", "our group" or a bare "Group" is the therapy's: "a walking group" is not...
  if (before === undefined || before.pos === 'PUNCT' || GROUP_DETERMINERS.has(before.lower)) return false;
  // ...and "the adjustment group", "the carers' group", "our anxiety group": the therapy's groups named by what
  // they are for, unless that is a pastime or a place outside it ("the walking group", "the church group").
  let k = j - 1;
  const named: string[] = [];
  while (k >= 0 && j - k <= 3 && (['NOUN', 'ADJ', 'PROPN'].includes(s.tokens[k].pos) || ["'", "'s", '’'].includes(s.tokens[k].lower))) named.push(s.tokens[k--].lower);
  return k < 0 || !['the', 'this', 'our'].includes(s.tokens[k].lower) || named.length === 0 || named.some((w) => OUTSIDE_GROUP.has(w) || NOT_THERAPY_MODIFIER.has(w));
}

const GROUP_DETERMINERS = new Set(['the', 'this', 'that', 'our', 'whole', 'same']);
/** What a group outside the therapy is named for: a pastime, a faith, a family, a place. */
const OUTSIDE_GROUP = new Set(`walking running book whatsapp facebook church family friendship play playgroup toddler baby mums mothers
  nct choir knitting craft online reading cycling hiking swimming football rugby cricket youth scout scouts brownies guides prayer
  bible mosque temple synagogue work office staff class year parents' parents village community allotment gardening singing
  dance drama rock band social`.split(/\s+/));

/**
 * The word a token makes with a hyphen and the token after it, written without spaces ("role-play"): the
 * tagger splits it in three ("role", "-", "play") and the vocabularies hold it whole.
 */
/**
 * "the cost-benefit exercise": a hyphenated compound the vocabulary does not hold, opening with a term of the work's
 * terms (a cost, a time), before a noun of the work, modifies that noun (which is what is read).
 */
export function modifiesNounAfter(s: Sentence, j: number): boolean {
  const compound = hyphenated(s, j);
  return compound !== undefined && !classOfWord(compound) && classOf(s.tokens[j]) === 'parameter' && s.tokens[j + 3]?.pos === 'NOUN' && classOf(s.tokens[j + 3]) !== undefined;
}

export function hyphenated(s: Sentence, j: number): string | undefined {
  // Read on every token by the frames: no allocation unless a hyphen joins the words.
  const h = s.tokens[j + 1];
  if (h?.text !== '-') return undefined;
  const t = s.tokens[j];
  const n = s.tokens[j + 2];
  if (!n || h.start !== t.end || n.start !== h.end) return undefined;
  return `${t.lower}-${n.lower}`;
}

/** Whether token k ends a hyphenated word ("the weigh-in": "in" is part of it). */
export const endsHyphenated = (s: Sentence, k: number): boolean => k >= 2 && hyphenated(s, k - 2) !== undefined;

/** The class of the first vocabulary (tasks first) that holds either form of a word (its lemma, its text). */
function classOfWord(form: string, other = form): Exclude<ObjectClass, 'therapist' | 'self'> | undefined {
  for (const cls of ['task', 'intervention', 'parameter', 'therapy'] as const) if (OBJECT_WORDS[cls].has(form) || OBJECT_WORDS[cls].has(other)) return cls;
  return undefined;
}

const classOf = (t: Token) => classOfWord(t.lemma, t.lower);
