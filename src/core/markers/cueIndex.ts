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
  | { kind: 'other'; optional: boolean };

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
      const inner = parseAlternatives(src, pos);
      pos.i++; // ')'
      elem = { kind: 'group', alts: inner, optional: false, zeroWidth };
    } else if (c === '[') {
      let j = pos.i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      pos.i = j + 1;
      elem = { kind: 'other', optional: false };
    } else if (c === '\\') {
      const e = src[pos.i + 1];
      pos.i += 2;
      if (e === 'b') elem = { kind: 'boundary' };
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
    for (let j = i; j < seq.length && word.length < 3; j++) {
      const x = seq[j];
      if (x.kind !== 'lit' || x.optional || !WORD.test(x.ch)) break;
      word += x.ch;
    }
    return [word];
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

export function cueStarts(cue: Cue): string[] | undefined {
  const alts = parseAlternatives(cue.pattern.source, { i: 0 });
  const out: string[] = [];
  for (const alt of alts) {
    const s = starts(alt, false);
    if (!s || s.some((w) => w.length === 0)) return undefined;
    out.push(...s);
  }
  return out;
}

const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lower = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** A word start of one to three characters as a number (7 bits a character). */
const keyOf = (w: string) => [...w].reduce((k, ch) => k * 128 + ch.charCodeAt(0), 0);

export class CueIndex {
  private readonly byStart = new Map<number, number[]>();
  private readonly always: number[] = [];
  private readonly mark: Uint8Array;

  constructor(private readonly cues: readonly Cue[]) {
    this.mark = new Uint8Array(cues.length);
    cues.forEach((cue, n) => {
      const s = cueStarts(cue);
      if (!s) { this.always.push(n); return; }
      for (const w of new Set(s)) {
        const key = keyOf(w);
        const list = this.byStart.get(key);
        if (list) list.push(n);
        else this.byStart.set(key, [n]);
      }
    });
  }

  /** The cues that may match the text, in their original order. One pass over the characters. */
  candidates(text: string): Cue[] {
    const mark = this.mark;
    mark.fill(0);
    for (const n of this.always) mark[n] = 1;
    const hit = (key: number) => {
      const list = this.byStart.get(key);
      if (list) for (const n of list) mark[n] = 1;
    };
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWord(c);
      if (word && !prevWord) {
        let key = lower(c);
        hit(key);
        for (let j = 1; j < 3; j++) {
          const d = text.charCodeAt(i + j);
          if (!isWord(d)) break;
          key = key * 128 + lower(d);
          hit(key);
        }
      }
      prevWord = word;
    }
    const out: Cue[] = [];
    for (let n = 0; n < mark.length; n++) if (mark[n]) out.push(this.cues[n]);
    return out;
  }

  get alwaysRun(): number {
    return this.always.length;
  }
}
