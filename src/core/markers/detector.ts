/**
 * The prose detector: rupture markers (3RS W1–W7, C1–C7) and the therapist's own reactions, found in the
 * sentences of a note's prose, outside code, frontmatter, plan and resolution sections.
 */
import type { Section } from '../sections';
import { sectionKinds } from '../sections';
import type { Settings, Subtype } from '../settings';
import { carriedQuote, openQuoteAt, quoteSpans, THIRD_PARTY, veto, type Veto } from './context';
import { CueIndex } from './cueIndex';
import { frameHits, type FrameHit, mayHoldFrame } from './frames/index';
import { learnedMayRead } from './learned/gate';
import { learnedHits, type LearnedModel } from './learned/model';
import { reportedSpeech } from './reported';
import { CUES, kindOf, SUBTYPE_NAMES, THERAPIST_FEELING, type Cue, type MarkerKind } from './lexicon';
import { OWN_STATE_VERBS, type ProseBlock } from './prose';
import { plainWords, singleQuotesAsDouble } from './plain';
import { moveAlone, type Reply, replyToMove } from './reply';
import { withQuotes } from './roles';
import { splitSentences, type Sentence } from './sentences';
import { SentenceMemo } from './sentenceMemo';
import { HABITUAL, originalAt, presentToPast, type Retensed, retense } from './tense';
import { tokenizeMany } from './tokens';
import { FUNCTION_WORDS, namedLast } from './vocabulary';
import { CLIENT_T, noteVoice, type NoteVoice } from './voice';

export interface Marker {
  kind: MarkerKind;
  subtype: Subtype;
  /** Offsets of the cue in the note. */
  start: number;
  end: number;
  cue: string;
  confidence: number;
  /** `phrase`, or the structural frame that found it (`structure: opposition`). */
  reason: string;
}

export interface Rejected {
  subtype: Subtype;
  start: number;
  end: number;
  reason: Veto | 'plan-section' | 'resolution-section' | 'ignored';
}

export interface DetectorOptions {
  settings: Pick<Settings, 'extraPhrases' | 'ignorePhrases' | 'minConfidence'>;
  /** Also report what was vetoed and why (tests, debugging). */
  explain?: boolean;
  /** The structural layer (word classes, roles, negation from wink-nlp); off only to measure what it adds. */
  structural?: boolean;
  /** The sentiment model inside the structural layer; off only to measure what it adds. */
  sentiment?: boolean;
  /** Another sentence splitter, to measure against ours (scripts: nlcst's parse-english). */
  splitter?: (text: string, base: number) => Sentence[];
  /** A model for the learned layer (learned/model.ts); none is shipped, evaluation scripts pass one. */
  learned?: LearnedModel | null;
  /** Findings of sentences already read with these settings (not used when explaining). */
  memo?: SentenceMemo;
}

export interface DetectorResult {
  markers: Marker[];
  rejected: Rejected[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** User phrases are literal text, never regular expressions: nothing they contain can make matching slow. */
function phraseCues(settings: DetectorOptions['settings']): Cue[] {
  const cues: Cue[] = [];
  for (const [subtype, phrases] of Object.entries(settings.extraPhrases) as [Subtype, string[]][]) {
    for (const p of phrases ?? []) {
      const words = p.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
      cues.push({ subtype, confidence: 0.8, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu') });
    }
  }
  return cues;
}

/** How many matches of one cue in a sentence are tried, when the context rules out the first. */
const MAX_TRIES = 3;
const GLOBAL = new WeakMap<Cue, RegExp>();
/** A verb of opinion with a pronoun that may stand for something the sentence before named. */
const PRONOUN_JUDGED = /\b(?:said|says|saying|thought|thinks|thinking|found|finds|felt|feels|called|calls|described|describes)\s+(?:that\s+)?(?:it|this|that)\b|\b(?:would(?: not|n't)|won't|will not)\s+[a-z]+\s+(?:it|them|that)\b|\b(?:refused|declined|skipped|abandoned|refuses|declines|skips|abandons)\s+(?:it|them|that|the (?:rest|others|remainder)(?! of))\b/i;

/** The cue's pattern, able to go on from one match to the next (compiled once, used for every search). */
function everyMatch(cue: Cue): RegExp {
  if (cue.pattern.global) return cue.pattern;
  let g = GLOBAL.get(cue);
  if (!g) GLOBAL.set(cue, (g = new RegExp(cue.pattern.source, cue.pattern.flags + 'g')));
  return g;
}

/** Finds the few cues a sentence can match from its words, instead of running all of them. */
const CUE_INDEX = new CueIndex(CUES);
/**
 * Why the context may rule a cue out in a sentence told in the present and not in the same sentence told in the past
 * (its rules spell the past: "when I asked about her daughter she said"): a cue ruled out for one of these is read
 * again in the past copy, the context reading the copy. (Not "recovered": "but she likes it now" is no past.)
 */
const TENSE_BOUND = new Set(['third-party', 'therapist-subject', 'therapist-speech', 'historical', 'hypothetical', 'negated', 'retrospective']);
/** Cues written to begin at an opening quotation mark (a straight mark is either). */
const OPENS_AT_QUOTE = new Set(CUES.filter((c) => c.pattern.source.startsWith('["“]')));
/** Present and -ing forms of the verbs the cues know in the past. */
const PRESENT_TO_PAST = presentToPast(CUES.map((c) => c.pattern.source));
/** How far back a cue's `before` words are looked for: a question and the client's quoted answer before the cue fit. */
const BEFORE_REACH = 120;
/** What each cue's `before` test reads, in lower case ("[Ss]aid" as "said"): a cue is read again in the past copy when it names a verb written in. */
const BEFORE_WORDS = new Map(CUES.filter((c) => c.before).map((c) => [c, c.before!.source.replace(/\[([A-Z])([a-z])\]/g, '$2')]));

/**
 * A label that opens the therapist's reactions inline ("Countertransference: irritation...", a Markdown note's
 * "**Countertransference.**" or "**Note to self:**"), or their shorthand for their own state in a bulleted note ("Me:
 * impatient, pushing.", "Self: bored", "**Worker:**"), and "T:" before the writer's own "felt" ("T: felt tearful and hid
 * it"; not before anything else, where "T" may be a group member or the words spoken); not a line the therapist
 * spoke in a verbatim exchange ("Me: You seem angry with me?"), which speaks to the client.
 */
const REFLECTION_LABEL = new RegExp(String.raw`^\s*(?:\*\*|__)?(?:counter-?transference|CT|my reactions?|my feelings|(?:therapist|clinician|practitioner|counsell?or|worker)(?:'s)? (?:reactions?|reflections?|feelings|process)|note to self|th?(?=\s*:\s*(?:I\s+)?${OWN_STATE_VERBS})|(?:me|self|facilitator|counsell?or|therapist|clinician|practitioner|worker)(?=(?:\s*:|[.:]?(?:\*\*|__))(?![^?]*\?)(?![^.]*\b(?:you|your|you're|yourself)\b)))(?:\s*:|[.:]?(?:\*\*|__)\s*:?)\s*`, 'i');
/** The writer's own reaction said after a reflection label without a feeling word: "felt ...", "noticed I", "aware of". */
const OWN_REACTION = /^\s*(?:I\s+)?(?:felt|noticed I|caught myself|aware (?:of|that))\b/i;
/** A sentence about the client, not the therapist: it opens with them. */
/** A client named anywhere in the words before a finding. */
const CLIENT_BEFORE = /\b(?:she|he|they|her|him|them|the client|client|clt|pt|patient|[A-Z][a-z]+)\b/;
const CLIENT_FIRST = /^\s*(?:she|he|they|the client|client|clt|ct|cl|pt|patient|[A-Z]\.|(?:mr|mrs|ms|miss|dr)\.? [A-Z])\b/i;

/** A sentence of the prose as the detector reads it: its block, the sentence before it there, its section. */
export interface SentenceToRead {
  block: ProseBlock;
  sentence: Sentence;
  previous?: Sentence;
  inPlan: boolean;
  inResolution: boolean;
  inReflection: boolean;
}

/** The sentences of the prose, each with where it stands (also what the learned layer is trained on). */
export function sentencesToRead(blocks: readonly ProseBlock[], sections: readonly Section[], splitter = splitSentences): SentenceToRead[] {
  const inKind = sectionKinds(sections);
  // The last sentence of the block just before, when nothing but a line break and a list marker stands between them
  // (a bullet after a bullet: "- Exposure planned: the bin lid." / "- Pt would not touch it.").
  let before: { end: number; sentence: Sentence } | undefined;
  return blocks.flatMap((block) => {
    const where = {
      inPlan: inKind(block.start, 'plan'),
      inResolution: inKind(block.start, 'resolution'),
      inReflection: inKind(block.start, 'reflection') || block.reflection === true,
    };
    const sentences = splitter(block.text, block.start);
    const adjacent = before && block.start - before.end <= 8 ? before.sentence : undefined;
    before = sentences.length ? { end: block.end, sentence: sentences[sentences.length - 1] } : undefined;
    return sentences.map((sentence, k) => ({ block, sentence, previous: k > 0 ? sentences[k - 1] : adjacent, ...where }));
  });
}

export function detectMarkers(blocks: readonly ProseBlock[], sections: readonly Section[], options: DetectorOptions): DetectorResult {
  const markers: Marker[] = [];
  const rejected: Rejected[] = [];
  const userCues = phraseCues(options.settings);
  const ignore = options.settings.ignorePhrases.map((p) => p.toLowerCase());
  const reject = (r: Rejected) => { if (options.explain) rejected.push(r); };
  const memo = options.explain ? undefined : options.memo;
  const model = options.learned ?? undefined;
  const threshold = model?.threshold ?? 1;

  // How the note as a whole is written (voice.ts): a client called "T" ("T (15)", "Mr T", "T's mum") is read under another
  // initial, where elsewhere "T" is the therapist; "you" in a note written to the client, "RK and I" in a co-worked one and
  // "his dad said" in a session the family came to are read in the plain copy (plain.ts).
  const { tIsAPerson, ...ofNote } = noteVoice(blocks);
  let last: Sentence | undefined;
  const jobs = sentencesToRead(blocks, sections, options.splitter).map(({ block, sentence: read, previous, inPlan, inResolution, inReflection }) => {
    // Single quotation marks read as double ones (the same length: offsets hold); a client called "T" as the client.
    const quoted = singleQuotesAsDouble(read.text);
    const named = tIsAPerson && /\bT\b/.test(quoted) ? quoted.replace(/\bT\b/g, CLIENT_T) : quoted;
    const sentence = named === read.text ? read : { ...read, text: named };
    // The sentence before was the therapist's move and nothing else (reply.ts): this one may be the client's reply,
    // in the same paragraph or in a block quote after it.
    // (In a verbatim exchange, the therapist's line before the client's: every sentence of the client's line answers it.)
    const move = block.move ?? (last && moveAlone(last.text) ? last.text : undefined);
    last = sentence;
    const voice: NoteVoice = block.quoted ? {} : ofNote;
    const flags = [block.quoted, inPlan, inResolution, inReflection, options.structural !== false, options.sentiment !== false, voice.addressed, voice.family].map(Number).join('') + (voice.coWorkers ? `+${voice.coWorkers.join(',')}` : '');
    // What the sentence before named, for a pronoun of this one ("Imagery. She said it felt 'fake'").
    const antecedent = previous && PRONOUN_JUDGED.test(sentence.text) ? namedLast(previous.text) : undefined;
    // (A sentence read in other words is keyed by its own too: its findings show the note's own "T" and quotation marks.)
    const key = memo ? SentenceMemo.key(sentence.text, flags + (sentence === read ? '' : `\u0001${read.text}`) + (antecedent ?? '') + (move ? `\u0000${move}` : '')) : '';
    const known = memo?.get(key);
    const plain = known ? undefined : plainWords(sentence.text, voice);
    // A copy the structural layer reads too (plain.ts `reread`): the therapist renamed as "I", "me" or "my", a reporting verb as "said".
    // (Not the past copy: its note-style openings read as verbs would give the frames "Replies slowed" as "replied".)
    // (With the words of stress the cues drop kept: the frames read "you don't even know" as pointed.)
    const framePlain = plain?.reread ? plain.frames ?? plain : undefined;
    const frameText = framePlain ? framePlain.text : sentence.text;
    // The client's words reported without quotation marks, put back in their mouth (reported.ts); not under the therapist's
    // own reflections, which tell again what the session note has told ("Countertransference. When he said I didn't know
    // what I was doing I felt...").
    const labelled = REFLECTION_LABEL.test(sentence.text);
    const reported = known || block.quoted || inReflection || labelled ? undefined : reportedSpeech(sentence.text);
    const reportedFrames = reported !== undefined && options.structural !== false && mayHoldFrame(reported.text);
    return { block, sentence, shown: read.text, voice, inPlan, inResolution, inReflection, key, known, antecedent, move, plain, framePlain, frameText, labelled, reported, reportedFrames, structural: !known && options.structural !== false && (mayHoldFrame(frameText) || antecedent !== undefined) };
  });
  // The sentences the structural layer reads are tagged together, in one wink document a batch.
  const tagged = tokenizeMany(jobs.filter((j) => j.structural).map((j) => j.frameText));
  let nextTagged = 0;
  // ...and the copies of reported words that may hold a frame ("you clearly made your mind up about me").
  const taggedReported = tokenizeMany(jobs.filter((j) => j.reportedFrames).map((j) => j.reported!.text));
  let nextReported = 0;

  // The first marker of each sentence, for the pass over quotations that run across sentences.
  const firstOf: number[] = [];
  for (const { block, sentence, shown: original, voice, inPlan, inResolution, inReflection, structural, key, known, antecedent, move, plain, framePlain, frameText, labelled, reported, reportedFrames } of jobs) {
    firstOf.push(markers.length);
    const text = sentence.text;
    if (known) {
      for (const m of known) markers.push({ ...m, start: sentence.start + m.start, end: sentence.start + m.end });
      continue;
    }
    const tokens = structural ? tagged[nextTagged++] : [];
    const lower = ignore.length ? text.toLowerCase() : '';
    const builtIn = CUE_INDEX.candidates(text);
    const cues = userCues.length ? [...builtIn, ...userCues] : builtIn;
    // (After the label, the writer's "felt", "noticed I", "aware of" say a reaction of their own too: "Clinician reflection:
    // felt under suspicion as part of 'the team'".)
    const afterLabel = labelled ? text.replace(REFLECTION_LABEL, '') : text;
    const reflection = (inReflection || labelled) && !block.quoted && !CLIENT_FIRST.test(afterLabel) && (THERAPIST_FEELING.test(text) || (labelled && OWN_REACTION.test(afterLabel)));
    const past = HABITUAL.test(text) ? undefined : retense(text, PRESENT_TO_PAST, !block.quoted);
    const learned = model && !inPlan && !inResolution ? learnedHits(model, text) : [];
    const replies = inPlan || inResolution ? [] : repliesIn(text, [plain, past, reported && (move !== undefined || reported.answersMe) ? reported : undefined], move, block.quoted === true);
    if (!cues.length && !structural && !reflection && !past && !plain && !reported && !learned.length && !replies.length) {
      memo?.set(key, []);
      continue;
    }
    // A block quote is the client's words throughout.
    const quotes: [number, number][] = block.quoted ? [[0, text.length]] : quoteSpans(text);
    // Candidates of both layers go through the same checks: the section, the ignore list, the context
    // (context.ts), minConfidence. Findings of one kind a few words apart are then merged.
    const found: Marker[] = [];
    // Whether a finding already covers any of the sentence's offsets s–e.
    const foundAt = (s: number, e: number) => found.some((m) => m.start - sentence.start < e && s < m.end - sentence.start);
    const ignored = ignore.some((p) => lower.includes(p));
    // The context is checked at s–e; the finding covers `shown` when given (the learned layer's whole sentence).
    // `read`: where the context rules read the match, when not in the sentence itself (the plain copy of a sentence
    // that named the therapist "this writer" or "Th", whose vetoes know "I" and "me").
    let lastWhy: string | undefined;
    // The copy with the writer renamed "I" (plain.ts `reread`), where the context rules also read a cue's words.
    const writerRenamed = plain?.reread ? plain : undefined;
    const consider = (subtype: Subtype, s: number, e: number, confidence: number, reason: string, context: Parameters<typeof veto>[1], shown: [number, number] = [s, e], read?: { sentence: string; start: number; end: number }) => {
      const abs = { subtype, start: sentence.start + s, end: sentence.start + e };
      // Under a label of the therapist's own with no client named before the words ("Self: defensive about the
      // protocol"), the words are the therapist's state, not the client's move.
      // (The line's first word is no name for having a capital: "Felt dismissed by ...".)
      const mine = reflection && kindOf(subtype) !== 'therapist-reaction' && !CLIENT_BEFORE.test(text.slice(0, s).replace(REFLECTION_LABEL, '').replace(/^\s*\S+/, (w) => w.toLowerCase()));
      const why = inResolution ? 'resolution-section' : inPlan ? 'plan-section' : ignored ? 'ignored' : mine ? 'therapist-subject' : veto(read ?? { sentence: text, start: s, end: e }, { ...context, subtype })
        // (Words the sentence as written leaves the client's are the writer's once the writer is named "I": "PWP found self
        // being very polite" is "I found myself being very polite".)
        || (!read && writerRenamed && kindOf(subtype) !== 'therapist-reaction' && veto(inCopy(writerRenamed, s, e), { ...context, subtype }) === 'therapist-subject' ? 'therapist-subject' : undefined);
      lastWhy = why;
      if (why) { reject({ ...abs, reason: why }); return false; }
      if (confidence < options.settings.minConfidence) return true;
      found.push({ kind: kindOf(subtype), subtype, start: sentence.start + shown[0], end: sentence.start + shown[1], cue: original.slice(...shown), confidence, reason });
      return true;
    };
    // The sentence without its surrounding white space, as offsets in it.
    const whole = (): [number, number] => [text.length - text.trimStart().length, text.trimEnd().length];
    const inQuote = (s: number, e: number) => quotes.some(([qs, qe]) => s >= qs && e <= qe);
    // The client's own words (a block quote, a "C:" line) are matched as if quoted, so that cues of speech
    // anchored on a quotation mark read them too; offsets are those of the sentence.
    const wrap = block.quoted ? 1 : 0;
    const matched = new Set<Cue>();
    // Cues that matched and stood (a cue the context ruled out in the sentence is read again in a renamed copy).
    const stood = new Set<Cue>();
    // Why the context ruled a cue out in the sentence as written (the last match read).
    const ruledOut = new Map<Cue, string>();
    // `copyQuotes`: the quotations of a copy that adds its own (the reported words put back between quotation marks).
    const runCues = (words: string, list: readonly Cue[], toOriginal?: Int32Array, vetoInCopy = false, copyQuotes?: [number, number][]) => {
      const subject = wrap ? `"${words}"` : words;
      const at = (k: number) => (toOriginal ? originalAt(toOriginal, k) : k);
      for (const cue of list) {
        if (matched.has(cue) && !(vetoInCopy && !stood.has(cue))) continue;
        // Every match in the sentence is read, whether or not an earlier one stood or the context ruled it out: a later
        // one may be a second moment ('felt we had "ganged up" on him last time and that I always take R's side').
        const pattern = everyMatch(cue);
        pattern.lastIndex = 0;
        for (let tries = 0; tries < MAX_TRIES; tries++) {
          const m = pattern.exec(subject);
          if (!m || m[0].length === 0) break;
          if (cue.before && !cue.before.test(subject.slice(Math.max(0, m.index - BEFORE_REACH), m.index))) continue;
          matched.add(cue);
          // A cue that starts at the client's opening quotation mark reports the words, not the mark.
          const lead = /^["“]\s*/.exec(m[0])?.[0].length ?? 0;
          // A cue written to open at the client's opening mark never opens at one that closes a quotation ('"you've got
          // to laugh", and then said it had been awful'); cues that read the words after a closing mark are written so.
          if (lead && OPENS_AT_QUOTE.has(cue) && m.index - wrap >= 0 && quotes.some(([qs, qe]) => qe === at(m.index - wrap) + 1 && qs < qe - 1)) continue;
          const s = Math.max(0, at(m.index - wrap + (lead < m[0].length ? lead : 0)));
          const e = Math.min(text.length, at(m.index - wrap + m[0].length));
          if (e <= s) continue;
          const quoted = copyQuotes ? copyQuotes.some(([qs, qe]) => m.index - wrap >= qs && m.index - wrap + m[0].length <= qe) : inQuote(s, e);
          const confidence = Math.min(1, cue.confidence + (quoted && cue.speech ? 0.05 : 0));
          const read = vetoInCopy ? { sentence: words, start: Math.max(0, m.index - wrap + (lead < m[0].length ? lead : 0)), end: Math.min(words.length, m.index - wrap + m[0].length) } : undefined;
          // (The finding shows the words without the white space a cue may end on: "asking about my ", the context
          // still reads the match as it is.)
          let shownEnd = e;
          while (shownEnd > s && /\s/.test(text[shownEnd - 1])) shownEnd--;
          if (consider(cue.subtype, s, e, confidence, 'phrase', { negative: cue.negative, speech: cue.speech, inQuote: quoted && !!cue.speech, clientMove: cue.subtype !== 'TR', quoted }, [s, shownEnd], read)) { stood.add(cue); continue; }
          if (!toOriginal && lastWhy) ruledOut.set(cue, lastWhy);
        }
      }
    };
    runCues(text, cues);
    // The same sentence with its present and -ing verb forms in the past ("changes the subject").
    // Only the cues that can see a difference: new candidates, or ones that spell a verb that was rewritten.
    if (past) {
      const before = new Set(builtIn);
      const again = CUE_INDEX.candidates(past.text).filter((c) => !before.has(c) || TENSE_BOUND.has(ruledOut.get(c) ?? '') || past.verbs.some((v) => c.pattern.source.includes(v) || !!BEFORE_WORDS.get(c)?.includes(v)));
      runCues(past.text, userCues.length ? [...again, ...userCues] : again, past.toOriginal, true);
    }
    // ...and in the cues' plain words (plain.ts: '"Well, I don't see the point"', "this writer" as "I"), in the past too.
    if (plain) {
      runCues(plain.text, userCues.length ? [...CUE_INDEX.candidates(plain.text), ...userCues] : CUE_INDEX.candidates(plain.text), plain.toOriginal, plain.reread);
      const pastPlain = past && plainWords(past.text, voice);
      if (pastPlain) runCues(pastPlain.text, CUE_INDEX.candidates(pastPlain.text), pastPlain.toOriginal.map((k) => past.toOriginal[k]));
      // The writer's own present once renamed ("When clinician asks" as "When I ask"), which the note's past copy left
      // (its verbs follow a client): in the past from the plain words ("When I asked").
      const plainPast = plain.reread && !HABITUAL.test(text) ? retense(plain.text, PRESENT_TO_PAST, !block.quoted) : undefined;
      if (plainPast && plainPast.text !== pastPlain?.text) runCues(plainPast.text, CUE_INDEX.candidates(plainPast.text), plainPast.toOriginal.map((k) => plain.toOriginal[k]), true);
    }
    // ...and with the client's reported words between quotation marks, by the cues of speech.
    // (Only where the sentence as written found nothing there, by its cues or its frames below: the copy reads what the
    // note's words missed.)
    const reportedFound: Marker[] = [];
    if (reported) {
      // (The copy with the past kept reads only where the present one found nothing: "that's a bit of a textbook
      // interpretation" is one finding, not a second of another kind from "that was a bit".)
      for (const copy of reported.past ? [reported, reported.past] : [reported]) {
        const already = found.length;
        runCues(copy.text, CUE_INDEX.candidates(copy.text).filter((c) => c.speech && (kindOf(c.subtype) === 'withdrawal' || (reported.aboutTheWork && kindOf(c.subtype) === 'confrontation'))), copy.toOriginal, true, quoteSpans(copy.text));
        const overlapping = (m: Marker) => reportedFound.some((r) => r.start < m.end && m.start < r.end);
        reportedFound.push(...found.splice(already).filter((m) => copy === reported || !overlapping(m)));
      }
    }
    // Under "Countertransference" and the like, a feeling without a client as subject is the therapist's.
    if (reflection) {
      consider('TR', ...whole(), 0.65, 'structure: reflection section', { clientMove: false });
    }
    if (structural) {
      const renamed = framePlain?.toOriginal;
      const frameQuotes: [number, number][] = !renamed ? quotes : block.quoted ? [[0, frameText.length]] : quoteSpans(frameText);
      const at = (k: number) => (renamed ? originalAt(renamed, k) : k);
      const words = withQuotes(frameText, tokens, block.quoted, frameQuotes);
      for (const hit of weakLast(frameHits(words, { sentiment: options.sentiment, antecedent }))) {
        // Under a label of the therapist's own ("Facilitator: felt I had lost R"), "felt I ..." is not the client's
        // complaint about the therapist.
        if (reflection && (hit.frame === 'about-therapist' || hit.frame === 'asked-of-me')) continue;
        const [s, e] = [at(hit.start), at(hit.end)];
        // (A weak sign, "the group was 'a kangaroo court'" read as a part named as something it is not, or a question about
        // me in the client's words, adds nothing where a cue already found the same kind there: the cue's words stand.)
        const overlaps = (m: Marker) => m.start - sentence.start < e && s < m.end - sentence.start;
        if (hit.confidence < 0.6 && WEAK_BESIDE_SAME_KIND.has(hit.frame) && found.some((m) => m.kind === kindOf(hit.subtype) && overlaps(m))) continue;
        // (A likeness that opens the sentence is the writer's only where nothing else read those words: "It felt like pulling
        // teeth" is the client's few words, W2, where a cue found them.)
        if (WEAK_BESIDE_ANY.has(hit.frame) && found.some(overlaps)) continue;
        // (In a renamed copy the context rules read the copy too, as they do for the cues: "When Th asked about his family...".)
        consider(hit.subtype, s, e, hit.confidence, `structure: ${hit.frame}`, { inQuote: inQuote(s, e) }, [s, e], renamed ? { sentence: frameText, start: hit.start, end: hit.end } : undefined);
      }
    }
    found.push(...reportedFound.filter((m) => !foundAt(m.start - sentence.start, m.end - sentence.start)));
    // The frames in the reported words put back between quotation marks, where nothing else read those words, and only when
    // they name the work or answer a move of mine (reported.ts `aboutTheWork`): the frames read more loosely than the cues.
    if (reportedFrames && reported) {
      const words = withQuotes(reported.text, taggedReported[nextReported++], false, quoteSpans(reported.text));
      for (const hit of weakLast(frameHits(words, { sentiment: options.sentiment, antecedent }))) {
        // (A defence answers my move whatever it is about: "When I asked about the fight he said it wasn't his fault".)
        if (kindOf(hit.subtype) === 'therapist-reaction' || (!reported.aboutTheWork && !(reported.answersMe && hit.subtype === 'C6'))) continue;
        // (Nor the work judged well in words of fit and use, with no "not": "counselling was relevant to an issue like hers".)
        if (hit.frame === 'evaluation' && GOOD_FIT.test(reported.text.slice(hit.start, hit.end)) && !/\b(?:not|never|no)\b|n't\b/i.test(reported.text.slice(hit.start, hit.end))) continue;
        const [s, e] = [originalAt(reported.toOriginal, hit.start), originalAt(reported.toOriginal, hit.end)];
        if (e <= s || foundAt(s, e)) continue;
        consider(hit.subtype, s, e, hit.confidence, `structure: ${hit.frame}`, { inQuote: false }, [s, e], { sentence: reported.text, start: hit.start, end: hit.end });
      }
    }
    // The client's reply to a move of the therapist's that no cue read (reply.ts): the weakest finding shown.
    for (const r of replies) {
      if (foundAt(r.start, r.end)) continue;
      // (What was asked only made small adds nothing where the sentence already has a finding of its kind: "Laughed when I
      // asked about the cuts and said they were 'from the cat'" is one moment.)
      if (r.small && found.some((m) => m.kind === kindOf(r.subtype))) continue;
      // (A laugh with no words is read as the client's act, not as words in quotation marks: someone else's laugh is theirs.)
      consider(r.subtype, r.start, r.end, 0.5, 'structure: reply to the therapist', r.unquoted ? { clientMove: true } : { inQuote: true, speech: true, clientMove: true, quoted: true }, [r.start, r.end], r.read);
    }
    // The learned layer (when a model is given) reads a sentence the rules found no client marker in, where
    // its gate lets it (learned/gate.ts): the sentence, checked in the context of the word that weighs most.
    for (const hit of learned) {
      if (found.some((m) => m.kind !== 'therapist-reaction') || !learnedMayRead(text, hit.kind)) continue;
      const sentenceSpan = whole();
      const anchor = hit.words.length ? wordAt(text, hit.words[0]) : undefined;
      const [s, e] = anchor ?? sentenceSpan;
      const subtype = (hit.kind === 'therapist-reaction' ? 'TR' : hit.subtype) as Subtype;
      const confidence = 0.5 + 0.14 * Math.min(1, (hit.probability - threshold) / Math.max(1e-9, 1 - threshold));
      consider(subtype, s, e, confidence, `learned: ${hit.words.map((w) => `'${w}'`).join(', ')}`, { clientMove: hit.kind !== 'therapist-reaction', inQuote: anchor ? inQuote(s, e) : false, quoted: block.quoted }, sentenceSpan);
    }
    const merged = mergeNear(found, text, sentence.start);
    markers.push(...merged);
    memo?.set(key, merged.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start })));
  }
  coverWholeQuotations(jobs, firstOf, markers);
  dropRecalledMoments(jobs, markers);
  dropSettledObjections(jobs, markers);
  return { markers, rejected };
}

/**
 * The therapist's reaction often names the moment it answered, already written down a sentence or more before
 * ("she rolled her eyes and said I sounded 'exactly like group'. ... I noticed irritation when she rolled her
 * eyes"): a client's marker in a sentence that holds a reaction of the therapist's, in words an earlier finding of
 * the same kind already covers, is that moment recalled, not a second one.
 */
function dropRecalledMoments(jobs: readonly { sentence: Sentence }[], markers: Marker[]): void {
  if (!markers.some((m) => m.kind === 'therapist-reaction')) return;
  // Each finding's words, normalised once (an earlier finding is compared with every later one in reach).
  const normalised = new Map<Marker, string>();
  const words = (m: Marker) => {
    let w = normalised.get(m);
    if (w === undefined) normalised.set(m, (w = m.cue.toLowerCase().replace(/\s+/g, ' ').trim()));
    return w;
  };
  // ...or told again in other small words ("asked if we could finish early", then "when he asked to finish early"):
  // every word that carries meaning of the later finding is in the earlier one.
  // (Each finding's content words are found once too, as its words are above.)
  const content = new Map<Marker, { list: readonly string[]; set: ReadonlySet<string> }>();
  const contentOf = (m: Marker) => {
    let c = content.get(m);
    if (c === undefined) {
      const list = words(m).split(/[^a-z'’-]+/).filter((w) => w && !FUNCTION_WORDS.has(w));
      content.set(m, (c = { list, set: new Set(list) }));
    }
    return c;
  };
  const sameContent = (earlier: Marker, later: Marker) => {
    const mine = contentOf(later).list;
    const theirs = contentOf(earlier).set;
    return mine.length >= 2 && mine.every((w) => theirs.has(w));
  };
  const recalled = new Set<Marker>();
  forEachSentence(jobs, markers, (j, k, e) => {
    const here = markers.slice(k, e);
    if (!here.some((m) => m.kind === 'therapist-reaction')) return;
    const start = jobs[j].sentence.start;
    for (const m of here) {
      if (m.kind === 'therapist-reaction') continue;
      const said = words(m);
      // An earlier finding within the same stretch of the note (a recalled moment is near).
      for (let p = k - 1; p >= 0 && markers[p].start >= start - RECALL_REACH; p--) {
        if (markers[p].kind === m.kind && (words(markers[p]).includes(said) || (markers[p].subtype === m.subtype && sameContent(markers[p], m)))) { recalled.add(m); break; }
      }
    }
  });
  removeMarkers(markers, recalled);
}

/**
 * Markers stand in the order of the text: walks the sentences alongside them, giving each sentence's index and
 * the range [k, e) of the markers that start in it.
 */
function forEachSentence(jobs: readonly { sentence: Sentence }[], markers: readonly Marker[], visit: (j: number, k: number, e: number) => void): void {
  let k = 0;
  for (let j = 0; j < jobs.length; j++) {
    const { sentence } = jobs[j];
    const end = sentence.start + sentence.text.length;
    while (k < markers.length && markers[k].start < sentence.start) k++;
    let e = k;
    while (e < markers.length && markers[e].start < end) e++;
    visit(j, k, e);
    k = e;
  }
}

/** Takes the given markers out of the list, in place. */
function removeMarkers(markers: Marker[], gone: ReadonlySet<Marker>): void {
  if (!gone.size) return;
  const kept = markers.filter((m) => !gone.has(m));
  markers.length = 0;
  markers.push(...kept);
}

/**
 * An objection to a task that the next sentence or two settle together ("'I'm not doing the bath on my own'. I
 * said we would not start with the bath. She agreed to begin with the nappy change") is a negotiation, as one
 * settled in the same breath is (LABELLING.md), not a marker: the task objection (C3) is dropped when a sentence
 * of its paragraph right after it says the work was agreed another way. A jab at the therapist or what they said
 * (C1, C2) that the next sentence shows both laughing at is teasing ('said I "sounded like a fridge magnet". I
 * laughed and so did she'; 'said I should "stick to psychology". We laughed together').
 */
function dropSettledObjections(jobs: readonly { block: ProseBlock; sentence: Sentence }[], markers: Marker[]): void {
  if (!markers.some((m) => m.subtype === 'C3' || m.subtype === 'C1' || m.subtype === 'C2' || m.subtype === 'C4')) return;
  const settled = new Set<Marker>();
  forEachSentence(jobs, markers, (j, k, e) => {
    const own = markers.slice(k, e);
    const objections = own.filter((m) => m.subtype === 'C3');
    const jabs = own.filter((m) => m.subtype === 'C1' || m.subtype === 'C2');
    // (A question about who will learn what is said here, answered and the client reassured: "I explained confidentiality,
    // and she said she felt reassured".)
    const asked = own.filter((m) => m.subtype === 'C4' && m.reason.endsWith('confidentiality'));
    if (!objections.length && !jabs.length && !asked.length) return;
    // The next sentence or two of the paragraph: a shared laugh must come right after, a settlement within two.
    for (let n = j + 1; n <= j + 2 && n < jobs.length && jobs[n].block === jobs[j].block; n++) {
      const next = jobs[n].sentence.text;
      if (n === j + 1 && jabs.length && SHARED_LAUGH.test(next)) for (const m of jabs) settled.add(m);
      if (objections.length && SETTLED_NEXT.test(next)) { for (const m of objections) settled.add(m); break; }
      if (asked.length && REASSURED_NEXT.test(next)) { for (const m of asked) settled.add(m); break; }
    }
  });
  removeMarkers(markers, settled);
}

/** The next sentence opens with both laughing: "We laughed together", "We both laughed", "I laughed and so did she". */
const SHARED_LAUGH = /^\s*(?:we (?:both |all )?laughed\b|we (?:both |all )?(?:had a|shared a) (?:laugh|giggle)\b|both of us laughed\b|I laughed(?:,)? and so did (?:she|he|they)\b)/i;

/** A sentence that settles the work another way: the client agrees to a first step, or both agree a version. */
const SETTLED_NEXT = /^\s*(?:(?:she|he|they|the client|pt) (?:then )?(?:agreed|chose|offered) to (?:begin|start|try|do|give it a go|have a go|practise|practice)\b|we (?:then )?(?:agreed|settled on|chose|negotiated|found|picked) (?:on )?(?:a |an |to (?:start|begin|try) )?(?:shorter|smaller|easier|different|gentler|first|lighter|simpler|other)\b)/i;

/** The next sentence explains what is shared and the client is reassured by it. */
const REASSURED_NEXT = /^\s*(?:I|we) (?:then )?(?:explained|went through|talked (?:her|him|them) through|clarified|described|outlined)\b[^.;]{0,60}\b(?:confidentiality|confidential|what (?:I|we) (?:share|write|record|pass on)|who (?:sees|reads|gets)|the notes)\b[^.]{0,60}\b(?:reassured|relieved|satisfied|settled|happy with (?:that|it|this)|(?:ok|okay|fine) with (?:that|it|this))\b/i;

/** How far back (in characters) a reaction's words are looked for as a moment already written down. */
const RECALL_REACH = 3000;

/** Where a feature's words stand in a sentence (the first time), as offsets. */
function wordAt(text: string, words: string): [number, number] | undefined {
  const pattern = new RegExp(`(?<![\\p{L}])${words.split(' ').map((w) => escapeRegExp(w).replace(/'/g, "['’]") + "(?:['’]s)?").join('[^\\p{L}]+')}(?![\\p{L}])`, 'iu');
  const m = pattern.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/**
 * The client's words can run over several sentences ('"That's a bit too neat, isn't it? Not everything is
 * about you."'): a marker found in a quotation that an earlier sentence of the block opened covers the
 * words from where they open. Done after the memo, which holds each sentence's own findings.
 */
function coverWholeQuotations(jobs: readonly { block: ProseBlock; sentence: Sentence }[], firstOf: readonly number[], markers: Marker[]): void {
  let moved = false;
  const gone = new Set<number>();
  for (let j = 1; j < jobs.length; j++) {
    const { block, sentence } = jobs[j];
    if (block.quoted || jobs[j - 1].block !== block) continue;
    const until = firstOf[j + 1] ?? markers.length;
    if (firstOf[j] === until) continue;
    const carried = carriedQuote(sentence.text);
    if (carried <= 0) continue;
    const opened = openQuoteAt(jobs[j - 1].sentence.text);
    if (opened < 0) continue;
    for (let k = firstOf[j]; k < until; k++) {
      const m = markers[k];
      if (m.start - sentence.start >= carried) continue;
      let start = jobs[j - 1].sentence.start + opened + 1;
      let named = m;
      // A finding of the same kind in the first part of the words is the same moment: one finding.
      for (let p = firstOf[j - 1]; p < firstOf[j]; p++) {
        const o = markers[p];
        if (gone.has(p) || o.kind !== m.kind || o.end <= start) continue;
        gone.add(p);
        start = Math.min(start, o.start);
        if (o.confidence > named.confidence) named = o;
      }
      markers[k] = { ...named, start, end: m.end };
      moved = true;
    }
  }
  if (!moved) return;
  const kept = markers.filter((_, k) => !gone.has(k)).sort((a, b) => a.start - b.start);
  markers.length = 0;
  markers.push(...kept);
}

/**
 * What may stand between two findings of the same kind that are one moment whatever else the sentence holds: a
 * few words, or a colon opening the client's words ("annoyed about the gap: 'I can never get an appointment'").
 */
const JOINED = /^(?:[^.;:!?]{0,40}|[^.;:!?]{0,10}:\s*["“]?)$/;

/** What separates two items of a note written as a list in one sentence ("Long silences; responses v. brief"). */
const ITEM_BREAK = /[;•]|\s[-–—]\s|\b[A-Z][A-Za-z]{0,12}:\s/;

/**
 * Findings of the same kind in one sentence describe one moment ("she said sharply, 'I'm not lazy'"; "went quiet
 * and gave one-line answers"; "offered little beyond a sentence at a time, with several long pauses"): they become
 * one finding over both, named by the most confident. Items of a list in one sentence (between semicolons, dashes
 * or labels like "A:"), and signs a story about someone else stands between ("smiling, that her sister had not
 * spoken to her for a year, and then said it 'doesn't bother her'"), stay apart unless a few words join them. The
 * therapist's reactions are one a sentence.
 */
function mergeNear(found: Marker[], text: string, base: number): Marker[] {
  const out: Marker[] = [];
  for (const kind of ['withdrawal', 'confrontation', 'therapist-reaction'] as const) {
    const ofKind = found.filter((m) => m.kind === kind).sort((a, b) => a.start - b.start);
    let cur: Marker | undefined;
    for (const m of ofKind) {
      // The therapist's reactions in one sentence are one reaction ("I noticed I was frustrated that we had
      // stopped, and then worried that I had pushed too hard").
      const between = cur ? text.slice(cur.end - base, m.start - base) : '';
      if (cur && (m.start <= cur.end || kind === 'therapist-reaction' || JOINED.test(between) || (!ITEM_BREAK.test(between) && !THIRD_PARTY.test(between)))) {
        const named = m.confidence > cur.confidence ? m : cur;
        cur = { ...named, start: Math.min(cur.start, m.start), end: Math.max(cur.end, m.end) };
      } else {
        if (cur) out.push(cur);
        cur = m;
      }
    }
    if (cur) out.push(cur);
  }
  // The work not done with a quoted excuse and a sign it is not the reason is one moment (C3, LABELLING.md): in
  // 'said she "didn't have time" and shrugged' the shrug inside that finding is its evidence, no second withdrawal.
  // (Only a sign after the quoted excuse: "refused to try again and hid behind Dad" is two moments of two kinds.)
  const evidence = (m: Marker) => m.kind === 'withdrawal' && out.some((o) => o.subtype === 'C3' && o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)
    && /["”]/.test(text.slice(o.start - base, m.start - base)));
  return out.filter((m) => !evidence(m)).sort((a, b) => a.start - b.start);
}

/** Weak frames that add nothing where a finding of their kind already reads the same words (the cue's words stand). */
const WEAK_BESIDE_SAME_KIND = new Set(['evaluation', 'asked-of-me', 'confidentiality', 'undone-reason']);
/** Weak frames that add nothing where any finding already reads the same words. */
const WEAK_BESIDE_ANY = new Set(['therapist-likeness', 'therapist-cast', 'therapist-felt-thing', 'therapist-in-me', 'therapist-doing-felt', 'therapist-past-meant', 'likened-telling', 'each-time-i']);
/** The frames' hits with the weak ones last, so that what any other frame found in the same words stands. */
const weakLast = (hits: readonly FrameHit[]): FrameHit[] => [...hits.filter((h) => !WEAK_BESIDE_ANY.has(h.frame)), ...hits.filter((h) => WEAK_BESIDE_ANY.has(h.frame))];

export function markerMessage(m: Marker): string {
  const cue = m.cue.replace(/\s+/g, ' ').trim();
  const shown = cue.length > 60 ? cue.slice(0, 57) + '…' : cue;
  if (m.kind === 'therapist-reaction') return `Therapist reaction — a possible sign of rupture: '${shown}'`;
  const kind = m.kind === 'withdrawal' ? 'Withdrawal' : 'Confrontation';
  return `${kind} — ${SUBTYPE_NAMES[m.subtype]} (${m.subtype}): '${shown}'`;
}

/** Words of fit and use that make an evaluation a good one. */
const GOOD_FIT = /\b(?:relevant|helpful|useful|helps|helped|good|great|fits?|suits?|right for|works? for)\b/i;

/**
 * The client's replies to the therapist's moves, read in the sentence or, when it has none, in its plain copy; after a
 * sentence that was the move alone (`move`), the reply that opens this one.
 */
function repliesIn(text: string, copies: readonly ({ text: string; toOriginal: Int32Array } | undefined)[], move: string | undefined, quoted: boolean): (Reply & { read?: { sentence: string; start: number; end: number } })[] {
  const replies = replyToMove(text, move, quoted);
  if (replies.length) return replies;
  for (const copy of copies) {
    if (!copy) continue;
    const again = replyToMove(copy.text, move, quoted);
    // (The context rules read the copy the reply was found in: "When I ask about his dad he says" is no third party's.)
    if (again.length) return again.map((r) => ({ ...r, start: originalAt(copy.toOriginal, r.start), end: originalAt(copy.toOriginal, r.end), read: { sentence: copy.text, start: r.start, end: r.end } }));
  }
  return [];
}

/** Where the words from s to e of a sentence stand in a copy of it (the first offsets of the copy that map to them). */
function inCopy(copy: Retensed, s: number, e: number): { sentence: string; start: number; end: number } {
  const at = (k: number) => { let i = 0; while (i < copy.toOriginal.length - 1 && copy.toOriginal[i] < k) i++; return i; };
  return { sentence: copy.text, start: at(s), end: at(e) };
}
