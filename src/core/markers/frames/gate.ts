/**
 * Which sentences the structural layer tags at all: those holding a word that starts a frame, or two
 * words that start one together. Most sentences of a note hold neither, so wink-nlp never sees them.
 * A property test holds this to the frames: no sentence the gate turns away has a frame.
 */
import * as V from '../vocabulary';
import { NO_MORE, PAST_MEANT, QUOTED_REFUSAL } from './context';

const IRREGULAR: Record<string, string[]> = {
  feel: ['felt'], find: ['found'], catch: ['caught'], become: ['became'], grow: ['grew', 'grown'], get: ['got', 'gotten'],
  spend: ['spent'], say: ['said'], meet: ['met'], show: ['shown'], tell: ['told'], withdraw: ['withdrew', 'withdrawn'], be: ['was', 'were', 'is', 'am', 'are', 'been', "'m", "'s", "'re"],
  do: ['did', 'done', 'doing', 'does'], beg: ['begged', 'begging'], snap: ['snapped', 'snapping'], shrug: ['shrugged', 'shrugging'],
  clam: ['clammed', 'clamming'], skip: ['skipped', 'skipping'], drop: ['dropped'], plan: ['planned'], nag: ['nagged', 'nagging'],
  keep: ['kept'], hold: ['held'], leave: ['left'], go: ['went', 'gone'], give: ['gave', 'given'], make: ['made'], think: ['thought'], come: ['came'],
  let: ['let', 'letting'], quit: ['quit', 'quitting'], stop: ['stopped', 'stopping'], shut: ['shut', 'shutting'], cut: ['cut', 'cutting'],
  see: ['saw', 'seen'], hear: ['heard'], have: ['had', 'has'], understand: ['understood'], speak: ['spoke', 'spoken'], take: ['took', 'taken'],
};

export function inflect(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  forms.push(lemma.endsWith('s') || lemma.endsWith('sh') || lemma.endsWith('ch') || lemma.endsWith('x') ? lemma + 'es' : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  forms.push(lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed');
  // ("agree", "see", "flee" keep their e before -ing: "agreeing", not "agreing".)
  forms.push(lemma.endsWith('ee') ? lemma + 'ing' : stem + 'ing');
  // One syllable ending consonant–vowel–consonant doubles it: quip, quipped, quipping.
  if (/^[^aeiou]*[aeiou][bdgklmnprtvz]$/.test(lemma)) forms.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
  return forms;
}

const forms = (...groups: Iterable<string>[]) => {
  const out = new Set<string>();
  for (const g of groups) for (const w of g) for (const f of inflect(w)) out.add(f);
  return out;
};
const words = (...groups: Iterable<string>[]) => new Set(groups.flatMap((g) => [...g]));

/** Words that start a frame by themselves. */
const STRONG = words(forms(['elaborate'], V.SCORN_GESTURE, V.OPPOSE, V.HOSTILE, V.REFUSE, V.PRESSURE, V.DEFEND, V.INTERRUPT, V.WITHDRAW_QUIET, V.WITHDRAW_FROM,
  V.WITHDRAW_TOPIC, V.ABSTRACT, ['avoid'], V.THERAPIST_FLINCH), V.HOSTILE_MANNER, ['myself', 'aware', 'conscious']);
const NEG = new Set(["n't", 'not', 'never', 'nothing', 'nobody']);
const QUOTE = new Set(['"', '“']);

/** Pairs of word groups that start a frame together: each pair is a necessary condition of a frame. */
const PAIRS: [Set<string>, Set<string>][] = [
  [words(V.RESPONSE, ['answering', 'answered', 'replying', 'replied', 'responding', 'responded']), words(V.MINIMAL, V.ABSTRACT_QUALITY, QUOTE)],
  [words(V.THERAPIST_AFFECT, forms(V.THERAPIST_AFFECT)), words(forms(V.PERCEIVE, ['be']), ['i', 't'])],
  [forms(V.DEFER), words(V.EXCESS)],
  [forms(V.DENY), forms(V.DENIED_FEELING)],
  [forms(V.OVERDO, ['do']), new Set(['too', 'harder', 'more', 'most', 'over', 'again', 'much'])],
  [forms(['want', 'wish']), forms(V.THERAPIST_PULL)],
  [forms(V.SPEECH, ['insist', 'claim']), words(V.FINE)],
  [words(forms(V.ALL_OBJECT_WORDS, V.TASK_DOING), V.TOOL_FOR, ['thing']), words(forms(V.OPINION), QUOTE)],
  [forms(V.TALK, V.MOAN, ['go', 'give']), words(V.AT_LENGTH, V.IN_DETAIL, ['only', 'exclusively', 'solely', 'session', 'call', 'visit', 'appointment', 'left', 'minutes', 'mins'])],
  [forms(V.AFFECT_VERB, ['care', 'mind']), NEG],
  // The same stretches of time the frame reads ("spent the time ..." too), so the gate never lets through fewer.
  [forms(['spend']), words(V.SESSION_HOUR, ['time'])],
  [forms(['want', 'expect', 'need', 'ask', 'beg', 'tell', 'push', 'urge', 'let']), new Set(['me'])],
  [forms(V.ASK_LESS), new Set(['fortnightly', 'monthly', 'biweekly', 'other', 'less', 'fewer', 'shorter', 'phone', 'online', 'email', 'early', 'earlier', 'break', 'month', 'every'])],
  [new Set(['you']), words(V.ALWAYS_NEVER, forms(['keep']), NEG)],
  [forms(V.OPINION), words(forms(['understand', 'listen', 'care', 'get', 'help', 'know', 'hear', 'see', 'bother']), V.DISMISSIVE, V.THERAPIST_FAULT, ['idea', 'clue', 'others', 'rest'])],
  [words(forms(V.DISPLEASED), V.DISPLEASURE, V.STANCE, V.OPPOSITION), words(forms(V.ALL_OBJECT_WORDS), V.THERAPIST_WORDS, ['me', 'i', 'my', 't'])],
  [V.WRONGED, new Set(['by'])],
  [forms(V.BRUSH), new Set(['off', 'down', 'aside', 'over', 'away'])],
  [forms(V.JOKE), new Set(['whenever', 'every', 'each', 'when'])],
  [forms(V.JOKE), words(V.DISTRESS)],
  [forms(V.RECOUNT), words(V.INCONGRUENT_MANNER)],
  [new Set(['hardly', 'barely', 'scarcely', 'rarely', 'seldom']), forms(V.ENGAGE, ['meet'])],
  [new Set(['why', 'what']), words(forms(['turn', 'show']), ['attending', 'attend'])],
  [new Set([...V.HOPELESS_SELF].map((p) => p.split(' ')[0])), new Set([...V.HOPELESS_SELF].map((p) => p.split(' ')[1]))],
  [forms(V.CHANGE_VERB, ['work']), NEG],
  [forms(V.KEEP), words(V.DISTANCE, forms(V.DISTANCE))],
  [new Set(['why', 'what']), words(V.ATTEND)],
  [new Set(['fault', 'blame', 'blaming', 'blamed']), new Set(['my', 'me'])],
  [new Set(['bother', 'bothered']), NEG],
  [new Set(['not', "n't"]), V.UNDONE],
  // "would not discuss the depot": a topic declined (confrontation.ts topicDeclined).
  [new Set(['not', "n't"]), forms(['discuss', 'talk', 'speak', 'go'])],
  // The work brought back blank or half done, and the client's words on it.
  [new Set(['blank', 'half']), QUOTE],
  [forms(['push']), new Set(['back'])],
  // "he went back to his phone", "returned to the folder": back to something of the client's own at the therapist's move.
  [forms(['go', 'turn', 'get']), new Set(['back'])],
  [forms(['return']), new Set(['to'])],
  // "looked away when I named it", "turned away" (withdrawalFrames' LOOK_AWAY).
  [forms(['look', 'glance', 'turn']), new Set(['away'])],
  // "Her hands were clenched but she said she was 'perfectly relaxed'": a sign, then words of ease (withdrawalFrames' CALM).
  [words(V.BODY_SIGN, V.CRYING), new Set(['but', 'yet', 'though', 'although'])],
  // "brought it round to the appeal", "dragged us back to the wedding plans": the talk steered (withdrawalFrames' STEER).
  [words(forms(['bring', 'steer', 'drag', 'pull', 'take', 'lead', 'swing', 'switch', 'shift', 'redirect', 'divert']), ['brought', 'took', 'taken', 'led', 'swung']), new Set(['back', 'round', 'around'])],
  // "most of the call went on the lambs": the session's time going on something.
  [forms(['go', 'take', 'fill', 'use', 'burn', 'devote', 'dedicate', 'give']), new Set(['session', 'hour', 'call', 'visit', 'appointment', 'meeting', 'time', 'minutes', 'left', 'half', 'remained'])],
  // "rattled through deadlines for nearly the whole hour": a run through something at length (withdrawalFrames' RUN_THROUGH).
  [words(forms(['rattle', 'run', 'race', 'go', 'whizz', 'gallop', 'zip']), ['ran', 'went', 'gone']), new Set(['through'])],
  // "carried on doing her crossword", "kept on with his game": going on with something of the client's own.
  [forms(['carry', 'continue', 'keep']), new Set(['on', 'with', 'doing', 'reading', 'playing', 'typing', 'scrolling', 'watching', 'texting'])],
  [forms(['feel', 'notice', 'sense']), new Set(['i', 't'])],
  [forms(['roll']), new Set(['eyes'])],
  [forms(V.END_VERB), words(V.END_OBJECT)],
  [forms(['find', 'see', 'want']), words(V.SOMEONE)],
  [new Set(['what', 'why']), new Set(['we'])],
  [forms(V.TALK, ['ask']), new Set(['instead', 'lighter', 'else', 'easier'])],
  // A telling, or going onto something, at the therapist's question ("Asked about the funeral, she described the catering").
  [forms(['talk', 'chat', 'speak', 'describe', 'explain', 'list', 'ask', 'tell', 'go', 'move', 'get', 'change', 'switch', 'shift', 'jump']), new Set(['asked', 'enquired', 'inquired', 'raised', 'mentioned', 'wondered', 'slowed', 'turned', 'came', 'returned', 'brought', 'moved'])],
  [forms(['answer', 'reply', 'respond']), new Set(['words'])],
  [words(V.INCONGRUENT_TONE), words(V.TONE_NOUN)],
  [forms(['want']), NEG],
  // "would not take the beater back": a refusal whose object wouldNotFrame reads.
  [new Set(['would', "won't", 'won’t', 'will']), new Set(['not', "n't"])],
  [forms(['leave']), new Set(['with'])],
  [new Set(['too']), new Set(['i'])],
  [new Set(['nothing']), forms(V.CHANGE_VERB, ['work'])],
  [forms(V.RESPOND), NEG],
  [forms(['talk', 'speak']), new Set(['over'])],
  [new Set(['you']), new Set(['same'])],
  [new Set(['attention', 'mind', 'thoughts']), forms(['wander', 'drift'])],
  [forms(['slip', 'fall', 'drift', 'draw', 'pull', 'get']), new Set(['into'])],
  [forms(V.ASKING), QUOTE],
  [forms(['change']), new Set(['tack', 'direction'])],
  [forms(['leave']), new Set(['early', 'before'])],
  [forms(V.SAY_MORE), words(V.MORE, ['elaborate', 'expand'])],
  [new Set(['can']), forms(V.CUT_SHORT)],
  [new Set(['worth']), new Set(['this', 'it', 'therapy', 'coming', 'sessions'])],
  [forms(V.ASK_TO_STOP), forms(V.STOP)],
  // "asked if she could have the summer off", "take a break over Christmas" (the ask-to-stop frame's TIME_OFF).
  [forms(V.ASK_TO_STOP), new Set(['off', 'break'])],
  [forms(V.OPINION), words(V.ALWAYS_NEVER, NEG)],
  [new Set(['you']), new Set(['like', 'likes'])],
  [forms(['stop']), forms(V.ACTIVITY)],
  [forms(V.INVITE), QUOTE],
  // "I felt a sense of failure", "experienced a feeling of dread"
  [forms(['experience', 'feel', 'have']), new Set(['sense', 'feeling'])],
  // "Felt like a bailiff"; "it left me feeling useless"
  [forms(['feel']), new Set(['like'])],
  [forms(['leave']), new Set(['feeling'])],
  [forms(['notice', 'realise', 'realize', 'see']), new Set(['how'])],
  [forms(['hold']), new Set(['back'])],
  [forms(['make']), new Set(['me'])],
  // "Said the last nurse 'wrote lies'": the clinician before me.
  [V.PREVIOUS, V.CLINICIAN],
  // "When I raised the care plan he started on about the canteen".
  [forms(['start', 'begin']), new Set(['about'])],
  // "It was like addressing the wall": a likeness opening the sentence (the frame reads the first words only).
  [new Set(['it', 'this', 'that']), new Set(['like', 'if', 'though'])],
];

/** Each word's groups: 0 starts a frame alone; pair k is groups 2k+1 and 2k+2. */
const GROUPS = new Map<string, number[]>();
const mark = (set: Set<string>, group: number) => { for (const w of set) { const g = GROUPS.get(w); if (g) g.push(group); else GROUPS.set(w, [group]); } };
mark(STRONG, 0);
PAIRS.forEach(([a, b], k) => { mark(a, 2 * k + 1); mark(b, 2 * k + 2); });
const seen = new Uint8Array(2 * PAIRS.length + 1);

const WORD = /[\p{L}][\p{L}'’-]*|["“]/gu;

/**
/** Three short quoted answers in a row ('"alright", "nothing", "dunno"'), which answerListHits reads. */
const ANSWER_LIST = /["“][^"“”]{1,20}["”],?\s*(?:,|or|and|\/)?\s*["“][^"“”]{1,20}["”],?\s*(?:,|or|and|\/)?\s*["“]/;
/** "I was the stranger at the mess table": the writer cast as someone in the client's world, which castAsHits reads. */
const CAST_AS = /\bI (?:was|were|had become|became|seemed|felt like),? (?:(?:I think|I suspect|I suppose|I guess|perhaps|probably|maybe|I felt|in (?:her|his|their) eyes|to (?:her|him|them)), )?(?:just |only |simply |merely )?(?:a|an|the|one more|another|more)\b/;
/** "whenever I asked", "each time we came near it": the client's move tied to the therapist's (eachTimeIHits). */
const EACH_TIME_I = /\b(?:whenever|each time|every time) (?:I|we|T)\b/i;
/** A telling likened to a document ("talked through it like a planning application"), which likenedTellingHits reads. */
const LIKENED_TELLING = /\b(?:describ|talk|told|tell|went|go|spoke|speak|list|analys|analyz|review|recount|present|gave|give|deliver|report|explain|read|ran|run|relat|narrat)\w*\b[^".]{0,60}\b(?:like (?:an?|the) |as (?:if|though) )/i;
/** "Something in me rose", "I sounded, to myself, like ...", which inMeHits reads. */
const IN_ME = /\bin (?:me|myself)\b|\bpart of me\b|\b(?:came|crept|washed|settled|stole) (?:over|on|upon) me\b|,? to myself,? (?:like|as)\b/i;
/** Asking why the work goes on at all, which askedWhyHits reads. */
const ASKED_WHY = /\b(?:asked|asks|asking|wondered|wonders|queried|questioned|demanded|wanted to know|wants to know)\s+(?:me\s+)?(?:again\s+|twice\s+)?why\s+(?:we|she|he|they|I|T|the therapist|this writer|writer)\b/i;
/** Asking when the work will be over, which askedDoneHits reads. */
const ASKED_DONE = /\b(?:asked|asks|asking|wondered|wonders|wanted to know|wants to know|checked)\b[^.;]{0,20}\bbe (?:finished|done|through|over)\b/i;
const QUESTIONS_GOT = /\b(?:questions?|anything I asked|whatever I asked|most things|everything|each thing)\b[^.;]{0,45}?\s(?:got|drew|met with|received)\s/i;
/** Coming only because made to, which madeToComeHits reads. */
const MADE_TO_COME = /\b(?:told|made|forced|ordered|pushed|nagged|dragged|mandated|instructed|sent|referred)\s+(?:to\s+(?:come|attend|be|see|do)|by|because)\b|\b(?:came|comes|come|attended|attends)\s+(?:only\s+|just\s+)?(?:because|as)\b|\b(?:only|just)\s+(?:sent|referred)\b/i;
/** A question about who else will learn what is said here, which confidentialityHits reads. */
const WHO_KNOWS = /\b(?:whether|if|how much|who else|what|which|(?:was|were|would|will|could) (?:I|you))\b[^.;?]{0,60}?\b(?:hear|told|get|gets|see|know|find|reach|receive|sent|copied|shown|passed|shared|informed|reported|writ|put|email|tell|ring|phon|speak|talk|report|copy|send|pass|shar|inform|contact|read|go|goes|affect)/i;
/**
 * The client's quoted words about the therapist, right after a verb of saying and "I" (the plain copy's 'stated I "is
 * paid to say that"' for 'stated counselor ...'; 'said I "am a fraud"'), or after its verb ('said I was "the council
 * with a nicer face"'): the about-therapist frame reads them.
 */
const SAID_I_QUOTE = new RegExp(String.raw`\b(?:${[...forms(V.OPINION)].join('|')}) (?:that )?I(?:['’](?:d|m|ve))? (?:(?:was|am|were|had|have|would|'d|seemed|sounded|looked|must|should|could|did|do|'m) )?["“]`, 'i');

/** Whether a sentence may hold a frame: one of its words starts one, or the two words of a pair do. */
export function mayHoldFrame(text: string): boolean {
  if ((text.includes(' I ') || text.includes(" I'") || text.includes(' I’')) && SAID_I_QUOTE.test(text)) return true;
  if ((text.includes('"') || text.includes('“')) && ANSWER_LIST.test(text)) return true;
  if (text.includes('I ') && CAST_AS.test(text)) return true;
  if (WHO_KNOWS.test(text)) return true;
  if (ASKED_WHY.test(text) || ASKED_DONE.test(text)) return true;
  if (NO_MORE.test(text) || QUESTIONS_GOT.test(text) || MADE_TO_COME.test(text)) return true;
  // A length of the session's time opening the sentence, which the story-at-length frame reads (LENGTH_FIRST).
  if (/^\s*(?:then,? )?for (?:a (?:long|good)|the (?:rest|remainder)|(?:most|much|the bulk) of the)\b/i.test(text)) return true;
  // "I'm not doing theatre", "I won't do that": a refusal in the client's words, which refusedInQuoteHits reads.
  if (QUOTED_REFUSAL.test(text)) return true;
  if (IN_ME.test(text) || PAST_MEANT.test(text)) return true;
  if (LIKENED_TELLING.test(text)) return true;
  if (EACH_TIME_I.test(text)) return true;
  seen.fill(0);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  const note = (w: string) => { const g = GROUPS.get(w); if (g) for (const k of g) seen[k] = 1; };
  while ((m = WORD.exec(text))) {
    const w = m[0].toLowerCase();
    note(w);
    if (w.endsWith("n't") || w.endsWith('n’t')) note("n't");
    // "matter-of-factly": the tagger splits a hyphenated word, and a frame may read one of its parts ("matter").
    if (w.includes('-')) for (const part of w.split('-')) note(part);
    if (seen[0]) return true;
  }
  for (let k = 0; k < PAIRS.length; k++) if (seen[2 * k + 1] && seen[2 * k + 2]) return true;
  return false;
}

/** The lemma of an inflected form of a frame verb, for words the tagger took for nouns ("Kept joking"). */
const FORM_LEMMA = new Map<string, string>();
for (const group of [V.OPPOSE, V.HOSTILE, V.REFUSE, V.PRESSURE, V.DEFEND, V.INTERRUPT, V.WITHDRAW_QUIET, V.WITHDRAW_FROM, V.WITHDRAW_TOPIC,
  V.DENY, V.ABSTRACT, V.DEFER, V.BRUSH, V.JOKE, V.RECOUNT, V.TALK, V.PERCEIVE, V.OVERDO, V.SPEECH, V.OPINION]) {
  for (const lemma of group) for (const form of inflect(lemma)) if (!FORM_LEMMA.has(form)) FORM_LEMMA.set(form, lemma);
}
export const lemmaOfForm = (form: string): string | undefined => FORM_LEMMA.get(form);
