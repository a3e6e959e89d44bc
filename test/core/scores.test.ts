import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { BUILT_IN_INSTRUMENTS, InstrumentRegistry, normalise } from '../../src/core/instruments';
import { brief, findingsOf, note } from '../helpers';

const scores = (measures: string[], settings?: unknown) =>
  new Engine(settings).summarize('a.md', note(['client: C-1', 'session: 1', 'measures:', ...measures]))!.scores.map((s) => [s.instrument, s.rater, s.value]);

describe('instruments and scores', () => {
  it('has the built-in instruments of domain.md A3 with their ranges, cutoffs and dip thresholds', () => {
    assert.deepEqual(BUILT_IN_INSTRUMENTS.map((i) => [i.id, i.min, i.max, i.cutoff, i.dipThreshold]), [
      ['srs', 0, 40, 36, 1],
      ['ors', 0, 40, undefined, undefined],
      ['wai', 36, 252, undefined, 21.6],
      ['wai-s', 12, 84, undefined, 7.2],
      ['wai-sr', 12, 60, undefined, 7],
      ['haq-ii', 19, 114, undefined, 9.5],
    ]);
    assert.equal(BUILT_IN_INSTRUMENTS.find((i) => i.id === 'ors')!.kind, 'outcome');
  });

  it('normalises to 0–1 on the instrument range', () => {
    const wai = new InstrumentRegistry().get('WAI-SR')!;
    assert.equal(normalise(wai, 12), 0);
    assert.equal(normalise(wai, 60), 1);
    assert.equal(normalise(wai, 36), 0.5);
  });

  it('reads a bare number as the client total, ids case-insensitively', () => {
    assert.deepEqual(scores(['  SRS: 37', '  ors: 22']), [['srs', 'client', 37], ['ors', 'client', 22]]);
  });

  it('reads per-rater values, subscales, items with reverse keying, and means', () => {
    assert.deepEqual(scores(['  wai-sr: { client: { task: 15, bond: 17, goal: 15 }, therapist: 50 }']), [['wai-sr', 'client', 47], ['wai-sr', 'therapist', 50]]);
    // HAq-II: items 4, 8, 11, 16, 19 are reverse-keyed (7 − x).
    const items = Array.from({ length: 19 }, (_, i) => ([4, 8, 11, 16, 19].includes(i + 1) ? 2 : 5));
    assert.deepEqual(scores([`  haq-ii: { client: { items: [${items.join(', ')}] } }`]), [['haq-ii', 'client', 14 * 5 + 5 * 5]]);
    assert.deepEqual(scores(['  haq-ii: { client: { mean: 5 } }']), [['haq-ii', 'client', 95]]);
  });

  it('underlines an out-of-range score with the range in the message', () => {
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  srs: 47'])).map(brief), [
      'score-out-of-range 4:7-4:9 SRS 47 is outside its range 0–40',
    ]);
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  wai-sr: { therapist: 8 }'])).map(brief), [
      'score-out-of-range 4:23-4:24 WAI-SR (therapist) 8 is outside its range 12–60',
    ]);
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  srs: { relationship: 11, goals: 9, approach: 9, overall: 9 }'])).map(brief), [
      'score-out-of-range 4:23-4:25 SRS relationship 11 is outside its range 0–10',
    ]);
  });

  it('flags an unknown instrument at its key, and accepts one configured in settings', () => {
    const text = note(['client: C-1', 'session: 1', 'measures:', '  cars: 12']);
    assert.deepEqual(findingsOf(text).map(brief), [
      "unknown-instrument 4:2-4:6 Unknown instrument 'cars': neither built in (srs, ors, wai, wai-s, wai-sr, haq-ii) nor configured in settings",
    ]);
    assert.deepEqual(findingsOf(text, { customInstruments: [{ id: 'cars', min: 0, max: 20 }] }), []);
  });

  it('warns when a total disagrees with its subscales or items', () => {
    const f = findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  wai-sr: { client: { task: 15, bond: 17, goal: 15, total: 40 } }']));
    assert.deepEqual(f.map((x) => [x.severity, brief(x)]), [
      ['warning', 'frontmatter-field 4:20-4:63 WAI-SR: total 40 does not agree with the sum of subscales 47'],
    ]);
  });

  it('rejects placeholders and wrong shapes with a clear message', () => {
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  srs: n/a'])).map(brief), [
      'frontmatter-field 4:7-4:10 SRS must be a number (the total) or an object with total, mean, items or subscales; omit a missing measure rather than writing a placeholder',
    ]);
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  srs: { items: [1, 2] }'])).map(brief), [
      'frontmatter-field 4:16-4:22 SRS has 4 items; 2 given',
    ]);
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: 1', 'measures: 37'])).map(brief), [
      "frontmatter-field 3:10-3:12 'measures' must be a mapping of instrument id to score",
    ]);
  });

  it('NaN and Infinity are not scores', () => {
    const f = findingsOf(note(['client: C-1', 'session: 1', 'measures:', '  srs: .nan', '  ors: .inf']));
    assert.deepEqual(f.map((x) => x.message), ['SRS must be a finite number', 'ORS must be a finite number']);
  });
});
