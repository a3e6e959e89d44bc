import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';

describe('settings', () => {
  it('fills defaults when nothing is given', () => {
    assert.deepEqual(resolveSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid entries and reports each invalid one', () => {
    const { settings, problems } = resolveSettings({
      severity: { 'alliance-dip': 'error', 'no-such-rule': 'warning', 'rupture-withdrawal': 'loud' },
      minConfidence: 2,
      customInstruments: [{ id: 'cars', min: 0, max: 20, cutoff: 12 }, { id: 'bad id!', min: 0, max: 1 }, { id: 'flip', min: 5, max: 1 }],
      extraPhrases: { w2: ['stonewalled'], X9: ['nope'] },
      ignorePhrases: ['ok', 'as agreed'],
    });
    assert.equal(settings.severity['alliance-dip'], 'error');
    assert.equal(settings.minConfidence, DEFAULT_SETTINGS.minConfidence);
    assert.deepEqual(settings.customInstruments.map((c) => c.id), ['cars']);
    assert.deepEqual(settings.extraPhrases, { W2: ['stonewalled'] });
    assert.deepEqual(settings.ignorePhrases, ['as agreed']);
    assert.deepEqual(problems, [
      'minConfidence must be a number from 0 to 1',
      "severity: unknown rule id 'no-such-rule'",
      'severity.rupture-withdrawal must be one of error, warning, info, hint, off',
      "customInstruments[1] needs an id of letters, digits, '-' or '_'",
      'customInstruments[2] (flip) needs numbers min < max',
      "extraPhrases: unknown subtype 'X9'",
      'ignorePhrases: each phrase must be text of at least 3 characters',
    ]);
  });

  it('turns the learned layer on only with true or false, and reports anything else', () => {
    assert.equal(DEFAULT_SETTINGS.learnedLayer, false);
    assert.deepEqual(resolveSettings({ learnedLayer: true }), { settings: { ...DEFAULT_SETTINGS, learnedLayer: true }, problems: [] });
    assert.deepEqual(resolveSettings({ learnedLayer: 'yes' }), { settings: DEFAULT_SETTINGS, problems: ['learnedLayer must be true or false'] });
  });

  it('rejects a settings value that is not an object', () => {
    assert.deepEqual(resolveSettings('loud').problems, ['settings must be an object']);
  });
});
