/**
 * Measures what the learned layer adds on folders it was not trained on: for each threshold, a model is
 * trained on every labelled folder of test/fixtures except the ones named, and the detector with it is
 * scored on them beside the detector without it (rules alone).
 *
 *   npm run learn:evaluate -- unseen32,unseen33,lookalikes12 [--corpus ../path/to/corpus] [--threshold 0.9,0.95]
 * (trained as the shipped model is, train.ts SHIPPED; the threshold defaults to its own)
 *   npm run learn:evaluate -- --folds 10     every folder predicted by a model trained without its fold
 *   LEARN_OPTIONS='{"l2":0.003}' npm run learn:evaluate -- ...   other training options (train.ts TrainOptions)
 */
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import type { LearnedModel } from '../../src/core/markers/learned/model';
import { describeScore, RULES, scoreWith, withRates, type Score } from '../../test/quality/score';
import { fixtureFolders, SHIPPED, trainModel, type TrainOptions } from './train';

function scoreModel(folder: string, learned: LearnedModel | null): Score {
  const engine = new Engine(undefined, { learned });
  return scoreWith(folder, (file, text) => engine.analyze(file, text).markers.map((m) => ({ rule: RULES[m.kind], span: [m.start, m.end] as [number, number] })));
}

const add = (a: Score, b: Score) => { for (const k of ['tp', 'fp', 'found', 'missed', 'decoys', 'decoysFlagged'] as const) a[k] += b[k]; a.misses.push(...b.misses); a.falseHits.push(...b.falseHits); };
const empty = (): Score => ({ precision: 0, recall: 0, tp: 0, fp: 0, found: 0, missed: 0, decoys: 0, decoysFlagged: 0, misses: [], falseHits: [] });

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const corpus = option('--corpus');
const trainOptions = JSON.parse(process.env.LEARN_OPTIONS ?? '{}') as TrainOptions;
const thresholds = (option('--threshold') ?? String(SHIPPED.threshold)).split(',').map(Number);
const folds = Number(option('--folds') ?? 0);
const all = fixtureFolders();
const verbose = !!process.env.VERBOSE;

for (const threshold of thresholds) {
  const groups: string[][] = folds
    ? Array.from({ length: folds }, (_, f) => all.filter((_, i) => i % folds === f))
    : [all.filter((d) => (args[0] ?? '').split(',').includes(path.basename(d)))];
  const rules = empty();
  const both = empty();
  for (const test of groups) {
    const model = trainModel(all.filter((d) => !test.includes(d)), { ...SHIPPED, ...trainOptions, threshold });
    for (const folder of test) {
      const r = scoreModel(folder, null);
      const b = scoreModel(folder, model);
      add(rules, r);
      add(both, b);
      if (!folds) console.log(`${path.basename(folder).padEnd(14)} rules ${describeScore(r)}\n${''.padEnd(14)} +model ${describeScore(b)}`);
    }
    if (corpus && !folds) {
      const r = scoreModel(path.resolve(corpus), null);
      const b = scoreModel(path.resolve(corpus), model);
      console.log(`corpus (not summed) rules ${describeScore(r)}\n${''.padEnd(19)} +model ${describeScore(b)}`);
      if (verbose) console.log('  added false hits:\n  ' + b.falseHits.filter((h) => !r.falseHits.includes(h)).join('\n  '));
    }
  }
  console.log(`threshold ${threshold}: rules ${describeScore(withRates(rules))}\n${''.padEnd(16)} +model ${describeScore(withRates(both))}`);
  if (verbose) console.log('  added false hits:\n  ' + both.falseHits.filter((h) => !rules.falseHits.includes(h)).join('\n  '));
  if (verbose) console.log('  added finds:\n  ' + rules.misses.filter((h) => !both.misses.includes(h)).join('\n  '));
}
