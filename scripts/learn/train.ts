/**
 * Trains the learned layer (src/core/markers/learned) on labelled folders of notes (labels.json beside
 * notes/, as in test/fixtures): each sentence the detector reads is an example, positive for a kind when a
 * labelled phrase of that kind overlaps it. One logistic regression per kind, and per subtype among the
 * sentences of a kind, fitted by full-batch gradient descent on the mean log loss with L2 regularisation
 * (no randomness: the same folders always give the same weights). Used by evaluate.ts and by write-model.ts, which
 * writes the model the learnedLayer setting turns on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import { sentenceFeatures } from '../../src/core/markers/learned/features';
import type { LearnedModel, Linear } from '../../src/core/markers/learned/model';

export const KINDS = ['withdrawal', 'confrontation', 'therapist-reaction'] as const;
export type Kind = (typeof KINDS)[number];

export interface Example {
  features: string[];
  /** The subtype labelled for each kind the sentence holds (TR for the therapist's reactions). */
  kinds: Partial<Record<Kind, string>>;
}

export interface TrainOptions {
  threshold?: number;
  l2?: number;
  /** Steps of gradient descent, each over every example. */
  epochs?: number;
  rate?: number;
  /** Features seen in fewer training sentences than this are left out. */
  minCount?: number;
  /** Each feature counts 1/√n in a sentence of n features (LearnedModel.normalise). */
  normalise?: boolean;
  /** Weights smaller than this are left out of the model (its size). */
  minWeight?: number;
}

export const DEFAULTS: Required<TrainOptions> = { threshold: 0.7, l2: 1e-3, epochs: 300, rate: 0.5, minCount: 2, normalise: false, minWeight: 0.02 };

/** What the shipped model (write-model.ts) is trained with: the defaults of the thirty-eighth session, at the threshold the seventy-sixth measured on never-tuned sets (README, "A learned layer"). */
export const SHIPPED: TrainOptions = { ...DEFAULTS, threshold: 0.5 };

interface Labels {
  [file: string]: { markers?: { kind: Kind; subtype?: string; quote: string }[] };
}

/** The labelled folders of test/fixtures (every folder with a labels.json). */
export function fixtureFolders(root = path.join(__dirname, '..', '..', 'test', 'fixtures')): string[] {
  return fs.readdirSync(root).map((d) => path.join(root, d)).filter((d) => fs.existsSync(path.join(d, 'labels.json'))).sort();
}

/** The examples of one labelled folder: the sentences the detector reads, outside plan and resolution sections. */
export function examplesOf(folder: string): Example[] {
  const engine = new Engine(undefined, { sentenceMemo: 0 });
  const labels = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Labels;
  const out: Example[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const gold = (label.markers ?? []).map((m) => {
      const at = text.indexOf(m.quote);
      return { kind: m.kind, subtype: m.kind === 'therapist-reaction' ? 'TR' : (m.subtype ?? ''), start: at, end: at + m.quote.length };
    }).filter((g) => g.start >= 0);
    for (const { sentence, inPlan, inResolution } of engine.sentencesOf(text)) {
      if (inPlan || inResolution) continue;
      const kinds: Example['kinds'] = {};
      for (const g of gold) if (g.start < sentence.end && sentence.start < g.end && !kinds[g.kind]) kinds[g.kind] = g.subtype;
      out.push({ features: sentenceFeatures(sentence.text), kinds });
    }
  }
  return out;
}

function fit(rows: readonly number[][], ys: readonly number[], size: number, vocab: readonly string[], o: Required<TrainOptions>): Linear {
  const w = new Float64Array(size);
  const grad = new Float64Array(size);
  let b = 0;
  const n = rows.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const v = o.normalise ? 1 / Math.sqrt(Math.max(1, rows[i].length)) : 1;
      let z = 0;
      for (const j of rows[i]) z += w[j];
      const g = 1 / (1 + Math.exp(-(b + z * v))) - ys[i];
      for (const j of rows[i]) grad[j] += g * v;
      gb += g;
    }
    for (let j = 0; j < size; j++) w[j] -= o.rate * (grad[j] / n + o.l2 * w[j]);
    b -= (o.rate * gb) / n;
  }
  const weights: Record<string, number> = {};
  w.forEach((x, j) => { if (Math.abs(x) >= o.minWeight) weights[vocab[j]] = Math.round(x * 1000) / 1000; });
  return { bias: Math.round(b * 1000) / 1000, weights };
}

export function trainModel(folders: readonly string[], options: TrainOptions = {}): LearnedModel {
  const o = { ...DEFAULTS, ...options };
  const examples = folders.flatMap(examplesOf);
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= o.minCount).map(([f]) => f).sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  const rowOf = (e: Example) => [...new Set(e.features.map((f) => id.get(f)).filter((j): j is number => j !== undefined))];
  const rows = examples.map(rowOf);
  const kinds = {} as LearnedModel['kinds'];
  for (const kind of KINDS) {
    const linear = fit(rows, examples.map((e) => (e.kinds[kind] ? 1 : 0)), vocab.length, vocab, o);
    const positives = examples.map((e, i) => ({ subtype: e.kinds[kind], row: rows[i] })).filter((p) => p.subtype);
    const names = [...new Set(positives.map((p) => p.subtype as string))].sort();
    const subtypes: Record<string, Linear> = {};
    for (const name of names) {
      subtypes[name] = names.length === 1 ? { bias: 1, weights: {} } : fit(positives.map((p) => p.row), positives.map((p) => (p.subtype === name ? 1 : 0)), vocab.length, vocab, o);
    }
    kinds[kind] = { ...linear, subtypes };
  }
  return { trainedOn: folders.map((f) => path.basename(f)), threshold: o.threshold, normalise: o.normalise, kinds };
}

