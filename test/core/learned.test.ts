import assert from 'node:assert/strict';
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import { sentenceFeatures } from '../../src/core/markers/learned/features';
import { learnedHits, type LearnedModel } from '../../src/core/markers/learned/model';
import { trainModel } from '../../scripts/learn/train';
import { brief, covered, note } from '../helpers';

/** A model small enough to read: "silent" and "long stretches" weigh for a withdrawal, most like W2. */
const MODEL: LearnedModel = {
  trainedOn: ['by hand'],
  threshold: 0.9,
  kinds: {
    withdrawal: { bias: -2, weights: { silent: 3, long_stretches: 2, '=start_her': -1 }, subtypes: { W2: { bias: 1, weights: {} }, W3: { bias: 0, weights: { silent: -2 } } } },
    confrontation: { bias: -5, weights: {}, subtypes: {} },
    'therapist-reaction': { bias: -5, weights: {}, subtypes: {} },
  },
};

const markersWith = (lines: string[], learned: LearnedModel | null | undefined) => {
  const text = note(['client: C-1', 'session: 2'], lines);
  const engine = new Engine(undefined, { learned });
  return engine.analyze('note.md', text).findings.filter((f) => /^rupture-|^therapist-reaction$/.test(f.ruleId)).map((f) => ({ brief: brief(f), covered: covered(text, f), data: f.data }));
};

describe('learned layer (measured, not shipped)', () => {
  it('reads a sentence as its words, word pairs, quoted words, whether it quotes and its first word', () => {
    assert.deepEqual(sentenceFeatures('Pt’s answer: "No way."'), ['pt', 'pt_answer', 'answer', 'answer_no', 'no', 'q:no', 'no_way', 'way', 'q:way', '=quote', '=start_pt']);
  });

  it('finds a kind above the threshold, with its likeliest subtype and the words that weigh most', () => {
    assert.deepEqual(learnedHits(MODEL, 'Patient silent for long stretches.'), [{ kind: 'withdrawal', subtype: 'W2', probability: 1 / (1 + Math.exp(-3)), words: ['silent', 'long stretches'] }]);
    assert.deepEqual(learnedHits(MODEL, 'Patient silent.'), []);
  });

  it('is off unless a model is given: the engine ships none', () => {
    assert.deepEqual(markersWith(['Patient silent for long stretches.'], undefined), []);
    assert.deepEqual(markersWith(['Patient silent for long stretches.'], null), []);
  });

  // Confidence 0.5 + 0.14 × (p − threshold) / (1 − threshold), p = logistic(−2 + 3 + 2) = 0.953: always below 0.65.
  it('flags the whole sentence, names the words, and stays below the confidence of a lower severity', () => {
    const found = markersWith(['Patient silent for long stretches after the break was announced.'], MODEL);
    assert.deepEqual(found.map((f) => [f.brief, f.covered, f.data]), [[
      "rupture-withdrawal 5:0-5:64 Withdrawal — minimal response (W2): 'Patient silent for long stretches after the break was ann…'",
      'Patient silent for long stretches after the break was announced.',
      { subtype: 'W2', cue: 'Patient silent for long stretches after the break was announced.', confidence: 0.57, reason: "learned: 'silent', 'long stretches'" },
    ]]);
  });

  it('adds nothing of a kind the rules found in the sentence', () => {
    const found = markersWith(['She gave one-word answers and was silent for long stretches.'], MODEL);
    assert.deepEqual(found.map((f) => f.data?.reason), ['phrase']);
  });

  it('goes through the same checks as the rules: not under a Plan heading, not negated', () => {
    assert.deepEqual(markersWith(['## Plan', '', 'Patient silent for long stretches if pushed.'], MODEL), []);
    assert.deepEqual(markersWith(['Patient was not silent for long stretches today.'], MODEL), []);
  });

  it('trains the same weights from the same folders every time', () => {
    const folders = [path.join(__dirname, '..', 'fixtures', 'voices')];
    const a = trainModel(folders, { epochs: 3 });
    assert.deepEqual(trainModel(folders, { epochs: 3 }), a);
    assert.deepEqual(a.trainedOn, ['voices']);
    assert.deepEqual(Object.keys(a.kinds), ['withdrawal', 'confrontation', 'therapist-reaction']);
  });
});
