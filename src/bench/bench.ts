/**
 * npm run bench: the engine's speed against baselines run side by side on the same generated notes.
 *   1. per-note analysis vs the bare remark parse of the same text (goal: within 1.3x): a first reading, a
 *      reading after a one-sentence edit, and a first reading of the labelled test notes;
 *   2. cold index (read + frontmatter-first summaries) vs reading the files alone (goal: 10,000 notes in 1.5 s);
 *   3. one incremental update vs a full rebuild (goal: under 1 ms at 10,000 notes);
 *   4. index memory at each size (goal: under 100 MB at 10,000 notes);
 *   5. a long note at growing sizes: time per character stays flat (linear, no quadratic behaviour).
 * Figures are printed, never asserted: a timing in a test would fail on a busy machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../core/engine';
import { parseMarkdown } from '../core/markdown';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { generateNote, generateNotes } from './generate';

const engine = new Engine();
/** Remembers no sentence: every analysis is a first reading. */
const firstReading = new Engine(undefined, { sentenceMemo: 0 });
const now = () => Number(process.hrtime.bigint()) / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);

/** Median of `runs` timings of fn. */
function time(fn: () => void, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = now();
    fn();
    t.push(now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i])).join('  ');
}

/**
 * Median per-note times of the bare parse and of `analyse` over the notes, interleaved note by note so
 * that garbage collection and machine noise fall on both sides alike (the median round is reported).
 */
function perNote(notes: string[], analyse: (text: string, i: number) => void, options: { rounds?: number; before?: (i: number) => void } = {}): { parse: number; analyse: number } {
  const { rounds = 21, before } = options;
  // Warm both paths first so neither pays the JIT alone.
  notes.slice(0, 50).forEach((t, i) => { parseMarkdown(t); before?.(i); analyse(t, i); });
  const out: { parse: number; analyse: number }[] = [];
  for (let run = 0; run < rounds; run++) {
    let p = 0;
    let a = 0;
    notes.forEach((t, i) => {
      before?.(i);
      const t0 = now();
      parseMarkdown(t);
      const t1 = now();
      analyse(t, i);
      p += t1 - t0;
      a += now() - t1;
    });
    out.push({ parse: p / notes.length, analyse: a / notes.length });
  }
  out.sort((x, y) => x.analyse / x.parse - y.analyse / y.parse);
  return out[Math.floor(out.length / 2)];
}

/** The labelled notes of the tests: real layouts and voices, denser in markers and look-alikes than most notes. */
function fixtureNotes(): string[] {
  const root = path.join(__dirname, '..', 'test', 'fixtures');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md') && f.includes('notes'))
    .map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
}

function analysisVsParse(): void {
  const notes = generateNotes(200).map(([, t]) => t);
  // A first reading: no sentence of the note has been read before.
  const first = perNote(notes, (t, i) => firstReading.analyze(String(i), t));
  // After an edit: the note was read, then one sentence changed (what the editor does as one types).
  const remembering = new Engine();
  const edited = notes.map((t, i) => t.replace(/^- .*$/m, `- Wrote down ${i} things she wanted to bring next time, in her own order.`));
  const edit = perNote(edited, (t, i) => remembering.analyze(String(i), t), { before: (i) => remembering.analyze(String(i), notes[i]) });
  const fixtures = fixtureNotes();
  const real = fixtures.length ? perNote(fixtures, (t, i) => firstReading.analyze(String(i), t), { rounds: 7 }) : undefined;
  console.log('\n1. Per-note analysis vs the bare remark parse (a typical note, ~2 KB)');
  const line = (label: string, parse: number, analyse: number, goal = '') => console.log(`   ${label.padEnd(40)}${fmt(parse).padEnd(10)}${fmt(analyse).padEnd(10)}ratio ${(analyse / parse).toFixed(2)}x ${goal}`);
  console.log(`   ${''.padEnd(40)}${'parse'.padEnd(10)}${'analysis'.padEnd(10)}`);
  line('first reading of a note', first.parse, first.analyse, '(goal <= 1.3x)');
  line('again after a one-sentence edit', edit.parse, edit.analyse, '(what typing costs)');
  if (real) line(`first reading, ${fixtures.length} labelled test notes`, real.parse, real.analyse);
}

function indexAtSizes(): void {
  console.log('\n2-4. Index: cold build vs reading the files, incremental update vs full rebuild, memory');
  const widths = [8, 12, 16, 10, 14, 14, 12, 10];
  console.log('   ' + row(['notes', 'read files', 'cold index', 'ratio', 'update (1)', 'full rebuild', 'memory', 'goals'], widths));
  for (const count of [100, 1000, 10000]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-'));
    const files = generateNotes(count);
    for (const [rel, text] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const paths = files.map(([rel]) => path.join(dir, rel));
    const read = time(() => paths.forEach((p) => fs.readFileSync(p, 'utf8')), 3);
    let index = new WorkspaceIndex();
    const build = () => {
      index = new WorkspaceIndex();
      for (const p of paths) index.set(p, engine.summarize(p, fs.readFileSync(p, 'utf8')));
      // Ready to answer trends: every client's timeline sorted and its dips computed.
      for (const c of index.clients()) engine.clientAnalysis(index.timeline(c));
    };
    const cold = time(build, 3);
    // One note edited: its summary replaced and its client's dips recomputed.
    const target = paths[Math.floor(count / 2)];
    const edited = generateNote(Math.floor(count / 2 / 10), (Math.floor(count / 2) % 10) + 1, 4, 7);
    const update = time(() => {
      index.set(target, engine.summarize(target, edited));
      engine.crossNoteFindings(index, target);
    }, 21);
    // Memory: the heap with the index held, less the heap once it is dropped.
    gc?.(); gc?.();
    const withIndex = process.memoryUsage().heapUsed;
    index = new WorkspaceIndex();
    gc?.(); gc?.();
    const memory = (withIndex - process.memoryUsage().heapUsed) / 1e6;
    const goals = count === 10000 ? `${cold <= 1500 ? 'ok' : 'SLOW'}/${update < 1 ? 'ok' : 'SLOW'}/${memory < 100 ? 'ok' : 'BIG'}` : '';
    console.log('   ' + row([String(count), fmt(read), fmt(cold), `${(cold / read).toFixed(1)}x`, fmt(update), fmt(cold), gc ? `${memory.toFixed(1)} MB` : 'n/a', goals], widths));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('   (goals at 10,000 notes: cold index <= 1.5 s / update < 1 ms / memory < 100 MB)');
}

function longNotes(): void {
  console.log('\n5. One long note at growing sizes: time per KB should stay flat (linear)');
  const widths = [10, 12, 12, 14];
  console.log('   ' + row(['size', 'parse', 'analysis', 'analysis/KB'], widths));
  for (const paragraphs of [50, 500, 2500]) {
    const text = generateNote(1, 1, paragraphs);
    const parse = time(() => parseMarkdown(text), 3);
    const analyse = time(() => firstReading.analyze('long', text), 3);
    console.log('   ' + row([`${(text.length / 1024).toFixed(0)} KB`, fmt(parse), fmt(analyse), fmt(analyse / (text.length / 1024))], widths));
  }
}

console.log(`Alliance Notes benchmark — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
analysisVsParse();
indexAtSizes();
longNotes();
