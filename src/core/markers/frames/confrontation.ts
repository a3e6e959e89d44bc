/**
 * Confrontation frames (3RS C1–C7): the client moves against the therapist or the work. The verb says
 * that it is a move against; its object says against what.
 */
import type { Subtype } from '../../settings';
import { objectAt, objectOf, subjectOf, type Sentence } from '../roles';
import { NEGATIVE_EVALUATION } from '../lexicon';
import { sentimentOf } from '../tokens';
import * as V from '../vocabulary';
import { clientMatch, CONFRONT_BY_OBJECT, isClient, QUOTED_REFUSAL, irrealis, MODAL, pointed, quotationEnd, quotedAround, therapistClauseAt, verbGroupStart, verbLike, W_I, within, words, type Add, type VerbContext } from './context';

/** Where a pushed thing goes: "pushed them to my side", "across the table", "away". */
const MOVED_TO = new Set(['to', 'towards', 'toward', 'across', 'away', 'back', 'over', 'into', 'onto', 'under', 'off']);

/** A determiner before a word of hostility makes it a noise named ("the barking started"), not the client's doing. */
const NAMED_NOISE = new Set(['the', 'a', 'an', 'its', 'some']);
/** The way words were said, whose manner is the speaker's ("her tone was sharp"). */
const SPOKEN_WAY = new Set(['tone', 'voice', 'manner', 'reply', 'replies', 'answer', 'answers', 'response', 'responses', 'words', 'delivery']);

const ASK_OF_THERAPIST = words('tell decide fix promise guarantee give sign write agree say answer prescribe refer make confirm prove swear inform put');
const WANT_OF_THERAPIST = words('want expect need ask beg tell push urge');
const ADMIN = words('write sign refer confirm inform put');
/** What the therapist is asked to vouch for in writing: "write to Centrelink saying he's in treatment", "to say I'm coping". */
const VOUCH = /^[^.;]{0,60}?\b(?:saying|to say|stating|to state|that|(?:the|her|his|their|my) [\w-]+)\s+(?:he|she|I|they|it)(?:'s|'m|'re|\s+(?:is|was|am|are|were|has been|had been))\b/i;
/** The therapist's yes to what was asked, later in the sentence ("which counselor will include", "and I agreed"). */
const GRANTED = /\b(?:which|and) (?:I|we|T|counsell?or|therapist|writer|worker|clinician) (?:will|agreed|did|has|have|gladly)\b/i;
const MILD_ASK = words('want ask need expect');
const REPEATED = words('again twice times repeatedly');
const CHANGE = words('drop reduce cut move switch go going change stop end pause finish space');
const LESS = words('fortnightly monthly biweekly other less fewer shorter phone online email early earlier break');
/** Coming or meeting less often after a request, the interval in words: "if he can come only once a month". */
const SELDOM = /^\s+(?:(?:if|whether) (?:we|she|he|they|I)\b[^.;]{0,15}|to (?:only )?)\b(?:come|meet|see (?:me|us)|have (?:the |our )?(?:sessions?|appointments?|calls?))\b(?: (?:only|just))? (?:once a month|every (?:month|two weeks|second week|third week|few weeks|other week|fifteen days|fourteen days)|once every (?:two|three|few) weeks|less (?:often|frequently))\b/i;
const AFTER_AFFECT = words('with at about by over that because of');
/** What follows "when" for the part of the work discussed: "when discussing", "when we reviewed", "when I raised". */
const WHEN_DISCUSSED = words('discussing discussed reviewing reviewed talking we i t asked raised mentioned');
const LET_ME = words('finish speak talk get answer explain');
const UNDERSTAND = words('understand listen care get help know hear see bother bothered');
const IMPERSONAL = words('know tell guess wonder win crack carry deal cope soldier muddle plod');
/** What everyone is or does, said beside a "you", which makes the "you" anyone ("everybody's tired"). */
const EVERYONE_STATE = words("'s ’s is does gets has feels");
const W_EYES = words('eyes');
const W_HER_HIM_THEM = words('her him them');
/** A contrast with me after it: "and that this felt different", "unlike here", "but this time". */
const CONTRASTED = /\b(?:different|differently|unlike|better here|this one|this time|here is|but (?:you|this|here))\b/i;
const W_SAME = words('same');
const W_NOTHING = words('nothing');
const W_MY_ME = words('my me');
const W_WE = words('we');
const W_DOING = words('doing');
/** Going home, leaving, going back to class or work: leaving the work, not a request about the hours. */
const W_HOME_LEAVE = words('home leave class lessons lesson school ward');
const TALK_VERBS = words('discuss talk speak say answer elaborate explain describe share');

const POSSESSIVE = words('hers his theirs mine');
const BARE_AFTER = words('and but outright flatly point-blank');
const PLACE_AFTER = words('at by off in on');
const MODAL_ASK = words('could can might');
const EARLY = words('early sooner');
const SHORT_BREAK = words('drink water break breather minute moment second rest tissue tissues toilet loo glass cup stretch coffee tea cigarette smoke');
const LATER_DAY = words('next tomorrow monday tuesday wednesday thursday friday saturday sunday week');
const STOP_SUBTYPE: Partial<Record<string, Subtype>> = { task: 'C3', intervention: 'C2', parameter: 'C4', therapy: 'C4' };

/** Words between "asked (me)" and the request itself: how often it was asked. */
const REPEATED_ASK = words('twice again repeatedly');

/** A request to stop, skip or end: its subtype and where it ends, or undefined. */
const W_IF_WHETHER = words('if whether');
const CAN_WILL = words('can could would will');
/** After "asked (me) if I can" / "whether T could": where what is asked of me begins, or -1. */
function askedWhetherICan(s: Sentence, i: number): number {
  const toks = s.tokens;
  const j = toks[i + 1]?.lower === 'me' ? i + 2 : i + 1;
  if (!W_IF_WHETHER.has(toks[j]?.lower ?? '') || !['I', 'T'].includes(toks[j + 1]?.text ?? '') || !CAN_WILL.has(toks[j + 2]?.lower ?? '')) return -1;
  return j + 3;
}
const SO_SHE_COULD_SAY = /^[^.;]{0,40}\bso (?:that )?(?:she|he|they|we|i) (?:could|can|might) (?:ask|talk|tell|say|discuss|speak|mention|raise)\b/i;
function stopRequest(s: Sentence, i: number): { subtype: Subtype; end: number } | undefined {
  const toks = s.tokens;
  // "asked if we could skip it": the request's own clause ends at "if", so the words after it are read too.
  const k = within(s, i + 1, Math.min(s.tokens.length, i + 8), V.STOP);
  if (k < 0 || toks[k].pos !== 'VERB') return undefined;
  // "asked me twice whether we could finish early": who was asked and how often come before the request itself.
  let from = i + 1;
  if (['me', 'us'].includes(toks[from]?.lower ?? '') && toks[from + 1]?.lower !== 'to') from++;
  while (REPEATED_ASK.has(toks[from]?.lower ?? '')) from++;
  const between = toks.slice(from, k);
  const first = between[0]?.lower;
  // "asked to stop", "asked me to stop the sets": the request put to the therapist.
  const direct = (between.length === 1 && first === 'to') || (between.length === 2 && ['me', 'us', 't'].includes(first ?? '') && between[1].lower === 'to');
  const asIf = (first === 'if' || first === 'whether') && between.some((w) => w.lower === 'we' || w.lower === 'i') && between.some((w) => MODAL_ASK.has(w.lower));
  const forSomething = first === 'for' && between[between.length - 1]?.lower === 'to';
  if (!direct && !asIf && !forSomething) return undefined;
  const next = toks[k + 1];
  // "asked to stop at the chemist": a stop on the way somewhere.
  // "wants to stop doing the same to his son": a habit stopped, not the work.
  // "asked if we could stop at Easter", "end in March", "finish over the summer": the work ended at a time of the year,
  // the terms of the work (C4, as unseen299 has it), unless as planned or agreed.
  const season = next && UNTIL.has(next.lower) ? calendarAfter(toks, k + 2) : -1;
  if (season >= 0 && !AS_PLANNED.test(s.text.slice(toks[season].end))) return { subtype: 'C4', end: season + 1 };
  // "whether we could finish at six sessions instead of eight", "stop after four sessions": fewer sessions asked for, the
  // terms of the work (C4), unless as planned.
  const count = next && ['at', 'after'].includes(next.lower) && (toks[k + 2]?.pos === 'NUM' || COUNT_WORDS.has(toks[k + 2]?.lower ?? '')) && SESSIONS.has(toks[k + 3]?.lower ?? '') ? k + 3 : -1;
  if (count >= 0 && !AS_PLANNED.test(s.text.slice(toks[count].end))) return { subtype: 'C4', end: count + 1 };
  if (next && (PLACE_AFTER.has(next.lower) || next.pos === 'VERB')) return undefined;
  // "asked to pause for a drink of water": a moment's break, not the work cut short.
  if (next?.lower === 'for' && toks.slice(k + 2, k + 5).some((w) => SHORT_BREAK.has(w.lower))) return undefined;
  // What is stopped: before the verb ("for the session to end") or after it ("skip the diary").
  // (Not what a reason after it names: "finish because her parking was running out".)
  const named = forSomething ? objectOf(s, i + 2, k - 1) : REASON_AFTER.has(next?.lower ?? '') ? undefined : objectOf(s, k + 1, Math.min(s.tokens.length, k + 4));
  if (named === 'self' || named === 'therapist') return undefined;
  // "asked me to stop the recording so she could ask about the fee privately": stopped to say something else, an
  // arrangement, not the work cut short.
  if (SO_SHE_COULD_SAY.test(s.text.slice(toks[k].end))) return undefined;
  // "asked if we could finish early": leaving the work (W2, as LABELLING.md has it); "finish early next week
  // because of her scan" is an arrangement. So is "finish ten minutes early", "a bit early": the amount before
  // "early" changes nothing.
  // "asked to stop after thirty minutes", "after half an hour": the session cut short by an amount of its time is
  // leaving it early too.
  // "asked to stop before the end": leaving early in other words.
  const beforeEnd = next?.lower === 'before' && toks[k + 2]?.lower === 'the' && toks[k + 3]?.lower === 'end' ? k + 3 : -1;
  const early = beforeEnd >= 0 ? beforeEnd : next && EARLY.has(next.lower) ? k + 1 : next?.lower === 'after' ? wordAfterAmount(toks, k + 2, SESSION_TIME, false) : wordAfterAmount(toks, k + 1, EARLY, true);
  // "wanted the hearing to end", "skip breakfast": something other than the work.
  if (!named && (forSomething || (early < 0 && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'DET')))) return undefined;
  if (!named && early >= 0) {
    if (laterDay(toks, early)) return undefined;
    return { subtype: 'W2', end: early + 1 };
  }
  // "asked if we could finish because his break was ending": finishing, with nothing after it but a reason, is the
  // session's end brought forward (W2, as "finish early").
  if (!named && toks[k].lemma === 'finish' && !forSomething && (!next || next.pos === 'PUNCT' || REASON_AFTER.has(next.lower))) return { subtype: 'W2', end: k + 1 };
  // "asked to end the session ten minutes early": the session named and then cut by an amount of its time is
  // leaving it early too (W2), as with nothing named.
  if (named === 'therapy' && !forSomething) {
    const at = objectAt(s, k + 1, Math.min(s.tokens.length, k + 4));
    const cut = at && OWN_TIME.has(toks[at.index].lower) ? wordAfterAmount(toks, at.index + 1, EARLY, false) : -1;
    if (cut >= 0 && !laterDay(toks, cut)) return { subtype: 'W2', end: cut + 1 };
  }
  // "asked to stop the sets and talk about her week instead": a turn to another topic (W4, as LABELLING.md has it).
  const instead = toks.findIndex((w, x) => x > k && w.lower === 'instead');
  if (instead > 0 && toks.slice(k + 1, instead).some((w) => TALK_VERBS.has(w.lemma))) return { subtype: 'W4', end: instead + 1 };
  const subtype = named ? STOP_SUBTYPE[named] ?? 'C7' : 'C7';
  const end = Math.min(s.tokens.length, k + 1 + (next && (next.pos === 'PRON' || next.pos === 'ADV') ? 1 : 0));
  return { subtype, end };
}

/** Numbers of sessions spelt out, and what is counted ("at six sessions", "after four calls"). */
const COUNT_WORDS = words('two three four five six seven eight nine ten eleven twelve');
const SESSIONS = words('sessions appointments calls meetings weeks visits');
/** Words before a time of the year the work might end at ("stop at Easter", "end in March", "finish over the summer"). */
const UNTIL = words('at in over after before for by');
/** Times of the year: holidays, seasons, terms and months (not a day of the week, an arrangement). */
const CALENDAR = words(`easter christmas xmas summer winter spring autumn fall holidays holiday half-term term ramadan diwali new year
  january february march april june july august september october november december`);
/** Words between the preposition and the time ("at the end of term", "over the summer holidays", "after half term"). */
const BEFORE_TIME = words('the this next half end of start beginning');
/** The index of a time of the year within the few words from `from` (only words before a time between), or -1. */
function calendarAfter(toks: Sentence['tokens'], from: number): number {
  for (let j = from; j < Math.min(toks.length, from + 5); j++) {
    if (CALENDAR.has(toks[j].lower) && toks[j].lower !== 'may') return toks[j + 1]?.lower === 'holidays' || toks[j + 1]?.lower === 'term' ? j + 1 : j;
    if (!BEFORE_TIME.has(toks[j].lower)) return -1;
  }
  return -1;
}
/**
 * After a verb of asking: time off the work asked for ("if she could have the summer off", "whether we could take a break
 * over Christmas", "to have a month off"); not time off work or school ("the afternoon off work"), which is the client's own.
 */
const TIME_OFF = /^\s+(?:(?:me|us)\s+)?(?:(?:twice|again)\s+)?(?:(?:if|whether)\s+(?:we|she|he|they|I)\s+(?:could|can|might)|to)\s+(?:(?:have|take)\s+(?:(?:the|a|some|a few|a couple of|two|three|four|six)\s+)?(?:summer|month|months|weeks?|while|holidays?|christmas|easter|half[- ]term)\s+off\b(?!\s+(?:work|school|college|uni|university|the))|(?:have|take)\s+a\s+break\s+(?:over|for|at|after|until|from|in)\s+(?:the\s+)?(?:summer|christmas|easter|holidays?|half[- ]term|winter|spring|autumn|a (?:month|while|few weeks)|(?:january|february|march|april|june|july|august|september|october|november|december))\b)/i;
const AS_PLANNED = /^[^.;]{0,40}(?:as (?:planned|agreed|arranged|contracted)|as we (?:had )?(?:planned|agreed)|which we (?:had )?agreed|together)/i;

/** "early next week", "early on Friday": a later day named in the few words after "early", an arrangement. */
const laterDay = (toks: Sentence['tokens'], k: number) => toks.slice(k + 1, k + 5).some((w) => LATER_DAY.has(w.lower));
/** Words that open a reason after the verb of stopping ("finish because ..."): what follows is why, not what. */
const REASON_AFTER = words('because as since cos so');
/** The work's own time, which a request can cut short: "end the session early". */
const OWN_TIME = words('session appointment call group meeting hour');
const AMOUNT = words('a an few bit little half quarter hour minutes minute ten five fifteen twenty thirty');
const SESSION_TIME = words('minutes minute hour hours');
/**
 * The index of a word of `target` reached from `from` across words of an amount of time, or -1: "early" after
 * "ten minutes", "a bit" (with `amountFirst`, only after some amount), the unit in "(after) thirty minutes", "half an
 * hour".
 */
function wordAfterAmount(toks: Sentence['tokens'], from: number, target: ReadonlySet<string>, amountFirst: boolean): number {
  for (let j = from; j < Math.min(toks.length, from + 4); j++) {
    if (target.has(toks[j].lower)) return !amountFirst || j > from ? j : -1;
    if (!AMOUNT.has(toks[j].lower) && toks[j].pos !== 'NUM') return -1;
  }
  return -1;
}

/** Per-verb frames; true when one matched. */
export function confrontationFrames(c: VerbContext): boolean {
  const { s, i, lemma, to, objEnd, obj, add } = c;
  if (!isClient(c.role) || !verbLike(c.t)) return false;
  const toks = s.tokens;
  if (V.OPPOSE.has(lemma)) {
    // "questioned the plumber re: the bill": the plumber was questioned, not the fees.
    const over = obj && obj !== 'therapist' && passesOver(s, i + 1, c.objEnd - 1);
    const sub = obj && obj !== 'self' && !over ? CONFRONT_BY_OBJECT[obj] : V.HOSTILE.has(lemma) && !obj ? 'C1' : undefined;
    if (sub) { add(sub, obj ? 0.7 : 0.6, i, objEnd, 'opposition'); return true; }
  }
  // (Not a noise named: "when the barking started", a dog's.)
  if (V.HOSTILE.has(lemma) && !obj && !NAMED_NOISE.has(toks[i - 1]?.lower ?? '')) { add('C1', 0.6, i, Math.min(to, i + 4), 'hostility'); return true; }
  if (V.REFUSE.has(lemma) && (obj === 'task' || obj === 'intervention' || obj === 'therapy')) {
    add(obj === 'intervention' ? 'C2' : 'C3', 0.7, i, objEnd, 'refusal'); return true;
  }
  // "declined to start reprocessing": a refusal followed by an infinitive of the work.
  // Declining to talk is withholding (W2); declining to do the work is a complaint about it (C3); declining a topic
  // ("refused to discuss the overdose", "declined to talk about the weekend") says what the session will not cover (C7,
  // as LABELLING.md has it).
  // "refused to let his friends talk him into the pub": a refusal of someone else, not of the work.
  // Declining to share "hers" (her diary card) is declining the task.
  if (V.REFUSE.has(lemma) && toks[i + 1]?.lower === 'to' && !(toks[i + 2]?.lemma === 'let' && toks[i + 3]?.lower !== 'me')) {
    // Declining to speak "as" a mask or a part is declining the exercise.
    const talk = TALK_VERBS.has(toks[i + 2]?.lemma ?? '') && !POSSESSIVE.has(toks[i + 3]?.lower ?? '') && toks[i + 3]?.lower !== 'as' && objectOf(s, i + 3, Math.min(to, i + 6)) !== 'task';
    const topic = talk ? topicDeclined(toks, i + 2) : -1;
    if (topic > 0) { add('C7', 0.6, i, topic, 'refusal'); return true; }
    add(talk ? 'W2' : 'C3', 0.6, i, objEnd, 'refusal'); return true;
  }
  // "T refused and said...", "She declined.": a refusal with nothing after it refuses what was just offered.
  if ((lemma === 'refuse' || lemma === 'decline') && (i + 1 >= to || BARE_AFTER.has(toks[i + 1].lower) || toks[i + 1].pos === 'PUNCT')) {
    // "I felt relieved when she refused": the occasion of the therapist's reaction, told where it happened.
    if (toks[0]?.text === 'I' && OCCASION.has(toks[i - 2]?.lower ?? '')) return false;
    add('C3', 0.55, i, i + 1, 'refusal'); return true;
  }
  // "asked to stop", "asked if we could skip it", "asked for the session to end early": asking to cut the
  // work short; what is stopped says which (none named: pressure on the therapist).
  if (V.ASK_TO_STOP.has(lemma)) {
    const stop = stopRequest(s, i);
    if (stop) { add(stop.subtype, 0.6, i, stop.end, 'cut-short'); return true; }
    // "asked if she could have the summer off", "whether we could take a break over Christmas": time off the work (C4).
    const off = TIME_OFF.exec(s.text.slice(toks[i].end));
    if (off && !AS_PLANNED.test(s.text.slice(toks[i].end + off[0].length))) {
      const end = toks.findIndex((w) => w.start >= toks[i].end + off[0].length);
      add('C4', 0.6, i, end < 0 ? toks.length : end, 'cut-short'); return true;
    }
  }
  // (Not "felt pressured by me": pressure the client felt, which wrongedHits reads.)
  // (Not "insisted that the debt was 'under control'": insisting that things are fine is a denial, not pressure on me.)
  // (Not "pushed them to my side of the table", "pushed the box across to me": a thing moved, not me pressed.)
  if (V.PRESSURE.has(lemma) && toks[i + 1]?.lower !== 'by' && (obj === 'therapist' || toks.slice(i + 1, i + 3).some((w) => w.lower === 'that' || w.lower === 'i'))
    && !(toks[i + 1]?.lower === 'that' && ALL_WELL.test(s.text.slice(toks[i].end)))
    && !(lemma === 'push' && toks[i + 1]?.lower !== 'me' && toks.slice(i + 1, i + 5).some((w) => MOVED_TO.has(w.lower)))) {
    add('C7', 0.7, i, objEnd, 'pressure'); return true;
  }
  // "asked me to just tell him what to do", "wanted me to promise"
  if (WANT_OF_THERAPIST.has(lemma) && obj === 'therapist' && toks[i + 1]?.lower === 'me') {
    const k = within(s, i + 2, Math.min(to, i + 6), ASK_OF_THERAPIST);
    // What is asked of the therapist is an infinitive ("told me to decide"), not what was told ("telling me
    // the result and said").
    const asked = k >= 0 && toks.slice(i + 2, k).some((w) => w.lower === 'to');
    // Asking for a letter, a signature or a referral is an ordinary request; begging or pushing for one is not.
    // (...and a letter that is to vouch for the client is asked as more than paperwork.)
    const insistent = toks.slice(i + 1, k).some((w) => REPEATED.has(w.lower)) || (k >= 0 && VOUCH.test(s.text.slice(toks[k].end)));
    // "asked counselor to tell the judge about his job, which counselor will include": a request granted is no pressure.
    const granted = GRANTED.test(toks.slice(k).map((w) => w.text).join(' '));
    // "asked me to tell the doctor about his new job": news passed on, asked of me as an errand.
    const news = k >= 0 && toks[k].lemma === 'tell' && MILD_ASK.has(lemma) && !insistent && toks.slice(k + 1, Math.min(to, k + 5)).some((w) => w.lower === 'about');
    if (asked && !granted && !news && !(ADMIN.has(toks[k].lemma) && MILD_ASK.has(lemma) && !insistent)) { add('C7', 0.65, i, Math.min(to, k + 5), 'pressure'); return true; }
  }
  // "asked if I can write to the employer that he is in therapy, so he keeps the job": a letter to vouch for the
  // client, asked as whether I can. (A letter about hours or progress, so asked, is paperwork.)
  const can = lemma === 'ask' ? askedWhetherICan(s, i) : -1;
  if (can >= 0) {
    // ("if" opens a clause of its own, so what is asked is read past the verb's clause.)
    const k = within(s, can, Math.min(toks.length, can + 3), ADMIN);
    const vouch = k >= 0 ? VOUCH.exec(s.text.slice(toks[k].end)) : null;
    if (vouch && !GRANTED.test(toks.slice(k).map((w) => w.text).join(' '))) {
      // The finding runs to what the letter is to say, up to three words past its verb ("that he is in therapy").
      let end = toks.findIndex((w) => w.start >= toks[k].end + vouch[0].length);
      if (end < 0) end = toks.length;
      for (let n = 0; n < 3 && end < toks.length && toks[end].pos !== 'PUNCT'; n++) end++;
      add('C7', 0.6, i, end, 'pressure'); return true;
    }
  }
  // "wants to drop to every other week", "asked to finish early", "floated going fortnightly"
  if (V.ASK_LESS.has(lemma)
    && within(s, i + 1, Math.min(to, i + 4), CHANGE) >= 0 && within(s, i + 2, Math.min(to, i + 9), LESS) >= 0) {
    // Going home or leaving early is leaving the work (W2, the phrase layer), not a request about the hours.
    if (within(s, i + 1, Math.min(to, i + 6), W_HOME_LEAVE) >= 0) return false;
    add('C4', 0.6, i, Math.min(to, within(s, i + 2, Math.min(to, i + 9), LESS) + 3), 'parameters'); return true;
  }
  // "asked if he can come only once a month", "wondered whether we could meet every second week": coming or meeting
  // less often, however the interval is said.
  const seldom = V.ASK_LESS.has(lemma) && !s.quoted[i] ? SELDOM.exec(s.text.slice(toks[i].end)) : null;
  if (seldom) {
    const last = toks.findIndex((w) => w.start >= toks[i].end + seldom.index + seldom[0].length);
    add('C4', 0.6, i, last < 0 ? toks.length : last, 'parameters'); return true;
  }
  // "rolled his eyes when I got the worksheet out", "tutted": contempt, about what it answers.
  // Not at a third party ("rolled her eyes at his story"), nor at oneself.
  const atThird = (k: number) => toks[k]?.lower === 'at' && (['his', 'her', 'their', 'himself', 'herself', 'themselves'].includes(toks[k + 1]?.lower ?? '') || subjectOf(s, k + 2).role === 'third' && toks[k + 1]?.pos === 'NOUN');
  const eyes = within(s, i + 1, Math.min(to, i + 3), W_EYES);
  if (((lemma === 'roll' && eyes >= 0 && !atThird(eyes + 1)) || (V.SCORN_GESTURE.has(lemma) && !atThird(i + 1)))) {
    const about = objectOf(s, i + 1, Math.min(s.tokens.length, i + 12));
    const end = lemma === 'roll' ? eyes + 1 : i + 1;
    add(about && about !== 'self' ? CONFRONT_BY_OBJECT[about] : 'C1', 0.6, i, end, 'contempt'); return true;
  }
  if (V.DEFEND.has(lemma) && obj === 'self') { add('C6', 0.7, i, objEnd, 'defence'); return true; }
  if (V.INTERRUPT.has(lemma) && (obj === 'therapist' || !obj)) {
    // "interrupted me several times to talk about a podcast": the interruption turns the talk away (W4).
    const after = s.text.slice(toks[Math.max(i, objEnd - 1)].end);
    const away = /^\s+(?:[\w'-]+\s+){0,3}to (?:talk|tell me|chat|go on) about\b/i.exec(after);
    if (away) { add('W4', 0.6, i, Math.min(s.tokens.length, objEnd + 6), 'topic'); return true; }
    add('C1', 0.6, i, objEnd, 'interruption'); return true;
  }
  // "talking over me"
  if ((lemma === 'talk' || lemma === 'speak') && toks[i + 1]?.lower === 'over' && !s.quoted[i + 2]) {
    // ...or over "this writer", "the therapist".
    const at = objectAt(s, i + 2, Math.min(toks.length, i + 4));
    if (at?.cls === 'therapist' && (toks[i + 2].lower === 'me' || at.index > i + 2)) { add('C1', 0.6, i, at.index + 1, 'interruption'); return true; }
  }
  // "pushed back on the pace of exposure"
  if (lemma === 'push' && toks[i + 1]?.lower === 'back' && obj && obj !== 'self') { add(CONFRONT_BY_OBJECT[obj], 0.65, i, objEnd, 'opposition'); return true; }
  if (V.SPEECH.has(lemma)) {
    // The manner may stand anywhere in the note's words of the sentence ("asking whether..., with a sneer").
    // ("an edge to her voice", not "stood at the edge")
    const manner = toks.findIndex((w, k) => !s.quoted[k] && V.HOSTILE_MANNER.has(w.lower) && (w.lower !== 'edge' || toks[k - 1]?.lower === 'an'));
    // ("said his manager was dismissive": the word says what someone else was, not how the client spoke.)
    // (Not the client's own tone: "her tone was sharp".)
    const was = manner > 0 && toks[manner - 1].lemma === 'be' ? subjectOf(s, manner - 1) : undefined;
    const ofAnother = !!was && ['third', 'thing'].includes(was.role) && !SPOKEN_WAY.has(toks[was.index]?.lower ?? '');
    if (manner >= 0 && !ofAnother) { add('C1', 0.6, Math.min(i, manner), Math.max(i, manner) + 1, 'hostile-manner'); return true; }
  }
  return false;
}

/** Words that keep a "from" phrase inside the therapy ("the sheets from the session", "the forms from you"). */
const FROM_HERE = words('you me us here session sessions therapy therapist counsellor counselor clinic group service last week');

/** Whether token j opens "from (the) X" naming somewhere other than the therapy ("from the council"). */
function fromElsewhere(s: Sentence, j: number): boolean {
  const t = s.tokens;
  if (t[j]?.lower !== 'from' || s.quoted[j]) return false;
  const next = t[j + 1]?.lower === 'the' || t[j + 1]?.lower === 'a' ? t[j + 2] : t[j + 1];
  return !!next && !FROM_HERE.has(next.lower);
}

/**
 * The client's displeasure at a part of the therapy: "frustrated with the homework" (C3), "annoyed about
 * the fee" (C4), "angry with me" (C1), "disappointed that nothing has changed" (C5).
 */
export function displeasureHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    // "expressed frustration with this writer", "irritation with therapist evident": the displeasure named.
    // Named as a thing, it is a moment of the session only as what the client showed ("voiced", "expressed") or
    // what was seen ("evident", "noted"); "A: Frustration with pace of treatment." sums a session up.
    const noun = !s.quoted[i] && V.DISPLEASURE.has(toks[i].lower)
      && (toks.slice(Math.max(0, i - 3), i).some((w) => SHOWN.has(w.lemma) || SHOWN.has(w.lower)) || toks.slice(i + 2).some((w) => SEEN.has(w.lower)));
    // "critical of my approach", "hostile to T", "resistant to the exposure": a stance toward it.
    const stance = !s.quoted[i] && (V.STANCE.has(toks[i].lower) || V.OPPOSITION.has(toks[i].lower));
    if (!noun && !stance && !V.DISPLEASED.has(toks[i].lower) && !V.DISPLEASED.has(toks[i].lemma)) continue;
    const after = (w: string) => AFTER_AFFECT.has(w) || ((noun || stance) && AFTER_NOUN.has(w)) || (stance && AFTER_STANCE.has(w));
    // ("irritable when discussing discharge planning", "angry when we discussed the fees": the part of the work in the
    // clause of its discussion.)
    const whenDiscussed = !noun && toks[i + 1]?.lower === 'when' && WHEN_DISCUSSED.has(toks[i + 2]?.lower ?? '');
    const k = i + 1 < toks.length && (after(toks[i + 1].lower) || whenDiscussed) ? i + 1 : i + 2 < toks.length && toks[i + 1].lower === 'up' && after(toks[i + 2].lower) ? i + 2 : -1;
    if (k < 0) continue;
    const role = subjectOf(s, i).role;
    if (!isClient(role) || irrealis(s, i, Math.max(0, i - 5))) continue;
    // "Protective of him, irritated with her: I noticed ...": a verbless phrase that opens the sentence describes the
    // subject of the clause it leads into, here the therapist.
    if (leadsIntoMine(s, i)) continue;
    const end = Math.min(toks.length, k + 8);
    // "suspicious of why I wanted to know": the therapist in the clause that follows.
    // (Not "when I raised ...": there the therapist is who raised it, and what was raised is after.)
    const me = whenDiscussed ? -1 : within(s, k + 1, Math.min(end, k + 4), W_I);
    const at = me >= 0 && !s.quoted[me] ? { cls: 'therapist' as const, index: me } : objectAt(s, k + 1, end);
    const obj = at?.cls;
    if (!obj || obj === 'self') continue;
    // "angry about the gynaecologist's letter", "annoyed with her sister's plan": someone else's.
    if (obj !== 'therapist' && toks.slice(k + 1, at!.index).some((w) => POSSESSIVE_MARK.has(w.lower))) continue;
    // "fed up with the forms from the housing association": a task of somebody else's.
    if (obj === 'task' && fromElsewhere(s, at!.index + 1)) continue;
    // "dismissive of her own progress": the client's own, not the therapy's.
    if (toks.slice(k + 1, at!.index).some((w) => w.lower === 'own')) continue;
    // "resistant to the idea of a care home": the idea is of something else.
    if (obj === 'intervention' && toks[at!.index + 1]?.lower === 'of') continue;
    // "hostile to neighbours about parking", "irritable w/ kids re: their homework": the displeasure is with the
    // first thing named, and the therapy comes only after it.
    if (passesOver(s, k + 1, at!.index)) continue;
    add(CONFRONT_BY_OBJECT[obj], 0.6, i, Math.min(end, k + 5), 'displeasure');
    return;
  }
}

/**
 * Whether the word at `i` stands in a verbless phrase that opens the sentence and leads, after a comma, colon or dash,
 * into a clause whose subject is "I" ("Irritated with her, I noticed I was taking sides").
 */
function leadsIntoMine(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  const verb = (j: number) => toks[j].pos === 'VERB' || toks[j].pos === 'AUX';
  for (let j = 0; j < i; j++) if (verb(j)) return false;
  for (let j = i + 1; j < toks.length - 1; j++) {
    if (verb(j)) return false;
    if ([',', ':', ';', '—', '–', '-'].includes(toks[j].text) && toks[j + 1].text === 'I') return true;
  }
  return false;
}

/** Verbs that show a displeasure named as a thing ("expressed frustration with") and words that say it was seen. */
const SHOWN = words('express voice show convey communicate vent display verbalize verbalise verbalized verbalised');
const SEEN = words('evident apparent noted observed expressed palpable obvious');
/** What a displeasure named as a thing is "with" beside the words after an adjective: "frustration toward the pace". */
const AFTER_NOUN = words('toward towards regarding re');

/** Nouns a displeasure or an objection can pass over to what it is about ("the pace of", "the way the sessions go"). */
const LIGHT_NOUNS = words('way pace amount number length lack kind type style part rest level speed point use usefulness value idea thought fact focus structure format timing');

/** Whether a noun other than a light one stands between `from` and the object at `to` ("the plumber" before "the bill"). */
function passesOver(s: Sentence, from: number, to: number): boolean {
  const isNoun = (j: number) => ['NOUN', 'PROPN'].includes(s.tokens[j]?.pos ?? '');
  // A noun before another noun or a hyphen modifies it ("the waiting room", "the ego-state diagram"): no head of its own.
  // ...and an owner before "'s" is read by the possessive checks ("T's approach" is mine, "her manager's" not).
  const head = (j: number) => isNoun(j) && !isNoun(j + 1) && !["-", "'s", '’s'].includes(s.tokens[j + 1]?.text ?? '') && s.tokens[j - 1]?.text !== '-';
  for (let j = from; j < to; j++) if (head(j) && !LIGHT_NOUNS.has(s.tokens[j].lower) && !s.quoted[j]) return true;
  return false;
}

/** What a stance is toward: "critical of", "hostile to". */
const AFTER_STANCE = words('of to');

/** "felt", "feels", "feeling" before how the client felt treated. */
const FELT = words('felt feel feels feeling');

/**
 * How the client felt the therapist treated them: "felt judged by me", "stated she felt pressured by this writer"
 * (C1). Only "by" the therapist: "judged by her mother" is someone else's doing, "I felt judged" the therapist's.
 */
export function wrongedHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 1; i < toks.length - 2; i++) {
    if (s.quoted[i] || !V.WRONGED.has(toks[i].lower) || toks[i + 1].lower !== 'by') continue;
    const at = objectAt(s, i + 2, Math.min(toks.length, i + 4));
    if (at?.cls !== 'therapist' || toks.slice(i + 2, at.index).some((w) => POSSESSIVE_MARK.has(w.lower))) continue;
    const felt = FELT.has(toks[i - 1].lower) ? i - 1 : -1;
    if (felt < 0 && toks[i - 1].pos !== 'AUX') continue;
    const verb = felt >= 0 ? felt : i;
    if (!isClient(subjectOf(s, verb).role) || irrealis(s, verb, Math.max(0, verb - 5))) continue;
    add('C1', 0.6, verb, at.index + 1, 'wronged');
    return;
  }
}

/** The client's words on me followed by their help (", and that helped", "and it was reassuring"). */
const HELPED_AFTER = /^\W{0,3}\s*,?\s*and (?:that |this |it )?(?:had |has )?(?:helped|helps|was (?:helpful|reassuring|useful|a help))\b/i;

/** The words before an "I" that make it the subject of a clause of time ("whenever I asked"), not what was said of me. */
const CLAUSE_OF_TIME = new Set(['when', 'whenever', 'while', 'once', 'until', 'till']);

/**
 * What the client says of the therapist, out of quotation marks: "said I didn't understand", "told me I
 * was patronising" (C1); and "wouldn't let me finish" (C1), a negation that is itself the marker.
 */
export function aboutTherapistHits(s: Sentence, add: Add, sentiment = sentimentOf): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "would not let me finish"
    if (t.lemma === 'let' && t.negated && toks[i + 1]?.lower === 'me' && within(s, i + 2, i + 5, LET_ME) >= 0 && isClient(subjectOf(s, i).role)) {
      add('C1', 0.6, Math.max(0, i - 3), Math.min(toks.length, i + 5), 'interruption');
      return;
    }
    // 'Said the last nurse "wrote lies" in his file': the clinician before me, in the client's pointed words, is a
    // complaint about the help the client is being given; not praise of them (warm words), nor a contrast with me
    // ("reading it off a sheet" and that this felt different). Weak, so a cue's subtype for the same words stands (C5,
    // "gave us a leaflet and disappeared").
    // (A note of a couple's earlier therapy, `longform19`, has the same words as history: kept here, 24 labels to 1.)
    if (!s.quoted[i] && V.PREVIOUS.has(t.lower) && ['the', 'my', 'her', 'his', 'their'].includes(toks[i - 1]?.lower ?? '') && V.CLINICIAN.has(toks[i + 1]?.lower ?? '')) {
      const k = toks.slice(Math.max(0, i - 5), i).findIndex((w) => V.OPINION.has(w.lemma) && w.pos === 'VERB');
      const verb = k >= 0 ? Math.max(0, i - 5) + k : -1;
      const open = toks.slice(i + 2, i + 4).findIndex((_, x) => s.quoted[i + 2 + x]);
      if (verb >= 0 && open >= 0 && isClient(subjectOf(s, verb).role) && !CONTRASTED.test(s.text.slice(t.end))) {
        const q = i + 2 + open;
        const qEnd = quotationEnd(s, q);
        const words = s.text.slice(toks[q].start, toks[qEnd - 1].end);
        if (sentiment(words) <= 0 && !WARM_ABOUT.test(words)) {
          add('C1', 0.5, i, qEnd, 'about-therapist'); return;
        }
      }
    }
    if (s.quoted[i] || t.lower !== 'i') continue;
    // "told jokes whenever I asked about his wife": the "I" of a clause of time, not what was said of me.
    if (CLAUSE_OF_TIME.has(toks[i - 1]?.lower ?? '')) continue;
    const near = Math.max(0, i - 4);
    const op = toks.slice(near, i).findIndex((w) => V.OPINION.has(w.lemma) && w.pos === 'VERB');
    let opIndex = op >= 0 ? near + op : -1;
    // 'said "I told you I'm not ready" and that I was "pushing"': the second thing said, after "and that".
    if (opIndex < 0 && toks[i - 1]?.lower === 'that' && toks[i - 2]?.lower === 'and' && !s.quoted[i - 1]) {
      for (let j = i - 3; j >= Math.max(0, i - 24); j--) if (!s.quoted[j] && V.OPINION.has(toks[j].lemma) && toks[j].pos === 'VERB') { opIndex = j; break; }
    }
    // 'asked whether I had "even passed my test"', 'wondered aloud if I "take any of it in"': a question about me in the
    // client's pointed words.
    const asking = opIndex < 0 ? askedOfMe(s, i) : -1;
    if (asking >= 0) opIndex = asking;
    if (opIndex < 0) continue;
    // (Only in the client's words, of three words or more, about me and not the client ("whether I thought she was
    // 'a bad mother'"), and not taken back ("and then apologised").)
    if (asking >= 0 && !askedInWords(s, i)) continue;
    // The finding starts at the verb, or at "that" when the verb said something else first.
    const from = opIndex < near ? i - 1 : opIndex;
    if (!isClient(subjectOf(s, opIndex).role) || irrealis(s, opIndex, Math.max(0, opIndex - 4))) continue;
    // The client's words about the therapist in quotation marks run to their close ('said I had "already
    // made my mind up like the rest of them"').
    const open = toks.slice(i + 1, i + 4).findIndex((_, k) => s.quoted[i + 1 + k]);
    let end = Math.min(toks.length, i + 8);
    let quoteEnd = -1;
    if (open >= 0) {
      quoteEnd = quotationEnd(s, i + 1 + open, i + 24 - (i + 1 + open));
      end = Math.max(end, quoteEnd + (['"', '”'].includes(toks[quoteEnd]?.text ?? '') ? 1 : 0));
    }
    // "said I must find her very boring": the client running herself down, not the therapist. (In the client's own
    // quoted words "her" and "him" are someone else: 'stated therapist "always lets him off the hook"'.)
    const other = within(s, i + 1, Math.min(end, i + 5), W_HER_HIM_THEM);
    if (other >= 0 && !s.quoted[other]) continue;
    const negated = toks.slice(i + 1, i + 4).some((w) => w.lower === "n't" || w.lower === 'not' || w.lower === 'never');
    const understand = within(s, i + 1, i + 5, UNDERSTAND);
    // "said I 'clearly have no idea'"
    const noIdea = toks.slice(i + 1, i + 5).some((w, k) => w.lower === 'no' && ['idea', 'clue'].includes(toks[i + 2 + k]?.lower ?? ''));
    const dismissive = within(s, i + 1, end, V.DISMISSIVE) >= 0 || within(s, i + 1, end, V.THERAPIST_FAULT) >= 0
      // "just like every other counsellor", "like all the rest"
      || toks.slice(i + 1, end).some((w, k, a) => w.lower === 'like' && ['every', 'all', 'any', 'the'].includes(a[k + 1]?.lower ?? '') && ['other', 'rest', 'others'].some((o) => a.slice(k + 1, k + 4).some((x) => x.lower === o)));
    const quotedWords = open >= 0 ? s.text.slice(toks[i + 1 + open].start, toks[quoteEnd - 1].end) : '';
    // (The sentiment model's score of the quoted words, read once for both checks below.)
    const score = open >= 0 ? sentiment(quotedWords) : 0;
    // (A question about me is read only as the weakest sign, below.)
    if (asking < 0 && ((negated && understand >= 0) || noIdea || dismissive || (open >= 0 && pointed(s, i + 1 + open, quoteEnd) && score <= 0)
      || sentiment(s.text.slice(toks[i + 1]?.start ?? t.end, toks[end - 1].end)) <= -0.4)) {
      add('C1', 0.65, from, end, 'about-therapist'); return;
    }
    // Quoted words about what the therapist is or did that are not warm ('said I was "obviously on her side"',
    // 'said I had "written it up to suit him"'): a note quotes them because they were pointed. Weaker than the
    // signs above, so a cue's subtype for the same words stands ("read abandonment into everything", C2).
    // Praise the sentiment model does not score ("the only one who listens to both of us") is not pointed.
    // ('said I "would be eaten alive" on his estate', 'said I was "a bit too nice, it's unsettling"': said of me, not asked,
    // the words need only not be praise, whatever the sentiment model makes of "nice" or "alive"; a plain fact about me,
    // "younger than he expected", "the same surname as his old teacher", is no edge.)
    if (open < 0) continue;
    const notPraise = score <= 0 || (asking < 0 && (score < 0.6 || EDGED.test(quotedWords)) && !PRAISED.test(quotedWords));
    // ('said the physio and I were "saying the same thing in different words", and that helped': the client's words on me
    // turned to help after them.)
    if (notPraise && !PLAIN_FACT.test(quotedWords) && !WARM_ABOUT.test(quotedWords) && !(asking >= 0 && HELP_ASKED.test(quotedWords)) && !HELPED_AFTER.test(s.text.slice(toks[end - 1].end))) {
      // (Asked whether I would "write any of this to occupational health": what I pass on, the terms of the work, C4.)
      add(asking >= 0 && PASSED_ON.test(quotedWords) ? 'C4' : 'C1', 0.55, from, end, asking >= 0 ? 'asked-of-me' : 'about-therapist'); return;
    }
  }
}

/** Whether a question about me has the client's words of three or more, about me, not taken back after. */
function askedInWords(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const open = t.slice(i + 1, i + 4).findIndex((_, k) => s.quoted[i + 1 + k]);
  if (open < 0) return false;
  const q = i + 1 + open;
  const end = quotationEnd(s, q);
  if (end - q < 3 || t.slice(i + 1, q).some((w) => ['she', 'he', 'they'].includes(w.lower))) return false;
  return !TAKEN_BACK.test(s.text.slice(t[end - 1].end));
}
const TAKEN_BACK = /^[^.;]{0,25}\b(?:apologi[sz]ed|said sorry|laughed it off|was joking|as a joke)\b/i;

/** The verb of a question about the therapist right before "I" ("asked whether I", "wondered aloud if I", "wanted to know if I"), or -1. */
function askedOfMe(s: Sentence, i: number): number {
  const t = s.tokens;
  if (!['whether', 'if'].includes(t[i - 1]?.lower ?? '') || s.quoted[i - 1]) return -1;
  let k = i - 2;
  if (t[k]?.lower === 'aloud' || t[k]?.lower === 'me') k--;
  if (t[k]?.lower === 'know' && t[k - 1]?.lower === 'to') k -= 2;
  return k >= 0 && ['ask', 'wonder', 'check', 'want'].includes(t[k].lemma) && t[k].pos === 'VERB' ? k : -1;
}
/** How things are said to be, insisted on: fine, under control, sorted (a denial, W1). */
const ALL_WELL = /^[^.;]{0,40}\b(?:was|is|were|are|'s)\s+["“]?(?:fine|under control|sorted|ok|okay|all right|alright|handled|nothing|grand|manageable)\b/i;
/** Words of asking for help or the next step, in a question about the therapist ("could 'go over it again'"). */
const HELP_ASKED = /\b(?:help|explain|show|go (?:over|through)|recommend|suggest|lend|give (?:me|her|him)|tips?|advice|be able to|next (?:week|time|session)|again|more)\b/i;
/** What the therapist passes on to someone: writing, telling, reporting, sharing. */
const PASSED_ON = /\b(?:write|writing|written|tell|telling|report|reporting|share|sharing|pass|passing|send|sending|record|recording|copy|copied|letter|note|notes|file|files)\b/i;

/** Words that give quoted words about me an edge whatever their sentiment: too, always, more than, one more, like the others. */
const EDGED = /\b(?:too|always|never|only ever|more than|another|one more|just like|like (?:the|a|an|every|all))\b/i;
/** Praise of me in words the sentiment model may score low: the quoted words are then no complaint. */
const PRAISED = /\b(?:kind|kindly|better than|good|great|helpful|lovely|brilliant|clever|wise|patient|fair|interesting|thank|thanks|best|nice face|friendly|gentle|calm|honest|doing (?:my|your) job|perfect|amazing|wonderful|fab|spot on)\b/i;
/** A plain fact about me (my age, my name), or the client putting themselves below my other work ("more important patients"). */
const PLAIN_FACT = /\b(?:younger|older|taller|shorter|same (?:name|surname|age|accent)|surname|accent|(?:more )?important (?:patients|clients|people))\b/i;
/** Words about the therapist that praise without a word the sentiment model knows. */
const WARM_ABOUT = /\b(?:the only (?:one|person) who (?:listens|gets|understands|helps|cares|believes)|(?:really |actually )?(?:listens|listened|gets it|got it|gets me|got me|understands|understood|believes me|believed me)|easy to talk to|less scary|on my side|in my corner|a good listener)\b/i;

const KIND_OF_PERSON = words('people someone somebody folk folks anyone');

/** In the client's quoted words, "you" doing something always, never or just, or not understanding: C1. */
export function quotedYouHits(s: Sentence, add: Add, sentiment = sentimentOf): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 2; i++) {
    if (!s.quoted[i] || toks[i].lower !== 'you') continue;
    // "someone like you", "people like you", "the likes of you": the therapist as one of a kind.
    // Not when what follows is good ('"someone like you" had helped her sister').
    if ((toks[i - 1]?.lower === 'like' && KIND_OF_PERSON.has(toks[i - 2]?.lower ?? '')) || (toks[i - 1]?.lower === 'of' && toks[i - 2]?.lower === 'likes')) {
      const after = toks.slice(i + 1, i + 7);
      const next = after.length ? s.text.slice(after[0].start, after[after.length - 1].end) : '';
      if (sentiment(next) > 0 || /\bhelp(?:ed|s|ful)?\b|\bkind\b/i.test(next)) continue;
      add('C1', 0.6, i - 2, i + 1, 'complaint-to-therapist'); return;
    }
    // "You lot are all the same", "you're all the same"
    const same = within(s, i + 1, Math.min(toks.length, i + 6), W_SAME);
    // (Not "you're not the same as them": a difference the client grants me; nor "you had the same surname as my old
    // teacher", a likeness in one thing.)
    if (same >= 0 && s.quoted[same] && toks[same - 1]?.lower === 'the' && toks[same + 1]?.pos !== 'NOUN' && !toks.slice(i + 1, same).some((t) => /^(?:not|n't|never)$/.test(t.lower))) { add('C1', 0.6, i, same + 1, 'complaint-to-therapist'); return; }
    // ("you hearing ones always want the story": the therapist named as one of a kind between "you" and "always".)
    const k = within(s, i + 1, i + (KIND_NAMED.has(toks[i + 2]?.lower ?? '') ? 4 : 3), V.ALWAYS_NEVER);
    // "you don't get it", and "I don't think you get how bad it is": the negation before "you" too.
    // ("you young ones don't know what it's like": the kind named after "you" moves the verb on.)
    const kindWords = KIND_NAMED.has(toks[i + 1]?.lower ?? '') ? 1 : KIND_NAMED.has(toks[i + 2]?.lower ?? '') ? 2 : 0;
    // (Not "get to", being let, with nothing done to me: "we knew the risks, you don't get to complain" is a rule for anyone;
    // "you don't get to make me do this" is said to me.)
    const understands = within(s, i + 1, i + 5 + kindWords, UNDERSTAND);
    const notUnderstanding = toks.slice(Math.max(0, i - 4), i + 4 + kindWords).some((w, x) => s.quoted[Math.max(0, i - 4) + x] && (w.lower === "n't" || w.lower === 'not' || w.lower === 'never')) && understands >= 0
      && !(toks[understands].lemma === 'get' && toks[understands + 1]?.lower === 'to' && !toks.slice(understands + 2, understands + 5).some((w) => ['me', 'my', 'us'].includes(w.lower)));
    // "you don't have a baby in the house", "with respect, you don't live with him": what the therapist has not had or
    // lived with, which the client has (older sets: 41 such sentences labelled complaints about the therapist).
    const neg = toks.slice(i + 1, i + 3).findIndex((w, x) => s.quoted[i + 1 + x] && (w.lower === "n't" || w.lower === 'not'));
    const at = i + 1 + neg + 1;
    // (Not a rule of a place or an age, where "you" is anyone: "at my age you don't have a mood, you have a life".)
    let q = i - 1;
    while (q >= 0 && s.quoted[q] && !RULE_PLACE.has(toks[q].lower)) q--;
    const lacks = neg >= 0 && s.quoted[at] && ['have', 'live'].includes(toks[at].lemma) && LACKED.has(toks[at + 1]?.lower ?? '') && s.quoted[at + 1]
      && !(q >= 0 && s.quoted[q]);
    if ((k < 0 || !s.quoted[k]) && !notUnderstanding && !lacks) continue;
    // The impersonal "you" of a story ("she'd go quiet for days and you never knew why"): a third party
    // earlier in the words, or a verb of knowing.
    if (toks.slice(0, i).some((w, j) => s.quoted[j] && ['she', 'he', 'they'].includes(w.lower))) continue;
    // ...or a saying about everyone ("everyone crashes, it's part of racing, you just get back on").
    // (Not "everyone uses it, you're just picking on me": "you're" is someone in particular.)
    if (!["'re", '’re', 'are', 'were'].includes(toks[i + 1]?.lower ?? '') && toks.slice(0, i).some((w, j) => s.quoted[j] && ['everyone', 'everybody', 'nobody', 'people'].includes(w.lower))) continue;
    // ...said after it, of everyone's state ("you just get on with it, everybody's tired"; not "you never listen, nobody does").
    if (toks.slice(i + 1).some((w, x) => s.quoted[i + 1 + x] && ['everyone', 'everybody'].includes(w.lower) && EVERYONE_STATE.has(toks[i + 2 + x]?.lower ?? ''))) continue;
    if (toks.slice(i + 1, i + 4).some((w) => IMPERSONAL.has(w.lemma))) continue;
    if (toks.slice(Math.max(0, i - 2), i).some((w) => MODAL.has(w.lower) || w.lower === 'if')) continue;
    const [before, end] = quotedAround(s, i + 1, 0, 8);
    add('C1', 0.6, notUnderstanding ? quotedAround(s, i, 4, 0)[0] : Math.min(before, i), end, 'complaint-to-therapist');
    return;
  }
}

const KIND_NAMED = words('ones people lot types folk lads');
/** Words that open a rule of a place or a time in the client's words ("at my age", "in a kitchen", "on a farm"). */
const RULE_PLACE = words('at in on when');
/** What follows "you don't have", "you don't live" when it is something the client has or lives with. */
const LACKED = words('a an any kids children with here');
const THERAPY_THIS = words('this it therapy sessions talking coming');
const WORKS = words('help work change fix improve');
/** The article or owner before a trouble the work will not reach ("fix a back", "change my boss"). */
const OWNER = words('a an the my his her their your our');
/** Not a trouble: "make a difference", "change a thing", "change the past", "change the fact that". */
const NO_TROUBLE = words('thing difference bit lot past fact facts way world outcome ending end');

/**
 * In the client's words, the therapy not helping: in the present a complaint about progress ("this isn't
 * helping", C5); looking ahead, hopelessness aimed at the therapy ("can't see this ever working", "it's
 * never going to change anything", W7) — the tense decides.
 */
export function notHelpingHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!s.quoted[i] || !WORKS.has(toks[i].lemma) || (toks[i].pos !== 'VERB' && toks[i].pos !== 'NOUN')) continue;
    let topic = within(s, Math.max(0, i - 3), i, THERAPY_THIS);
    // "nothing has changed": nothing is the topic and the negation at once.
    if (topic < 0) topic = within(s, Math.max(0, i - 3), i, W_NOTHING);
    if (topic < 0 || !s.quoted[topic]) continue;
    const neg = toks.slice(Math.max(0, topic - 4), i).some((w) => s.quoted[toks.indexOf(w)] && (w.lower === "n't" || w.lower === 'not' || w.lower === 'never' || w.lower === 'nothing'));
    if (!neg) continue;
    const end = quotedAround(s, i, 0, 4)[1];
    // ("see, it doesn't work": "see" as an interjection looks at nothing ahead.)
    const ahead = toks.slice(Math.max(0, topic - 4), i).some((w, k, all) => ['ca', 'can', 'will', 'wo', 'going', 'gon', 'ever', 'see'].includes(w.lower) && !(w.lower === 'see' && all[k + 1]?.text === ','));
    const start = quotedAround(s, topic, 4, 0)[0];
    // '"no point, nothing changes"': no point in it is hopelessness about the work (W7, as LABELLING.md has it).
    const [qa, qb] = quotedAround(s, i, 30, 30);
    const noPoint = /\b(?:no|what'?s the|what is the|any|see the) point\b/i.test(s.text.slice(toks[qa].start, toks[qb - 1].end));
    // '"three sessions won't fix a bully of a boss"', '"talking won't fix a back that hurts"': the trouble named that
    // the work will not reach is a complaint about what it does (C5), not a loss of hope ("won't change anything").
    const trouble = OWNER.has(toks[i + 1]?.lower ?? '') && /^[a-z]/i.test(toks[i + 2]?.text ?? '') && toks[i + 2].pos !== 'VERB' && !NO_TROUBLE.has(toks[i + 2].lower) && s.quoted[i + 2];
    const hopeless = (ahead && !trouble) || noPoint;
    add(hopeless ? 'W7' : 'C5', 0.6, start, end, hopeless ? 'hopelessness' : 'not-helping');
    return;
  }
}

const SELF_BLAME = words('own silly stupid daft');
/** In the client's words, being blamed: "so it's my fault", "you're blaming me" — defending self (C6). */
export function blamedHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!s.quoted[i] || (toks[i].lemma !== 'fault' && toks[i].lemma !== 'blame')) continue;
    const mine = within(s, Math.max(0, i - 3), Math.min(toks.length, i + 3), W_MY_ME);
    if (mine < 0 || !s.quoted[mine]) continue;
    // ("my own silly fault, nothing to fuss about": the blame taken, lightly, is no blame heard.)
    if (SELF_BLAME.has(toks[i - 1]?.lower ?? '')) continue;
    // "it's not my fault" is the phrases' (and a denial of blame); here the client hears blame.
    const [start, end] = quotedAround(s, i, 5, 4);
    add('C6', 0.6, start, end, 'defence');
    return;
  }
}

/**
 * Not doing the work of therapy, said of a task ("Re thought record: 'I didn't bother'", "said she
 * couldn't be bothered with the diary"): a move against the activity (C3).
 */
export function notBotheredHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  const task = toks.findIndex((w) => V.OBJECT_WORDS.task.has(w.lemma) || V.OBJECT_WORDS.task.has(w.lower));
  if (task < 0) return;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lemma !== 'bother' && toks[i].lower !== 'bothered') continue;
    const negated = toks[i].negated || toks.slice(Math.max(0, i - 3), i).some((w) => w.lower === "n't" || w.lower === 'not' || w.lower === 'never');
    if (!negated) continue;
    const role = subjectOf(s, i).role;
    if (!isClient(role)) continue;
    let start = i;
    while (start > 0 && start > i - 4 && toks[start - 1].pos !== 'PUNCT') start--;
    add('C3', 0.6, start, i + 1, 'not-bothered');
    return;
  }
}

/**
 * Work set between sessions left undone, with the client's dismissal of it after ("Hw not done - 'forgot'", "had
 * not done the thought record, calling it 'pointless'"): a move against the activity (C3). Undone work alone is no
 * marker, nor is a reason of the client's life ("the baby was teething"), nor a lack of time (an excuse, as the older
 * labels have it).
 */
export function undoneTaskHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  if (blankTaskHit(s, add)) return;
  for (let i = 0; i + 1 < toks.length; i++) {
    if ((toks[i].lower !== 'not' && toks[i].lower !== "n't") || s.quoted[i]) continue;
    // "not done", "hadn't filled in", "not been completed"
    const v = toks[i + 1]?.lower === 'been' ? i + 2 : i + 1;
    if (!V.UNDONE.has(toks[v]?.lower ?? '')) continue;
    // The task named before the negation (a fragment, or the work as the subject of a passive) or as the object after.
    const before = objectAt(s, Math.max(0, i - 5), i);
    const after = before?.cls === 'task' ? undefined : objectAt(s, v + 1, Math.min(toks.length, v + 6));
    const task = before?.cls === 'task' ? before : after?.cls === 'task' ? after : undefined;
    if (!task) continue;
    // Whoever left it undone: the client or no one named ("Her mum had not done the chart" is someone else's).
    if (!before && !isClient(subjectOf(s, i).role)) continue;
    // What follows says why, in words that dismiss the work ("forgot", "pointless", "why bother"); the finding runs
    // from the work left undone to them. ("Lost it in the car" is a loss, not a dismissal, as an older set has it.)
    const from = after ? task.index + 1 : v + 1;
    let why = -1;
    for (let k = from; k < Math.min(toks.length, from + 25); k++) if (UNDONE_DISMISSAL.has(toks[k].lower) || UNDONE_DISMISSAL.has(toks[k].lemma)) why = k;
    // ...or says why in the client's own words, quoted after it ('had not done the straw exercises and said they made
    // her "sound like a kettle"', 'Hadn't opened the workbook, "maybe next week"'): the finding runs to the quotation.
    // (A weak sign, which adds nothing where a cue already read a confrontation in the same words.)
    const quotedWhy = why < 0;
    if (quotedWhy) why = ownReasonQuoted(s, from);
    if (why < 0) continue;
    // "not attempted ('no point, nothing changes')": no point because nothing changes is hopelessness (W7, which the
    // hopelessness frame reads), not a complaint about the task.
    if (toks[why].lower === 'point' && NOTHING_CHANGES.test(s.text.slice(toks[why].end))) continue;
    const end = why + 1;
    let start = before ? before.index : i;
    while (start > 0 && start > i - 6 && toks[start - 1].pos !== 'PUNCT' && !(toks[start - 1].pos === 'VERB' && start - 1 < i - 2)) start--;
    if (quotedWhy) add('C3', 0.55, start, end, 'undone-reason');
    else add('C3', 0.6, start, end, 'undone');
    return;
  }
}
/**
 * The work brought back blank or half done, and why in the client's own quoted words after it ("The food diary came
 * back blank: 'a bit Big Brother'", "Sleep diary half filled in; 'I stopped bothering after Tuesday.'"): C3, a weak sign
 * beside no cue of its kind. Blank or half done alone is left unlabelled by older sets, as "not done" alone is.
 */
function blankTaskHit(s: Sentence, add: Add): boolean {
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (s.quoted[i]) continue;
    const half = toks[i].lower === 'half' && ['filled', 'done', 'completed', 'empty'].includes(toks[i + 1]?.lower ?? '');
    if (toks[i].lower !== 'blank' && !half) continue;
    const task = objectAt(s, Math.max(0, i - 6), i);
    if (task?.cls !== 'task') continue;
    let from = half ? i + 2 : i + 1;
    if (toks[from]?.lower === 'in') from++;
    const why = ownReasonQuoted(s, from);
    if (why < 0) continue;
    let start = task.index;
    while (start > 0 && toks[start - 1].pos !== 'PUNCT' && !(toks[start - 1].pos === 'VERB' && start - 1 < task.index - 3)) start--;
    add('C3', 0.55, start, why + 1, 'undone-reason');
    return true;
  }
  return false;
}

/**
 * Where the client's own words, quoted within a few words after the work left undone, open: after "said", "saying",
 * "told me", a comma, a colon or a semicolon, with no one else named as the speaker ("his wife said") — or -1.
 */
function ownReasonQuoted(s: Sentence, from: number): number {
  const toks = s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 12); k++) {
    if (!s.quoted[k]) continue;
    const lead = s.text.slice(toks[from].start, toks[k].start);
    if (!REASON_LEAD.test(lead) || OTHER_SPEAKER.test(lead)) return -1;
    const close = quotationEnd(s, k);
    // (Not a practical reason, which older sets label both ways — time, work, shifts, a loss, "didn't get round to it" —
    // nor what would change, which is hopelessness (W7) the hopelessness frame reads.)
    if (PRACTICAL_OR_HOPELESS.test(s.text.slice(toks[k].start, toks[close - 1].end))) return -1;
    // (The finding holds the quotation to its closing mark.)
    return ['"', '”'].includes(toks[close]?.text ?? '') ? close : close - 1;
  }
  return -1;
}
const PRACTICAL_OR_HOPELESS = /\b(?:time|busy|shifts?|nights|on call|work(?:'s|ing)?|job|lost|left it|forgot|forgotten|round to|skimmed|away|ill|sick|poorly|change|point)\b/i;
const REASON_LEAD = /(?:\b(?:said|saying|says|told me|stating|stated|explaining|explained|because|as)\b[^.;]{0,40}|[,:;(]\s*)["“]?\s*$/i;
const OTHER_SPEAKER = /\b(?:his|her|their|the) (?:wife|husband|partner|mum|mother|dad|father|son|daughter|sister|brother|friend|boss|manager|teacher|gp|doctor|nurse)\b|\b(?:she|he|they) said (?:that )?(?:his|her|their) /i;
const NOTHING_CHANGES = /^[^.;]{0,20}\b(?:nothing (?:ever )?(?:changes|changed|will change|is changing|'?s changing)|(?:they|people|everyone) already (?:think|know|see|judge))\b/i;
const UNDONE_DISMISSAL = words('forgot forget forgotten pointless point bother bothered boring stupid silly useless waste childish daft sense whatever rubbish nonsense');

/**
 * A question about who else will learn what is said here (C4, the policies of the work): "asked whether HR would get a
 * report on me", "wanted to know if what he told me would reach the Home Office", "whether I would be emailing her
 * department", "who else would see what you write about me", "wanted it confirmed that nothing from here reaches the Home
 * Office", "asked that his son not be told about these sessions" (what I would pass on is of here; so are my letter and a
 * note that the client has been). Not a request of the client's ("asked if I could write to her GP"), nor a question
 * answered and settled in the same sentence ("..., and was reassured when I explained").
 */
const ASK_WHO_KNOWS = /\b(?:asked|asks|asking|wanted to know|wants to know|wondered|wonders|checked|checks|queried|was worried|worried|needed to know|wanted (?:it confirmed|to be sure)|opened by asking|question was|worry was)\b[^.;?]{0,30}?(?:\b(?:whether|if|how much|who else|what|which)\b|\b(?=(?:was|were|would|will|could) (?:I|you) ["“]?(?:going to |be |have to )?(?:tell|telling|writ|put|email|ring|phon|speak|talk|report|send|pass|shar|inform|contact)))|\b(?:wanted (?:it )?(?:confirmed|to be sure|to make sure)|(?:was|were) worried|(?:her|his|their) worry was|asked)\b(?: that)?(?=\s+(?:nothing|no ?one|(?:the|her|his|their|my) [\w-]+(?: [\w-]+)? (?:would|will|could|might|not|never)\b))/i;
const ANOTHER_LEARNS = /^[^.;?]{0,60}?\b(?:(?:would|will|might|could|does|do)\s+(?:ever\s+|also\s+|never\s+|not\s+)?(?:hear(?! (?:back|from))|be told|get told|get (?:a|the|any) (?:copy|report|note|letter|summary)|see (?:it|this|what|the notes|my notes|anything|everything)|know (?:about|what|that|(?:she|he|they) )|find out|reach|receive|request|ask for|access|read|be (?:sent|copied|shown|passed on|passed to|given to|handed to|forwarded to|shared|informed|reported|affected by)|(?:have to|need to|be able to) (?:know|hear|see|read|be told)|tell (?:my|his|her|their|the)|affect (?:my|his|her|their) (?:visa|record|job|licence|license|career|application|case|benefits|custody|insurance|clearance|status|course|degree|place))|gets? (?:a|the|any) (?:copy|report|note|letter|summary)|(?:reaches|sees|hears (?:of|about)|finds out|goes back to|gets back to|ends up (?:with|at|in|on)|lands (?:on|with|at)|gets (?:passed|fed) (?:on|back))|not be told|(?:go|goes|get sent|are sent|is sent) to (?:the |my |our |his |her |their )?(?:gps?|doctors?|school|work|employer|manager|university|college|court|police|social services|social worker)|(?:write|writes|wrote|put|puts) (?:anything|things|stuff|it|that|this|everything)? ?down|(?:talks|speaks|reports|feeds back) to (?:her|his|their|my|the|anyone|someone)\b)\b/i;
const PARTS = /^\s*(?:parts?|bits?|details|pieces|sections|of (?:this|it|that|what)\b|(?:(?:would|will|might|could)\s+)?(?:go(?:es)?|gets?|be|is)\s+(?:back|passed|sent|reported|shared|fed back)\b)/i;
const I_PASS_ON = /^\s*(?:(?:was|were|would|will|could)\s+)?(?:I|you)\s*(?:(?:would|will|'d|was going to|were going to|going to|had to|have to|must|might|be)\s+(?:need to\s+)?(?:be\s+)?)?(?:writ\w*|put\w*|email\w*|tell\w*|ring\w*|phon\w+|speak\w* to|talk\w* to|report\w*|copy\w*|send\w*|pass\w*|shar\w+|inform\w*|contact\w*)\b/i;
const WHO_SEES = /^\s*(?:else\s+)?(?:would|will|gets? to|might)\s+(?:see|read|hear)\s+(?:what|it|this|the|my|anything)\b/i;
const SETTLED = /\b(?:(?:is|was|were|are|seemed)\s+(?:content|satisfied|happy|fine)\s+with|accepted)\s+(?:the|my|that|this)\s+(?:answer|explanation|reply|reassurance)\b|,?\s*(?:and|but)\s+(?:I|we)\b|,?\s*(?:and|but)\s+(?:was|seemed|looked|she was|he was|they were)\s+(?:reassured|relieved|glad|happy|satisfied)\b|\breassured\b|\bas agreed\b|\bwhich I did\b|\btogether\b/i;
/** What the client has told, named after "about" ("hear about the thoughts"). */
const ABOUT_TOLD = /\babout (?:the|her|his|their|my|any) [\w-]+/i;
/** What would be learned is what is said or written here, or of the client: not a party, a garage report, thanks passed on. */
const OF_HERE = /\b(?:what (?:he|she|they|I|we) (?:said|say|says|told|tell|tells|had said|had told|wrote|write|writes|put|talk about|talked about)|what (?:you|I) (?:write|put|say|would write|'d write|would put|would say)|(?:about|on|of) (?:me|him|her|them)\b|(?:this|our|these|the|my|her|his|their) (?:sessions?|chats?|conversations?|meetings?|visits?|appointments?|notes?|assessment|group|counselling|therapy|calls?|lifeline|file|records?)\b|(?:in )?here\b|(?:he|she|they) (?:had )?(?:came|come|been coming|was coming|were coming|attended|had been)\b|coming (?:here|in)|a (?:report|note|letter) (?:on|about|saying)|anything (?:from )?(?:here|in here|I say|(?:she|he|they) says?)|any of this|all (?:this|of this)|(?:of|about) this\b|(?:everything|anything)(?:\s+(?:I|she|he|they|down)\b|\W*$)|\bto (?:the )?(?:government|home office|police|authorities|immigration|dvla)\b|what (?:I'?ve|I have|(?:she|he|they)'?s|(?:she|he|they) (?:has|have)) (?:said|told)|(?:I'?m|I am|I was|I'?ve been) (?:seeing|coming|talking)|\bmy (?:letter|report|notes|summary|write-up)\b|\bthat (?:I|she|he|they)(?:'ve| have| had| has|'s) been\W*$|\b(?:nothing|anything) from here\b)/i;
export function confidentialityHits(s: Sentence, add: Add): void {
  const m = ASK_WHO_KNOWS.exec(s.text);
  if (!m) return;
  // (Read without the quotation marks: 'whether HR would get "a report on me"'.)
  const rest = s.text.slice(m.index + m[0].length).replace(/["“”]/g, '');
  // ("how much her manager would be told": how much is what is said here.)
  // (What I would pass on is what is said here: "whether I would be emailing her department".)
  const passedOn = I_PASS_ON.test(rest);
  // ("which parts would reach her manager", "what would go back to her manager": parts of what is said here.)
  // ("whether the health visitor would hear about the thoughts": what the client has told, asked of someone with a part in
  // the client's care; not of the client's own people, "whether her sister would find out about the party".)
  const learner = rest.split(/\b(?:would|will|could|might|may|had to|has to|have to)\b/)[0];
  // (Nor of a pronoun, which the plain copy puts for the client's own: "whether they would find out".)
  const toldOfToOutsider = ABOUT_TOLD.test(rest) && !/\b(?:her|his|their|my|she|he|they)\b|['’]s\b/i.test(learner);
  const ofHere = OF_HERE.test(rest) || toldOfToOutsider || /how much$/i.test(m[0]) || passedOn || (/\b(?:which|what)$/i.test(m[0]) && PARTS.test(rest));
  if (!(ANOTHER_LEARNS.test(rest) || passedOn || (/who else$/i.test(m[0]) && WHO_SEES.test(rest))) || SETTLED.test(rest) || !ofHere) return;
  const toks = s.tokens;
  const from = toks.findIndex((w) => w.start >= m.index);
  // Asked by the client or no one named ("His mum asked whether ..." is hers, and the context rules read her).
  if (from < 0 || !isClient(subjectOf(s, from).role) || s.quoted[from]) return;
  // (add() ends the finding on a word, or on a closing quotation mark whose opening one it holds.)
  add('C4', 0.55, from, toks.length, 'confidentiality');
}

/** What is on the way to a session, which a client may ask to skip or get round ("the traffic", "the queue"). */
const ON_THE_WAY = words('traffic queue queues rush crowds motorway bus train lift stairs rain weather');
/** In the client's words, "can we just get this over with", "can we skip this": pressing to cut the work short (C7). */
export function cutShortHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!s.quoted[i] || toks[i].lower !== 'can' || toks[i + 1]?.lower !== 'we') continue;
    const k = within(s, i + 2, Math.min(toks.length, i + 5), V.CUT_SHORT);
    if (k < 0 || !s.quoted[k]) continue;
    // ("can we skip the traffic next time": the journey, not the work.)
    if (toks[k + 1]?.lower === 'the' && ON_THE_WAY.has(toks[k + 2]?.lower ?? '')) continue;
    add('C7', 0.6, i, quotedAround(s, k, 0, 8)[1], 'pressure');
    return;
  }
}

/**
 * In the client's words, a refusal of the work: "I'm not doing theatre for you", "I won't do the chair thing", "I'm not
 * going to do any of that" (C3; C2 for an intervention). What is refused is a part of the work, a performance
 * ("theatre", "role plays", "games") or "that", "this", "any of that"; not "I'm not doing well", "doing drugs" nor "doing
 * it" (which may be anything).
 */
const REFUSE_QUOTED = new RegExp(QUOTED_REFUSAL.source, 'g');
const PERFORMANCE = words('theatre theater drama acting act role-play role-plays roleplay roleplays role roles games game circus performance pantomime charades karaoke play-acting pictures drawing drawings painting colouring coloring puppets');
export function refusedInQuoteHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  REFUSE_QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFUSE_QUOTED.exec(s.text))) {
    const at = toks.findIndex((w) => w.start >= m!.index);
    const verbEnd = toks.findIndex((w) => w.start >= m!.index + m![0].length);
    if (at < 0 || verbEnd < 0 || !s.quoted[at] || !s.quoted[verbEnd]) continue;
    let j = verbEnd;
    if (toks[j].lower === 'any' && toks[j + 1]?.lower === 'of') j += 2;
    const next = toks[j];
    // ("I'm not doing this bit today": a part of the work pointed at.)
    const part = (next.lower === 'that' || next.lower === 'this') && ['bit', 'part'].includes(toks[j + 1]?.lower ?? '') && s.quoted[j + 1];
    if (part) j++;
    const demonstrative = part || ((next.lower === 'that' || next.lower === 'this') && (!toks[j + 1] || !s.quoted[j + 1] || toks[j + 1].pos === 'PUNCT' || ['for', 'again', 'today', 'now', 'anymore', 'any'].includes(toks[j + 1].lower)));
    const found = objectAt(s, j, Math.min(toks.length, j + 4));
    const performance = within(s, j, Math.min(toks.length, j + 3), PERFORMANCE);
    const cls = demonstrative ? 'task' : performance >= 0 && s.quoted[performance] ? 'task' : found && s.quoted[found.index] && (found.cls === 'task' || found.cls === 'intervention') ? found.cls : undefined;
    if (!cls) continue;
    let end = demonstrative ? j + 1 : performance >= 0 ? performance + 1 : found!.index + 1;
    // ("role plays": a performance named in two words.)
    while (end < toks.length && s.quoted[end] && (PERFORMANCE.has(toks[end].lower) || toks[end].lower === 'plays')) end++;
    add(cls === 'intervention' ? 'C2' : 'C3', 0.6, at, end, 'refusal');
    return;
  }
}

/**
 * Told of the client, asking why the therapist does not, will not or always does something: "wanted to know why I wasn't
 * prescribing something instead" (C2: another intervention wanted), "asked again why I would not just hypnotise it away",
 * "why we couldn't just get to the tools bit" (C7: pressing), "asked why I was always on about tablets", "why I needed to
 * know about his childhood" (C1: the therapist's doing questioned). Not a plain question ("asked why I was late"), nor
 * why I would not, asked once and plainly ("She asked why I would not prescribe"): a "not" needs "just", "instead",
 * "again" or "even" with it.
 */
const ASKED_WHY_I = /\b(?:asked|asks|asking|wondered|wonders|queried|questioned|demanded|wanted to know|wants to know)\s+(?:me\s+)?(?:again\s+|twice\s+)?why\s+(?:I|T|the therapist|this writer|writer|we)\s+(?:(?<refuse>wasn't|was not|didn't|did not|don't|do not|hadn't|had not|couldn't|could not|wouldn't|would not|won't|will not|never)|(?<always>was always|am always|always|kept|keep|keeps|was still|still)|(?<need>had to|needed to|need to|have to|has to)\s+(?:know|ask|hear|write|go over|go into|bring up|keep))\b[^.;]{0,60}/i;
export function askedWhyTherapistHits(s: Sentence, add: Add): void {
  const found = clientMatch(s, ASKED_WHY_I);
  if (!found) return;
  const { m, from } = found;
  const toks = s.tokens;
  const rest = m[0];
  if (m.groups?.refuse && !/\b(?:just|instead|again|twice|even|ever)\b/i.test(rest)) return;
  const subtype: Subtype = /\binstead\b/i.test(rest) ? 'C2' : m.groups?.refuse && /\bjust\b/i.test(rest) ? 'C7' : m.groups?.refuse && /^\s*we\b/i.test(rest.split(/\bwhy\b/i)[1] ?? '') ? 'C7' : 'C1';
  // (The finding holds the question to its "not", "always" or "needed to know": what follows is read, not held.)
  const why = m.index + rest.search(/\bwhy\b/i);
  const tail = /^why\s+(?:I|T|the therapist|this writer|writer|we)\s+\S+(?:\s+not)?(?:\s+just)?\s+[\w'’-]+/i.exec(s.text.slice(why));
  const end = toks.findIndex((w) => w.start >= why + (tail?.[0].length ?? 0));
  add(subtype, 0.6, from, end < 0 ? toks.length : end, 'why-not');
}

/** In the client's words, what the work is for: "what are we actually doing here", "why are we doing this" (C5). */
export function purposeHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!s.quoted[i] || (toks[i].lower !== 'what' && toks[i].lower !== 'why')) continue;
    const we = within(s, i + 1, Math.min(toks.length, i + 4), W_WE);
    // The progressive asks what the work is for ("what are we doing here"); the simple present asks how it
    // goes ("what do we do in here", a newcomer's question).
    const doing = we >= 0 ? within(s, we + 1, Math.min(toks.length, we + 4), W_DOING) : -1;
    if (doing < 0 || !s.quoted[doing]) continue;
    add('C5', 0.6, i, quotedAround(s, doing, 0, 3)[1], 'purpose');
    return;
  }
}

const BETTER = words('else experienced qualified better different real proper');

/**
 * "wouldn't move chairs", "won't do the diary", "would not try the breathing": the client's refusal of a
 * task (C3) or an intervention (C2); "would not say" is words held back (W2). A negation that is itself
 * the marker, so read before the check for negation and modals, which would set it aside.
 */
export function wouldNotFrame(c: VerbContext): boolean {
  const { s, i, add } = c;
  const toks = s.tokens;
  if (!isClient(c.role) || toks[i].pos !== 'VERB' || s.quoted[i]) return false;
  if (!['not', "n't"].includes(toks[i - 1]?.lower ?? '') || !WOULD.has(toks[i - 2]?.lower ?? '')) return false;
  // "said she probably would not manage it": a forecast of what she can do, not a refusal.
  if (ABLE.has(c.lemma)) return false;
  // "Would not say which part he disagreed with": holding back words is withholding (W2).
  // Not "would not tell his mother": words held back from someone else.
  // A topic declined ("would not discuss the depot", "would not talk about the voices today") says what the session
  // will not cover (C7).
  const topic = topicDeclined(toks, i);
  if (topic > 0) { add('C7', 0.6, i - 2, topic, 'refusal'); return true; }
  if (WITHHELD.has(c.lemma)) {
    const next = toks[i + 1];
    if (next && next.pos !== 'PUNCT' && !WITHHELD_FROM_ME.has(next.lower)) return false;
    add('W2', 0.6, i - 2, Math.min(c.to, i + 1), 'refusal'); return true;
  }
  // "would not show it to me", "wouldn't let me see the diary": what the client has done kept from the therapist.
  if (c.lemma === 'show' || (c.lemma === 'let' && toks[i + 1]?.lower === 'me' && SEE.has(toks[i + 2]?.lower ?? ''))) {
    const me = toks.slice(i + 1, Math.min(c.to, i + 5)).findIndex((w) => w.lower === 'me' || w.lower === 'us');
    if (me >= 0) { add('W2', 0.6, i - 2, i + 2 + me, 'refusal'); return true; }
  }
  // (Six tokens: a hyphenated modifier is three, "would not try the pursed - lip breathing".)
  const object = objectAt(s, i + 1, Math.min(c.to, i + 6));
  // "Exposure planned: touching the bin lid. Pt would not touch it": a pronoun for the task the sentence before named.
  if (!object && (c.antecedent === 'task' || c.antecedent === 'intervention') && ['it', 'them', 'that'].includes(toks[i + 1]?.lower ?? '') && !s.quoted[i + 1]) {
    add(c.antecedent === 'intervention' ? 'C2' : 'C3', 0.55, i - 2, i + 2, 'refusal'); return true;
  }
  if (object?.cls !== 'task' && object?.cls !== 'intervention') return false;
  add(object.cls === 'intervention' ? 'C2' : 'C3', 0.6, i - 2, object.index + 1, 'refusal');
  return true;
}
const WOULD = words('would wo will');
/** Verbs of being able, whose "would not" forecasts rather than refuses ("would not manage it", "won't cope with it"). */
const ABLE = words('manage cope afford');
const WITHHELD = words('say tell explain elaborate speak share talk describe');
const TOPIC_AFTER = words('about of');
const NOT_A_TOPIC = words('anything herself himself themselves myself me it');
const OWNERS = words('her his their');
/**
 * Where the topic declined at the verb at i begins ("discuss the depot", "talk about the voices"), or -1: not "talk
 * about anything else" (one topic held to), not "talk about herself" (the self turned from, W4). The finding ends
 * there, so that the context rules read the topic after it ("the divorce with her colleagues": outside the room).
 */
function topicDeclined(toks: Sentence['tokens'], i: number): number {
  const lemma = toks[i]?.lemma;
  const at = lemma === 'discuss' ? i + 1 : (lemma === 'talk' || lemma === 'speak') && TOPIC_AFTER.has(toks[i + 1]?.lower ?? '') ? i + 2 : lemma === 'go' && toks[i + 1]?.lower === 'into' ? i + 2 : -1;
  if (at < 0 || !toks[at] || toks[at].pos === 'PUNCT' || NOT_A_TOPIC.has(toks[at].lower)) return -1;
  // "refused to discuss the divorce with her colleagues": with someone else, outside the room.
  for (let j = at; j < Math.min(toks.length, at + 5) && toks[j].pos !== 'PUNCT'; j++) {
    if (toks[j].lower === 'with' && OWNERS.has(toks[j + 1]?.lower ?? '')) return -1;
  }
  return at;
}
/** What the client would not let me do: see it, or come in ("would not let me into the back bedroom"). */
const SEE = words('see read look have into in inside near enter');
const WITHHELD_FROM_ME = words('me us what which how why who where when anything much more any about');

/** Where "coming" goes when it is not to the sessions: "has stopped coming down for lunch". */
const COMING_ELSEWHERE = words('down up round over out home downstairs upstairs');

/**
 * Threats to the therapy, which are moods of their own and so read before the check for modals: "might
 * stop coming", "talked about quitting therapy" (C5); "maybe she should find someone more experienced" (C1).
 */
export function threatFrames(c: VerbContext): boolean {
  const { s, i, lemma, to, add } = c;
  if (!isClient(c.role) || c.t.negated) return false;
  const end = within(s, i + 1, Math.min(to, i + 3), V.END_OBJECT);
  // "giving up drinking", "gave up her time": a particle with an object that is not the therapy.
  const after = end >= 0 && ['up', 'out'].includes(s.tokens[end].lower) ? s.tokens[end + 1] : undefined;
  const otherObject = !!after && end + 1 < to && ['NOUN', 'VERB', 'PRON', 'PROPN'].includes(after.pos) && !V.END_OBJECT.has(after.lower) && !V.OBJECT_WORDS.therapy.has(after.lemma) && !['on', 'me', 'you'].includes(after.lower);
  // "gave up after the first blow": an attempt given up partway, not the therapy.
  const partway = !!after && ['after', 'halfway', 'partway', 'midway'].includes(after.lower);
  // "gave out about the licensing hours" (Irish English: complained), "gave out to his son": no ending.
  const complained = !!after && s.tokens[end].lower === 'out' && ['about', 'to', 'at'].includes(after.lower);
  // "has stopped coming down for lunch": coming somewhere in the house, not to the sessions.
  const somewhereElse = end >= 0 && s.tokens[end].lower === 'coming' && COMING_ELSEWHERE.has(s.tokens[end + 1]?.lower ?? '');
  // "always says it's nothing and then ends up in hospital": "end up" is where something leads, not an ending.
  const endsUp = lemma === 'end' && end >= 0 && s.tokens[end].lower === 'up';
  if (V.END_VERB.has(lemma) && end >= 0 && !otherObject && !partway && !complained && !somewhereElse && !endsUp) { add('C5', 0.6, verbGroupStart(c), end + 1, 'ending'); return true; }
  const better = within(s, i + 1, Math.min(to, i + 6), BETTER);
  if ((lemma === 'find' || lemma === 'see' || lemma === 'want') && within(s, i + 1, Math.min(to, i + 3), V.SOMEONE) >= 0 && better >= 0) {
    add('C1', 0.6, verbGroupStart(c), better + 1, 'another-clinician'); return true;
  }
  return false;
}

const WHEN = words('when as once after');
const HAVE_IT_WORSE = /\b(?:have|has|had|got) it (?:much |far |a lot |way )?worse\b/i;
const SPEAK_UP = words('speak talk say share add comment contribute');
const BE_OR_WILL = words("am 'm will wo be");

/**
 * The client's quoted answer to what the therapist had just offered, dismissing or refusing it: "When I
 * named the mode he said 'here we go, psychobabble again'" (C2); "When I invited him to speak to the empty
 * chair he laughed and said 'I'm not talking to furniture'" (C3, what was offered being a task).
 */
export function invitationAnswerHits(s: Sentence, add: Add, sentiment = sentimentOf): void {
  const toks = s.tokens;
  for (let w = 0; w + 2 < toks.length; w++) {
    if (!therapistClauseAt(s, w, WHEN)) continue;
    const offer = toks.slice(w + 2, w + 4).findIndex((t) => V.INVITE.has(t.lemma) && t.pos === 'VERB');
    if (offer < 0) continue;
    const v = w + 2 + offer;
    // The answer: a verb of speech with the client as its subject, the quotation right after it.
    for (let k = v + 1; k < toks.length; k++) {
      if (s.quoted[k] || !V.SPEECH.has(toks[k].lemma) || toks[k].pos !== 'VERB' || !isClient(subjectOf(s, k).role)) continue;
      const qs = toks.findIndex((t, x) => x > k && x <= k + 3 && s.quoted[x]);
      if (qs < 0) return;
      const qe = quotationEnd(s, qs);
      const words = s.text.slice(toks[qs].start, toks[qe - 1].end);
      // A dismissal in so many words stands whatever the sentiment model says (it scores "here we go,
      // psychobabble again" as positive); a refusal must not be a cheerful one.
      // ("others have it worse": "worse" compares the client with others, a minimising, not a dismissal of the work.)
      const dismissal = NEGATIVE_EVALUATION.test(words) || (within(s, qs, qe, V.DISMISSIVE) >= 0 && !HAVE_IT_WORSE.test(words)) || NO_TIME_FOR_IT.test(words);
      if (!dismissal && !(refusal(s, qs, qe) && sentiment(words) <= 0)) return;
      // "When I invited Mrs T to speak she said 'I'll leave it'": an invitation to speak declined is words held back
      // (W2, by the cues), not the work refused; not an invitation to speak to a task ("to the empty chair").
      const what = objectOf(s, v + 1, k);
      if (!dismissal && what !== 'task' && toks.slice(v + 1, k).some((t) => SPEAK_UP.has(t.lemma))) return;
      add(what === 'task' ? 'C3' : 'C2', 0.6, k, Math.min(toks.length, qe + 1), 'answer-to-invitation');
      return;
    }
    return;
  }
}

/**
 * "I literally don't have time to schedule worrying", "haven't got the energy for that": no room for what was offered,
 * which the sentiment model reads as positive (the negation turns "worrying" round); not with "but I'll try" after it.
 */
const NO_TIME_FOR_IT = new RegExp(String.raw`^["“”']?(?:i|we) (?:[a-z]+ )?(?:(?:don'?t|do not)(?: have| get)?|(?:haven'?t|have not)(?: got)?) (?:the |any )?(?:time|energy) (?:for|to)\b(?![^"“”]*\b(?:but|though|although)\b)(?! be ${V.NO_TIME_TO_BE}\b)`, 'i');

/** "I'm not talking to furniture", "I won't do that", "no way": a refusal in the client's own words. */
function refusal(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  // The tagger can keep "I'm" whole.
  const i = t.slice(from, Math.min(to, from + 3)).findIndex((w) => w.lower === 'i' || w.lower === "i'm" || w.lower === 'i’m');
  if (i >= 0) {
    const j = from + i;
    const aux = t[j].lower === 'i' ? (BE_OR_WILL.has(t[j + 1]?.lower ?? '') ? j + 1 : -1) : j;
    if (aux >= 0 && (t[aux + 1]?.lower === 'not' || t[aux + 1]?.lower === "n't") && t[aux + 2]?.pos === 'VERB') return true;
  }
  return /^(?:no way|not a chance|not happening|no chance|absolutely not|not doing (?:that|this|it))\b/i.test(s.text.slice(t[from].start, t[to - 1].end));
}

/** Words that make what follows the occasion of something else ("when she refused"). */
const OCCASION = new Set(['when', 'as', 'after', 'once', 'because', 'until']);
/** A possessive ending: what follows is someone's (the client's own "her homework" is the client's). */
const POSSESSIVE_MARK = new Set(["'s", '’s']);
