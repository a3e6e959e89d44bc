/**
 * The therapist's own reactions (intrapersonal markers): what the therapist feels, notices in
 * themselves, wants to do, or overdoes. The subject is "I" or "T", or a subjectless feeling verb
 * ("Felt clumsy afterwards").
 */
import type { Sentence } from '../roles';
import { sentimentOf } from '../tokens';
import * as V from '../vocabulary';
import { matchTokens, PAST_MEANT, verbLike, W_HIS_HER_THEIR, W_I, within, words, type Add, type VerbContext } from './context';

const MYSELF = words('myself');
/** Verbs that say how someone seemed ("she seemed bored", "he looked tired"). */
const LINKING = words('seem look appear sound become grow get');
const INTENSIFIER = words('too harder more most over again much');
/** Words of degree before an adjective ("very junior", "so small"). */
const DEGREE = words('very so too quite rather really extremely terribly awfully');
const MOST = words('most');
/**
 * Words after "felt" that are judgements or states of the work, not feelings; and sadness felt with the client
 * ("I felt sad when she turned down the job"), which is empathy, not strain ("sad and useless" is strain by its second word).
 */
const NOT_FEELINGS = words('able sure certain confident clear right important necessary appropriate useful helpful safe ok okay fine good well\n  close closer moved touched light lighter better sad saddened sorry last next first earlier later\n  heard included energised energized understood seen connected grounded settled centred centered present engaged attuned curious\n  invested rested refreshed privileged');
/** A strain the sentiment model scores as good in another sense ("tried and tested"): "I felt tested". */
const STRAIN_SCORED_GOOD = words('tested');
/** How a move of the therapist's was overdone: "too fast", "too soon", "too hard". */
const TOO_MUCH = words('fast quickly soon hard much far');
/** What the therapist says to the client of their own move ("I said I had moved too quickly"): a repair, not a reaction. */
const SAID_TO_CLIENT = words('said told acknowledged apologised apologized admitted owned named suggested wondered');
/** What the therapist loses in a reaction: "I lost my patience", "lost my curiosity". */
const LOST = words('patience temper cool curiosity focus nerve compassion empathy footing concentration composure neutrality warmth');
/** Who the therapist feels cast as after "like": "felt like another officer", "like just one more nurse". */
const CAST_AS = words('a an the another some one every');
const OWNER_OR_ARTICLE = words('the a an her his their my its');
/** Participles spelt as their verb ("I felt put in my place", "felt cut off", "felt shut out"). */
const SAME_PARTICIPLE = words('put cut set hit hurt shut let');
/** What the therapist has to give that drains ("I felt my confidence drain", "my enthusiasm ebbing away"). */
/** A feeling word that tells how the client was, the client named right after it ("I noticed how tired he looked"). */
const howTheClientWas = (s: Sentence, k: number) => s.tokens[k - 1]?.lower === 'how' && CLIENT_PRONOUNS.has(s.tokens[k + 1]?.lower ?? '');
/** The therapist's voice and pace, and how they change ("my voice dropping lower", "my pace quickening"). */
const MY_VOICE = new Set(['voice', 'pace', 'speech', 'tone', 'sentences', 'questions', 'words']);
const VOICE_CHANGE = new Set(['drop', 'rise', 'speed', 'quicken', 'tighten', 'climb', 'harden', 'sharpen', 'thin', 'hurry', 'rush', 'race']);
const BECOME = new Set(['get', 'go', 'become', 'turn', 'grow']);
/** Adverbs after "went" that are no state it went into ("went back", "went on"). */
const NOT_A_STATE = new Set(['when', 'then', 'now', 'again', 'too', 'so', 'back', 'up', 'down', 'away', 'on', 'off', 'out', 'over', 'through', 'round', 'around']);
const HOW_CHANGED = new Set(['lower', 'higher', 'faster', 'up', 'away', 'louder', 'quieter']);
const MY_CAPACITY = new Set([...LOST, 'confidence', 'enthusiasm', 'energy', 'hope', 'interest', 'attention', 'resolve', 'certainty', 'authority']);
/** People a compound can name ("the support staff", "a care worker"). */
const STAFF = words('staff worker workers team person people member members officer officers professional professionals');
/** How what the therapist has to give goes (the tagger may read "drain" as a noun). */
const DRAIN = words('drain slip fade ebb wane sink run seep leak vanish evaporate dwindle go desert');
/** A pressure felt towards a move ("I felt the pressure to reassure", "felt a pull to rescue"). */
const PRESSURE = words('pressure pull urge temptation need push tug');
const BODY = words('heart chest stomach jaw breath breathing throat shoulders face cheeks hands');
/** What only the therapist does in a note's subjectless lines (a client also talks, argues, hurries). */
const IMPLICIT_OVERDO = words('explain reassure justify lecture over-explain persuade');
// A feeling in a sentence about the client's own things ("feels his pain is dismissed") is the client's.
const CLIENT_PRONOUNS = words('she he they pt client patient cl clt ct his her their him them');
/** The client's pronouns that are only ever objects: with them alone a sentence names no speaker. */
const OBJECT_ONLY = words('him them');
/** What I catch myself at that is no strain ("found myself wondering"), as the "found myself" cues read it. */
const GOOD_SELF = words(V.CAUGHT_AT_NO_STRAIN.replace(/\|/g, ' '));
const TALKING = words('talking work');
const W_INTO = words('into');
/** The work itself as what the therapist got into ("how I got into this work", "into counselling"). */
const INTO_THE_WORK = /^\s+into (?:this |the |that )?(?:work|job|field|line of work|profession|therapy|counsell?ing|psychology|training|career)\b/i;
const W_SENSE_FEELING_IMPRESSION = words('sense feeling impression');
const W_SENSE_FEELING = words('sense feeling');
/** Verbs of having a feeling named as a noun ("felt a sense of failure", "experienced a feeling of dread"). */
const SENSE_VERBS = words('feel experience have notice');
/** Verbs of seeing one's own state ("noticed how careful I had become"). */
const SEEN_HOW = words('notice realise realize see');
/** What a therapist holds back ("held back a lecture"), not a thing put off ("held back the worksheet"). */
const HELD_BACK = words('lecture comment remark interpretation challenge question urge impulse tear irritation sigh retort reply advice reassurance joke sarcasm');
const WISH = new Set(['wanting', 'wishing', 'want', 'wish', 'urge', 'pull', ...V.THERAPIST_AFFECT]);

/** Words that open a clause setting the scene for what follows ("When I explained it again, she..."). */
const SCENE = new Set(['when', 'as', 'after', 'once', 'while', 'before', 'whenever']);

/** Words that end the clause of what the therapist felt ("I felt I was intruding when her phone rang"). */
const FELT_CLAUSE_END = words('when as so because while whilst until after before since');
/** Subjects that start a clause after "and" or "but" ("and I stepped out", "but she said"). */
const SUBJECTS = words('i she he they we it');
/** Who the therapist's place is beside, in the clause of what they felt. */
const BESIDE = words('her him them his she he they someone somebody');
/** Where being back is well ("back in control", "back in touch"). */
const BACK_WELL = words('control touch charge business shape sync step tune balance work');
/** A good place beside the client ("learning a lot from her", "getting to know him", "reaching her", "helping her"). */
/** How the therapist judges their own doing or where it took them ("I felt I had handled it badly", "trodden on", "intruded"). */
const DONE_BADLY = words('badly poorly clumsily wrongly ineptly trodden blundered barged stumbled intruded trespassed wrong misjudged misread botched fumbled overstepped worse');
/** Where the therapist's words went unheard: "into a void", "to a wall", "into the wind". */
const UNHEARD = words('void vacuum wall wind ether abyss');
const INTO = words('into to');
/** "performing to an empty theatre": a place with no one in it to hear. */
const EMPTY_PLACE = words('room theatre hall house auditorium stadium stage church');
/** The writer's own time and desk work, which a felt place may name without the room in it. */
const OWN_TIME_OR_DESK = /\b(?:on time|late|early|behind (?:with|on)|dragging my feet|paperwork|letters?|admin|emails?|notes|forms|reports?)\b/i;
/** A posture at the start of a felt place is where the writer's body was ("leaning against the wall"). */
const POSTURE = words('lean sit stand lie perch slump');
const GOOD_PLACE = words('learn know reach connect understand trust enjoy share welcome include join help support');

/** A verb in a form other than its lemma and not in -ing: a past participle after "felt" or "made me" ("felt dismissed"). */
function pastParticiple(w: VerbContext['s']['tokens'][number]): boolean {
  return w.pos === 'VERB' && w.lower !== w.lemma && !w.lower.endsWith('ing');
}

/** Words that join a second feeling to the first: "sad and useless", "sad, but shut out", "calm, then uneasy". */
const JOIN = words('and but then yet');
/** Particles after a participle of strain ("brushed aside", "pushed away", "shut out"). */
const PARTICLE_AFTER = words('off out up down aside away');
/** Tears with the client, as a second feeling ("moved and a bit tearful"): empathy, not strain. */
const TEARS = words('tearful teary choked emotional welled');
/** Whom a first feeling is towards, passed over to the second ("fond of him and useless"). */
const TOWARDS = words('of for towards toward with to');

/** Whether the word at k follows a feeling joined to it after "was" ("was relieved, and ashamed"): "and" or "but" at most
 * a comma and a word of degree before it, one adjective or participle before that, then the verb. */
function joinedToPredicate(toks: VerbContext['s']['tokens'], k: number): boolean {
  let j = k - 1;
  while (j > 0 && toks[j].pos === 'ADV') j--;
  if (!JOIN.has(toks[j]?.lower ?? '')) return false;
  j--;
  if (toks[j]?.text === ',') j--;
  const first = toks[j];
  if (!first || (first.pos !== 'ADJ' && !pastParticiple(first))) return false;
  j--;
  while (j > 0 && toks[j].pos === 'ADV') j--;
  return toks[j]?.lemma === 'be' || V.PERCEIVE.has(toks[j]?.lemma ?? '');
}

/**
 * After a first feeling ending before `from`: a second, joined by "and", "but" or "then", that is strain (an adjective or
 * participle, not a judgement of the work nor empathy, and not good by the sentiment model), its index, or -1.
 */
function strainAfter(s: VerbContext['s'], from: number, to: number): number {
  const toks = s.tokens;
  let k = from;
  // ("fond of him and ...": whom the first feeling was towards.)
  if (TOWARDS.has(toks[k]?.lower ?? '') && ['PRON', 'PROPN'].includes(toks[k + 1]?.pos ?? '')) k += 2;
  if (toks[k]?.text === ',') k++;
  if (!JOIN.has(toks[k]?.lower ?? '')) return -1;
  k++;
  while (k < to && (toks[k].pos === 'ADV' || toks[k].text === ',' || toks[k].lower === 'a' || toks[k].lower === 'bit' || toks[k].lower === 'little')) k++;
  const w = toks[k];
  if (!w || k >= to || s.quoted[k]) return -1;
  const participle = pastParticiple(w);
  if ((w.pos !== 'ADJ' && !participle) || NOT_FEELINGS.has(w.lower) || NOT_FEELINGS.has(w.lemma) || TEARS.has(w.lower) || sentimentOf(w.text) > 0 || sentimentOf(w.lemma) > 0) return -1;
  // A verb with an object or a manner after it is a new predicate ("scrutinised and chose words", "and spoke too
  // slowly"); a participle stands alone or before a particle or a place ("kept at the door", "brushed aside").
  const next = toks[k + 1];
  if (w.pos === 'VERB' && next && !['ADP', 'PUNCT'].includes(next.pos) && !PARTICLE_AFTER.has(next.lower)) return -1;
  return PARTICLE_AFTER.has(toks[k + 1]?.lower ?? '') ? k + 1 : k;
}

/**
 * "I felt (that, like, as if) I was/had ..." with the client in the clause: the end of the clause, or 0. The clause ends
 * at punctuation or at a word that starts another ("when", "so", "and").
 */
function placeFelt(s: VerbContext['s'], i: number): number {
  const toks = s.tokens;
  let k = i + 1;
  if (toks[k]?.lower === 'that' || toks[k]?.lower === 'like') k++;
  else if (toks[k]?.lower === 'as' && ['if', 'though'].includes(toks[k + 1]?.lower ?? '')) k += 2;
  if (toks[k]?.lower !== 'i' || s.quoted[k] || !['be', 'have'].includes(toks[k + 1]?.lemma ?? '')) return 0;
  let end = k + 2;
  // ("and", "but" end it before a verb or a new subject, not inside a phrase: "between her and her brother".)
  const another = (x: number) => ['and', 'but'].includes(toks[x].lower) && (['VERB', 'AUX'].includes(toks[x + 1]?.pos ?? '') || SUBJECTS.has(toks[x + 1]?.lower ?? ''));
  while (end < toks.length && toks[end].pos !== 'PUNCT' && !s.quoted[end] && !FELT_CLAUSE_END.has(toks[end].lower) && !another(end)) end++;
  const clause = toks.slice(k + 2, end);
  // "I felt I was back in a classroom being told off": the therapist's own past place, felt again (not "back on track",
  // "back in control").
  if (clause[0]?.lower === 'back' && ['in', 'at'].includes(clause[1]?.lower ?? '') && !BACK_WELL.has(clause[2]?.lower ?? '')) return end;
  // "I felt I was another part of the chain of command", "I was one more thing on her list", "just another form": the
  // therapist cast as one of many.
  if (toks[k + 1]?.lemma === 'be' && (clause[0]?.lower === 'another' || (clause[0]?.lower === 'just' && clause[1]?.lower === 'another') || (clause[0]?.lower === 'one' && clause[1]?.lower === 'more'))) return end;
  // ("getting through to him": reaching him, said another way.)
  const through = clause.some((w, x) => w.lemma === 'get' && clause[x + 1]?.lower === 'through' && clause[x + 2]?.lower === 'to');
  // ("performing for the support worker rather than meeting J": where I was, set against where I should have been.)
  // (...or set against the client after the clause: "I felt I was speaking for management, not for him".)
  const notFor = toks[end]?.text === ',' && toks[end + 1]?.lower === 'not' && toks[end + 2]?.pos === 'ADP' && CLIENT_PRONOUNS.has(toks[end + 3]?.lower ?? '');
  if (notFor) end += 4;
  const ratherThan = notFor || clause.some((w, x) => w.lower === 'rather' && clause[x + 1]?.lower === 'than');
  // ("I felt I had delivered bad news badly": my own doing, judged.)
  const doneBadly = clause.some((w) => DONE_BADLY.has(w.lower));
  // ("typing into a void", "talking to a wall", "shouting into the wind": my words not received.)
  const unheard = clause.some((w, x) => (UNHEARD.has(w.lower) || (EMPTY_PLACE.has(w.lower) && clause[x - 1]?.lower === 'empty')) && [clause[x - 1], clause[x - 2], clause[x - 3]].some((p) => p && INTO.has(p.lower)));
  // ("competing with the wall", "with her phone": my place, a rival for her attention.)
  const competing = clause.some((w, x) => w.lemma === 'compete' && clause[x + 1]?.lower === 'with');
  // (Not a good place: "I felt like I was finally getting somewhere with her".)
  const said = clause.map((w) => w.text).join(' ');
  const good = clause.some((w) => GOOD_PLACE.has(w.lemma) && w.pos !== 'NOUN') || GOOD_MOMENT.test(said) || GOOD_FELT.test(said)
    || (clause[0]?.lower === 'back' && BACK_WELL.has(clause[2]?.lower ?? ''));
  if ((clause.some((w) => BESIDE.has(w.lower)) || ratherThan || doneBadly || unheard || competing) && !through && !good) return end;
  // "I felt I had come in at the worst moment", "I felt like I was running a bus nobody wanted to ride": any place of the
  // therapist's own in the room, felt, that is not a good one (older sets: 9 more sentences labelled reactions, in eight
  // sets; one look-alike written to share the form, watched on CCTV in a car park, is flagged with them).
  // (Not the writer's own time, paperwork or posture: "I felt I was on time for once", "dragging my feet with the letters",
  // "leaning against the wall".)
  const plain = OWN_TIME_OR_DESK.test(said) || POSTURE.has(clause[0]?.lemma ?? '');
  return clause.length >= 2 && !good && !plain && !through && !GOOD_FELT.test(s.text) && sentimentOf(said) <= 0 ? end : 0;
}

/**
 * The session as the writer met it, in a likeness that opens the sentence: "It felt like being kept on the doorstep", "It
 * was like addressing the wall behind them", "It was as if I were up against a phone" (a therapist reaction, the weakest
 * sign). Not a likeness of the client's week or words ("It felt like pulling teeth getting the children to school this
 * week", "..., she said"), nor a good one ("It felt like a turning point").
 */
const LIKENESS_OPENING = /^(?:It|This|That) (?:felt|feels|was|is|seemed|seems) (?:like|as if|as though) /;
const CLIENT_WORLD = /\b(?:(?:this|last|next) (?:week|weekend|month)|at (?:work|school|home|the weekend)|(?:she|he|they) (?:said|says|told|described|reported|explained))\b/i;
const GOOD_MOMENT = /\b(?:breakthrough|turning point|getting somewhere|progress|connect\w*|finally|together|warm\w*|close(?:ness|r)?|shift(?:ed)?|opened up|relie\w+|lifted|lighter|team|home|old friends|click\w*|flow\w*|getting to know|understood|made sense)\b/i;
export function likenessOpeningHits(s: Sentence, add: Add): void {
  if (!LIKENESS_OPENING.test(s.text) || s.quoted[0] || s.quoted[1] || CLIENT_WORLD.test(s.text) || GOOD_MOMENT.test(s.text)) return;
  if (sentimentOf(s.text) > 0) return;
  // (To the first comma: "It was like pushing him off a cliff, and I felt it" is the likeness and then the feeling.)
  add('TR', 0.55, 0, toFirstComma(s), 'therapist-likeness');
}

/** Where a finding that opens the sentence ends: at its first comma or semicolon after the fourth word, or its last word. */
function toFirstComma(s: Sentence): number {
  const toks = s.tokens;
  let end = toks.length;
  while (end > 3 && [',', '.', ';', '!', '"', '”'].includes(toks[end - 1].text)) end--;
  const cut = toks.findIndex((w, k) => k > 3 && (w.text === ',' || w.text === ';'));
  return cut > 0 ? cut : end;
}

/**
 * The writer cast, in the writer's own narration, as someone or something in the client's world: "I was the stranger at
 * the mess table", "To him I was more prison furniture", "I had become a walking risk form" (a therapist reaction, the
 * weakest sign). Not the writer's plain role or time ("I was the duty worker", "I was a bit late", "I was the first to
 * arrive"), a good place ("a welcome face"), a past ("When I was a student"), nor what the client said I was.
 */
const CAST_VERB = /^(?:was|were|had become|became|seemed|felt like)$/;
const CAST_DET = new Set(['a', 'an', 'the', 'another', 'more']);
const HEDGE_ASIDE = /^\s*(?:I think|I suspect|I suppose|I guess|perhaps|probably|maybe|I felt|in (?:her|his|their) eyes|to (?:her|him|them)),/i;
const PLAIN_PLACE = new Set(['therapist', 'counsellor', 'counselor', 'clinician', 'trainee', 'student', 'worker', 'keyworker', 'nurse', 'psychologist',
  'facilitator', 'co-facilitator', 'lead', 'duty', 'chair', 'host', 'one', 'first', 'last', 'only', 'bit', 'little', 'lot', 'few', 'couple', 'minute',
  'minutes', 'time', 'same', 'person', 'professional', 'doctor', 'practitioner', 'assessor', 'supervisor', 'locum', 'volunteer', 'member', 'part']);
const NOT_MAIN = new Set(['when', 'if', 'as', 'because', 'before', 'after', 'since', 'while', 'whether', 'that', 'though', 'although', 'until', 'unless']);
export function castAsHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i].lower !== 'i' || s.quoted[i]) continue;
    let v = i + 1;
    let verb = toks[v].lower;
    if (verb === 'had' && toks[v + 1]?.lower === 'become') { verb = 'had become'; v++; }
    else if (verb === 'felt' && toks[v + 1]?.lower === 'like') { verb = 'felt like'; v++; }
    if (!CAST_VERB.test(verb)) return;
    // Said of me by the client, or a clause that is not the sentence's own ("When I was a student").
    if (toks.slice(Math.max(0, i - 2), i).some((w) => NOT_MAIN.has(w.lower) && (w.lower !== 'that' || w === toks[i - 1])) || toks.slice(0, i).some((w) => V.SPEECH.has(w.lemma) && w.pos === 'VERB')) return;
    let k = v + 1;
    // ("I was, I think, another grown-up on his back": a hedge of mine between commas passed over.)
    if (toks[k]?.text === ',' && HEDGE_ASIDE.test(s.text.slice(toks[k].end))) { k++; while (k < toks.length && toks[k].text !== ',') k++; k++; }
    while (['just', 'only', 'simply', 'merely'].includes(toks[k]?.lower ?? '')) k++;
    if (toks[k]?.lower === 'one' && toks[k + 1]?.lower === 'more') k++;
    else if (!CAST_DET.has(toks[k]?.lower ?? '')) return;
    let n = k + 1;
    while (n < toks.length && (toks[n].pos === 'ADJ' || (toks[n].pos === 'NOUN' && toks[n + 1]?.pos === 'NOUN') || (toks[n].pos === 'VERB' && /ing$/.test(toks[n].lower) && toks[n + 1]?.pos === 'NOUN'))) n++;
    // ("another grown-up": a hyphenated noun, which the tagger splits, read whole at its last part.)
    const hyphenated = toks[n + 1]?.text === '-' && !!toks[n + 2] && toks[n + 2].pos !== 'PUNCT';
    if (hyphenated && toks[n].pos !== 'NOUN') n += 2;
    const head = toks[n];
    const headIsNoun = head?.pos === 'NOUN' || hyphenated;
    // ("one more person", "another person": one of many is no plain role.)
    const many = ['one', 'another'].includes(toks[k - 1]?.lower ?? '') || toks[k].lower === 'another' || toks[k].lower === 'more';
    if (!head || !headIsNoun || s.quoted[n] || (PLAIN_PLACE.has(head.lower) && !(many && head.lower === 'person')) || toks.slice(k + 1, n).some((w) => PLAIN_PLACE.has(w.lower)) || toks.slice(k + 1, n + 1).some((w) => sentimentOf(w.text) > 0)) return;
    let end = n + 1;
    while (end < toks.length && toks[end].pos !== 'PUNCT' && !s.quoted[end] && end - n < 6 && !['and', 'but', 'so', 'which'].includes(toks[end].lower)) end++;
    let start = i;
    // ("To him I was ...", "In that room I was ...": the frame the writer sets opens the finding.)
    if (start > 0 && toks.slice(0, i).every((w) => w.pos !== 'VERB')) start = 0;
    add('TR', 0.55, start, end, 'therapist-cast');
    return;
  }
}

/**
 * Something felt by the writer, named as a thing: "I felt his loneliness and had nowhere to put it", "I felt the grief in
 * the room had nowhere to land", "I felt every one of my years", "I felt my own father in the room" (a therapist
 * reaction, the weakest sign; older sets: 243 such sentences labelled reactions, seven look-alikes, all of them good
 * feelings or the room's temperature). Not a good feeling ("I felt a lot of respect for her", "the session went well").
 */
const FELT_THING = /^(?:I|T) (?:felt|feel|sensed|sense) (?:his|her|their|the|an?|every|my own|my) /;
const GOOD_FELT = /\b(?:respect|warmth|warm|well|relie\w+|proud|pleased|glad|hope\w*|fond\w*|close\w*|admir\w+|tender\w*|affection|privilege\w*|moved|lighter|lifted|progress|connect\w*|same page|drop(?:ped)?|calm\w*|ease|easier|joy|delight\w*|touched)\b/i;
export function feltThingHits(s: Sentence, add: Add): void {
  if (!FELT_THING.test(s.text) || s.quoted[0] || GOOD_FELT.test(s.text) || sentimentOf(s.text) > 0) return;
  add('TR', 0.55, 0, toFirstComma(s), 'therapist-felt-thing');
}

/**
 * A part of the writer moved, named "in me", or the writer heard "to myself": "Something in me rose to defend the
 * assessment", "Some part of me scrambled to save the exercise", "The pull in me to reassure was very strong", "I sounded, to myself, like every adult who has told him to
 * try harder" (a therapist reaction, the weakest sign; older sets: 19 such sentences, all labelled reactions).
 */
const IN_ME = /\b(?:something|a part|part|(?:a|the) (?:pull|wish|urge|tug|flicker|voice)|pull|wish|urge|tug) in (?:me|myself)\b|(?:^|[,;:]\s*)(?:(?:some|a|one|another) )?part of me\b|\b(?:came|crept|washed|settled|stole) (?:over|on|upon) me\b|\b(?:flashed|rose|stirred|flared|sank|tightened|welled) (?:up )?in me\b|\bcaught in myself\b|\b(?:sounded|came across|seemed|looked),? to myself,? (?:like|as)\b/i;
export function inMeHits(s: Sentence, add: Add): void {
  const m = IN_ME.exec(s.text);
  // (A good feeling is no strain; the sentiment model is not asked, for "the pull in me to reassure" scores as good.)
  if (!m || GOOD_FELT.test(s.text)) return;
  const toks = s.tokens;
  const at = toks.findIndex((w) => w.start >= m.index);
  if (at < 0 || s.quoted[at]) return;
  let from = at;
  // From the start of its clause ("I sounded, to myself, ...", "The pull in me ...").
  while (from > 0 && !['.', ';', ':'].includes(toks[from - 1].text) && !(toks[from - 1].text === ',' && toks[from - 2]?.pos === 'NOUN')) from--;
  let end = toks.length;
  while (end > at + 1 && [',', '.', ';', '!', '"', '”'].includes(toks[end - 1].text)) end--;
  const cut = toks.findIndex((w, k) => k > at + 3 && (w.text === ';' || (w.text === ',' && ['and', 'then', 'but'].includes(toks[k + 1]?.lower ?? ''))));
  add('TR', 0.55, from, cut > 0 ? cut : end, 'therapist-in-me');
}

/**
 * The writer's own doing, told with a feeling of strain after it: "I came out of the session tired and vaguely ashamed",
 * "I weighed every word, afraid of choosing wrongly", "I sat with a heavy feeling after the line went dead" (a therapist
 * reaction, the weakest sign; older sets: 43 such sentences labelled reactions, one the writer's words to the client).
 * Not what I said to the client ("I said he had not been useless"), a guess ("I think I was tired"), nor a feeling after
 * the client is named.
 */
const TOLD_TO_CLIENT = words('say tell ask explain suggest reassure remind reflect wonder point name offer answer reply agree encourage praise think guess suppose');
const SOMEONE_ELSE = words('she he they her him them it client pt');
export function ownDoingFeltHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  if (toks[0]?.lower !== 'i' || s.quoted[0] || toks[1]?.pos !== 'VERB' || TOLD_TO_CLIENT.has(toks[1].lemma) || V.PERCEIVE.has(toks[1].lemma)) return;
  let k = 2;
  while (k < toks.length && !V.THERAPIST_AFFECT.has(toks[k].lower) && !SOMEONE_ELSE.has(toks[k].lower) && !s.quoted[k] && !['when', 'because', 'while', 'as'].includes(toks[k].lower)) k++;
  if (k >= toks.length || !V.THERAPIST_AFFECT.has(toks[k].lower) || k > 14 || GOOD_FELT.test(s.text)) return;
  // ("tired and vaguely ashamed": a second feeling of strain goes with the first.)
  const second = strainAfter(s, k + 1, toks.length);
  add('TR', 0.55, 0, (second >= 0 ? second : k) + 1, 'therapist-doing-felt');
}

const DOERS = words('i she he they we pt client patient');
/** A line under a label of the client's own words: a SOAP note's "S:", "Subjective:", "Pt:", "Client:". */
const CLIENT_LABEL = /^\s*(?:[-*•]\s*)?(?:S|Subjective|Pt|Patient|Client|Clt)\s*[:–-]\s/i;
/**
 * The writer's own doing, past what the writer meant: "I talked more than I meant to", "I softened the next step without
 * meaning to", "said less than I should have" (a therapist reaction; older sets: 36 such sentences labelled reactions, two
 * a client's withdrawal the writer let run on, one the client's quoted words). The doer is the writer: the last subject
 * before it is "I", or the sentence opens with its verb ("Felt rather like his parole officer, and shrank the plan more
 * than I should have"), not "she talked more than I wanted".
 */
export function pastMeantHits(s: Sentence, add: Add): void {
  const m = PAST_MEANT.exec(s.text);
  if (!m) return;
  const toks = s.tokens;
  const { from: at, to } = matchTokens(s, m.index, m.index + m[0].length);
  if (at < 0 || s.quoted[at]) return;
  let doer = at - 1;
  while (doer >= 0 && (s.quoted[doer] || !DOERS.has(toks[doer].lower))) doer--;
  if (doer >= 0 ? toks[doer].lower !== 'i' : toks[0]?.pos !== 'VERB') return;
  let end = to;
  // ("than I meant to", "than I needed to be": the infinitive's "to" and "be" close it.)
  while (['to', 'be'].includes(toks[end]?.lower ?? '')) end++;
  add('TR', 0.6, 0, end, 'therapist-past-meant');
}

/** Per-verb frames; true when one matched. */
export function therapistFrames(c: VerbContext): boolean {
  const { s, i, t, lemma, to, role, add } = c;
  const toks = s.tokens;
  // The therapist's own reaction is never inside the client's quoted words ("You're reading far too much into it").
  if (s.quoted[i]) return false;
  const start = c.subjectIndex >= 0 ? c.subjectIndex : i;
  // A subjectless feeling ("Felt clumsy afterwards") is the writer's, unless the sentence names the
  // client as its speaker ("Felt hopeless all week, she reports").
  // ("Felt cornered, and a bit cross with both of them": a client only as an object, "him" or "them", names no speaker.)
  // ("S: Felt like a number at the hospital": under a label of the client's own words, the subjectless feeling is the client's.)
  const therapistish = role === 'therapist' || (role === 'implicit' && !s.quoted[i] && !CLIENT_LABEL.test(s.text) && !toks.some((w, k) => !s.quoted[k] && CLIENT_PRONOUNS.has(w.lower) && !OBJECT_ONLY.has(w.lower)));
  if (therapistish && verbLike(t)) {
    if (V.PERCEIVE.has(lemma)) {
      const a = within(s, i + 1, Math.min(to, i + 6), V.THERAPIST_AFFECT);
      // "I noticed the room was cold", "I noticed she was irritated": the feeling is said of someone or something else.
      // ("I noticed she seemed bored", "he looked tired": a linking verb after the client says so too.)
      const ofAnother = a >= 0 && toks.slice(i + 1, a).some((w, k, seen) => (w.pos === 'AUX' || LINKING.has(w.lemma)) && k > 0 && (seen[k - 1].pos === 'NOUN' || seen[k - 1].pos === 'PROPN' || CLIENT_PRONOUNS.has(seen[k - 1].lower) || seen[k - 1].lower === 'it'));
      // ("I noted her frustration": the client's, by the possessive; not "my own", "own frustration".)
      const hers = a >= 0 && toks.slice(i + 1, a).some((w) => W_HIS_HER_THEIR.has(w.lower));
      if (a >= 0 && !ofAnother && !hers && !howTheClientWas(s, a) && (role === 'therapist' || lemma === 'feel')) { add('TR', role === 'therapist' ? 0.7 : 0.6, start, a + 1, 'therapist-affect'); return true; }
      // (A note's "found self lecturing": "self" for "myself" right after the verb, not "noticed self-harm scars".)
      const self = toks[i + 1]?.lower === 'self' && toks[i + 2]?.text !== '-' && toks[i + 2]?.pos === 'VERB';
      // (Not myself caught at a thought or a warmth of my own: "found myself wondering what had made the difference".)
      const myself = within(s, i + 1, Math.min(to, i + 3), MYSELF);
      if ((myself >= 0 && !GOOD_SELF.has(toks[myself + 1]?.lower ?? '')) || self) { add('TR', 0.65, start, Math.min(to, i + 6), 'therapist-self'); return true; }
      // "I felt winded", "I felt a bit told off": whatever the therapist feels is a reaction, not only the
      // listed affects — an adjective or participle right after "felt", not a judgement ("felt that...").
      if (lemma === 'feel' && role === 'therapist') {
        let k = i + 1;
        while (k < to && (toks[k].pos === 'ADV' || toks[k].pos === 'DET' || toks[k].lower === 'bit')) k++;
        const w = toks[k];
        const participle = w && (pastParticiple(w) || (w.pos === 'VERB' && SAME_PARTICIPLE.has(w.lower)));
        // ("I felt very junior in the room": a word after a word of degree is an adjective, whatever the tagger says.)
        const graded = w && w.pos === 'NOUN' && k > i + 1 && DEGREE.has(toks[k - 1].lower);
        // A good feeling ("I felt calmer", "relieved") is not a sign of strain: the sentiment model says which.
        if (w && k < to && (w.pos === 'ADJ' || participle || graded) && !NOT_FEELINGS.has(w.lower) && !NOT_FEELINGS.has(w.lemma) && ((sentimentOf(w.text) <= 0 && sentimentOf(w.lemma) <= 0) || STRAIN_SCORED_GOOD.has(w.lower))) {
          // ("I felt humbled and slightly brushed aside": a second feeling of strain goes with the first.)
          const second = strainAfter(s, k + 1, to);
          const end = second >= 0 ? second + 1 : toks[k + 1]?.pos === 'ADP' && ['off', 'out', 'up', 'down'].includes(toks[k + 1].lower) ? k + 2 : k + 1;
          add('TR', 0.6, start, end, 'therapist-affect'); return true;
        }
        // "I felt sad, and somewhat invisible to him", "hurried and conscious of the queue", "fond of him and useless":
        // a first word of empathy or one the sentiment model reads as good, then after "and", "but" or "then" a second
        // that is strain.
        const second = w && k < to && (w.pos === 'ADJ' || participle) ? strainAfter(s, k + 1, to) : -1;
        if (second >= 0) { add('TR', 0.6, start, second + 1, 'therapist-affect'); return true; }
      }
      // "I felt my confidence drain", "felt my enthusiasm ebbing": what the therapist has to give, going.
      if (lemma === 'feel' && role === 'therapist' && toks[i + 1]?.lower === 'my' && MY_CAPACITY.has(toks[i + 2]?.lower ?? '') && DRAIN.has(toks[i + 3]?.lemma ?? '') && i + 3 < to) {
        add('TR', 0.6, start, ['away', 'out', 'off'].includes(toks[i + 4]?.lower ?? '') ? i + 5 : i + 4, 'therapist-affect'); return true;
      }
      // "I felt the pressure to reassure", "felt a strong pull to rescue": a pull towards a move, felt.
      if (lemma === 'feel' && role === 'therapist' && ['the', 'a', 'an', 'some'].includes(toks[i + 1]?.lower ?? '')) {
        const p = within(s, i + 2, Math.min(to, i + 4), PRESSURE);
        if (p >= 0 && toks[p + 1]?.lower === 'to' && toks[p + 2]?.pos === 'VERB') { add('TR', 0.6, start, p + 3, 'therapist-pull'); return true; }
      }
      // "I felt I was standing between her and her brother", "I felt as if I were keeping her from something": the
      // therapist's own place beside the client, felt; not a good one ("I felt I was getting to know her") and not a
      // place beside no one ("I felt I was on time for once"); "I sensed I was one more demand on her" too.
      if ((lemma === 'feel' || lemma === 'sense') && role === 'therapist') {
        const end = placeFelt(s, i);
        if (end > 0) { add('TR', 0.6, start, end, 'therapist-affect'); return true; }
      }
      // "I noticed my heart rate going up": the therapist's body.
      if (lemma === 'notice' && toks[i + 1]?.lower === 'my' && within(s, i + 2, Math.min(to, i + 4), BODY) >= 0) {
        add('TR', 0.6, start, Math.min(to, within(s, i + 2, Math.min(to, i + 4), BODY) + 4), 'therapist-body'); return true;
      }
    }
    if (role === 'therapist' && (lemma === 'want' || lemma === 'wish')) {
      const k = within(s, i + 1, Math.min(to, i + 6), V.THERAPIST_PULL);
      if (k >= 0) { add('TR', 0.6, start, k + 1, 'therapist-pull'); return true; }
    }
    // "Explained the rationale again, perhaps too much" (in the note's own words, the writer's doing); not a
    // clause that sets the scene for the client's move ("When I explained confidentiality again she asked...").
    const setsTheScene = SCENE.has(toks[start - 1]?.lower ?? '');
    if (!setsTheScene && ((role === 'therapist' && V.OVERDO.has(lemma)) || (therapistish && IMPLICIT_OVERDO.has(lemma)))) {
      let k = within(s, i + 1, Math.min(to, i + 5), INTENSIFIER);
      // "I explained the confidentiality again" (when she asked twice): a second time alone is not too much;
      // "again and again", "yet again", "over and over" are.
      if (k >= 0 && toks[k].lower === 'again' && toks[k - 1]?.lower !== 'yet' && toks[k + 2]?.lower !== 'again') {
        // ...though what follows it may say so ("again, perhaps too much").
        const more = within(s, k + 1, Math.min(to, k + 5), INTENSIFIER);
        k = more >= 0 && toks[more].lower !== 'again' ? more : -1;
      }
      if (k >= 0) { add('TR', 0.6, start, Math.min(to, k + 3), 'therapist-overdoing'); return true; }
    }
    // "I bristled", "Winced when she said it": the therapist's body or temper reacting, as a verb of its own.
    if (V.THERAPIST_FLINCH.has(lemma) || V.THERAPIST_FLINCH.has(t.lower)) { add('TR', 0.6, start, i + 1, 'therapist-affect'); return true; }
    // "I noticed how careful I had become", "realised how relieved I was": the therapist's own state, seen.
    if (role === 'therapist' && SEEN_HOW.has(lemma) && toks[i + 1]?.lower === 'how') {
      const me = within(s, i + 3, Math.min(to, i + 5), W_I);
      if (me >= 0 && toks.slice(i + 2, me).every((w) => w.pos === 'ADJ' || w.pos === 'ADV' || w.lower === 'much' || (w.pos === 'VERB' && /ed$/.test(w.lower)))) { add('TR', 0.6, start, Math.min(to, me + 3), 'therapist-self'); return true; }
    }
    // "I held back from pushing", "held back a lecture about sleep": what the therapist wanted to do and did not.
    if (role === 'therapist' && lemma === 'hold' && toks[i + 1]?.lower === 'back') {
      const from = toks[i + 2]?.lower === 'from' && /ing$/.test(toks[i + 3]?.lower ?? '');
      const what = ['a', 'an', 'my', 'the'].includes(toks[i + 2]?.lower ?? '') && HELD_BACK.has(toks[i + 3]?.lemma ?? '');
      if ((from || what) && i + 3 < to) { add('TR', 0.6, start, i + 4, 'therapist-pull'); return true; }
    }
    // "I notice I have been doing most of the talking"
    if (role === 'therapist' && lemma === 'do' && within(s, i + 1, Math.min(to, i + 4), MOST) >= 0 && within(s, i + 1, Math.min(to, i + 6), TALKING) >= 0) {
      add('TR', 0.6, start, Math.min(to, i + 6), 'therapist-overdoing'); return true;
    }
  }
  // "She made me feel useless", "it made me stilted": whatever made the therapist so, the feeling is theirs (not a good
  // one, "made me feel welcome", nor a state of no feeling, "made me late").
  if (lemma === 'make' && verbLike(t) && toks[i + 1]?.lower === 'me' && !s.quoted[i + 1]) {
    const feel = toks[i + 2]?.lemma === 'feel' ? i + 2 : -1;
    let k = feel >= 0 ? feel + 1 : i + 2;
    while (k < Math.min(to, i + 6) && (toks[k].pos === 'ADV' || toks[k].lower === 'a' || toks[k].lower === 'bit')) k++;
    const w = toks[k];
    const participle = w && pastParticiple(w);
    const felt = w && k < to && (w.pos === 'ADJ' || participle) && !NOT_FEELINGS.has(w.lower) && sentimentOf(w.text) <= 0 && sentimentOf(w.lemma) <= 0;
    if (felt && (feel >= 0 || V.THERAPIST_AFFECT.has(w.lower) || sentimentOf(w.text) < 0)) { add('TR', 0.6, Math.max(0, i - 1), k + 1, 'therapist-affect'); return true; }
  }
  // "It felt as though I was holding him up", "it felt like I had walked in on them": the therapist's place, felt, with
  // "it" for the feeling (placeFelt asks the clause for the client, as with "I felt I was ...").
  if (lemma === 'feel' && verbLike(t) && c.subjectIndex >= 0 && toks[c.subjectIndex].lower === 'it' && c.subjectIndex === i - 1) {
    const end = placeFelt(s, i);
    if (end > 0) { add('TR', 0.6, c.subjectIndex, end, 'therapist-affect'); return true; }
  }
  // "Heard myself slowing down", "I heard myself lecturing": the therapist's own voice, caught.
  if (therapistish && lemma === 'hear' && verbLike(t) && toks[i + 1]?.lower === 'myself' && toks[i + 2] && /ing$/.test(toks[i + 2].lower) && i + 2 < to) {
    add('TR', 0.6, start, i + 3, 'therapist-self'); return true;
  }
  // "I noticed my voice dropping lower than usual", "my pace quickening": the therapist's own voice changing, as the
  // therapist heard it ("my" right before what changed; not in the client's quoted words).
  const myOwn = toks[i - 2]?.lower === 'my' ? i - 2 : toks[i - 3]?.lower === 'my' && toks[i - 2]?.lower === 'own' ? i - 3 : -1;
  if (myOwn >= 0 && !s.quoted[i] && MY_VOICE.has(toks[i - 1].lower) && VOICE_CHANGE.has(lemma)) {
    add('TR', 0.6, myOwn, HOW_CHANGED.has(toks[i + 1]?.lower ?? '') && i + 1 < to ? i + 2 : i + 1, 'therapist-self'); return true;
  }
  // ...or grown so ("my own voice getting brisk", "my tone went sharp").
  if (myOwn >= 0 && !s.quoted[i] && MY_VOICE.has(toks[i - 1].lower) && BECOME.has(lemma) && (toks[i + 1]?.pos === 'ADJ' || (toks[i + 1]?.pos === 'ADV' && !NOT_A_STATE.has(toks[i + 1].lower))) && i + 1 < to) {
    add('TR', 0.6, myOwn, i + 2, 'therapist-self'); return true;
  }
  // "I found my attention wandering", "my mind drifted": the therapist's attention leaving (what wandered right after
  // "my" is mine, whoever found it so).
  if ((role === 'therapist' || role === 'implicit' || (myOwn >= 0 && !s.quoted[i])) && (lemma === 'wander' || lemma === 'drift') && toks.slice(Math.max(0, i - 3), i).some((w) => ['attention', 'mind', 'thoughts'].includes(w.lower))) {
    const my = toks.slice(Math.max(0, i - 5), i).findIndex((w) => w.lower === 'my' || w.lower === 'i');
    if (my >= 0) { add('TR', 0.6, Math.max(0, i - 5) + my, i + 1, 'therapist-attention'); return true; }
  }
  // "I slipped into the righting reflex", "I got drawn into arguing": the therapist caught in a pattern.
  // (Not how the therapist got into the work itself: "asked how writer got into this work".)
  if (role === 'therapist' && ['slip', 'fall', 'drift', 'draw', 'pull', 'get'].includes(lemma) && within(s, i + 1, Math.min(to, i + 3), W_INTO) >= 0
    && !(lemma === 'get' && INTO_THE_WORK.test(s.text.slice(toks[i].end, toks[i].end + 40)))) {
    add('TR', 0.6, start, Math.min(to, i + 6), 'therapist-pulled'); return true;
  }
  // "I backed off too fast", "moved on too quickly", "I pushed too hard": the therapist's own move, overdone.
  if (role === 'therapist' && verbLike(t) && !['be', 'have', 'arrive', 'get', 'come', 'leave', 'finish', 'start'].includes(lemma) && !toks.slice(Math.max(0, start - 2), start).some((w) => SAID_TO_CLIENT.has(w.lower))) {
    const too = toks.slice(i + 1, Math.min(to, i + 4)).findIndex((w) => w.lower === 'too');
    const how = too >= 0 ? toks[i + 2 + too] : undefined;
    if (how && TOO_MUCH.has(how.lower)) { add('TR', 0.6, i - start <= 3 ? start : i, i + 3 + too, 'therapist-self'); return true; }
  }
  // "I lost my patience", "I lost my curiosity and started explaining": what the therapist brings, gone.
  if (role === 'therapist' && lemma === 'lose' && verbLike(t) && toks[i + 1]?.lower === 'my' && LOST.has(toks[i + 2]?.lower ?? '')) {
    add('TR', 0.6, start, i + 3, 'therapist-affect'); return true;
  }
  // "I worried it sounded cold", "worried that I had pushed": the therapist's worry about their own part (not about
  // the client's safety: "I worried about her over the weekend").
  if (therapistish && lemma === 'worry' && verbLike(t) && t.lower !== 'worrying') {
    const k = toks[i + 1]?.lower === 'that' ? i + 2 : i + 1;
    // The worry itself when it is a second verb after the therapist's doing ("I reread it five times and worried ...").
    if (['i', 'my', 'it'].includes(toks[k]?.lower ?? '') && k + 1 < to) { add('TR', 0.6, i - start <= 3 ? start : i, Math.min(to, k + 4), 'therapist-affect'); return true; }
  }
  // "I was left with a sense of having failed her"
  if (role === 'therapist' && lemma === 'leave' && toks[i + 1]?.lower === 'with' && within(s, i + 2, Math.min(to, i + 5), W_SENSE_FEELING_IMPRESSION) >= 0) {
    add('TR', 0.6, start, Math.min(to, i + 8), 'therapist-affect'); return true;
  }
  // "It left me feeling useless", "which left me feeling pulled into the middle": whatever left the therapist so, the
  // feeling is theirs (not a good one: "left me feeling hopeful").
  if (lemma === 'leave' && toks[i + 1]?.lower === 'me' && toks[i + 2]?.lower === 'feeling' && !s.quoted[i + 1] && i + 3 < to) {
    let k = i + 3;
    while (k < Math.min(to, i + 6) && (toks[k].pos === 'ADV' || toks[k].lower === 'a' || toks[k].lower === 'bit')) k++;
    const w = toks[k];
    if (w && k < to && !NOT_FEELINGS.has(w.lower) && sentimentOf(w.text) <= 0 && sentimentOf(w.lemma) <= 0) {
      const end = ['into', 'out', 'off', 'up', 'down'].includes(toks[k + 1]?.lower ?? '') ? Math.min(to, k + 4) : k + 1;
      add('TR', 0.6, Math.max(0, i - 1), end, 'therapist-affect'); return true;
    }
  }
  // "Felt like a bailiff", "I felt like an intruder": the therapist cast as someone (not a good thing: "felt like a
  // breakthrough"; not a clause: "felt like we were getting somewhere").
  // ("I felt oddly like a grandchild": a word of manner before "like".)
  const like = toks[i + 1]?.pos === 'ADV' && toks[i + 2]?.lower === 'like' ? i + 2 : i + 1;
  let cast = toks[like + 1]?.lower === 'just' ? like + 2 : like + 1;
  // ("felt like part of the insurance machine": one part of something cast, read from the thing.)
  const partOf = toks[cast]?.lower === 'part' && toks[cast + 1]?.lower === 'of' && CAST_AS.has(toks[cast + 2]?.lower ?? '');
  if (partOf) cast += 2;
  if (therapistish && lemma === 'feel' && verbLike(t) && toks[like]?.lower === 'like' && CAST_AS.has(toks[cast]?.lower ?? '')) {
    let k = cast + 1;
    // ("one more person", "some kind of fraud": past the count or the kind to the words that say who; "one more of the
    // support staff", past the determiner too.)
    if (toks[k]?.lower === 'more' || toks[k]?.lower === 'kind' || toks[k]?.lower === 'sort') k += toks[k + 1]?.lower === 'of' ? 2 : 1;
    if (toks[k - 1]?.lower === 'of' && OWNER_OR_ARTICLE.has(toks[k]?.lower ?? '')) k++;
    const described = k;
    while (k < Math.min(to, described + 3) && toks[k].pos === 'ADJ') k++;
    // ("one more professional asking": a word the tagger reads as an adjective is who, when no noun follows it.)
    let who = (toks[k]?.pos !== 'NOUN' || /ing$/.test(toks[k].lower)) && k > described ? k - 1 : k;
    // (A compound's head is its last noun: "part of the insurance machine"; "one more of the support staff", where the
    // head is people and the word before it says which, whatever the sentiment model makes of it.)
    while (partOf && who + 1 < to && toks[who + 1].pos === 'NOUN') who++;
    const staff = !partOf && toks[who]?.pos === 'NOUN' && who + 1 < to && STAFF.has(toks[who + 1]?.lower ?? '');
    if (staff) who++;
    const noun = toks[who];
    if (noun && who < to && (noun.pos === 'NOUN' || who < k) && sentimentOf(noun.text) <= 0 && toks.slice(described, who).every((w) => (staff && w.pos === 'NOUN') || sentimentOf(w.text) <= 0)) {
      add('TR', 0.6, start, who + 1, 'therapist-affect'); return true;
    }
  }
  // "I felt a sense of failure", "Therapist experienced a sense of dread" (the plain copy's "I"): a feeling named as a
  // noun, which the sentiment model scores; not a sense of something about the client ("a sense that she was holding
  // back", "a sense of her loneliness") or a good one ("a sense of relief").
  if (role === 'therapist' && SENSE_VERBS.has(lemma) && (verbLike(t) || lemma === 'have')) {
    let k = i + 1;
    while (k < Math.min(to, i + 4) && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'ADV')) k++;
    const noun = toks[k + 2];
    if (W_SENSE_FEELING.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'of' && noun && k + 2 < to && noun.pos === 'NOUN' && sentimentOf(noun.text) < 0) {
      add('TR', 0.6, start, k + 3, 'therapist-affect'); return true;
    }
    // "I had the sense of being managed", "a feeling of being tested": what was done to me, felt (not a good thing done:
    // "a sense of being understood").
    const done = toks[k + 3];
    if (W_SENSE_FEELING.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'of' && noun?.lower === 'being' && done && k + 3 < to && done.pos === 'VERB' && /ed$/.test(done.lower) && !NOT_FEELINGS.has(done.lower) && sentimentOf(done.text) <= 0) {
      add('TR', 0.6, start, k + 4, 'therapist-affect'); return true;
    }
  }
  // "I have been too focused on the exercises", "I was too directive": the therapist's self-critique.
  if (role === 'therapist' && toks[i - 1]?.lower === 'too' && (t.pos === 'ADJ' || t.pos === 'VERB') && toks.slice(Math.max(0, i - 4), i - 1).some((w) => w.lemma === 'be')) {
    add('TR', 0.6, start, Math.min(to, i + 4), 'therapist-self'); return true;
  }
  // "I was irritated", "I became sleepy": the affect as a predicate ("I was relieved, and ashamed of the relief": a
  // second feeling joined to a first takes the first one's verb).
  if (role === 'therapist' && V.THERAPIST_AFFECT.has(t.lower) && (toks.slice(Math.max(0, i - 3), i).some((w) => w.lemma === 'be' || V.PERCEIVE.has(w.lemma)) || joinedToPredicate(toks, i)) && !howTheClientWas(s, i)) {
    add('TR', 0.65, start, i + 1, 'therapist-affect'); return true;
  }
  // "I was aware of wanting him to like me"
  if (role === 'therapist' && t.pos === 'ADJ' && (lemma === 'aware' || lemma === 'conscious')) {
    const k = within(s, i + 1, Math.min(to, i + 5), WISH);
    if (k >= 0) { add('TR', 0.65, start, Math.min(to, k + 4), 'therapist-pull'); return true; }
    // "I was conscious of rushing to justify the schedule": aware of something one is doing.
    if (toks[i + 1]?.lower === 'of' && toks[i + 2] && /ing$/.test(toks[i + 2].lower)) { add('TR', 0.6, start, Math.min(to, i + 6), 'therapist-self'); return true; }
    // "I was conscious of my notepad", "aware of my accent", "of my own age": something of one's own, seen in the room.
    if (toks[i + 1]?.lower === 'of' && toks[i + 2]?.lower === 'my') { add('TR', 0.6, start, Math.min(to, i + 6), 'therapist-self'); return true; }
  }
  return false;
}
