/**
 * Words of a sentence with their part of speech, lemma, negation scope and offsets, from wink-nlp and
 * its English model (shipped in the npm package: nothing is downloaded, nothing leaves the machine).
 * The model loads on the first sentence that needs it (~100 ms), and once more for sentiment (~80 ms).
 */
import type { WinkMethods } from 'wink-nlp';

export interface Token {
  /** The word as written, and lower-cased. */
  text: string;
  lower: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Universal part of speech: NOUN, VERB, AUX, PRON, PROPN, ADJ, ADV, ADP, PART, PUNCT... */
  pos: string;
  lemma: string;
  /** Inside the scope of a negation ("didn't *complain about the homework*"). */
  negated: boolean;
}

let tagger: WinkMethods | undefined;
let scorer: WinkMethods | undefined;

/**
 * A wink-nlp instance with the given pipe. Loaded on first use, not when the extension starts: the model
 * is 3.8 MB of JSON to parse. (A require inside the function keeps the bundler from evaluating it at load.)
 */
function load(pipe: string[]): WinkMethods {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  return winkNLP(model, pipe as Parameters<typeof winkNLP>[1]);
}

/**
 * Sentence splitting is ours (Markdown-aware); the tagger gives parts of speech, lemmas and negation
 * scope. Sentiment is scored by a second instance, on the few words that need it: in the tagger's pipe
 * it would cost a third of every sentence's tagging.
 */
const instance = () => (tagger ??= load(['pos', 'negation']));
const sentimentInstance = () => (scorer ??= load(['negation', 'sentiment']));

/** Sentiments of single words already looked up: a word's score never changes. Bounded. */
const WORD_SENTIMENT = new Map<string, number>();
const WORD_SENTIMENT_MAX = 5000;

/** Sentiment of a short text, -1 (negative) to 1, from the model's lexicon with negation handled. */
export function sentimentOf(text: string): number {
  const word = !/\s/.test(text);
  const known = word ? WORD_SENTIMENT.get(text) : undefined;
  if (known !== undefined) return known;
  const w = sentimentInstance();
  // (As the tagger reads it: a possessive at punctuation must not become a word of the scorer's vocabulary either;
  // the same spaces forWink puts in, without the offset map the scorer does not need.)
  const score = w.readDoc(text.replace(APOSTROPHE_WORD_AT_PUNCTUATION, ' ')).out(w.its.sentiment) as unknown as number;
  if (word) {
    if (WORD_SENTIMENT.size >= WORD_SENTIMENT_MAX) WORD_SENTIMENT.clear();
    WORD_SENTIMENT.set(text, score);
  }
  return score;
}

/** Tokens of one sentence. */
export function tokenize(sentence: string): Token[] {
  return tokenizeMany([sentence])[0];
}

/** Sentences joined in one wink document up to about this many characters: a call has a fixed cost. */
const BATCH = 32 * 1024;
/**
 * Between joined sentences: a blank line. Measured on every sentence of the fixtures and the shared
 * corpus that reaches the tagger, the words come out with the same part of speech, lemma and negation
 * scope as when each sentence is read alone (wink may add the blank line as a token of its own, which is
 * dropped), in less than half the time.
 */
const SEPARATOR = '\n\n';

/** Tokens of each sentence (offsets in that sentence), tagged a batch of sentences at a time. */
export function tokenizeMany(sentences: readonly string[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  for (let first = 0; first < sentences.length; ) {
    let last = first + 1;
    let size = sentences[first].length;
    while (last < sentences.length && size + sentences[last].length < BATCH) size += SEPARATOR.length + sentences[last++].length;
    tagBatch(sentences, first, last, out);
    first = last;
  }
  for (const tokens of out) { verbsAfterModals(tokens); progressivesAfterAnd(tokens); }
  return out;
}

/** Words that put a verb after them ("would", "did not", "won't"). */
const MODALS = new Set(['would', 'could', 'will', 'wo', 'can', 'ca', 'should', 'might', 'must', 'shall', 'did', 'do', 'does']);

/**
 * "He would not open the memory book": wink tags "open" an adjective after a modal and "not", so the frames saw no
 * verb. A word tagged an adjective right after a modal (and "not") with a determiner or pronoun after it is the verb.
 */
function verbsAfterModals(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' || !['DET', 'PRON'].includes(tokens[i + 1].pos)) continue;
    const before = tokens[i - 1].lower === 'not' || tokens[i - 1].lower === "n't" ? tokens[i - 2] : tokens[i - 1];
    if (before && MODALS.has(before.lower)) tokens[i] = { ...t, pos: 'VERB', lemma: t.lower };
  }
}

/**
 * "She was animated and joking while ...": wink tags the second of two predicates after "was" and "and" a noun when it
 * ends in -ing, so it became the subject of what followed. An -ing word tagged a noun right after "and" (or "or"),
 * after an adjective or participle that follows a form of "be", is a verb.
 */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'am', "'s", "'re", "'m", 'been', 'being']);
function progressivesAfterAnd(tokens: Token[]): void {
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || !/ing$/.test(t.lower) || !['and', 'or'].includes(tokens[i - 1].lower)) continue;
    const first = tokens[i - 2];
    if (first.pos !== 'ADJ' && !(first.pos === 'VERB' && /(?:ed|ing)$/.test(first.lower))) continue;
    // (The "be" just before the first predicate, an adverb between: "was very quiet and shaking".)
    const be = tokens[i - 3].pos === 'ADV' ? tokens[i - 4] : tokens[i - 3];
    if (be && BE_FORMS.has(be.lower)) tokens[i] = { ...t, pos: 'VERB' };
  }
}

/**
 * A word with an apostrophe inside ("sister's", "Mum's") touching punctuation ("her sister's.", '"Mum's'):
 * wink keeps such a word whole and adds it to its vocabulary, and from then on splits it no more anywhere
 * ("her sister's idea" became one proper noun, and "the therapist's comment" a verb after it), so what a
 * sentence held depended on which notes had been read before it. A space is put between the two for wink
 * (offsets are mapped back), so the word is split as it is everywhere else, whatever was read before.
 */
const APOSTROPHE_WORD_AT_PUNCTUATION = /(?<=\w['’]\w+)(?=[.,;:!?)\]"”…])|(?<=["“‘(\[])(?=\w+['’]\w)/g;

/**
 * A word that ends its sentence with a full stop that wink takes for an abbreviation's ("she would not get ill.",
 * "went off to wash.": Ill. and Wash. are states to it), which leaves the sentence with no punctuation to end a
 * negation's scope, so "not" ran on into the sentence joined after it ("Wanted to end early" read as negated). A
 * space before the stop gives wink the stop as a token of its own, as it gives every other sentence's.
 */
const FINAL_STOP = /(?<=[A-Za-z]{2})(?=\.(?:\n\n|$))/g;

/**
 * The shorthand of a quick note, given to wink as the words it stands for ("Pt angry w/ T re: hw" is read as
 * "with" and "about"), so the frames read it as they read the words; the tokens keep the offsets of what was written.
 */
const SHORTHAND: [RegExp, string][] = [
  [/(?<![\w/])w\/o(?=[\s.,;:)])/gi, 'without'],
  [/(?<![\w/])w\/(?=\s)/gi, 'with'],
  [/(?<![\w/])re:(?=\s)/gi, 'about'],
  [/(?<![\w/])diff(?=\s)/gi, 'different'],
  [/(?<![\w/])v\.(?=\s+[a-z])/g, 'very'],
];

/** The text wink reads, and for each of its offsets the offset in the text given. */
function forWink(text: string): { text: string; original: number[] } {
  const edits: { at: number; length: number; put: string }[] = [];
  for (const m of text.matchAll(APOSTROPHE_WORD_AT_PUNCTUATION)) edits.push({ at: m.index, length: 0, put: ' ' });
  for (const m of text.matchAll(FINAL_STOP)) edits.push({ at: m.index, length: 0, put: ' ' });
  for (const [pattern, word] of SHORTHAND) for (const m of text.matchAll(pattern)) edits.push({ at: m.index, length: m[0].length, put: word });
  edits.sort((a, b) => a.at - b.at || a.length - b.length);
  const original: number[] = [];
  let out = '';
  let from = 0;
  for (const e of edits) {
    if (e.at < from) continue;
    for (let i = from; i < e.at; i++) original.push(i);
    out += text.slice(from, e.at) + e.put;
    // The word put in stands on the span it replaces; the offset after it is the span's end.
    for (let j = 0; j < e.put.length; j++) original.push(e.at + Math.min(j, Math.max(0, e.length - 1)));
    from = e.at + e.length;
  }
  for (let i = from; i <= text.length; i++) original.push(i);
  return { text: out + text.slice(from), original };
}

/** Tags sentences [first, last) as one document and deals the tokens out to their sentences. */
function tagBatch(sentences: readonly string[], first: number, last: number, out: Token[][]): void {
  const { text: joined, original } = forWink(sentences.slice(first, last).join(SEPARATOR));
  const w = instance();
  const its = w.its;
  const tokens = w.readDoc(joined).tokens();
  const text = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink types its.lemma with the model add-ons argument; it works on token collections like the others.
  const lemma = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];
  let k = first;
  let base = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    at += spaces[i].length;
    // wink keeps the text as written; should a token ever differ, find it rather than drift.
    if (joined.slice(at, at + text[i].length) !== text[i]) {
      const found = joined.indexOf(text[i], at);
      if (found < 0) break;
      at = found;
    }
    // wink sometimes reads the separator itself as a token (after a closing quotation mark).
    if (!text[i].trim()) { at += text[i].length; continue; }
    const o = original[at];
    while (k < last - 1 && o >= base + sentences[k].length) base += sentences[k++].length + SEPARATOR.length;
    const start = o - base;
    const end = original[at + text[i].length] - base;
    // The text as written ("w/"); its lower case and lemma, the word it stands for ("with").
    out[k].push({ text: sentences[k].slice(start, end), lower: text[i].toLowerCase(), start, end, pos: pos[i], lemma: lemma[i].toLowerCase(), negated: !!negated[i] });
    at += text[i].length;
  }
}
