import assert from 'node:assert/strict';
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import { sentenceFeatures } from '../../src/core/markers/learned/features';
import { learnedMayRead, MAX_WORDS } from '../../src/core/markers/learned/gate';
import { learnedHits, type LearnedModel } from '../../src/core/markers/learned/model';
import { shippedModel } from '../../src/core/markers/learned/shipped';
import { fixtureFolders, SHIPPED, trainModel } from '../../scripts/learn/train';
import { brief, covered, note } from '../helpers';

/** A model small enough to read: "silent", "long stretches" and "for" weigh for a withdrawal, most like W2. */
const MODEL: LearnedModel = {
  trainedOn: ['by hand'],
  threshold: 0.9,
  kinds: {
    withdrawal: { bias: -2, weights: { silent: 3, long_stretches: 2, for: 1, '=start_her': -1 }, subtypes: { W2: { bias: 1, weights: {} }, W3: { bias: 0, weights: { silent: -2 } } } },
    confrontation: { bias: -5, weights: {}, subtypes: {} },
    'therapist-reaction': { bias: -5, weights: {}, subtypes: {} },
  },
};

const markersWith = (lines: string[], learned: LearnedModel | null | undefined, settings?: unknown) => {
  const text = note(['client: C-1', 'session: 2'], lines);
  const engine = new Engine(settings, { learned });
  return engine.analyze('note.md', text).findings.filter((f) => /^rupture-|^therapist-reaction$/.test(f.ruleId)).map((f) => ({ brief: brief(f), covered: covered(text, f), data: f.data }));
};

describe('learned layer (off by default: the learnedLayer setting)', () => {
  it('reads a sentence as its words, word pairs, quoted words, whether it quotes and its first word', () => {
    assert.deepEqual(sentenceFeatures('Pt’s answer: "No way."'), ['pt', 'pt_answer', 'answer', 'answer_no', 'no', 'q:no', 'no_way', 'way', 'q:way', '=quote', '=start_pt']);
  });

  it('finds a kind above the threshold, with its likeliest subtype and the words that weigh most, plain ones unnamed', () => {
    assert.deepEqual(learnedHits(MODEL, 'Patient silent for long stretches.'), [{ kind: 'withdrawal', subtype: 'W2', probability: 1 / (1 + Math.exp(-4)), words: ['silent', 'long stretches'] }]);
    assert.deepEqual(learnedHits(MODEL, 'Patient silent.'), []);
  });

  it('is off unless a model is given or the setting is on', () => {
    assert.deepEqual(markersWith(['Patient silent for long stretches after I announced the break.'], undefined), []);
    assert.deepEqual(markersWith(['Patient silent for long stretches after I announced the break.'], null), []);
    assert.deepEqual(markersWith(['Patient silent for long stretches after I announced the break.'], null, { learnedLayer: true }), []);
  });

  // A sentence of no fixture set that no rule reads; the shipped model does, with the setting on.
  it('reads with the shipped model when the learnedLayer setting is on', () => {
    const line = 'Said my reframe "was a greeting card".';
    assert.deepEqual(markersWith([line], undefined), []);
    const found = markersWith([line], undefined, { learnedLayer: true });
    assert.deepEqual(found.map((f) => [f.brief, f.data?.subtype]), [[
      `rupture-confrontation 5:0-5:${line.length} Confrontation — rejecting an intervention (C2): '${line}'`,
      'C2',
    ]]);
    // Which of the sentence's words weigh most is the model's data (it changes with a retrain); the hand-made model
    // above pins how they are named. Words too plain to name ("a", "my", "in") are not named.
    assert.match(String(found[0].data?.reason), /^learned: '[^']+'(?:, '[^']+'){0,2}$/);
    assert.doesNotMatch(String(found[0].data?.reason), /'(?:a|my|the)'/);
    assert.ok((found[0].data?.confidence as number) < 0.65);
  });

  it('ships a model trained on every labelled set, as train.ts SHIPPED says, with the reactions left to the rules', () => {
    const model = shippedModel();
    assert.deepEqual(model.trainedOn, fixtureFolders().map((d) => path.basename(d)), 'a set was added or removed: run `npm run learn:train`');
    assert.equal(model.threshold, SHIPPED.threshold);
    assert.deepEqual(model.kinds['therapist-reaction'], { bias: -20, weights: {}, subtypes: {} });
    for (const kind of ['withdrawal', 'confrontation'] as const) {
      assert.ok(Object.values(model.kinds[kind].weights).every((w) => Math.abs(w) >= (SHIPPED.minWeight as number)));
    }
  });

  describe('speaks only where its gate lets it', () => {
    const cases: [string, boolean, string][] = [
      ['my words outside the quotation marks', true, 'He said my reflection "rang a bit flat".'],
      ['a question put to me', true, 'Asked whether I had "ever worked a night shift".'],
      ['a word of therapy', true, 'Said the diary was "a school thing".'],
      ['a long sentence', false, `Said my reflection was "off" ${'and then went on '.repeat(5)}about it.`],
      ['a line of scores', false, 'SRS 31, and she said my questions were "a lot".'],
      ["the therapist's own narration", false, 'I pushed the rationale harder each time she objected.'],
      ['nothing aimed at the therapist or the therapy', false, 'She said "the sea takes one every few years".'],
      ["someone else's comment", false, 'Said the coworker\'s comment "got under my skin".'],
      ['the session as a time', false, 'She spent much of the session telling the story of his illness.'],
      ["the client's own questions", false, 'Asked practical questions ("what do we actually do in here?").'],
      // A move answered and taken up, or gone on with (reply.ts answerTakenUp): not a marker's shape.
      ['my suggestion taken up', false, 'When I suggested the walking group she said "I\'d like that, actually".'],
      ['a word of address ("love") does not take a move up', true, 'When I asked about the drinking he said "same as ever, love".'],
      ['answered and gone on with', false, 'When I asked about the move she said "next month" and showed me the tenancy.'],
      ['answered and planned together', false, 'When I asked about the review, he said "it\'s on the 9th" and we planned what to bring.'],
      ['answered fully', false, 'He did not hesitate when I asked about the cannabis, and answered fully.'],
      ['a denial in words of taking up is not taken up', true, 'When I asked about the funeral he said "yeah, it\'s all fine".'],
      ['thanks closing a reply do not take it up', true, 'When I asked about my summary she said "no, thank you".'],
    ];
    for (const [why, may, sentence] of cases) it(`${may ? 'reads' : 'not'} — ${why}: ${sentence}`, () => assert.equal(learnedMayRead(sentence, 'confrontation'), may));

    it('never for the therapist\'s reactions', () => assert.equal(learnedMayRead('I felt small.', 'therapist-reaction'), false));
    it(`counts at most ${MAX_WORDS} words`, () => {
      assert.equal(learnedMayRead(`She said my ${'very '.repeat(MAX_WORDS - 4)}idea.`, 'withdrawal'), true);
      assert.equal(learnedMayRead(`She said my ${'very '.repeat(MAX_WORDS - 3)}idea.`, 'withdrawal'), false);
    });
  });

  // Confidence 0.5 + 0.14 × (p − threshold) / (1 − threshold), p = logistic(−2 + 3 + 2 + 1) = 0.982: always below 0.65.
  it('flags the whole sentence, names the words, and stays below the confidence of a lower severity', () => {
    const found = markersWith(['Patient silent for long stretches after I announced the break.'], MODEL);
    assert.deepEqual(found.map((f) => [f.brief, f.covered, f.data]), [[
      "rupture-withdrawal 5:0-5:62 Withdrawal — minimal response (W2): 'Patient silent for long stretches after I announced the b…'",
      'Patient silent for long stretches after I announced the break.',
      { subtype: 'W2', cue: 'Patient silent for long stretches after I announced the break.', confidence: 0.61, reason: "learned: 'silent', 'long stretches'" },
    ]]);
  });

  it('adds nothing of a kind the rules found in the sentence', () => {
    const found = markersWith(['She gave one-word answers and was silent for long stretches.'], MODEL);
    assert.deepEqual(found.map((f) => f.data?.reason), ['phrase']);
  });

  it('goes through the same checks as the rules: not under a Plan heading, not negated', () => {
    assert.deepEqual(markersWith(['## Plan', '', 'Patient silent for long stretches if I push.'], MODEL), []);
    assert.deepEqual(markersWith(['Patient was not silent for long stretches with me today.'], MODEL), []);
  });

  it('trains the same weights from the same folders every time', () => {
    const folders = [path.join(__dirname, '..', 'fixtures', 'voices')];
    const a = trainModel(folders, { epochs: 3 });
    assert.deepEqual(trainModel(folders, { epochs: 3 }), a);
    assert.deepEqual(a.trainedOn, ['voices']);
    assert.deepEqual(Object.keys(a.kinds), ['withdrawal', 'confrontation', 'therapist-reaction']);
  });
});
