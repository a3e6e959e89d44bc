import assert from 'node:assert/strict';
import path from 'node:path';
import { CUES } from '../../src/core/markers/lexicon';
import { describeScore, scoreFolder } from '../quality/score';

describe('detector quality on notes in other clinicians\' voices (test/fixtures/voices)', () => {
  it('reaches precision 0.9 and recall 0.85, flagging no more than 1 in 10 decoys', () => {
    const s = scoreFolder(path.join(__dirname, '..', 'fixtures', 'voices'));
    console.log(`      ${describeScore(s)}`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}\n${s.falseHits.join('\n')}`);
    assert.ok(s.recall >= 0.85, `recall ${s.recall}\n${s.misses.join('\n')}`);
    assert.ok(s.decoysFlagged <= s.decoys / 10, `decoys flagged ${s.decoysFlagged}/${s.decoys}`);
  });

  it('every built-in cue is case-insensitive and without global state (the cue index relies on it)', () => {
    for (const cue of CUES) assert.equal(cue.pattern.flags, 'i', cue.pattern.source);
  });
});
