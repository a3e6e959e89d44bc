/**
 * Notes are written in the past ("changed the subject") and in the present ("changes the subject",
 * "becomes defensive"), and with participles ("giggling through the account"). The phrase cues are
 * mostly written in the past; rather than doubling every pattern, a sentence that holds a present or
 * -ing form of a verb the cues know is also matched in a copy with those verbs in the past, and the
 * offsets of what matches are mapped back to the sentence.
 */

const IRREGULAR_PAST: Record<string, string[]> = {
  said: ['says', 'saying'], went: ['goes', 'going'], became: ['becomes', 'becoming'], told: ['tells', 'telling'],
  kept: ['keeps', 'keeping'], left: ['leaves', 'leaving'], gave: ['gives', 'giving'], made: ['makes', 'making'],
  took: ['takes', 'taking'], sat: ['sits', 'sitting'], fell: ['falls', 'falling'], grew: ['grows', 'growing'],
  thought: ['thinks', 'thinking'], felt: ['feels', 'feeling'], found: ['finds', 'finding'], brought: ['brings', 'bringing'],
  got: ['gets', 'getting'], spoke: ['speaks', 'speaking'], shook: ['shakes', 'shaking'], threw: ['throws', 'throwing'],
  broke: ['breaks', 'breaking'], began: ['begins', 'beginning'], shut: ['shuts', 'shutting'], met: ['meets', 'meeting'],
  withdrew: ['withdraws', 'withdrawing'], shot: ['shoots', 'shooting'], stuck: ['sticks', 'sticking'], wore: ['wears', 'wearing'],
  spent: ['spends', 'spending'], came: ['comes', 'coming'], ran: ['runs', 'running'], sent: ['sends', 'sending'], held: ['holds', 'holding'],
  hid: ['hides', 'hiding'], stood: ['stands', 'standing'], wrote: ['writes', 'writing'], saw: ['sees', 'seeing'], knew: ['knows', 'knowing'],
  heard: ['hears', 'hearing'], drew: ['draws', 'drawing'], paid: ['pays', 'paying'], rang: ['rings', 'ringing'], chose: ['chooses', 'choosing'],
  ate: ['eats', 'eating'], drank: ['drinks', 'drinking'], slept: ['sleeps', 'sleeping'], woke: ['wakes', 'waking'], lost: ['loses', 'losing'],
  forgot: ['forgets', 'forgetting'], meant: ['means', 'meaning'], hung: ['hangs', 'hanging'], struck: ['strikes', 'striking'],
  tore: ['tears', 'tearing'], swore: ['swears', 'swearing'], wept: ['weeps', 'weeping'], led: ['leads', 'leading'], sought: ['seeks', 'seeking'],
  caught: ['catches', 'catching'], taught: ['teaches', 'teaching'], understood: ['understands', 'understanding'], did: ['does'],
  cut: ['cuts', 'cutting'], put: ['puts', 'putting'], let: ['lets', 'letting'],
};

/**
 * A habit of the client's life told in the present ("On Saturdays he watches the racing with the sound low",
 * "He keeps the radio on speaker while he cooks"): the present is its own tense there, not a session told in
 * the present, so the sentence is not read again in the past. So is a cycle or pattern mapped with a couple ("the cycle:
 * A pursues, B leaves the room").
 */
export const HABITUAL = /\b(?:on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|(?:sunday|saturday) (?:mornings|afternoons|evenings))|at (?:weekends|the weekend|night|nights|bedtime)|in the (?:evenings|mornings|afternoons)|every (?:morning|evening|night|day|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|most (?:evenings|mornings|nights|days|weekends)|(?:when|whenever|while) (?:he|she|they) (?:cooks|drives|works|eats|gets home|is at home|goes out|is cooking|is driving|is working)|while (?:his|her|their) [\w-]+ (?:sleeps|works|cooks|is asleep|is at work))\b|\b(?:the|their|our) (?:cycle|pattern|loop)\b[^.;:]{0,60}:/i;

/** Words that end like a past tense but are not one, and verbs whose present reads differently. */
const NOT_VERBS = new Set(['need', 'bed', 'red', 'shed', 'seed', 'feed', 'speed', 'led', 'fed', 'wed', 'hundred', 'sacred', 'naked', 'wicked',
  'needed', 'feeded']);
/** -ing forms that are adjectives of what something is like ("a frustrating week"), not what someone did. */
const ING_ADJECTIVES = new Set(['annoying', 'worrying', 'frustrating', 'disappointing', 'distressing', 'upsetting', 'interesting', 'boring',
  'exciting', 'surprising', 'embarrassing', 'amusing', 'confusing', 'depressing', 'tiring', 'exhausting', 'overwhelming', 'challenging',
  'demanding', 'pressing', 'pleasing', 'insulting', 'patronising', 'patronizing', 'threatening', 'frightening', 'scaring', 'damaging',
  'concerning', 'relieving', 'affecting', 'moving', 'touching', 'striking', 'tempting', 'reassuring', 'unsettling', 'shocking']);

/** The key of a bare present after "I" ("I notice", "I feel"): the therapist's own present, a form of its own. */
const FIRST_PERSON = 'I ';
/** Forms of "be" and the modals, with the therapist's own ("I am"): "she is silent", "he can't say". */
const BE_AND_MODALS: Record<string, string> = {
  is: 'was', are: 'were', can: 'could', will: 'would', "doesn't": "didn't", "isn't": "wasn't", "aren't": "weren't",
  "can't": "couldn't", "won't": "wouldn't", [`${FIRST_PERSON}am`]: 'was', [`${FIRST_PERSON}can`]: 'could',
  [`${FIRST_PERSON}will`]: 'would', [`${FIRST_PERSON}don't`]: "didn't",
};

/**
 * Present and -ing forms of the regular past forms found in the cue patterns, mapped to those past forms; and the
 * bare present after "I" (keyed `I notice`), as the therapist writes their own part of a session told in the present.
 */
export function presentToPast(sources: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  const put = (form: string, past: string) => { if (form !== past && !map.has(form) && !ING_ADJECTIVES.has(form)) map.set(form, past); };
  const pasts = new Set<string>();
  for (const src of sources) for (const w of src.toLowerCase().match(/(?<![a-z\\])[a-z]{3,}ed\b/g) ?? []) pasts.add(w);
  for (const past of pasts) {
    if (NOT_VERBS.has(past)) continue;
    const x = past.slice(0, -2);
    const lemmas = past.endsWith('ied') ? [past.slice(0, -3) + 'y']
      : /([b-df-hj-np-tv-z])\1$/.test(x) ? [x.slice(0, -1), x]
        : [x, x + 'e'];
    for (const lemma of lemmas.filter((l) => !NOT_VERBS.has(l))) {
      const s = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
      put(s, past);
      put(`${FIRST_PERSON}${lemma}`, past);
      const stem = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma;
      put(stem + 'ing', past);
      if (x !== lemma && /([b-df-hj-np-tv-z])\1$/.test(x)) put(x + 'ing', past);
    }
  }
  for (const [past, forms] of Object.entries(IRREGULAR_PAST)) {
    for (const f of forms) put(f, past);
    put(`${FIRST_PERSON}${forms[0].endsWith('oes') ? forms[0].slice(0, -2) : forms[0].slice(0, -1)}`, past);
  }
  for (const [form, past] of Object.entries(BE_AND_MODALS)) put(form, past);
  return map;
}

const PASTS = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
/** The past forms a map writes in, and the irregular ones that are their own participle ("told", "said", "kept"). */
function pastForms(map: ReadonlyMap<string, string>): Set<string> {
  let set = PASTS.get(map);
  if (!set) { set = new Set(map.values()); PASTS.set(map, set); }
  return set;
}

export interface Retensed {
  text: string;
  /** The past forms written in. */
  verbs: string[];
  /** For each offset of `text` (and one past its end), the offset in the original sentence. */
  toOriginal: Int32Array;
}

/** The offset in the original sentence of offset k of a rewritten copy (clamped to the copy). */
export function originalAt(toOriginal: Int32Array, k: number): number {
  return toOriginal[Math.min(Math.max(k, 0), toOriginal.length - 1)];
}

/** A word, with its "n't" ("doesn't", "can't"). */
const WORD = /[A-Za-z]+(?:['’]t(?![A-Za-z]))?/g;
const QUOTED = /["“][^"“”]*["”]/g;
/** Where the double-quoted words of a sentence stand (the client's, as a note quotes them). */
export function quotedSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/["“]/.test(sentence)) return spans;
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(sentence); q; q = QUOTED.exec(sentence)) spans.push([q.index, q.index + q[0].length]);
  return spans;
}
/** Whether offset `at` falls inside one of the spans (after its opening mark, before its closing one). */
export function inside(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([a, b]) => at > a && at < b);
}
/** Nothing but a list marker, a section label or punctuation before the word. */
const OPENING = /^[\s\-*>•\d.)]*(?:[A-Z]{1,3}:\s*)?$|[.;:!?]\s*$/;
/** The client as a note names them: "she", "Pt", "Client", "Mr K". */
const CLIENT = String.raw`\b(?:she|he|they|client|clt|ct|pt|patient|(?:mr|mrs|ms|miss)\.? [A-Z]\w*)`;
/** The client as subject right before a present verb, perhaps with an adverb: "she insists", "Pt often states". */
const AFTER_SUBJECT = new RegExp(String.raw`${CLIENT}\s+(?:(?:\w+ly|also|then|still|often|always|never|just|now|again)\s+)?$|\b(?:and|then|but)\s+$`, 'i');
/**
 * ...or named otherwise, as a family or a group is: "Kai asks", "Dad says", "the child turns", "JK sits" (a capitalised
 * word or initials, or one of the people a session is held with).
 */
const NAMED_SUBJECT = /(?:\b[A-Z][a-z]+|\b[A-Z]{1,3}|\b(?:[Cc]hild|[Kk]id|[Ss]tudent|[Cc]aller|[Mm]um|[Mm]om|[Dd]ad|[Bb]oy|[Gg]irl|[Tt]een|[Yy]oung person|YP|[Rr]esident|[Mm]ember|[Vv]eteran|[Ss]ervice user|[Mm]other|[Ff]ather|[Pp]arent|[Pp]artner|[Hh]usband|[Ww]ife|[Ss]on|[Dd]aughter|[Cc]ouple))\s+(?:(?:\w+ly|also|then|still|often|always|never|just|now|again)\s+)?$/;
/** A subject named before the verb, not a verb opening the sentence in note style ("Demands answers"). */
function named(before: string, map: ReadonlyMap<string, string>): boolean {
  const m = NAMED_SUBJECT.exec(before);
  if (!m) return false;
  const word = /^\W*(\w+)/.exec(m[0])![1].toLowerCase();
  return !map.has(word) && !pastForms(map).has(word);
}
/** The therapist in a clause of the sentence: "when I ask", "while I talk", "and I suggest", "whether I am". */
const MID_I = /\b(?:when|whenever|while|as|after|before|until|once|time|and|but|so|then|if|whether|that)\s+I\s+(?:(?:\w+ly|also|then|still|just|again)\s+)?$/i;
/** The client right before a participle ("Pt laughing"): its verb when the client opens the line. */
const NOTE_SUBJECT = new RegExp(String.raw`${CLIENT}\s+$`, 'i');
/**
 * The therapist opening the sentence as subject right before a bare present, perhaps with an adverb: "I notice",
 * "I then feel" (not "I realised I have been avoiding it because I dread his anger", a present of the writing).
 */
const OPENS_WITH_I = /^[\s\-*>•\d.)]*(?:[A-Za-z]{1,12}:\s*)?I\s+(?:(?:\w+ly|also|then|still|just|now|again)\s+)?$/;
/** Not in a question asked or a time told ("how she was feeling", "while he was waiting"): the tense is the clause's own. */
const NOT_ASKED = String.raw`(?<!\b(?:how|what|why|whether|if|where|when|while|as) )`;
/**
 * The present perfect a session is told in by some hands ("she has started to speak about the parking", "I have felt
 * clumsy"): "has"/"have" and the participle read as the past, after the client or the therapist, not in a question
 * (and not "has moved to the day shift": the news of a life, not a turn in the session; nor "I have been doing most of
 * the talking", the perfect progressive of the writing's present).
 */
const PERFECT = new RegExp(String.raw`${NOT_ASKED}(?:${CLIENT}|\bI)\s+((?:has|have)\s+(?:(?:just|also|then|again|now|repeatedly|often|always|never|only|\w+ly)\s+)?)$`, 'i');
/** Participles that are not their verb's past form. */
const PARTICIPLE_PAST: Record<string, string> = {
  given: 'gave', taken: 'took', spoken: 'spoke', gone: 'went', written: 'wrote', shown: 'showed', thrown: 'threw', broken: 'broke',
  begun: 'began', withdrawn: 'withdrew', fallen: 'fell', become: 'became', come: 'came', shaken: 'shook', torn: 'tore', grown: 'grew',
};
/**
 * The client's past progressive, as a clinician writing in a second language (and many others) tells a session: "he
 * was changing the topic", "she was answering only yes or no": "was" and the participle read as the past (not in a
 * question asked or a time: "how she was feeling", "while he was waiting").
 */
const PROGRESSIVE = new RegExp(String.raw`${NOT_ASKED}${CLIENT}\s+((?:was|were)\s+(?:(?:still|just|always|constantly|repeatedly|mostly|only)\s+)?)$`, 'i');
/** ...the same after "but" or "and" with the subject left out, in a sentence the client opens ("She rated it 9/10 but was smiling"). */
const PROGRESSIVE_ELIDED = /\b(?:but|and)\s+((?:was|were)\s+(?:(?:still|just|always|constantly|repeatedly|mostly|only)\s+)?)$/i;
const CLIENT_OPENS = new RegExp(String.raw`^\s*${CLIENT}\b`, 'i');

/** A span of a sentence and what it is rewritten as ('' to leave it out). */
export interface Edit { start: number; end: number; by: string }

/**
 * The sentence with the edits made (in order; one that overlaps an earlier one is skipped), and for each offset of
 * the copy the offset in the sentence: a replacement maps to the start of what it replaces, what follows it to that
 * span's end.
 */
export function rewrite(sentence: string, edits: readonly Edit[]): { text: string; toOriginal: Int32Array } {
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (const { start, end, by } of edits) {
    if (start < at) continue;
    for (let i = at; i < start; i++) { text += sentence[i]; offsets.push(i); }
    text += by;
    for (let i = 0; i < by.length; i++) offsets.push(start);
    at = end;
  }
  for (let i = at; i < sentence.length; i++) { text += sentence[i]; offsets.push(i); }
  offsets.push(sentence.length);
  return { text, toOriginal: Int32Array.from(offsets) };
}

/**
 * The sentence with the mapped verb forms in the past, or undefined when it holds none. `therapist`: the sentence is
 * the note's own, where an opening "I" is the therapist (not the client's words in a block quote or a "C:" line).
 */
export function retense(sentence: string, map: ReadonlyMap<string, string>, therapist = true): Retensed | undefined {
  const pasts = pastForms(map);
  const perfectTense = /\bha(?:s|ve)\s/i.test(sentence);
  const edits: Edit[] = [];
  // The client's quoted words keep their own tense: "she just tells me what to do" in them is someone else telling
  // the client, not the client telling me.
  const quoted = quotedSpans(sentence);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sentence))) {
    if (quoted.length && inside(quoted, m.index)) continue;
    // (A form with "n't" is looked up with a straight apostrophe and written back with the note's own.)
    const curly = m[0].includes('’');
    const spelled = (form: string) => (curly ? form.replace("'", '’') : form);
    const lower = curly ? m[0].toLowerCase().replace('’', "'") : m[0].toLowerCase();
    const mine = map.get(`${FIRST_PERSON}${lower}`);
    if (mine && therapist && ((m.index < 40 && OPENS_WITH_I.test(sentence.slice(0, m.index))) || MID_I.test(sentence.slice(Math.max(0, m.index - 30), m.index)))) {
      edits.push({ start: m.index, end: m.index + m[0].length, by: spelled(mine) });
      continue;
    }
    const participle = (PARTICIPLE_PAST[lower] !== undefined || pasts.has(lower) || lower === 'been') && lower !== 'moved';
    const perfectProgressive = lower === 'been' && /^\s+\w+ing\b/.test(sentence.slice(m.index + 4));
    const perfect = perfectTense && participle && !perfectProgressive ? PERFECT.exec(sentence.slice(Math.max(0, m.index - 40), m.index)) : null;
    if (perfect) {
      const by = lower === 'been' ? (/\b(?:they|we)\s+have\s/i.test(perfect[0]) ? 'were' : 'was') : PARTICIPLE_PAST[lower] ?? lower;
      edits.push({ start: m.index - perfect[1].length, end: m.index + m[0].length, by });
      continue;
    }
    const past = map.get(lower);
    if (!past) continue;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    // Only where a verb of the client's stands: opening the sentence in note style ("Changes the subject",
    // "Giggling through the account"), or a present form after its subject ("she insists", "Pt states").
    // Elsewhere "questions", "going quiet", "wanting to" are nouns and gerunds.
    const opening = OPENING.test(before) && (m.index < 30 || OPENING.test(sentence.slice(0, m.index)));
    // A participle after the client who opens a note's line is its verb ("Pt laughing while describing ...").
    const noteSubject = NOTE_SUBJECT.exec(before);
    const ingAfterSubject = noteSubject !== null && OPENING.test(sentence.slice(0, m.index - noteSubject[0].length));
    // (Not the future seen from the past: "she was going to tell him".)
    const progressive = lower.endsWith('ing') && !(lower === 'going' && /^\s+to\b/.test(sentence.slice(m.index + 5)))
      ? PROGRESSIVE.exec(before) ?? (CLIENT_OPENS.test(sentence) ? PROGRESSIVE_ELIDED.exec(before) : null) : null;
    if (progressive) { edits.push({ start: m.index - progressive[1].length, end: m.index + m[0].length, by: past }); continue; }
    // After a verb read in the past, the be and modals of what follows shift with it ("asks if the sessions can be" as
    // "asked if the sessions could be"), whatever their subject.
    const shifted = edits.length > 0 && Object.hasOwn(BE_AND_MODALS, lower);
    if (!(opening || shifted || (lower.endsWith('ing') ? ingAfterSubject : AFTER_SUBJECT.test(before) || named(before, map)))) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, by: spelled(past) });
  }
  if (!edits.length) return undefined;
  return { ...rewrite(sentence, edits), verbs: edits.map((e) => e.by) };
}
