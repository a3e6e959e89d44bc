/**
 * Scores the detector on a labeled folder of notes (labels.json beside notes/), the way
 * ../shared/tools/score-corpus.mjs scores the command line: a finding matches a labeled phrase of the
 * same rule when their ranges overlap; precision counts findings, recall counts phrases; a decoy is
 * flagged when any marker finding overlaps it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';

/** The rule id of each kind of marker in labels.json. */
export const RULES: Record<string, string> = { withdrawal: 'rupture-withdrawal', confrontation: 'rupture-confrontation', 'therapist-reaction': 'therapist-reaction' };

interface Labels {
  [file: string]: { markers?: { kind: string; subtype?: string; quote: string }[]; decoys?: { why: string; quote: string }[] };
}

export interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  found: number;
  missed: number;
  decoys: number;
  decoysFlagged: number;
  misses: string[];
  falseHits: string[];
}

/** A finding as the scorer sees it: its rule and its offsets in the note. */
export interface Prediction {
  rule: string;
  span: [number, number];
}

/** Scores the command line's findings on a labeled folder. */
export function scoreFolder(folder: string, settings?: object): Score {
  const dir = path.resolve(folder);
  const args = ['check', '--format', 'json'];
  let cfg: string | undefined;
  if (settings) {
    cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'an-cfg-')), 'cfg.json');
    fs.writeFileSync(cfg, JSON.stringify(settings));
    args.push('--config', cfg);
  }
  let out = '';
  run([...args, path.join(dir, 'notes')], { out: (s) => (out += s), err: () => {}, cwd: dir });
  const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
  const byFile = new Map(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages]));
  const s = scoreWith(dir, (file, text) => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const at = (line: number, col: number) => starts[line - 1] + col - 1;
    return (byFile.get(file) ?? []).filter((m) => Object.values(RULES).includes(m.ruleId)).map((m) => ({ rule: m.ruleId, span: [at(m.line, m.column), Math.max(at(m.endLine, m.endColumn), at(m.line, m.column) + 1)] as [number, number] }));
  });
  if (cfg) fs.rmSync(path.dirname(cfg), { recursive: true, force: true });
  return s;
}

/** Scores any source of findings on a labeled folder: `predict` gives the findings of one note. */
export function scoreWith(folder: string, predict: (file: string, text: string) => Prediction[]): Score {
  const dir = path.resolve(folder);
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Labels;
  const s: Score = { precision: 0, recall: 0, tp: 0, fp: 0, found: 0, missed: 0, decoys: 0, decoysFlagged: 0, misses: [], falseHits: [] };
  for (const [file, lab] of Object.entries(labels)) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const span = (q: string): [number, number] => { const i = text.indexOf(q); return [i, i + q.length]; };
    const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
    const gold = (lab.markers ?? []).map((m) => ({ rule: RULES[m.kind], span: span(m.quote), quote: m.quote }));
    const pred = predict(file, text);
    for (const p of pred) {
      if (gold.some((g) => g.rule === p.rule && overlaps(g.span, p.span))) s.tp++;
      else { s.fp++; s.falseHits.push(`${file} ${p.rule}: ${text.slice(p.span[0], p.span[1])}`); }
    }
    for (const g of gold) {
      if (pred.some((p) => p.rule === g.rule && overlaps(g.span, p.span))) s.found++;
      else { s.missed++; s.misses.push(`${file} ${g.rule}: ${g.quote}`); }
    }
    for (const d of lab.decoys ?? []) {
      s.decoys++;
      if (pred.some((p) => overlaps(span(d.quote), p.span))) { s.decoysFlagged++; s.falseHits.push(`${file} decoy (${d.why}): ${d.quote}`); }
    }
  }
  return withRates(s);
}

/** The score with its precision and recall computed from its counts (also for scores summed over folders). */
export function withRates(s: Score): Score {
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  s.recall = s.found + s.missed ? s.found / (s.found + s.missed) : 0;
  return s;
}

export function describeScore(s: Score): string {
  return `precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (findings ${s.tp} right, ${s.fp} wrong; phrases ${s.found} found, ${s.missed} missed); decoys flagged ${s.decoysFlagged}/${s.decoys}`;
}

if (require.main === module) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : [path.join(__dirname, '..', 'fixtures', 'voices')];
  // Several folders are scored in one process, one line each, named ("npm run score -- test/fixtures/*/" reads
  // every labelled set in a minute, where a process per set takes a quarter of an hour). SETTINGS='{"learnedLayer":true}'
  // scores with other settings.
  const settings = process.env.SETTINGS ? (JSON.parse(process.env.SETTINGS) as object) : undefined;
  for (const dir of dirs) {
    if (dirs.length > 1 && !fs.existsSync(path.join(dir, 'labels.json'))) continue;
    const s = scoreFolder(dir, settings);
    console.log((dirs.length > 1 ? `${path.basename(path.resolve(dir))} ` : '') + describeScore(s));
    if (process.env.VERBOSE) { console.log('missed:\n  ' + s.misses.join('\n  ')); console.log('false hits:\n  ' + s.falseHits.join('\n  ')); }
  }
}
