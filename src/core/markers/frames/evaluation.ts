/**
 * Evaluation frames: a part of the therapy named, then judged negatively in the client's words. The
 * judgement is negative when wink-nlp's sentiment model scores it below -0.4, or when it holds a
 * dismissal the model scores as neutral ("for children", "a lab rat").
 */
import type { Subtype } from '../../settings';
import { clauseOf, modifiesNounAfter, objectAt, objectOf, subjectOf, type Sentence } from '../roles';
import { NEGATIVE_EVALUATION } from '../lexicon';
import { sentimentOf } from '../tokens';
import * as V from '../vocabulary';
import type { ObjectClass } from '../vocabulary';
import { CONDITION, isClient, NEGATORS, quotationEnd, W_HIS_HER_THEIR, within, type Add } from './context';

/** The words of a relative clause of the therapist's after a part of the therapy ("I had given her"). */
const RELATIVE_PRONOUNS = new Set(['i', 'we', 'her', 'him', 'them', 'you']);

/**
 * A part of the therapy (a task, the sessions, their parameters, an intervention) evaluated negatively in
 * the client's words: a quotation after it ("the log 'makes me feel like a lab rat'"), or what follows
 * a verb of opinion ("said the session time never works"). Negative means the sentiment model scores it
 * below zero, or it holds a dismissal the model scores as neutral.
 */
/** Words that may stand between an opening quotation mark and the part it names ("the", "this", "all this"). */
const QUOTE_LEAD = new Set(['the', 'this', 'that', 'these', 'those', 'all', 'your', 'any', 'a']);
/** Whether token i names a part of the work at the start of a quotation, with a verb right after it ('"role-play is ...'). */
function quotedSubject(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  // (A hyphenated name, which the tagger splits, read at its last part as the loop below reads it: "role - play".)
  const split = toks[i - 1]?.text === '-' && s.quoted[i - 1] && i >= 2;
  const name = split ? `${toks[i - 2].lower}-${toks[i].lower}` : toks[i].lower;
  if (!V.ALL_OBJECT_WORDS.has(name) && !V.ALL_OBJECT_WORDS.has(toks[i].lemma)) return false;
  let j = split ? i - 3 : i - 1;
  while (j >= 0 && s.quoted[j] && QUOTE_LEAD.has(toks[j].lower)) j--;
  // (The quotation opens just before: its mark, with no quoted word between.)
  if (j < 0 || s.quoted[j] || !['"', '“'].includes(toks[j].text)) return false;
  const next = toks[i + 1];
  return !!next && s.quoted[i + 1] && (next.pos === 'AUX' || next.pos === 'VERB') && COPULA_OR_VERB.test(next.lower);
}
// (A copula or a verb of likening only: '"therapy does not bring anybody back"' is what it cannot do, hopelessness.)
const COPULA_OR_VERB = /^(?:is|are|was|were|'s|’s|feels?|felt|sounds?|sounded|seems?|seemed|looks?|looked)$/;

/** Words before a service that make it one the client had before or elsewhere ("the last clinic", "her old team"). */
const ELSEWHERE_BEFORE: ReadonlySet<string> = new Set([...V.PREVIOUS, 'old', 'other']);
/** Services a client can have had before (not "the last session", which is ours). */
const EARLIER_SERVICE = new Set(['clinic', 'clinics', 'service', 'services', 'team', 'programme', 'program', 'course', 'rehab', 'hospital', 'unit', 'practice', 'therapist', 'counsellor', 'counselor', 'group', 'psychologist', 'gic']);

export function evaluationHits(s: Sentence, add: Add, sentiment = sentimentOf, antecedent?: ObjectClass): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    // ('He told the group that "role-play is for actors"': the part named first in the client's quoted words, then its
    // verb, is the subject of the judgement those words go on to make.)
    if (s.quoted[i] && !quotedSubject(s, i)) continue;
    // "When we tried the compassionate image he said it was 'cringe'": a pronoun after a verb of opinion
    // stands for the part of the therapy named before it.
    // ...and "they", "these", "those" for a part named in the plural ("would not look at the cards and said they were 'for children'").
    const pronoun = toks[i].pos === 'PRON' && ['it', 'this', 'that', 'they', 'these', 'those'].includes(toks[i].lower)
      && toks.slice(Math.max(0, i - 2), i).some((w) => V.OPINION.has(w.lemma) && w.pos === 'VERB');
    // "EMDR was 'a party trick'": a name of the therapy the tagger reads as a proper noun.
    const named = toks[i].pos === 'PROPN' && V.ALL_OBJECT_WORDS.has(toks[i].lower);
    // "coming here had 'done nothing'": the client's coming, a gerund, is the therapy.
    const comingHere = ['coming', 'being'].includes(toks[i].lower) && toks[i + 1]?.lower === 'here' && !s.quoted[i + 1];
    // "said naming it was 'a kids' trick'": the work's own doing, as a gerund after a verb of opinion, is the task.
    const doingTask = !comingHere && toks[i].pos === 'VERB' && /ing$/.test(toks[i].lower) && V.TASK_DOING.has(toks[i].lemma) && V.OPINION.has(toks[i - 1]?.lemma ?? '') && toks[i - 1]?.pos === 'VERB';
    if (!pronoun && toks[i].pos !== 'NOUN' && toks[i].pos !== 'VERB' && !named) continue;
    // "the cost-benefit exercise": the parts of such a compound modify the noun of the work after it, which is read.
    if (modifiesNounAfter(s, i) || (toks[i - 1]?.text === '-' && i >= 2 && modifiesNounAfter(s, i - 2))) continue;
    // "felt processed, not helped": a participle, not the therapy's "process".
    if (!pronoun && toks[i].pos === 'VERB' && /ed$/i.test(toks[i].text)) continue;
    // "took": a verb in another form than its lemma is a verb, not the therapist's "take" (a plural noun tagged
    // as a verb stays, and so does a gerund that names a task: "challenging thoughts", "journaling").
    if (!pronoun && !comingHere && !doingTask && toks[i].pos === 'VERB' && toks[i].lower !== toks[i].lemma && !/s$/.test(toks[i].lower) && !V.ALL_OBJECT_WORDS.has(toks[i].lower)) continue;
    // "We continued externalising 'the Critic'": a gerund after a verb (not one of opinion) is the work being done, and
    // the quotation after it is what it is done to, not a judgement of it.
    if (!pronoun && toks[i].pos === 'VERB' && /ing$/.test(toks[i].lower) && toks[i - 1]?.pos === 'VERB' && !V.OPINION.has(toks[i - 1].lemma)) continue;
    // With nothing named before it in the sentence, the pronoun stands for what the sentence before named.
    // ("our check-ins were ...": a hyphenated name, which the tagger splits, read whole at its last word.)
    const joined = toks[i - 1]?.text === '-' && i >= 2 ? objectOf(s, i - 2, i + 1) : undefined;
    // ("did not practise with the long cane and called it ...": a thing the client was to practise, or did not use or
    // wear, is a task whatever its name.)
    const cls = comingHere ? 'therapy' : doingTask ? 'task' : pronoun ? antecedentOf(s, Math.max(0, i - 2)) ?? practisedBefore(s, Math.max(0, i - 2)) ?? antecedent : joined ?? objectOf(s, i, i + 1);
    if (!cls || cls === 'self' || cls === 'therapist') continue;
    // "the new rota at work was 'pointless admin'": a noun after a preposition of place or a possessive is
    // not the subject of what follows ("paying for sessions was 'money down the drain'" is).
    if (!pronoun && inPrepositionalPhraseOrPossessive(s, i, PLACE)) continue;
    // "said work was the only problem": "work" after a verb, with no article or name of the work before it, is the
    // client's job, not the work of therapy ("the work", "our work", "the trauma work" are ours).
    if (!pronoun && toks[i].lower === 'work' && (i === 0 || ['VERB', 'AUX', 'SCONJ', 'PUNCT'].includes(toks[i - 1].pos)) && toks[i - 2]?.text !== '-') continue;
    // "the last clinic had 'made them jump through hoops'": a service the client had before is someone else's.
    if (!pronoun && ELSEWHERE_BEFORE.has(toks[i - 1]?.lower ?? '') && EARLIER_SERVICE.has(toks[i].lower)) continue;
    // "the wait at A&E", "the forms in the hospital": the part is somewhere else's.
    if (!pronoun && ['at', 'in'].includes(toks[i + 1]?.lower ?? '') && !objectOf(s, i + 2, Math.min(toks.length, i + 4))) continue;
    const [from, to] = clauseOf(s, i);
    // The part is the subject of the evaluation: a quotation right after it (only verbs, adverbs or a
    // compound noun between: "the handouts are 'for children'"), or the rest of its clause after a verb of
    // the client's opinion ("said the session time never works").
    let evalFrom = -1;
    let evalTo = -1;
    // Whether the client's words follow a note's "not done" and a mark ("Diary not done, 'a faff'").
    let afterUndone = false;
    // ...and whether that "not done" stood before the part, whose negation is the note's, not the client's judgement.
    let undoneFirst = false;
    // "the leaflet I had given her was 'written by someone who ...'": a relative clause of mine (or ours) after the
    // part, its verb and whom it was given to, is passed over to the judgement.
    const mine = !s.quoted[i + 1] && ['i', 'we'].includes(toks[i + 1]?.lower ?? '') && ['AUX', 'VERB'].includes(toks[i + 2]?.pos ?? '');
    // "the visits made her feel 'watched'": whom the part makes feel so is passed over to the judgement (two words more).
    const madeFeel = toks[i + 1]?.lemma === 'make' && ['me', 'her', 'him', 'them', 'us'].includes(toks[i + 2]?.lower ?? '') && toks[i + 3]?.lemma === 'feel';
    // "the leaflet on grief was 'for people who cry at adverts'": what the part is about, named after it, is passed over.
    const about = !pronoun && !mine && !madeFeel ? topicAfter(s, i) : i;
    const reach = (mine ? 8 : 5) + (madeFeel ? 2 : 0) + (about - i);
    let limit = Math.min(toks.length, i + reach);
    for (let j = about + 1; j < limit; j++) {
      // "The screen time log, he said, is 'a snitch app'", "the plan, to him, was '...'": an aside between commas that
      // says whose judgement it is is passed over.
      const aside = toks[j].text === ',' ? asideEnd(s, j) : -1;
      if (aside > 0) { limit = Math.min(toks.length, limit + aside - j + 1); j = aside; continue; }
      if (s.quoted[j]) {
        evalFrom = j; evalTo = quotationEnd(s, j);
        // '"a nice drawing" but "no use when you're shaking"': the judgement is the quotation after the "but".
        const but = pastQuoteMarks(toks, evalTo);
        const next = toks[but]?.lower === 'but' ? pastQuoteMarks(toks, but + 1) : -1;
        if (next >= 0 && s.quoted[next]) { evalFrom = next; evalTo = quotationEnd(s, next); }
        // 'visualisation "is for golfers"': the clause's verb inside the quotation is no part of the judgement.
        if (evalTo - evalFrom > 2 && COPULA.has(toks[evalFrom].lower) && ['ADP', 'DET'].includes(toks[evalFrom + 1].pos)) evalFrom++;
        break;
      }
      // "had not done the exercises because 'it feels so clinical'": the reason given is a judgement too.
      // "felt like", "sounded like", "described as": a verb that likens.
      const likens = (toks[j].lower === 'like' || toks[j].lower === 'as') && toks[j - 1].pos === 'VERB';
      // "described the thought record as '...'": the verb that likens stands before the part.
      const describedAs = toks[j].lower === 'as' && toks.slice(Math.max(0, i - 4), i).some((w) => DESCRIBED.has(w.lemma) && w.pos === 'VERB');
      // "the role play last week 'felt like ...'": when it was is no part of the judgement.
      const when = ['last', 'this', 'today', 'yesterday'].includes(toks[j].lower);
      // (The relative clause's own pronouns: "I", "her".)
      const relative = mine && j <= i + 5 && toks[j].pos === 'PRON' && RELATIVE_PRONOUNS.has(toks[j].lower);
      // "Pacing plan - 'tried, didn't work'", "Sleep window: '...'": a list's label opening the line, then the client's
      // words on it (not "When asked about the diary card: 'Lost it.'", "shrugged off the chain analysis: '...'").
      // (A task's label: "Hopelessness re therapy: '...'" names a feeling, not the work.)
      const labelled = j === about + 1 && cls === 'task' && LABEL_MARK.has(toks[j].text) && toks.slice(0, i).every((w) => LABEL_WORD.has(w.pos) && w.lower !== 're');
      // ("wearing it was '...'": the object of the work's own doing.)
      const doneTo = doingTask && j === i + 1 && toks[j].pos === 'PRON';
      // "Blocking software not installed, 'it's a faff'", "Diary not filled in - '...'": a note's "not done" and then,
      // after a comma, colon or dash, the client's words on it (the particle of "filled in" passed over too).
      const afterVerb = (k: number) => toks[k - 1]?.pos === 'VERB' || (UNDONE_PARTICLE.has(toks[k - 1]?.lower ?? '') && toks[k - 2]?.pos === 'VERB');
      // ...or with the "not done" before the part ("Did not use the sound generator: '...'", "Hadn't opened the workbook,
      // '...'"): a negated verb shortly before it, and the mark straight after it.
      const undoneBefore = j === about + 1 && UNDONE_MARK.has(toks[j].text) && toks.slice(Math.max(0, i - 6), i).some((w) => NEGATORS.has(w.lower))
        && toks.slice(Math.max(0, i - 6), i).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
      const notDone = undoneBefore || (toks.slice(i + 1, j).some((w) => NEGATORS.has(w.lower))
        && (UNDONE_MARK.has(toks[j].text) ? afterVerb(j) : UNDONE_PARTICLE.has(toks[j].lower) && toks[j - 1]?.pos === 'VERB' && UNDONE_MARK.has(toks[j + 1]?.text ?? '')));
      // (The client's words follow the mark: the reach runs on past it.)
      if (notDone && UNDONE_MARK.has(toks[j].text)) { limit = Math.min(toks.length, j + 3); afterUndone = true; undoneFirst = undoneBefore; }
      // ("Stimulus control -> '...'": the head of a typed arrow after a label's dash.)
      const arrowHead = toks[j].text === '>' && toks[j - 1]?.text === '-' && j === about + 2 && cls === 'task';
      if (!['AUX', 'VERB', 'ADV', 'PART', 'NOUN'].includes(toks[j].pos) && !(toks[j].text === '"' || toks[j].text === '“') && toks[j].lower !== 'because' && !likens && !describedAs && !when && !relative && !labelled && !doneTo && !notDone && !arrowHead && !(madeFeel && j === i + 2)) break;
    }
    // After a task's label, words in the first person are what the task holds ("Defusion: 'I'm having the thought
    // that I'm useless'", a thought record's thought), not a judgement of it.
    if (evalFrom >= 0 && !undoneFirst && LABEL_MARK.has(toks[about + 1]?.text ?? '') && toks.slice(evalFrom, evalTo).some((w) => FIRST_PERSON.has(w.lower))) continue;
    if (evalFrom < 0) {
      const k = i - 1 - toks.slice(Math.max(from, i - 4), i).reverse().findIndex((w) => V.OPINION.has(w.lemma) && w.pos === 'VERB');
      if (k >= i || k < from || !isClient(subjectOf(s, k).role) || (!pronoun && inPrepositionalPhraseOrPossessive(s, i))) continue;
      evalFrom = i + 1;
      evalTo = to;
      // "said the group helped, and that the other men were ...": a second thing said is not this one's judgement.
      for (let j = evalFrom + 1; j < evalTo - 1; j++) if (toks[j].lower === 'and' && toks[j + 1].lower === 'that') { evalTo = j; break; }
      // The clause goes on into the client's words ("said rating his mood was 'ridiculous'").
      while (evalTo < toks.length && (s.quoted[evalTo] || QUOTE_MARK.has(toks[evalTo].text))) evalTo++;
    }
    if (evalTo - evalFrom < 1) continue;
    if (toks.slice(Math.max(0, i - 3), i).some((w) => CONDITION.has(w.lower))) continue;
    const text = s.text.slice(toks[evalFrom].start, toks[evalTo - 1].end);
    // (With the "not done" before the part, only words that judge the work are read: "the kids took over the table" is
    // the week's account, not a judgement.)
    if (undoneFirst && !UNDONE_JUDGEMENT.test(text) && !UNDONE_DISMISSIVE.test(text)) continue;
    const dismissive = within(s, evalFrom, evalTo, V.DISMISSIVE) >= 0 || DISMISSIVE_WORDS.test(text) || NEGATIVE_EVALUATION.test(text)
      || (afterUndone && s.quoted[evalFrom] && UNDONE_JUDGEMENT.test(text))
      || (s.quoted[evalFrom] && (sarcastic(s, evalFrom, evalTo) || aBitOf(s, evalFrom, evalTo))) || irrelevant(s, evalFrom, evalTo) || noEffect(s, evalFrom, evalTo) || notForMe(s, evalFrom, evalTo)
      || (s.quoted[evalFrom] && (NOT_ME.test(text) || NOT_NEEDED.test(text)))
      || (s.quoted[evalFrom] && likened(s, evalFrom, evalTo, sentiment))
      || (s.quoted[evalFrom] && BELITTLING.test(text) && !/\bbut\b/i.test(text));
    // ('Diary card: "lost it"', '"forgot it at home"': what happened to the part, an account, not a judgement of it.)
    if (!dismissive && ACCOUNT.test(text)) continue;
    // (The part named as something it is not is the weakest sign: a cue's words and subtype for the same judgement stand.)
    const bad = dismissive || sentiment(text) <= -0.4 || badHead(s, evalFrom, evalTo, sentiment);
    // (Only what the client said of a part named, not of "it": "he said it was 'the lungs, not the head'" is a denial.)
    // 'said my reflection "rang a bit flat"', 'my interpretation was "a good plot, wrong theatre"': the client's quoted
    // words on a move of mine, named as mine, are pointed unless they praise it (older sets: 66 such markers, two
    // look-alikes, both praise).
    const onMyMove = cls === 'intervention' && !pronoun && toks[i - 1]?.lower === 'my' && !s.quoted[i - 1] && !GOOD_QUOTED.test(text)
      && !((sentiment(text) > 0 || PRAISE.test(text)) && !TURNING.test(text));
    const namedElse = !bad && s.quoted[evalFrom] && !saidByAnother(s, i) && (onMyMove || namedAs(s, evalFrom, evalTo, sentiment) || forOthers(s, evalFrom, evalTo, s.quoted[i] ? i : evalFrom) || (!pronoun && quotedOf(s, evalFrom, evalTo, sentiment)));
    if (!bad && !namedElse) continue;
    // ("her roommate thinks group therapy is 'cringe'": the judgement of someone in the client's life, not in the room;
    // "the stepfather said", "Tom said" in a family's or a couple's session is the client's.)
    if (bad && saidByPossessed(s, i)) continue;
    // '"won't change what happened", "can't bring him back"': hopelessness about the therapy (W7, as older sets label it
    // and a cue reads it), not a judgement of it.
    if (CANNOT_UNDO.test(text)) continue;
    // ("said it was a stupid idea to be so scared of it": "it" stands for the infinitive after it, not for the work.)
    if (pronoun && DUMMY_IT.test(s.text.slice(toks[i].start))) continue;
    // ("not done, 'no point, nothing changes'": hopelessness about the work, W7 as older sets have it, not a judgement of it.)
    if (afterUndone && /\bno point,? (?:nothing|they|people|everyone|it never)\b/i.test(text)) continue;
    // '"a bit of a faff" but did it anyway and found it useful': the judgement turned round by what the client then did.
    if (TURNED_AFTER.test(s.text.slice(toks[evalTo - 1].end))) continue;
    // "made him feel less alone": a bad word turned good.
    if (!dismissive && GOOD_TURN.test(text)) continue;
    // '"boring but useful"', '"hard but worth it"': the judgement ends on the good word a "but" turns to.
    if (BUT_GOOD_AT_END.test(text)) continue;
    // "found the imagery exercise moving and cried a little": the judgement itself is a good one.
    if (!dismissive && evalFrom === i + 1) {
      let k = evalFrom;
      while (k < evalTo - 1 && toks[k].pos === 'NOUN') k++; // past the rest of a compound ("imagery exercise")
      if (GOOD_JUDGEMENT.has(toks[k].lower) || sentiment(toks[k].text) > 0) continue;
      // "said the skills had worked on a bad night": the part did its work; the bad is the occasion.
      while (k < evalTo - 1 && (toks[k].pos === 'AUX' || STRENGTHENERS.has(toks[k].lower))) k++;
      if (toks[k].pos === 'VERB' && GOOD_EFFECT.has(toks[k].lemma) && !NEGATORS.has(toks[k - 1]?.lower ?? '')) continue;
      // "said the skills had got her through a bad night": the part carried her through it.
      if (CARRIED.has(toks[k].lemma) && toks[k + 1]?.pos === 'PRON' && toks[k + 2]?.lower === 'through' && !NEGATORS.has(toks[k - 1]?.lower ?? '')) continue;
    }
    const sub: Subtype = cls === 'task' ? 'C3' : cls === 'parameter' ? 'C4' : cls === 'intervention' ? 'C2' : 'C5';
    // After "not done" the finding ends at the client's first word of dismissal, as the cues for "Activity diary not done,
    // 'pointless ...'" end theirs.
    const dismissal = afterUndone ? within(s, evalFrom, evalTo, V.DISMISSIVE) : -1;
    if (dismissal >= 0) { add(sub, 0.6, undoneFirst ? evalFrom : joined ? i - 2 : i, dismissal + 1, 'evaluation'); return; }
    add(sub, namedElse ? 0.55 : 0.6, undoneFirst ? evalFrom : joined ? i - 2 : i, evalTo + (toks[evalTo]?.text === '"' || toks[evalTo]?.text === '”' ? 1 : 0), 'evaluation');
    return;
  }
}

const QUOTE_MARK = new Set(['"', '“', '”']);
/** What happened to the part, told: lost, forgotten, left somewhere, no time. */
const ACCOUNT = /^["“]?(?:i |oh,? )?(?:lost (?:it|them)|forgot(?:ten)? (?:it|them|about (?:it|them))|left (?:it|them) (?:at|in|on)|misplaced|couldn'?t find (?:it|them)|can'?t find (?:it|them)|ran out of time|didn'?t have time)\b[^"”]{0,20}["”]?$/i;

/** The therapist named by a role as the subject of a move ("When facilitator introduced the exercise, he said it was ..."). */
const ROLE_SUBJECT = new Set(['facilitator', 'counselor', 'counsellor', 'therapist', 'clinician', 'worker', 'practitioner', 'writer']);
/**
 * What a pronoun stands for: the first part of the therapy named before it, past the therapist named by a role as the
 * subject of the move that introduced it.
 */
function antecedentOf(s: Sentence, to: number): ObjectClass | undefined {
  const at = objectAt(s, 0, to);
  if (at?.cls === 'therapist' && ROLE_SUBJECT.has(s.tokens[at.index].lower) && s.tokens[at.index + 1]?.pos === 'VERB') return objectOf(s, at.index + 1, to);
  return at?.cls;
}
/** "it was silly to worry", "it's a stupid idea to be so scared": an "it" that stands for the infinitive after it. */
const DUMMY_IT = /^(?:it|that)\s+(?:was|is|'s|seemed|felt)\s+(?:(?:a|an|so|really|just|quite)\s+)?(?:[\w-]+\s+){0,2}to\s+(?:be|feel|get|worry|panic|let|have|think|stay|fret|make)\b/i;
/** What no therapy can do: change what happened, bring someone back. */
const CANNOT_UNDO = /\b(?:won'?t|can'?t|will not|cannot|doesn'?t|does not|isn'?t going to) (?:change|undo|bring) (?:what happened|the past|(?:him|her|them) back)\b/i;
/**
 * The part said, in the client's quoted words, not to be the client's own: '"looks nice but it's not my body"', '"very
 * clever, but it's not me"' (a formulation turned down; not "works for others, not me", hopelessness, W7).
 */
const NOT_ME = /\b(?:it'?s|it’s|that'?s|that’s|it is|that is|is|was|isn'?t|wasn'?t)\s+(?:just\s+|simply\s+|really\s+)?not\s+(?:me|my\s+(?:body|life|head|brain|experience|story|world|situation|reality|family))\b/i;
/**
 * The part said, in the client's quoted words that open on it, to be not needed, not real or beside the point: 'the drinking
 * log is "not necessary for a grown man"', 'the exercise was "not representative of a cockpit"' (read only of a part of
 * the work: 'the numbers were "not the point"' names none).
 */
const NOT_NEEDED = /^["“]?(?:just |really |simply |honestly )?not (?:necessary|needed|representative|relevant|realistic|practical|applicable|the point|real life|how (?:it|things|life) (?:works?|is))\b/i;
/** A judgement of the client's that a "but" turns good at its end ('"boring but useful"'). */
const BUT_GOOD_AT_END = /\b(?:but|yet)\s+(?:(?:really|actually|quite|very|so|still|definitely)\s+)?(?:useful|helpful|worth it|worthwhile|good|ok|okay|fine|it works|it worked|it helped|it helps|important|interesting|necessary)\W*$/i;
/** What the client did after a judgement that turns it round ("... but did it anyway and found it useful"). */
const TURNED_AFTER = /^\W{0,3}\s*,?\s*(?:[a-z-]+ing,?\s+)?(?:(?:and|but)\b[^.;]{0,50}\b(?:signed up|passed|finished|completed|went|did it|did them|kept going|is keeping going|keeps going)(?: (?:it|them|for it|on))? anyway\b|(?:and|but) (?:she|he|they) (?:passed|finished|completed) (?:it|them)\b|(?:[^.;]{0,60}\b(?:and|but) (?:she|he|they) (?:is|are|was|were) keeping (?:going|at it|with it))|but\b[^.;]{0,50}\b(?:did (?:it|them|the [\w-]+) anyway|found (?:it|them) (?:useful|helpful|worth it)|(?:it|they) helped|worth it|glad (?:she|he|they) did|liked it|enjoyed it|kept at it|stuck (?:at|with) it|(?:was|were|is|are) getting used to it|(?:it'?s|it is|it was) growing on (?:her|him|them)|(?:sleeps?|slept|feels?|felt) better (?:after|afterwards|for it)))\b/i;
/** Marks after which a note gives the client's words on a part not done: a comma, a colon, a dash. */
const UNDONE_MARK = new Set([',', ':', '-', '–', '—']);
const UNDONE_DISMISSIVE = /\b(?:pointless|no point|what'?s the point|waste|boring|stupid|silly|useless|rubbish|nonsense|childish|daft|whatever|can'?t be bothered|not bothered)\b/i;
/**
 * After a note's "not done", the client's words that say the work is not needed, makes things worse, or is put off
 * ('Did not use the sound generator: "it just adds another noise"', 'did not listen to the recording: "I don't need to
 * hear myself cry"', 'Hadn't opened the workbook, "maybe next week"'), not a circumstance ("the kids took over the table").
 */
const UNDONE_JUDGEMENT = /\b(?:i )?(?:don'?t|do not|didn'?t|did not) need (?:to|it|that|this|them|a|an|the|any)\b|\b(?:just )?(?:adds|added) (?:another|more|to)\b|\bmakes? (?:it|things|me|everything) (?:worse|feel worse|more)\b|^(?:maybe|perhaps|probably) (?:next (?:week|time)|another (?:week|time)|some other time|later)\b|^(?:next (?:week|time),? (?:maybe|perhaps))\b/i;
/** The particle of a verb of doing the work ("filled in", "carried out", "set up"). */
const UNDONE_PARTICLE = new Set(['in', 'out', 'up']);
/** Verbs of the work set between sessions: what they take is a task ("practise with the cane"); the rest only when not done ("had not worn the splint"). */
const PRACTISE = new Set(['practise', 'practice']);
const USE_AS_SET = new Set(['wear', 'use', 'complete', 'fill']);
/**
 * 'task' when a thing the client was to practise, use or wear is named before `end` ("She did not practise with the long
 * cane"), outside quotation marks; undefined when none is.
 */
function practisedBefore(s: Sentence, end: number): ObjectClass | undefined {
  const toks = s.tokens;
  for (let j = 0; j < end; j++) {
    if (s.quoted[j] || toks[j].pos !== 'VERB') continue;
    if (!PRACTISE.has(toks[j].lemma) && !(USE_AS_SET.has(toks[j].lemma) && toks.slice(Math.max(0, j - 3), j).some((w) => NEGATORS.has(w.lower)))) continue;
    for (let k = j + 1; k < Math.min(end, j + 6); k++) {
      if (toks[k].pos === 'NOUN') return 'task';
      if (!['DET', 'ADJ', 'ADP', 'PRON', 'ADV'].includes(toks[k].pos) || s.quoted[k]) break;
    }
  }
  return undefined;
}
/** Prepositions that say what a part of the therapy is about ("the leaflet on grief"); not "for", another's purpose ("the wait for surgery"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about']);
/**
 * The last word of a short phrase saying what the part at i is about ("on grief", "about the sleep window"): a
 * preposition, then at most two determiners or adjectives and a noun, all outside quotation marks; i when there is none.
 */
function topicAfter(s: Sentence, i: number): number {
  const toks = s.tokens;
  if (!TOPIC_PREPOSITIONS.has(toks[i + 1]?.lower ?? '') || s.quoted[i + 1]) return i;
  for (let k = i + 2; k < Math.min(toks.length, i + 5); k++) {
    if (s.quoted[k]) return i;
    if (toks[k].pos === 'NOUN') return toks[k + 1]?.pos === 'NOUN' && !s.quoted[k + 1] ? k + 1 : k;
    if (!['DET', 'ADJ'].includes(toks[k].pos)) return i;
  }
  return i;
}
/**
 * The closing comma of an aside opening at the comma k that says whose words or view follow ("he said", "she told me",
 * "to him", "in her words"), or -1.
 */
function asideEnd(s: Sentence, k: number): number {
  const toks = s.tokens;
  const close = toks.findIndex((w, x) => x > k && x <= k + 5 && w.text === ',');
  if (close < 0 || toks.slice(k + 1, close).some((w, x) => s.quoted[k + 1 + x])) return -1;
  const words = toks.slice(k + 1, close).map((w) => w.lower);
  const said = ['she', 'he', 'they'].includes(words[0]) && words.length <= 3 && V.OPINION.has(toks[k + 2].lemma) && toks[k + 2].pos === 'VERB';
  const view = ['to', 'in', 'for'].includes(words[0]) && ['her', 'him', 'them', 'his', 'their'].includes(words[1]) && words.length <= 3 && (words.length === 2 || ['words', 'view', 'mind', 'eyes', 'book'].includes(words[2]));
  return said || view ? close : -1;
}
/** The first token from k that is not a quotation mark. */
const pastQuoteMarks = (toks: Sentence['tokens'], k: number) => { while (k < toks.length && QUOTE_MARK.has(toks[k].text)) k++; return k; };
/** A bad word turned round ("less alone", "more hopeful"), or help received. */
const GOOD_TURN = /\b(?:less|fewer|not as|no longer) (?:alone|anxious|stuck|scared|lonely|isolated|ashamed|depressed|low|worried|afraid|overwhelmed|hopeless)\b|\bmore (?:hopeful|confident|able|relaxed|settled|connected)\b|\bhelp(?:ed|s)\b/i;
/** The verb of the clause when the client's quotation opens with it. */
const COPULA = new Set(['is', 'was', 'are', 'were']);

/** Verbs that say what the part is "as" ("described the thought record as ..."). */
const DESCRIBED = new Set(['describe', 'dismiss', 'refer', 'regard', 'see', 'characterise', 'characterize', 'critique', 'criticise', 'criticize']);
/** What a part of the therapy does when it works ("the skills had worked", "the breathing helped"). */
const GOOD_EFFECT = new Set(['work', 'help', 'ease', 'calm', 'settle', 'succeed']);
/** Words passed over between an auxiliary and that verb ("had really worked"). */
/** Verbs of seeing someone through a hard time ("got her through", "pulled him through", "carried them through"). */
const CARRIED = new Set(['get', 'pull', 'carry', 'see', 'help']);
const STRENGTHENERS = new Set(['really', 'actually', 'finally', 'definitely', 'genuinely', 'also', 'even']);
/** Good judgements the sentiment lexicon scores as neutral. */
const GOOD_JUDGEMENT = new Set(['moving', 'touching', 'eye-opening', 'illuminating', 'freeing', 'liberating', 'meaningful']);
/**
 * Dismissals of more than one word that the sentiment lexicon scores as neutral: wide of the mark, going
 * nowhere, no difference, doing nothing; the therapist doing something to the client ("just you controlling me").
 */
const DISMISSIVE_WORDS = /\b(?:is|'s|isn'?t|it'?s|that'?s) not (?:happening|going to happen|gonna happen)\b|,\s*end of\W*$|^["“]?(?:just |only |more )?(?:colou?ring(?:-| )in|arts and crafts|busy ?work|show and tell|playtime|circle time|story ?time|nap time)[.!]?["”]?$|\b(?:management|the (?:hospital|trust|council|service|school|company)|them|hr) ticking (?:their|its|a|the) (?:own )?box(?:es)?\b|\b(?:the |a |an )?(?:soft|easy|lazy) (?:option|way out)\b|\bcop-?out\b|\b(?:all very (?:nice|well|good)|(?:fine|lovely|great|easy|nice)) (?:when|if) you(?:'ve| have| can| are|'re| don't| do not| aren't)\b|^["“]?(?:just |only |very much |such )?(?:a|an) (?:very |really |typically |proper |so )?(?!(?:good|great|nice|useful|helpful|positive|brilliant|lovely|real|new|big|small|little|first|different|normal|important|valuable)\b)[\w-]+(?: people'?s?)? thing(?:,? (?:to|for) [^"”]{3,60})?[.!]?["”]?$|\b(?:almost |nearly |practically )?(?:finished|did) (?:me|him|her|them) (?:off|in)\b|\bput (?:me|him|her|them) in (?:a wheelchair|hospital|a&e)\b|\bworks? (?:for )?(?:like |about |maybe )?(?:two|a few|five|ten|a couple of) (?:seconds|minutes)\b|\b(?:a |just a )?kids'? (?:game|stuff|thing|trick|toy)\b|,? but so (?:is|are|was|were|does|do) (?:a|an|my|the|any|every) [\w-]+|\bmiss(?:es|ing|ed)? the (?:whole |real )?point\b|\bbeside the point\b|\b(?:just )?proves? how (?:little|bad|useless|broken|far)\b|\bmakes? (?:it|me|this) (?:sound|look|seem) (?:like|as if|as though)\b|\b(?:put|puts|putting) (?:me|him|her|them) in bed\b|\b(?:made|makes|making) (?:me|him|her|them|it|things|everything) worse\b|\bset(?:s|ting)? (?:me|him|her|them) back\b|\bwiped (?:me|him|her|them) out\b|\b(?:way|miles|completely|totally|a (?:bit|little)|well) off\b|\b(?:wide of|off) the mark\b|(?:n't|not|never) (?:going|getting) anywhere|\bgoing nowhere\b|\bchanges? nothing\b|\bwhich would get me (?:struck off|sacked|fired|arrested|killed)\b|\bpointless\b|\boverpriced\b|\bmore paper for the bin\b|\ba lot of fuss (?:about|over)\b|\blike telling (?:a|an) [\w-]+ not to\b|\bfor (?:people|someone|somebody|those) who (?:weren'?t|wasn'?t) there\b|\bwhich (?:we'?d|i'?d|you'?d|anyone would) call (?:negligence|abuse|torture|cruelty)\b|\b(?:fine|ok|okay|alright|all right|great) for the [\w-]+,? they'?ve got\b|\blipstick on a pig\b|\bnot (?:much|any|a lot of|a great deal of) (?:use|good|help)\b|(?:n't|not|never) (?:made|make|making|makes) (?:a|any|much|the slightest|a blind bit of|one bit of) difference|\b(?:does|did|do|doing) (?:nothing|sod all|zilch|bugger all|naff all)\b|\bmoney down the drain\b|\bfor all the good (?:it|they|that|this|those) (?:does|do|did|will do)\b|\b(?:can|could|might as well) go (?:in|into) the bin\b|\bonly (?:works?|helps?) (?:in (?:the |a )?(?:clinic|room|session|theory|textbooks?|books?)|here)\b|\bno (?:use|good|help) (?:when|if|in|at|for|to)\b|\b(?:dressed(?: up)?|disguised|masquerading) as\b|\bgatekeeping\b|\bof (?:shame|doom|misery)\b|\b(?:[\w-]+'s|someone'?s|somebody'?s|their|the [\w-]+'s) idea of\b|\b(?<repeated>[\w-]+) on top of (?:more |other )?\k<repeated>\b|\ba (?:polite|fancy|posh|roundabout|long-winded|professional) way of (?:saying|telling (?:me|you|us))\b|\b(?:at|to|for) (?:nobody|no one|no-one)\b|\b(?:a |just a |only a )?(?:party|parlour|parlor|magic|cheap) tricks?\b|\bsnake oil\b|\bmumbo[- ]?jumbo\b|\bhocus[- ]?pocus\b|\bvoodoo\b|\bproves? (?:nothing|sod all|zilch)\b|\b(?:doesn'?t|does not|didn'?t) prove (?:anything|a thing)\b|\brigged\b|\bstacked against\b|\bmakes? no (?:real |actual )?difference\b|\bonly exists? to\b|(?<!\b(?:condition|requirement|part|term) of [^"”]{0,30}),? (?:and )?nothing more\b|\ba (?:set-?up|stitch-?up|trap|ambush)\b|\b(?:(?:designed|made|written|put together|drawn up) )?(?:by|for) (?:people|someone|somebody|doctors|those|some [\w-]+|a [\w-]+) who(?:'ve|'s| have| has)? (?:never|not (?:met|been|had|lived|seen|done))\b|\bfor (?:the ones|people|those|folk) who(?:'ve|'re| have| are)? (?:cracked|lost it|losing it|gone mad|crazy|nuts|weak|broken)\b|\b(?:school|prison|hospital|the ward|rehab|detention|the army) all over again\b|\b(?:you|just) (?:controlling|judging|testing|checking up on|spying on|watching|monitoring|getting at|picking on|lecturing) (?:me|us)\b|\b(?:a |the )?confession(?:al)? (?:booth|box)\b|\blike (?:spying|informing|snitching|grassing|telling tales) on\b|^["“]?(?:just |only )?(?:a|an) (?:fridge magnet|tea towel|greetings card|christmas cracker|fortune cookie|poster|slogan|bumper sticker|mug)[.!]?["”]?$|\bletting (?:him|her|them) off\b|\bgoing round the houses\b|\bfor the [\w-]+ (?:lot|brigade|crowd)\b|\bmore (?:forms|paperwork|boxes to tick),? same (?:result|thing|story)\b|\b(?:fine|ok|okay|all right|alright|great|good|easy|lovely) (?:in here|in (?:the |a )?(?:clinic|room|session|theory)|on paper)\b,? but (?:not|useless|no good|rubbish|hopeless)\b|^["“]?(?:just |only )?(?:a|another) hoop(?: to jump through)?[.!]?["”]?$|\blike (?:a|an|the) (?:flowchart|manual|instructions?|instruction (?:leaflet|booklet)) for (?:a|an|the) [\w-]+|\blike (?:a|an) (?:[\w-]+ )?(?:exam|test|quiz) (?:question|paper)\b|\bmaking up (?:a|an|stories|things|endings?)\b|\banother (?:thing|voice|person|app|machine) (?:nagging|judging|watching|telling|checking on|on at) (?:me|us)\b|\bmight as well be (?:written )?in (?:chinese|greek|latin|double dutch|klingon|japanese|russian|arabic|code|another language|a foreign language)\b|\b(?:nice|good|handy|useful|lovely|great|something|just|only|all) for (?:the|you|your) (?:nurses|doctors|staff|team|records|files|notes|paperwork|stats|statistics|figures|targets|managers|bosses|audit|computer|system)\b|^["“]?(?:just |only |exactly |basically |literally )?what (?:my|everyone|everybody|people|they all) (?:[\w-]+ )?(?:always |keeps? )?(?:says?|said|saying|tells? me|told me)[.!]?["”]?$|\b(?:just|only|all) (?:your|their|the service'?s|the hospital'?s|the council'?s) (?:paperwork|admin|forms|targets|box-ticking|red tape|bureaucracy)\b|\b(?:isn'?t|aren'?t|is not|are not|not) (?:a thing|something|things|stuff) (?:i|we) do\b|\bwhat every (?:teacher|doctor|therapist|counsell?or|school|one of them|gp) (?:gave|gives|said|says|told) me\b|,? and look (?:how|where) (?:that|it) (?:went|got me|ended)\b|\bticking (?:a|the|their|[\w-]+) (?:[\w-]+ )?box(?:es)? for (?:the|them|someone|somebody|management|their|its|your) ?[\w-]*\b|\bfine if [^"”]{1,25},? but what if\b|^["“]?(?:grand|lovely|all very well),? but (?!(?:it|they|that|this|she|he|you) (?:helped|helps|worked|works|did|does|was|is|were|are)\b)/i;

/**
 * The client's words making the part of the therapy small or a burden, with no word the sentiment model
 * scores: "just a hoop to jump through", "only a form", "another thing to fail at", "a box the judge wants
 * ticked", "a lot of words", "too long", "for old people", "fine for people with energy", "designed to make me
 * fat" (not when a "but" turns it round).
 */
/** A primary school class: "a Year 4", "reception", "primary schoolers". */
const SCHOOL_YEAR = String.raw`(?:primary school(?:ers)?|year (?:[1-6]|one|two|three|four|five|six)s?|reception(?: class)?)`;
/** A child as a teacher has one: "a child", "toddlers", "six-year-olds", "a Year 4". */
const CHILD = String.raw`(?:child|kid|kids|children|toddlers?|babies|infants?|(?:five|six|seven|eight)-year-olds?|${SCHOOL_YEAR})`;
const BELITTLING = new RegExp([
  String.raw`\bmakes? no sense\b|\b(?:written|made|meant|designed|pitched) for (?:someone|somebody|people|a person) who (?:wants?|likes?|needs?|has|have|is|are|can|isn'?t|is not|aren'?t|doesn'?t|don'?t|do not|haven'?t|hasn'?t|can'?t)\b|\b(?:is|was|are|were) (?:written|made|meant|designed|set) for (?:someone|somebody) else\b|\b(?:written|made|meant|designed|set|pitched) for (?:someone|somebody|people|a person) (?:half|twice) my (?:age|size|weight)\b|\blike (?:telling|asking) (?:someone|somebody|a person|people|a man|a woman) (?:with|who)\b|\b(?:easy|fine|all right|alright|ok(?:ay)?|simple) (?:when|if|for) (?:you'?ve|you have|you'?re|you are|people who|someone who|somebody who) (?:had|got|slept|not|never)\b|\b(?:easy|fine|all right|alright|ok(?:ay)?|simple|great) (?:if|when) you (?:don'?t|do not|haven'?t|have not|never) (?:have|got|need|work|had)\b|\bfor (?:a man|a woman|someone|somebody|people|folk|a person) with nothing (?:else )?to do\b|\blike everything (?:else )?(?:in|about|at) (?:this|here)\b|\bstuff (?:my|your|any) (?:nan|gran|granny|grandma|mum|mam|mother) (?:could|would) have told me\b`,
  String.raw`\b(?:just|only|merely|basically) (?:a|an|another|some) (?:[\w-]+ )?(?:hoop|box|form|exercise|checklist|list|script|routine|gesture|show|game|test|hurdle|hoops|boxes|numbers?|statistic|process|thing|job)\b`,
  String.raw`\b(?:another|one more|yet another) (?:thing|job|chore|task|meeting|test|exam) (?:to|i have to|for me to|i'?ll be|i get|to be)\b`,
  // ("what you tell people when..." is read by NEGATIVE_EVALUATION, beside this list in the same test.)
  String.raw`\b(?:just|only) (?:adds?|gives? me|makes?) (?:another|more|one more|extra) [\w-]+\b`,
  String.raw`\ba box (?:[\w']+ ){0,4}(?:ticked|to tick|to be ticked)\b`,
  // Not meant for someone with the client's life ("not for someone who lives in a cab").
  String.raw`\bnot (?:for|meant for|made for|designed for) (?:people|someone|somebody|a person|anyone|folk) (?:like me|who|with|in)\b`,
  // A gathering of moaners, a school punishment, someone else's thing.
  // Being watched or judged by the work ("made her feel 'watched, like I'm on trial as a mum'"), or the work digging up
  // what the client had put away ("making me remember stuff I'd forgotten on purpose").
  String.raw`^["“]?(?:watched|judged|tested|spied on|policed|monitored|checked up on|inspected|examined|assessed)\b|\b(?:on trial|under (?:a microscope|surveillance|the microscope)|being (?:watched|judged|tested|spied on|policed|inspected|checked up on))\b`,
  // Work set for a child ("homework for a child", "a game for toddlers").
  String.raw`\b(?:homework|work|stuff|things?|exercises?|games?|toys?|tasks?|worksheets?|puzzles?|colouring|something) (?:for|from) (?:a |an )?${CHILD}\b`,
  // ...or "something you'd give a Year 4": what a teacher would hand a school class (a cue reads "something you'd give a
  // child" after a part of the therapy, with its own span).
  String.raw`\b(?:something|stuff|what|the (?:kind|sort) of (?:thing|stuff)) (?:you'?d|you would|they'?d|they would|a teacher would|teachers) (?:give|set|hand out to|do with|use with) (?:to )?(?:a |an )?${SCHOOL_YEAR}\b`,
  String.raw`\bmak(?:es?|ing) me (?:remember|relive|think about|go back (?:to|over)|dig up|feel) [^"”]{0,30}\b(?:i'?d|i had|i'?ve|i have) (?:forgotten|buried|put (?:away|behind me)|left behind|locked away|blocked out)\b`,
  String.raw`\b(?:a )?(?:pity party|talking shop|moaning session|whinge-?fest|moan-?fest)\b|\blike being (?:set lines|kept (?:in|behind)|given lines|back at school|told off|sent to the head|graded|marked|tested)\b|^["“]?(?:more |mainly |mostly |really )?(?:her|his|their|my wife's|my husband's) thing["”]?$`,
  // Time the therapy takes from something the client would rather do.
  String.raw`\b(?:eating|eats|ate|cutting|cuts|biting) into\b|\b(?:getting|gets|got) in the way of\b`,
  String.raw`\b(?:a lot of|so many|too many|loads of|lots of) (?:words|reading|writing|forms|questions|paperwork|effort|faff|hassle)\b`,
  String.raw`^["“]?(?:(?:too|so|very|really|far too|way too) )?(?:long|wordy|long-winded|complicated|confusing|dense|much)["”]?$`,
  String.raw`\btoo (?:long|wordy|much|many|complicated|confusing|hard|difficult|basic|simple|fast|quick|quickly|slow|slowly|soon)\b`,
  String.raw`\bfull of (?:people|idiots|nutters|addicts|users|drunks|weirdos|kids|old people|mad people)\b`,
  String.raw`\bfor (?:old|older|elderly) (?:people|folk|ladies|men|women)\b|\bfor (?:pensioners|beginners|grannies|the elderly|little kids|school ?kids)\b`,
  String.raw`\b(?:suits?|for) (?:people|someone|somebody|those|folk) (?:without|with no|who (?:don'?t|do not|aren'?t|are not))\b`,
  String.raw`\b(?:fine |ok(?:ay)? |good |great )?for (?:people|someone|somebody|those|folk) (?:with|whose|who(?:'s|'re|'ve| (?:have|has|can|are|is|believe|believes|buy into|fall for|cry|moan|whinge|complain|enjoy|love|like|likes|want|wants)))\b(?! (?:the same|similar)\b)`,
  // Meant for someone else in the family; being told to endure it.
  String.raw`^["“]?(?:more |mainly |mostly |really )?for (?:her|him|them|the kids|my (?:wife|husband|partner|son|daughter|kids|mum|dad))(?:,? (?:really|not me|mainly|mostly))?["”]?$|\b(?:being )?told to (?:just )?(?:put up with|live with|accept|get over|ignore|lump) (?:it|them|the pain|that)\b`,
  // Meant for some other kind of person ("for golfers", "for hippies").
  String.raw`^["“]?(?:just |only |more |really |all |fine |ok |okay |good |great )?for (?:(?:[\w-]+ )?[\w-]+(?:ers|ists|ians|asts)|civvies|civilians|normal people|ordinary people|regular people|hippies|monks|yogis|athletes|kids|children|babies|toddlers|snowflakes|posh people|rich people|middle-class people|(?:drama |acting |theatre |art |film )?students|actors|luvvies|performers)["”]?$`,
  // A part of the therapy that makes the trouble bigger, or a test set to keep the client from something.
  String.raw`\bmak(?:es?|ing) (?:me|him|her|them) (?:notice|think about|focus on|worry about|dwell on|obsess (?:over|about)|check|count|feel|picture|imagine|see) (?:it|them|that|things|(?:the |my |his |her )?[\w-]+) more\b|\b(?:a test|a trick|a trap|a hoop|an excuse|a way|designed|meant|set up) to (?:stop|keep|catch|trip|fail|block|refuse|deny) (?:me|us|people)\b`,
  // A part of the therapy fitted to a life the client has not got, or one more way of being measured.
  String.raw`\bfor (?:a life|a person|someone|somebody|people|a world|a body) (?:i'?m not|i am not|(?:i|she|he|they|you) (?:haven'?t got|hasn'?t got|don'?t have|doesn'?t have|never had|can'?t))\b|\b(?:another|just a|one more|a new) (?:way|excuse|reason|chance|means) (?:of|to|for) (?:count(?:ing)?|measur(?:e|ing)|judg(?:e|ing)|test(?:ing)?|check(?:ing)? up|control(?:ling)?|monitor(?:ing)?|watch(?:ing)?|weigh(?:ing)?|polic(?:e|ing)|grad(?:e|ing)|scor(?:e|ing)|mark(?:ing)?)\b`,
  // Nothing new to the client: what they have done for years, what they knew already.
  String.raw`\bwhat (?:i'?ve|i have|we'?ve|we have) (?:always )?been doing (?:for|all|since)\b|\b(?:i'?ve|i have) been doing (?:it|this|that) (?:for|all|since) (?:years|ages|decades|donkey'?s years|my (?:whole )?life|\w+ years)\b|\bnothing (?:i|we) (?:don'?t|didn'?t|did not|do not) (?:already )?(?:know|do)\b`,
  // Someone else's notion, a sound or a look the work gives the client, the past raked up.
  String.raw`\b(?:somebody|someone|other people)(?:'s| else'?s) (?:idea|version|rules|notion) of\b|\bmakes? me (?:sound|look) like (?:a|an|some) [\w-]+|\bmakes? me (?:sound|look|feel|seem) like (?:a |an )?(?:robot|machine|parrot|child|kid|baby|idiot|fool|freak|weirdo|nutter|zombie|dalek|lab rat|guinea pig|performing seal|old (?:man|woman|lady))\b|\b(?:raking|digging|dragging) (?:up|over) (?:the past|old (?:stuff|wounds|ground)|things)`,
  // More work on top, for someone retired or with no time; something off a poster or a mug.
  String.raw`^["“]?more (?:homework|paperwork|admin|forms|work|hassle|faff)\b|\bfor (?:a man|a woman|someone|somebody|people|a person) who(?:'s| is| has|'ve| have| are) (?:retired|no time|got no time|nothing (?:else )?to do)\b|\b(?:off|from|out of) (?:a|an) (?:poster|mug|calendar|leaflet|greetings card|tea towel|fridge magnet)\b`,
  // A plan that assumes a life the client has not got, or is easy on paper and hard to do.
  String.raw`\beasy to (?:write|say|plan|draw up|put)(?: down| on paper)?,? (?:but )?(?:hard|harder|impossible|another thing) to (?:do|stick to|follow|keep)\b`,
  String.raw`\bassumes? (?:i|you|people|everyone|we)(?:'ve| have|'re| are|'m| am)? (?:got|have|had|can)\b`,
  // Unpaid homework, giving up by another name, the same few faces every week.
  String.raw`\b(?:extra|more|unpaid) homework\b|\b(?:sounds?|looks?|feels?) (?:a lot |a bit |just |very much )?like giving up\b|\bthe same (?:[\w-]+ ){1,3}(?:every|each) (?:week|time|session)\b`,
  // A thing dressed up as the work ("noise with a certificate", "chatting with a price tag"), being told what to do by
  // another name ("basically being told to do less"), an hour that could have gone on something else.
  String.raw`\b[\w-]+ with (?:a|an) (?:certificate|diploma|degree|price tag|badge|lanyard|qualification|clipboard|(?:fancy|posh|long|new|latin|clever|nicer|kinder|softer) (?:name|title|label))\b|\byour (?:story|version|theory|words|take|model|picture)(?: (?:about|of) me)?,? not mine\b`,
  String.raw`\b(?:just|basically|only|really|mostly) being told (?:to|what to|how to|off)\b`,
  // Someone else's hoop, someone else's goals ("your goals, not mine", "belong to you, not me").
  String.raw`(?:'s|’s|\banother) (?:hoops?|gates?|hurdles?|barriers?|obstacles?)\b|\bcovering (?:itself|themselves|their (?:own )?backs?|your (?:own )?backs?|(?:their|your) (?:arses|asses|bums))\b|\b(?:belongs?|belonged) to (?:you|the [\w-]+),? not (?:me|us)\b`,
  // A club nobody wants to join; written for saints; nice if you're not running to the loo; a telling-off or a lecture.
  String.raw`\b(?:a |the )?(?:club|party|queue|list|group) (?:nobody|no one|no-one) (?:wants|would want|asked|chose) to (?:join|be in|be on)\b|\bfor (?:saints|angels|superheroes|robots|superwomen|supermums|supermen|millionaires)\b|\b(?:nice|easy|fine|lovely|great|all right|alright|ok(?:ay)?|simple) (?:if|when) you(?:'re| are) not\b|\b(?:a |just a |another )?(?:telling[- ]off|lecture|nagging|scolding|ticking[- ]off|grilling|interrogation|inquisition)\b`,
  // A conveyor belt, a production line: people processed.
  String.raw`\b(?:a )?(?:conveyor belt|production line|sausage factory|cattle market|processing plant|factory line)\b`,
  // A place where they make you cry so they can write it down; things I taught my juniors forty years ago.
  String.raw`\b(?:where|when) (?:they|you|we) (?:make|get) (?:you|us|people|me) (?:to )?(?:cry|talk|confess|spill)\b|\bso (?:they|you) can (?:write (?:it|that|me) (?:down|up)|put it in (?:the|a|my) (?:file|notes|report)|tick (?:a|the|their) box)\b|\b(?:things?|stuff|what) (?:i|we) (?:taught|learned|learnt|knew|did|used to teach|was doing) [^"”]{0,25}\b(?:years|decades|ages) ago\b`,
  // The same thing again under a new name ("the same workbook I did inside, different cover", "the same lecture in a
  // different building"); made for someone else's good ("designed to make the lad feel better, not me").
  String.raw`\bthe same [\w-]+(?: [\w-]+)? (?:in|with|under|from|at) (?:a |an )?(?:different|new|another|nicer|fancier|shinier|bigger) [\w-]+|\b(?:designed|meant|made|there) to (?:make|help) (?:[\w-]+ ){1,3}(?:feel better|feel good|happy|look good|sleep at night),? not (?:me|us|the [\w-]+)\b`,
  // ...or something else with a nicer office ("just the feds with a nicer office", "school with comfier chairs"), or "what my nan
  // used to say, only laminated".
  String.raw`,? only (?:laminated|printed|in colou?r|glossier|with a logo)\b`,
  // ...or the one from the last rehabs ("the same one from my last three rehabs"); or done "so they can say they did something".
  String.raw`\bthe same (?:one|thing|sheet|worksheet|[\w-]+) (?:from|as (?:at|in)?|at) (?:my|the) (?:last|previous|other|old) (?:[\w-]+ )?(?:rehabs?|therapists?|counsell?ors?|services?|programmes?|courses?|groups?|clinics?|time|times)\b|\bso (?:they|you|the [\w-]+) can say (?:they|you|it|we) (?:did|have done|tried|offered) (?:something|it|their bit)\b`,
  String.raw`\b(?:just|only|basically|really) (?:the |a |an )?[\w-]+(?: [\w-]+)? with (?:a |an )?(?:nicer|better|posher|fancier|shinier|new|comfier|friendlier|softer|bigger|smaller) (?:office|offices|room|rooms|building|name|uniform|logo|sofa|sofas|chairs?|badge|face|carpet|biscuits)\b`,
  String.raw`\b(?:same|old) [\w-]+(?: [\w-]+)?,? (?:a |with a |in a )?(?:different|new|fancier|shinier) (?:cover|name|label|wrapper|wrapping|packaging|font|title|badge|logo)\b|\bthe same [\w-]+ (?:i|we) (?:did|had|got|used|was given|were given|have done) (?:inside|before|last (?:time|year)|years ago|at school|in (?:prison|rehab|hospital|jail))\b`,
  String.raw`\b(?:a slot|an hour|time|a session|an appointment|the hour|hours|money) (?:that|which) could (?:have )?(?:been|gone|go|be) (?:spent |used )?(?:on )?[\w-]+`,
  String.raw`\b(?:(?:just |only )?designed|meant|made) to (?:make me (?:fat|worse|feel bad|look stupid|fail)|trap me|catch me out|control me)\b`,
  // Made for a thing that cannot do what it is for ("a timetable for a boat that doesn't sail"), or contempt ("I do that
  // for breakfast").
  String.raw`\bfor (?:a|an) [\w-]+ that (?:doesn'?t|can'?t|won'?t|never|will never) [\w-]+\b|\bi (?:[\w-]+ )?(?:that|those|them|it) for breakfast\b`,
  // Child's play: a nursery rhyme, done like a toddler, written for someone who cannot spell.
  String.raw`\b(?:a )?nursery rhymes?\b|\blike (?:a|an) (?:toddler|infant|baby|five-year-old|six-year-old|schoolboy|schoolgirl|child at school)\b|\bfor (?:a man|a woman|someone|somebody|people|a person|a child) who (?:can'?t|cannot|doesn'?t|does not) (?:spell|read|write|count|sit still|tie (?:his|her|their) shoes)\b`,
].join('|'), 'i');

const PLACE = new Set(['at', 'in', 'on', 'with', 'from', 'near', 'by', 'outside', 'to']);

/** A noun after a preposition (of those given) or a possessive ("with his kids", "her sister's holiday", "the therapist's approach"). */
function inPrepositionalPhraseOrPossessive(s: Sentence, i: number, prepositions?: Set<string>): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = s.tokens[j];
    // ("In vivo homework": the Latin of the work's name, not a preposition; nor the particle of a hyphenated name, "the
    // sliding-in technique".)
    if (w.lower === 'in' && s.tokens[j + 1]?.lower === 'vivo') continue;
    if (w.pos === 'ADP' && s.tokens[j - 1]?.text === '-') { j -= 2; continue; }
    if ((w.pos === 'ADP' && (!prepositions || prepositions.has(w.lower))) || (w.pos === 'PRON' && W_HIS_HER_THEIR.has(w.lower))) return true;
    // "her old therapist's approach": someone's possessive.
    if (w.lower === "'s" || w.lower === '’s') return true;
    if (!['DET', 'ADJ', 'NOUN', 'NUM'].includes(w.pos)) return false;
  }
  return false;
}


/**
 * "'humiliating enough doing it by accident'": the judgement's first word, an adjective the model scores as bad, is
 * the judgement, though the words after it ("enough") lift the whole; not when a "but" turns it ("hard but worth it").
 */
function badHead(s: Sentence, from: number, to: number, sentiment: (text: string) => number): boolean {
  let k = from;
  while (k < to && (QUOTE_MARK.has(s.tokens[k].text) || s.tokens[k].pos === 'ADV')) k++;
  const head = s.tokens[k];
  return !!head && k < to && head.pos === 'ADJ' && sentiment(head.text) <= -0.5 && !s.tokens.slice(k, to).some((w) => w.lower === 'but');
}

/** "obviously wasn't designed by anyone in pain": a plain fact said with "obviously" and a negation. */
function sarcastic(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j < to; j++) {
    if ((t[j].lower === 'obviously' || t[j].lower === 'clearly') && t.slice(j + 1, Math.min(to, j + 4)).some((w) => NEGATORS.has(w.lower))) return true;
  }
  return false;
}

/**
 * "like a flat-pack wardrobe", "like being back in the army", "like filling in a form for the council": the part likened,
 * in the client's words, to something outside the work; not a likeness the sentiment model scores as good ("like a
 * party", "very neat, like a flow chart") or turned round by a "but".
 */
/** Whether the client's words from `from` to `to` (their text) hold no good word by the sentiment model, whole or word by word, and no "but". */
function noGoodWord(s: Sentence, from: number, to: number, text: string, sentiment: (text: string) => number): boolean {
  return sentiment(text) <= 0 && !s.tokens.slice(from, to).some((w) => w.lower === 'but' || sentiment(w.text) > 0);
}
const GOOD_LIKENESS = new Set(['party', 'family', 'home', 'holiday', 'treat', 'friend', 'dream', 'gift', 'lifeline', 'godsend', 'miracle', 'breeze', 'spa', 'sanctuary', 'haven', 'oasis']);
function likened(s: Sentence, from: number, to: number, sentiment: (text: string) => number): boolean {
  const t = s.tokens;
  const text = s.text.slice(t[from].start, t[to - 1].end);
  if (!noGoodWord(s, from, to, text, sentiment) || t.slice(from, to).some((w) => GOOD_LIKENESS.has(w.lower))) return false;
  for (let j = from; j + 1 < to; j++) {
    // (Not the client made to seem like something: "made me sound like a case study" says what the part did to them.)
    const madeSeem = ['me', 'him', 'her', 'them', 'us'].includes(t[j - 2]?.lower ?? '') && ['sound', 'look', 'feel', 'seem'].includes(t[j - 1]?.lemma ?? '');
    // ("like being given homework": the tagger takes "being" for an auxiliary.)
    // ("like bedding down with ...": a gerund the tagger takes for a noun, with a particle or an object after it.)
    const gerund = /ing$/.test(t[j + 1].lower) && (t[j + 1].pos === 'VERB' || t[j + 1].lower === 'being' || (t[j + 1].pos === 'NOUN' && ['ADP', 'DET'].includes(t[j + 2]?.pos ?? '')));
    if (t[j].lower === 'like' && t[j].pos === 'ADP' && !madeSeem && (['a', 'an'].includes(t[j + 1].lower) || gerund)) return true;
  }
  return false;
}

/**
 * '"a firing squad in cardigans"', '"a grass factory"', '"a spreadsheet of my friends"': the part named, in the client's
 * words, as something it is not (a noun phrase with "a" and a noun of no part of the therapy), with no good word in them
 * and no word of its own good kind ("a start", "a lifeline").
 */
function namedAs(s: Sentence, from: number, to: number, sentiment: (text: string) => number): boolean {
  const t = s.tokens;
  let j = from;
  while (j < to && QUOTE_MARK.has(t[j].text)) j++;
  if (!s.quoted[j]) return false;
  let end = to;
  while (end > j && (QUOTE_MARK.has(t[end - 1].text) || t[end - 1].pos === 'PUNCT')) end--;
  // '"teaching a fish to swim"', '"colouring in with a chaperone"': the part named as a doing of something else, three
  // words or more, not what it does to the client ("making me think") nor a doing that goes well ("getting easier").
  const gerund = /ing$/.test(t[j].lower) && (t[j].pos === 'VERB' || ['DET', 'ADP', 'ADV'].includes(t[j + 1]?.pos ?? '')) && end - j >= 3
    && !GOING_WELL.has(t[j].lower) && !['me', 'us', 'my', 'our', 'myself'].includes(t[j + 1]?.lower ?? '');
  // '"whale noises"', '"competitive mums comparing sleep"' is not it: a bare noun phrase of two to four words that is all
  // of the quotation, its head no part of the therapy.
  let n = j;
  while (n < end - 1 && (t[n].pos === 'ADJ' || t[n].pos === 'NOUN')) n++;
  const bare = end - j >= 2 && end - j <= 4 && n === end - 1 && t[n].pos === 'NOUN' && t.slice(j, end).every((w) => w.pos === 'ADJ' || w.pos === 'NOUN')
    && !NAMED_WELL.has(t[n].lower) && !GOOD_LIKENESS.has(t[n].lower) && !objectOf(s, j, end);
  if (gerund || bare) return plainlyPointed(s, from, to, s.text.slice(t[from].start, t[to - 1].end), sentiment);
  if (!['a', 'an'].includes(t[j]?.lower ?? '')) return false;
  let k = j + 1;
  while (k < to && (t[k].pos === 'ADJ' || (t[k].pos === 'NOUN' && t[k + 1]?.pos === 'NOUN'))) k++;
  const head = t[k];
  // ("a course in putting up with it": a part of the work named with what it teaches, which the words after it say.)
  const namedWithWhat = ['in', 'of'].includes(t[k + 1]?.lower ?? '') && k + 2 < end;
  if (!head || k >= to || head.pos !== 'NOUN' || NAMED_WELL.has(head.lower) || GOOD_LIKENESS.has(head.lower) || (objectOf(s, j + 1, k + 1) && !namedWithWhat)) return false;
  const text = s.text.slice(t[from].start, t[to - 1].end);
  // ('"a confession of sorts" and that it helped him': what the part did for the client, said after.)
  if (HELPED_AFTER.test(s.text.slice(t[to - 1].end))) return false;
  return noGoodWord(s, from, to, text, sentiment);
}
/**
 * '"built for eight-year-old boys"', '"listening to traffic noise for fun"': the client's words of three or more about
 * the part, quoted because they were pointed (as words about the therapist are read), with no good word in them, no
 * "but", and nothing it did for the client said after.
 */
function quotedOf(s: Sentence, from: number, to: number, sentiment: (text: string) => number): boolean {
  const t = s.tokens;
  if (quotedWords(s, from, to) < 3) return false;
  const text = s.text.slice(t[from].start, t[to - 1].end);
  return EDGE.test(text) && plainlyPointed(s, from, to, text, sentiment);
}
/** The client's quoted words (not marks) between `from` and `to`. */
function quotedWords(s: Sentence, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (s.quoted[k] && /^[a-z]/i.test(s.tokens[k].text)) words++;
  return words;
}
/**
 * Quoted words about a part that nothing turns round: nothing it did for the client said after, no words of its working,
 * none of another kind read elsewhere, and no good word (noGoodWord).
 */
function plainlyPointed(s: Sentence, from: number, to: number, text: string, sentiment: (text: string) => number): boolean {
  return !HELPED_AFTER.test(s.text.slice(s.tokens[to - 1].end)) && !GOOD_QUOTED.test(text) && !OTHER_KIND.test(text) && noGoodWord(s, from, to, text, sentiment);
}
/** Whether the verb of saying before token i has someone other than the client as its subject ("the cruise staff said"). */
function saidByAnother(s: Sentence, i: number): boolean {
  // ("The receptionist said '...'": the part named is itself the speaker.)
  if (V.OPINION.has(s.tokens[i + 1]?.lemma ?? '') && s.tokens[i + 1].pos === 'VERB') return true;
  return thirdSpeakerBefore(s, i) >= 0;
}
/** Whether that speaker is someone of the client's own ("her roommate thinks", "his deputy said"). */
function saidByPossessed(s: Sentence, i: number): boolean {
  let d = thirdSpeakerBefore(s, i) - 1;
  if (d < 0) return false;
  while (d >= 0 && s.tokens[d].pos === 'NOUN') d--; // past the rest of a compound ("her head of department" aside)
  return ['her', 'his', 'their', 'my'].includes(s.tokens[d]?.lower ?? '');
}
/**
 * The index of the third party who is the subject of the nearest verb of opinion before token i (up to five tokens
 * back), or -1: the speaker right before the verb ("the cruise staff said"), not a participle's nearest noun
 * ("set-up, saying").
 */
function thirdSpeakerBefore(s: Sentence, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (!V.OPINION.has(s.tokens[k].lemma) || s.tokens[k].pos !== 'VERB') continue;
    const subject = subjectOf(s, k);
    return subject.role === 'third' && subject.index >= k - 2 ? subject.index : -1;
  }
  return -1;
}
/** Quoted words about a part that say it works, or is simply new, without a word the sentiment model scores. */
const GOOD_QUOTED = /\b(?:what i needed|make sense|made sense|makes sense|worth (?:it|a try|doing)|different|new to me|eye[- ]opening|interesting|not as bad|easier than|got me|helped|helps|works|worked|doable|manageable|okay actually|fine actually|put into words|party|look forward|i get to|for (?:me|this|us),? not|the only (?:hour|time|place|reason|one)|wrong time|can'?t handle|can handle|(?:a|an|another) (?:new |good |different |better )?(?:way|step|start|chance|tool|reminder|reason|place|space) (?:of|to|for)|not about me)\b/i;
/**
 * Quoted words of another kind, read elsewhere: resignation (W7: "a condition, not a choice", "won't fix someone like
 * me"), withholding (W2: "private, not for discussing"), a denial or a normalising (W1: "I haven't been near it", "the
 * same as everyone my age").
 */
const OTHER_KIND = /\b(?:[\w-]+'s (?:idea|decision|fault|choice|plan)|condition|requirement|tick|someone like me|people like me|not for (?:discussing|talking|here|today|sharing)|private|i (?:haven'?t|didn'?t|never|wasn'?t)|(?:same as|like) (?:everyone|everybody|anyone))\b/i;
/**
 * The edge that makes quoted words pointed: a word of only or again, a lack, a likeness, whom the part is for or what
 * it is really for ("just crisps and feelings", "another ticket", "for year sevens", "so the parole board can see").
 */
const EDGE = /\b(?:just|only|another|again|nothing|nobody|no one|never|not|n't|no|same|whatever|instead|anyway|already|even|backwards|wrong|like|for (?:kids|children|juniors|year|people who|someone who|men who|women who|families who|your)|for (?:[\w-]+ ){1,2}(?:people|folk|men|women|blokes|lads|boys|girls|kids|saints|mums|dads|types|pensioners|children)\b|what (?:we|they|you|my|hr|the)|so (?:the|they|you|that)|the thing you|where they|to earn|to tick|tells? (?:me|you|us) off|off (?:my|his|her) back|your notes)\b/i;

/**
 * What a part is named that says it works, or only that it is one thing among others ("a start", "a step", "a new
 * experience", "a reason to get dressed"); what it is attended for ("a condition", "a tick for my PO"), which older sets
 * label as resignation (W7); and a trouble made small ("a blip"), which is the client's denial (W1).
 */
/** Praise the sentiment model does not score: "spot on", "exactly the pattern", "hit home". */
const PRAISE = /\b(?:spot on|bang on|exactly|accurate|true|right|fair|useful|helpful|clear|made me think|hit home|landed|struck a chord)\b/i;
/** Words that turn praise round: "a good act, but the lips are moving", "not the only reading", "too neat". */
const TURNING = /\b(?:but|not|only|n'?t|too|just|no|never|again|wrong|missed)\b/i;
/** Doings that go well or on: "getting easier", "helping", "working". */
const GOING_WELL = new Set(['getting', 'helping', 'working', 'going', 'improving', 'learning', 'coming', 'starting', 'building', 'growing', 'healing']);
const NAMED_WELL = new Set(['start', 'step', 'experience', 'change', 'idea', 'help', 'relief', 'chance', 'way', 'tool', 'reminder', 'place', 'space', 'time',
  'thing', 'lot', 'bit', 'part', 'while', 'first', 'process', 'journey', 'learning', 'success', 'win', 'challenge', 'stretch', 'question', 'work', 'must', 'reason',
  'condition', 'requirement', 'tick', 'formality', 'blip', 'phase', 'wobble', 'hiccup', 'glitch', 'one-off']);
const HELPED_AFTER = /^[^.;]{0,40}\b(?:helped|helps|was helpful|is helpful|was useful|is useful|worked)\b/i;

/** "a bit Instagram", "a bit woo": a noun made a judgement, in the client's words. */
function aBitOf(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j + 2 < to + 1 && j + 2 < t.length; j++) {
    if (t[j].lower === 'a' && t[j + 1].lower === 'bit' && (t[j + 2].pos === 'NOUN' || t[j + 2].pos === 'PROPN') && s.quoted[j + 2]) return true;
  }
  return false;
}

/** "has nothing to do with real life", "what it has to do with anything". */
function irrelevant(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j + 2 < to; j++) {
    if (t[j].lower === 'to' && t[j + 1].lemma === 'do' && t[j + 2].lower === 'with') {
      return t.slice(Math.max(from, j - 4), j).some((w) => w.lower === 'nothing' || w.lower === 'what' || w.lower === "n't" || w.lower === 'not');
    }
  }
  return false;
}

const LABEL_MARK = new Set([':', '-', '–', '—', '→']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', "i'm", 'im']);
const LABEL_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const EFFECT = new Set(['do', 'help', 'work', 'change']);
const MUCH = new Set(['much', 'anything', 'nothing', 'difference', 'a']);

/** "aren't really doing much", "doesn't help", "never works": no effect, in so many words. */
function noEffect(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j < to; j++) {
    if (!EFFECT.has(t[j].lemma) || t[j].pos === 'AUX' && t[j].lemma === 'do' && t[j + 1]?.lower === "n't") continue;
    const negated = t.slice(Math.max(from, j - 3), j).some((w) => w.lower === "n't" || w.lower === 'not' || w.lower === 'never' || w.lower === 'nothing');
    if (!negated) continue;
    if (t[j].lemma !== 'do' || MUCH.has(t[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The part said, in the client's words, to be for some other kind of people: "fine for office people", "made for old
 * men", "written for saints with no jobs", "for people who like being told off nicely" (not "not just for kids", nor
 * "for people like me").
 */
const PEOPLE = new Set(['people', 'folk', 'folks', 'men', 'women', 'blokes', 'lads', 'boys', 'girls', 'kids', 'saints', 'mums', 'dads', 'types', 'pensioners',
  'children', 'golfers', 'hippies', 'students', 'grannies', 'toddlers', 'yuppies', 'athletes', 'executives', 'celebrities']);
/** One person of a kind, after "a" or "an" ("for an old man", "for a child"). */
const ONE_PERSON = new Set(['man', 'woman', 'child', 'kid', 'granny', 'grandad', 'pensioner', 'toddler', 'baby', 'teenager', 'schoolkid', 'schoolgirl', 'schoolboy', 'robot', 'saint', 'monk', 'nun', 'student', 'beginner', 'pupil']);
/** People named by what they do, in the plural ("for pianists", "for tourists", "for teenagers", "for the officers"). */
const PEOPLE_SUFFIX = /^[a-z-]{3,}(?:ists|ians|ers|ors|ees|babies)$/;
function forOthers(s: Sentence, from: number, to: number, quoteFrom = from): boolean {
  const t = s.tokens;
  // (Three quoted words or more: '"for mums"' alone may be a plain fact of the leaflet; "works for other people, not me" is
  // hopelessness about the therapy, W7. The part named inside the quotation counts: '"role-play is for actors"'.)
  if (quotedWords(s, quoteFrom, to) < 3) return false;
  if (/\bnot (?:for )?me\b/i.test(s.text.slice(t[from].start, t[to - 1].end))) return false;
  // ('"probably works for some people"': that it helps others and not the client is hopelessness, W7, as above.)
  if (/\bworks? for (?:some|other|most) (?:people|folk)\b/i.test(s.text.slice(t[from].start, t[to - 1].end))) return false;
  for (let j = from; j < to; j++) {
    if (t[j].lower !== 'for' || !s.quoted[j]) continue;
    if (t.slice(Math.max(from, j - 3), j).some((w) => NEGATORS.has(w.lower))) continue;
    // ('"for an old man", "homework for a man who can't hold a pen": one person of a kind, after "a".)
    const one = ['a', 'an'].includes(t[j + 1]?.lower ?? '');
    const k = t.slice(j + 1, Math.min(to, j + 4)).findIndex((w) => PEOPLE.has(w.lower) || (w.pos === 'NOUN' && PEOPLE_SUFFIX.test(w.lower)) || (one && ONE_PERSON.has(w.lower)));
    if (k < 0 || t.slice(j + 1, j + 1 + k).some((w) => w.pos === 'PUNCT')) continue;
    const after = t.slice(j + 2 + k, j + 5 + k).map((w) => w.lower).join(' ');
    if (/^(?:like|such as) (?:me|us|myself)\b/.test(after)) continue;
    return true;
  }
  return false;
}
/** "isn't for someone like me", "not for people like me", "not for me": the work does not fit the client. */
function notForMe(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  for (let j = from; j < to; j++) {
    if (t[j].lower !== 'for') continue;
    const negated = t.slice(Math.max(from, j - 3), j).some((w) => w.lower === "n't" || w.lower === 'not' || w.lower === 'never');
    const me = t.slice(j + 1, j + 5).some((w) => w.lower === 'me' || w.lower === 'myself');
    if (negated && me) return true;
  }
  return false;
}
