/**
 * Which cues can match a sentence, found from the words it contains instead of running every pattern.
 * Each cue's pattern is read (a small parser of the regular-expression source) for the literal word
 * prefixes that any match must start a word with; the cue is filed under their first letters. A cue
 * whose start cannot be read that way is always run. The selection is a superset of the cues that
 * match (test/core/cueIndex.test.ts checks it against running every cue).
 */
import type { Cue } from './lexicon';

type Elem =
  | { kind: 'lit'; ch: string; optional: boolean }
  | { kind: 'group'; alts: Elem[][]; optional: boolean; zeroWidth: boolean }
  | { kind: 'boundary' }
  /** `space`: \\s; `nonWord`: a character class of no word characters (quotation marks). */
  | { kind: 'other'; optional: boolean; space?: boolean; nonWord?: boolean };

/** Parses a regular-expression source into sequences of elements (enough of the syntax for our cues). */
function parseAlternatives(src: string, pos: { i: number }): Elem[][] {
  const alts: Elem[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i];
    if (c === ')') return alts;
    if (c === '|') { pos.i++; alts.push([]); continue; }
    let elem: Elem;
    if (c === '(') {
      pos.i++;
      let zeroWidth = false;
      if (src.startsWith('?:', pos.i)) pos.i += 2;
      else if (/^\?<?[=!]/.test(src.slice(pos.i, pos.i + 3))) { zeroWidth = true; pos.i += src[pos.i + 1] === '<' ? 3 : 2; }
      // "Not after a word character" before a word is a word start, as \b would say.
      const notAfterWord = /^\[\\w[^\]]*\]\)/.test(src.slice(pos.i)) && src.slice(pos.i - 3, pos.i) === '?<!';
      const inner = parseAlternatives(src, pos);
      pos.i++; // ')'
      elem = notAfterWord ? { kind: 'boundary' } : { kind: 'group', alts: inner, optional: false, zeroWidth };
    } else if (c === '[') {
      let j = pos.i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      const body = src.slice(pos.i + 1, j);
      pos.i = j + 1;
      elem = { kind: 'other', optional: false, nonWord: !body.startsWith('^') && !/[a-zA-Z0-9\\]/.test(body) };
    } else if (c === '\\') {
      const e = src[pos.i + 1];
      pos.i += 2;
      if (e === 'b') elem = { kind: 'boundary' };
      else if (e === 's') elem = { kind: 'other', optional: false, space: true };
      else if (/[a-zA-Z0-9]/.test(e)) elem = { kind: 'other', optional: false };
      else elem = { kind: 'lit', ch: e, optional: false };
    } else if (c === '^') {
      // At the start of the text, before a word character, is a word boundary.
      pos.i++;
      elem = { kind: 'boundary' };
    } else if (c === '$') {
      pos.i++;
      elem = { kind: 'other', optional: true };
    } else if (c === '.') {
      pos.i++;
      elem = { kind: 'other', optional: false };
    } else {
      pos.i++;
      elem = { kind: 'lit', ch: c.toLowerCase(), optional: false };
    }
    // Quantifiers: anything that allows zero repetitions makes the element optional.
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(pos.i));
    if (q) {
      pos.i += q[0].length;
      const zero = q[0][0] === '?' || q[0][0] === '*' || (q[1] !== undefined && Number(q[1]) === 0);
      if (zero && elem.kind !== 'boundary') (elem as { optional: boolean }).optional = true;
    }
    alts[alts.length - 1].push(elem);
  }
  return alts;
}

const WORD = /[a-z0-9]/;

/**
 * The literal word starts (lowercased, up to 3 characters) that any match of this sequence begins with,
 * given that a word boundary precedes it; undefined when they cannot be read.
 */
function starts(seq: Elem[], atBoundary: boolean): string[] | undefined {
  let i = 0;
  let boundary = atBoundary;
  while (i < seq.length) {
    const e = seq[i];
    if (e.kind === 'boundary') { boundary = true; i++; continue; }
    if (e.kind === 'group' && e.zeroWidth) { i++; continue; }
    break;
  }
  if (i >= seq.length) return undefined;
  const e = seq[i];
  if ('optional' in e && e.optional) {
    // Either the element is there (read it as required) or the match starts with what follows it.
    const present = starts([{ ...e, optional: false } as Elem, ...seq.slice(i + 1)], boundary);
    const absent = starts(seq.slice(i + 1), boundary);
    return present && absent ? [...present, ...absent] : undefined;
  }
  if (e.kind === 'lit') {
    if (!boundary || !WORD.test(e.ch)) return undefined;
    let word = '';
    let j = i;
    for (; j < seq.length && word.length < 3; j++) {
      const x = seq[j];
      if (x.kind !== 'lit' || x.optional || !WORD.test(x.ch)) break;
      word += x.ch;
    }
    // A short word that certainly ends here ("a ", "c/o") is filed as a whole word ("a$"): only a word of
    // exactly those letters selects it, not every word that starts with them.
    const next = seq[j];
    const ends = word.length < 3 && next !== undefined && !('optional' in next && next.optional)
      && (next.kind === 'boundary' || (next.kind === 'lit' && !WORD.test(next.ch)) || (next.kind === 'other' && !!(next.space || next.nonWord)));
    return [ends ? word + '$' : word];
  }
  if (e.kind === 'group') {
    const out: string[] = [];
    for (const alt of e.alts) {
      // An alternative continues with what follows the group: read it as one sequence.
      const s = starts([...alt, ...seq.slice(i + 1)], boundary);
      if (!s) return undefined;
      out.push(...s);
    }
    return out;
  }
  return undefined;
}

/** Word starts so common in notes that a cue filed under them runs on most sentences. */
const COMMON = new Set(`the tha thi the she wit was and for her his not you sai wer had hav som but all are abo whe wha whi fro
  int ove out did don has our can mor jus ver ask tim one two fel get got sta wor ses cli whe bec aft bef`.split(/\s+/));
// With the letters after an apostrophe, which start a word as \b sees it ("don't", "she's").
const SHORT_COMMON = new Set('to of in on at as an be we my me so no do or by if up it is he us t s d m ll re ve'.split(' '));
/** What filing a cue under these word starts costs: how often such a word is met. */
const cost = (keys: string[]) => [...new Set(keys)].reduce((sum, key) => {
  const whole = key.endsWith('$');
  const w = whole ? key.slice(0, -1) : key;
  if (SHORT_COMMON.has(w) || w === 'a' || w === 'i') return sum + 60;
  if (whole) return sum + 2;
  return sum + (w.length === 1 ? 60 : w.length === 2 ? 3 : COMMON.has(w) ? 12 : 1);
}, 0);

/** Does every match of this element end with a non-word character (or a \\b)? */
function endsAtBoundary(e: Elem): boolean {
  if (e.kind === 'boundary') return true;
  if (e.kind === 'lit') return !WORD.test(e.ch);
  if (e.kind === 'other') return !!(e.space || e.nonWord);
  if (e.zeroWidth) return false;
  return e.alts.every((alt) => alt.length > 0 && endsAtBoundary(alt[alt.length - 1]));
}

/** Is a word boundary certain before element k: a \\b, or something that ends with a non-word character? */
function boundaryBefore(seq: Elem[], k: number): boolean {
  const prev = seq[k - 1];
  if (!prev) return false;
  if (prev.kind === 'boundary') return true;
  if (prev.kind === 'group' && prev.zeroWidth) return boundaryBefore(seq, k - 1);
  if (!endsAtBoundary(prev)) return false;
  // An optional element may be absent: then what stands before it must end at a boundary too.
  return !prev.optional || boundaryBefore(seq, k - 1);
}

/** Each word-start set that every match of one branch must contain: those of its first word and of any
 * later element that stands at a word start ("said ... {TASK} ... {NEGEVAL}" needs a word of each). */
function requiredSets(seq: Elem[], atBoundary = false): string[][] {
  const sets: string[][] = [];
  for (let k = 0; k < seq.length; k++) {
    const e = seq[k];
    if (e.kind === 'boundary' || ('optional' in e && e.optional) || (e.kind === 'group' && e.zeroWidth)) continue;
    const boundary = k === 0 ? atBoundary : boundaryBefore(seq, k);
    const keys = starts(seq.slice(k), boundary);
    if (keys && !keys.some((w) => w.length === 0)) sets.push(keys);
    // A group of alternatives: each alternative's own cheapest set, together ("a waste", "a joke" need
    // "waste" or "joke", not just "a").
    if (e.kind === 'group' && e.alts.length > 1) {
      const own = e.alts.map((alt) => requiredSets(alt, boundary)[0]);
      if (own.every((set) => set !== undefined)) sets.push(own.flat());
    }
  }
  return sets.sort((a, b) => cost(a) - cost(b));
}

/** A set of word starts that common is met in most sentences: it selects nothing and is not filed. */
const UNSELECTIVE = 60;
/** At most this many sets a branch: each more is a little bookkeeping per sentence. */
const MAX_SETS = 4;

/**
 * The word-start sets a branch is filed under, all of which a sentence must hit: the cheapest always,
 * then the other selective ones.
 */
function filedSets(seq: Elem[]): string[][] | undefined {
  const sets = requiredSets(seq);
  if (!sets.length) return undefined;
  const seen = new Set<string>();
  return sets.filter((set, i) => {
    const key = [...new Set(set)].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return i === 0 || cost(set) < UNSELECTIVE;
  }).slice(0, MAX_SETS);
}

/** The word-start sets each branch of the cue is filed under; undefined when a branch has none. */
export function cueSets(cue: Cue): string[][][] | undefined {
  const out: string[][][] = [];
  for (const alt of parseAlternatives(cue.pattern.source, { i: 0 })) {
    const sets = filedSets(alt);
    if (!sets || sets.some((set) => set.some((w) => /[^a-z0-9_$]|.\$./.test(w)))) return undefined;
    out.push(sets);
  }
  return out;
}

/** Word characters as 1–37 (a–z, 0–9, _); 0 for anything else. Upper case folds to lower. */
const CODE = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CODE[c] = c - 96;
for (let c = 65; c <= 90; c++) CODE[c] = c - 64;
for (let c = 48; c <= 57; c++) CODE[c] = c - 21;
CODE[95] = 37;
const codeAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c < 128 ? CODE[c] : 0; };
/** A word start of one to three characters as a slot of a direct-address table (38 symbols a place). */
const slotOf = (w: string) => [...w].reduce((k, ch) => k * 38 + (CODE[ch.charCodeAt(0)] || 0), 0);

export class CueIndex {
  /** Set numbers by word-start slot (1, 2 or 3 characters): an array lookup per word, no hashing. */
  private readonly bySlot: (number[] | undefined)[] = new Array(38 * 38 * 38 + 38 * 38 + 38);
  /** Set numbers by whole words of one or two characters ("a", "c" of "c/o", "hw"). */
  private readonly byWord: (number[] | undefined)[] = new Array(38 * 38 + 38);
  private readonly always: number[] = [];
  /** Per set: its branch. Per branch: how many sets it needs, and its cue. */
  private readonly branchOfSet: number[] = [];
  private readonly need: number[] = [];
  private readonly cueOfBranch: number[] = [];
  private readonly mark: Uint8Array;
  private setHit = new Uint8Array(0);
  private branchHits = new Uint16Array(0);
  /** The cues one call found, in the order found. */
  private readonly found: Int32Array;

  constructor(private readonly cues: readonly Cue[]) {
    this.mark = new Uint8Array(cues.length);
    this.found = new Int32Array(cues.length);
    cues.forEach((cue, n) => {
      const branches = cueSets(cue);
      if (!branches) { this.always.push(n); return; }
      for (const sets of branches) {
        const branch = this.need.length;
        this.need.push(sets.length);
        this.cueOfBranch.push(n);
        for (const set of sets) {
          const id = this.branchOfSet.length;
          this.branchOfSet.push(branch);
          for (const w of new Set(set)) {
            const table = w.endsWith('$') ? this.byWord : this.bySlot;
            const slot = slotOf(w.replace('$', ''));
            (table[slot] ??= []).push(id);
          }
        }
      }
    });
    this.setHit = new Uint8Array(this.branchOfSet.length);
    this.branchHits = new Uint16Array(this.need.length);
  }

  /**
   * The cues that may match the text, in their original order: those with a branch whose every set has a
   * word in the text. One pass over the characters.
   */
  candidates(text: string): Cue[] {
    const { mark, setHit, branchHits, branchOfSet, need, cueOfBranch, bySlot, byWord, found } = this;
    mark.fill(0);
    setHit.fill(0);
    branchHits.fill(0);
    let hits = 0;
    for (const n of this.always) { mark[n] = 1; found[hits++] = n; }
    const hit = (list: number[]) => {
      for (const id of list) {
        if (setHit[id]) continue;
        setHit[id] = 1;
        const b = branchOfSet[id];
        if (++branchHits[b] === need[b] && !mark[cueOfBranch[b]]) { mark[cueOfBranch[b]] = 1; found[hits++] = cueOfBranch[b]; }
      }
    };
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const a = codeAt(text, i);
      if (a && !prevWord) {
        let slot = a;
        let j = 1;
        for (; ; j++) {
          const list = bySlot[slot];
          if (list) hit(list);
          if (j === 3) break;
          const d = codeAt(text, i + j);
          if (!d) break;
          slot = slot * 38 + d;
        }
        // A word of one or two characters: the sets filed under it as a whole word.
        if (j < 3) {
          const list = byWord[slot];
          if (list) hit(list);
        }
      }
      prevWord = a !== 0; // as \b sees it: only ASCII letters, digits and _ are word characters
    }
    // In the cues' own order (a typed array sorts numerically).
    const order = found.subarray(0, hits).sort();
    const out: Cue[] = [];
    for (let k = 0; k < hits; k++) out.push(this.cues[order[k]]);
    return out;
  }

  get alwaysRun(): number {
    return this.always.length;
  }
}
