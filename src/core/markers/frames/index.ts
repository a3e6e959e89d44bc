/**
 * The structural layer of the detector: markers found from who does what to whom, in which clause, with
 * which negation and mood, rather than from a phrase. A frame is a verb class, the roles its subject may
 * have and, for most, the class of its object; the subtype follows from the object (complaining about
 * the therapist is C1, about the homework C3, about the fees C4, about progress C5).
 */
import { clauseOf, endsHyphenated, objectAt, objectOf, subjectOf, type Sentence } from '../roles';
import * as V from '../vocabulary';
import {
  aboutTherapistHits, blamedHits, confidentialityHits, confrontationFrames, cutShortHits, displeasureHits, notBotheredHits, notHelpingHits, purposeHits, refusedInQuoteHits, askedWhyTherapistHits,
  invitationAnswerHits, quotedYouHits, threatFrames, undoneTaskHits, wouldNotFrame, wrongedHits,
} from './confrontation';
import { irrealis, verbLike, type Add, type FrameHit } from './context';
import { evaluationHits } from './evaluation';
import type { ObjectClass } from '../vocabulary';
import { lemmaOfForm } from './gate';
import { castAsHits, feltThingHits, inMeHits, likenessOpeningHits, ownDoingFeltHits, pastMeantHits, therapistFrames } from './therapist';
import { answerListHits, askedDoneHits, eachTimeIHits, madeToComeHits, noMoreHits, askedWhyHits, denialHits, hopelessHits, likenedTellingHits, rarelyHits, responseHits, shortAnswerHits, whyComeHits, withdrawalFrames, worthItHits } from './withdrawal';

export type { FrameHit } from './context';
export { mayHoldFrame } from './gate';

export interface FrameOptions {
  /** Judge evaluations with wink-nlp's sentiment model too (off only to measure what it adds). */
  sentiment?: boolean;
  /**
   * The part of the therapy the sentence before named last, for a pronoun that stands for it
   * ("Compassionate-self imagery. She said it felt 'fake'").
   */
  antecedent?: ObjectClass;
}

const NEUTRAL = () => 0;
const TRAILING_POS = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);
const TRAILING_WORDS = new Set(['that', 'his', 'her', 'their', 'my', 'your', 'its']);
const PARTICLES = new Set(['off', 'down', 'aside', 'away', 'up', 'out']);
/** What is left of the work: "refused the rest". */
const REST = new Set(['rest', 'others', 'remainder']);

export function frameHits(s: Sentence, options: FrameOptions = {}): FrameHit[] {
  const sentiment = options.sentiment === false ? NEUTRAL : undefined;
  const hits: FrameHit[] = [];
  const add: Add = (subtype, confidence, first, to, frame) => {
    let from = first;
    // A finding ends on a word that carries meaning: not on punctuation, "the", "and", "that", "to".
    let last = Math.min(to, s.tokens.length) - 1;
    // ...a closing quotation mark only when its opening one is in the finding too, and a particle of a
    // phrasal verb stays ("played them down").
    const isQuote = (k: number) => ['"', '“', '”'].includes(s.tokens[k].text);
    while (from < last && s.tokens[from].pos === 'PUNCT') from++;
    const closes = (k: number) => isQuote(k) && s.quoted[k - 1] && s.tokens.slice(from, k).some((w, x) => isQuote(from + x) && !s.quoted[from + x - 1]);
    const trailing = (k: number) => (TRAILING_POS.has(s.tokens[k].pos) || TRAILING_WORDS.has(s.tokens[k].lower)) && !PARTICLES.has(s.tokens[k].lower)
      // ...nor inside a hyphenated word ("the weigh-in").
      && !endsHyphenated(s, k);
    while (last > from && trailing(last) && !closes(last)) last--;
    hits.push({ subtype, confidence, start: s.tokens[from].start, end: s.tokens[last].end, frame });
  };

  // Frames over the whole sentence.
  evaluationHits(s, add, sentiment, options.antecedent);
  quotedYouHits(s, add, sentiment);
  notHelpingHits(s, add);
  aboutTherapistHits(s, add, sentiment);
  displeasureHits(s, add);
  wrongedHits(s, add);
  responseHits(s, add);
  rarelyHits(s, add);
  hopelessHits(s, add);
  whyComeHits(s, add);
  blamedHits(s, add);
  notBotheredHits(s, add);
  undoneTaskHits(s, add);
  cutShortHits(s, add);
  invitationAnswerHits(s, add, sentiment);
  purposeHits(s, add);
  askedWhyHits(s, add);
  askedDoneHits(s, add);
  noMoreHits(s, add);
  madeToComeHits(s, add);
  askedWhyTherapistHits(s, add);
  refusedInQuoteHits(s, add);
  worthItHits(s, add);
  shortAnswerHits(s, add);
  answerListHits(s, add);
  likenessOpeningHits(s, add);
  confidentialityHits(s, add);
  castAsHits(s, add);
  feltThingHits(s, add);
  inMeHits(s, add);
  pastMeantHits(s, add);
  ownDoingFeltHits(s, add);
  likenedTellingHits(s, add);
  eachTimeIHits(s, add);

  // Frames from one verb (or an adjective of the therapist's state).
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const hostileNoun = t.pos === 'NOUN' && (V.HOSTILE.has(t.lemma) || V.HOSTILE_MANNER.has(t.lower));
    // The tagger can take a participle for a noun ("Kept joking"): a frame verb's -ing or -ed form that no
    // determiner introduces is read as the verb.
    // ...and a case note's verb in the present opening the sentence with no subject ("Declines to be weighed", "States
    // ..."), which the tagger takes for a name: an -s form of a frame verb, first in the sentence and not followed by a
    // verb of its own (as "Sessions are ..." is).
    const noteVerb = t.pos !== 'VERB' && /s$/.test(t.lower) && toks.slice(0, i).every((w) => w.pos === 'PUNCT') && lemmaOfForm(t.lower) !== undefined
      && !['AUX', 'VERB'].includes(toks[i + 1]?.pos ?? '');
    const misTagged = (t.pos !== 'VERB' && /(?:ing|ed)$/.test(t.lower) && lemmaOfForm(t.lower) !== undefined && !['DET', 'ADJ'].includes(toks[i - 1]?.pos ?? '') && !['his', 'her', 'their', 'my', 'your'].includes(toks[i - 1]?.lower ?? '')) || noteVerb;
    // ("I had a sense of failure": wink tags that "had" an auxiliary, though it is the verb of its clause.)
    const hadSense = t.lemma === 'have' && ['sense', 'feeling'].includes(toks[i + 2]?.lower ?? '') && toks[i + 1]?.pos === 'DET';
    if (!verbLike(t) && !misTagged && !hostileNoun && t.pos !== 'ADJ' && !hadSense) continue;
    const lemma = misTagged ? (lemmaOfForm(t.lower) as string) : t.lemma;
    const [from, to] = clauseOf(s, i);
    const subject = subjectOf(s, i);
    const objEnd = Math.min(to, i + 10);
    const c = { s, i, t: misTagged ? { ...t, pos: 'VERB', lemma } : t, lemma, from, to, objEnd, role: subject.role, subjectIndex: subject.index, obj: undefined as ReturnType<typeof objectOf>, add, antecedent: options.antecedent };
    if (denialHits(c) || threatFrames(c) || wouldNotFrame(c)) continue;
    if (irrealis(s, i, from, subject.index)) continue;
    const object = objectAt(s, i + 1, objEnd);
    c.obj = object?.cls;
    // A finding about an object ends with it ("questioned the usefulness of the thought records").
    if (object) c.objEnd = object.index + 1;
    // "When I introduced the activity schedule he rubbished it": a pronoun object stands for the part of
    // the therapy named before the verb.
    // ...or the part named in the sentence before ("Exposure: the door handles. Did the first and refused the rest";
    // not "refused the rest of her dinner").
    const rest = toks[i + 1]?.lower === 'the' && REST.has(toks[i + 2]?.lower ?? '') && toks[i + 3]?.lower !== 'of';
    if (!c.obj && (['it', 'this', 'that', 'them'].includes(toks[i + 1]?.lower ?? '') || rest) && !s.quoted[i]) {
      const before = objectOf(s, 0, subject.index >= 0 ? subject.index : i);
      if (before && before !== 'self' && before !== 'therapist') c.obj = before;
      else if (options.antecedent === 'task' || options.antecedent === 'intervention') { c.obj = options.antecedent; c.objEnd = i + (rest ? 3 : 2); }
    }
    if (confrontationFrames(c) || withdrawalFrames(c) || therapistFrames(c)) continue;
  }
  return hits;
}
