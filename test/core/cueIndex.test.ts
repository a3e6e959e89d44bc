import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueIndex, cueStarts } from '../../src/core/markers/cueIndex';
import { CUES } from '../../src/core/markers/lexicon';

const index = new CueIndex(CUES);

/** Words that occur in the cue patterns, so random sentences often come close to a cue. */
const VOCAB = [...new Set(CUES.flatMap((c) => c.pattern.source.toLowerCase().match(/[a-z']{2,}/g) ?? []))];

describe('cue index', () => {
  it('reads the word starts of a pattern', () => {
    assert.deepEqual(cueStarts({ subtype: 'W2', confidence: 1, pattern: /\b(?:one|single|two)[- ]word/i }), ['one', 'sin', 'two']);
    assert.deepEqual(cueStarts({ subtype: 'W2', confidence: 1, pattern: /\b(?:very )?little\b/i }), ['ver', 'lit']);
    assert.equal(cueStarts({ subtype: 'W2', confidence: 1, pattern: /["“]fine/i }), undefined);
  });

  it('can file all but a few cues by their word starts', () => {
    // Cues that start inside a quotation or after a lookbehind cannot be filed by a word; keep them few.
    assert.ok(index.alwaysRun <= 10, `${index.alwaysRun} cues always run`);
  });

  it('never leaves out a cue that matches (random sentences from the cues\' own words)', () => {
    let matched = 0;
    const word = fc.oneof(fc.constantFrom(...VOCAB), fc.constantFrom('she', 'he', 'I', 'Pt', 'T', 'the', 'me', 'my', 'to', 'a', '"', ',', '.', "'s", 'X.'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.boolean(), (words, upper) => {
        let text = words.join(' ');
        if (upper) text = text.toUpperCase();
        const candidates = new Set(index.candidates(text));
        for (const cue of CUES) if (cue.pattern.test(text) && ++matched) assert.ok(candidates.has(cue), `${cue.pattern} matches "${text}" but was not selected`);
      }),
      { numRuns: 20000, seed: 7 },
    );
    assert.ok(matched > 300, `only ${matched} cue matches were exercised`);
  });
});
