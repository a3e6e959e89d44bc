/**
 * The structural layer of the detector: markers found from who does what to whom, in which clause, with
 * which negation and mood, rather than from a phrase. A frame is a verb class, the roles its subject may
 * have and, for most, the class of its object; the subtype follows from the object (complaining about
 * the therapist is C1, about the homework C3, about the fees C4, about progress C5).
 */
import { clauseOf, objectOf, subjectOf, type Sentence } from '../roles';
import * as V from '../vocabulary';
import { aboutTherapistHits, confrontationFrames, displeasureHits, quotedYouHits } from './confrontation';
import { irrealis, verbLike, type Add, type FrameHit } from './context';
import { evaluationHits } from './evaluation';
import { therapistFrames } from './therapist';
import { denialHits, hopelessHits, rarelyHits, responseHits, withdrawalFrames } from './withdrawal';

export type { FrameHit } from './context';
export { mayHoldFrame } from './gate';

export function frameHits(s: Sentence): FrameHit[] {
  const hits: FrameHit[] = [];
  const add: Add = (subtype, confidence, from, to, frame) => {
    const last = Math.min(to, s.tokens.length) - 1;
    let end = s.tokens[last].end;
    for (let k = last; k > from && s.tokens[k].pos === 'PUNCT'; k--) end = s.tokens[k - 1].end;
    hits.push({ subtype, confidence, start: s.tokens[from].start, end, frame });
  };

  // Frames over the whole sentence.
  evaluationHits(s, add);
  quotedYouHits(s, add);
  aboutTherapistHits(s, add);
  displeasureHits(s, add);
  responseHits(s, add);
  rarelyHits(s, add);
  hopelessHits(s, add);

  // Frames from one verb (or an adjective of the therapist's state).
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const hostileNoun = t.pos === 'NOUN' && (V.HOSTILE.has(t.lemma) || V.HOSTILE_MANNER.has(t.lower));
    if (!verbLike(t) && !hostileNoun && t.pos !== 'ADJ') continue;
    const [from, to] = clauseOf(s, i);
    const subject = subjectOf(s, i);
    const objEnd = Math.min(to, i + 10);
    const c = { s, i, t, lemma: t.lemma, from, to, objEnd, role: subject.role, subjectIndex: subject.index, obj: undefined as ReturnType<typeof objectOf>, add };
    if (denialHits(c)) continue;
    if (irrealis(s, i, from)) continue;
    c.obj = objectOf(s, i + 1, objEnd);
    if (confrontationFrames(c) || withdrawalFrames(c) || therapistFrames(c)) continue;
  }
  return hits;
}
