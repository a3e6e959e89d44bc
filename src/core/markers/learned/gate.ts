/**
 * Where the learned layer may speak. Out of the sets it was trained on it finds markers the rules miss, but
 * read everywhere it also flags another author's ordinary sentences (README, "A learned layer"); these checks
 * keep it to the form of a move in the room, measured on sets it was not trained on and on the shared corpus:
 * - only a sentence the rules found no client marker in (a second kind beside theirs is mostly wrong);
 * - only a short sentence (long ones are narrative and history);
 * - only the client's kinds: the rules read the therapist's reactions well, and the model's added ones were
 *   mostly warmth ("I noticed I was fond of him");
 * - not the therapist's own narration ("I pushed the rationale ..."), and only a
 *   sentence aimed at the therapist or the therapy: "me", "my", "I" outside the quotation marks, or a word of
 *   therapy (vocabulary.ts) that is not someone else's ("the coworker's comment"), not a time ("much of the
 *   session") and not the client's own questions ("asked practical questions");
 * - not a line of scores ("SRS 35, up from 31"): those are the dips' business;
 * - not a move of the therapist's that the client answered and took up ("I'd like that") or went on with ("and
 *   showed me the photograph", "answered fully"; reply.ts answerTakenUp): the model reads the shape of a move and
 *   a reply, not whether the reply turns away.
 */
import { answerTakenUp } from '../reply';
import { ALL_OBJECT_WORDS } from '../vocabulary';

/** Longer sentences are left to the rules. */
export const MAX_WORDS = 20;

const QUOTED = /"[^"]*"?|“[^”]*”?/g;
const THERAPIST_NARRATES = /^\s*(?:I|My|We|Our)\b/;
const AT_THERAPIST = /\b(?:me|my|I)\b/;
const OTHERS = /\b[\w-]+['’]s\s+(?:[\w-]+\s+)?[\w-]+/gi;
const CLIENT_QUESTIONS = /\b(?:asked|had|raised|brought)\s+(?:[\w-]+\s+)?questions?\b/gi;
const SESSION_AS_TIME = /\b(?:of|in|during|through|for|throughout|at|before|after|into|until|this|last|next|each|every|whole)\s+(?:the\s+|our\s+|a\s+)?(?:rest\s+of\s+the\s+)?sessions?\b/gi;
const SCORE_LINE = /^\s*[A-Z][A-Z0-9-]{1,8}\s*[:=]?\s*\d/;

/** May the learned layer flag this sentence for this kind (the rules having found no client marker in it)? */
export function learnedMayRead(text: string, kind: 'withdrawal' | 'confrontation' | 'therapist-reaction'): boolean {
  if (text.split(/\s+/).filter(Boolean).length > MAX_WORDS || SCORE_LINE.test(text)) return false;
  const outside = text.replace(QUOTED, ' " ');
  if (kind === 'therapist-reaction' || THERAPIST_NARRATES.test(outside) || answerTakenUp(text)) return false;
  if (AT_THERAPIST.test(outside)) return true;
  const objects = outside.replace(CLIENT_QUESTIONS, ' ').replace(OTHERS, ' ').replace(SESSION_AS_TIME, ' ');
  return (objects.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).some((w) => ALL_OBJECT_WORDS.has(w));
}
