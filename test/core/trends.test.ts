import assert from 'node:assert/strict';
import { brief, check, only, note } from '../helpers';

const session = (n: number, measures: string[], extra: string[] = []) =>
  note(['client: C-1', `session: ${n}`, ...extra, 'measures:', ...measures]);

describe('trends: dips, cutoff, rater gap', () => {
  it('a drop of at least the threshold since the previous rating is a dip, linked to the earlier note', () => {
    const r = check({ 's3.md': session(3, ['  srs: 38']), 's4.md': session(4, ['  srs: 31']) });
    const [dip] = only(r.get('s4.md')!, 'alliance-dip');
    assert.equal(brief(dip), 'alliance-dip 4:7-4:9 SRS 31, down 7 from 38 in session 3 (threshold 1)');
    assert.equal(dip.severity, 'warning');
    assert.deepEqual(dip.related, [{ noteId: 's3.md', range: { start: { line: 4, character: 7 }, end: { line: 4, character: 9 } }, message: 'SRS 38 in session 3' }]);
    assert.deepEqual(only(r.get('s3.md')!, 'alliance-dip'), []);
  });

  it('orders by session number, not by file name, and skips sessions without that measure', () => {
    const r = check({ 'a.md': session(5, ['  srs: 30']), 'b.md': session(2, ['  srs: 39']), 'c.md': session(3, ['  ors: 20']) });
    assert.deepEqual(only(r.get('a.md')!, 'alliance-dip').map((f) => f.message), ['SRS 30, down 9 from 39 in session 2 (threshold 1)']);
  });

  it('compares the same rater only, and uses each instrument\'s threshold (WAI-SR 7)', () => {
    const r = check({
      's1.md': session(1, ['  wai-sr: { client: 50, therapist: 40 }']),
      's2.md': session(2, ['  wai-sr: { client: 44, therapist: 32 }']),
    });
    assert.deepEqual(only(r.get('s2.md')!, 'alliance-dip').map((f) => f.message), ['WAI-SR 32 (therapist), down 8 from 40 in session 1 (threshold 7)']);
  });

  it('ORS is outcome, not alliance: no alliance rule fires on it', () => {
    const r = check({ 's1.md': session(1, ['  ors: 30']), 's2.md': session(2, ['  ors: 10']) });
    assert.deepEqual(r.get('s2.md'), []);
  });

  it('a dip followed by a return to the earlier level within three sessions is marked repaired', () => {
    const r = check({
      's1.md': session(1, ['  srs: 38']),
      's2.md': session(2, ['  srs: 33']),
      's3.md': session(3, ['  srs: 36']),
      's4.md': session(4, ['  srs: 38']),
    });
    const [dip] = only(r.get('s2.md')!, 'alliance-dip');
    assert.equal(dip.message, 'SRS 33, down 5 from 38 in session 1 (threshold 1); back to 38 or above by session 4 (repaired)');
    assert.equal(dip.severity, 'info');
    assert.equal(dip.data?.repaired, true);
  });

  it('a return after more than three sessions does not count as repaired', () => {
    const r = check({ 's1.md': session(1, ['  srs: 38']), 's2.md': session(2, ['  srs: 33']), 's6.md': session(6, ['  srs: 39']) });
    assert.equal(only(r.get('s2.md')!, 'alliance-dip')[0].data?.repaired, false);
  });

  it('2 SD below the client\'s own mean of at least 3 earlier ratings is a dip, with a floor on the SD', () => {
    // WAI-SR drops of 6 stay under the 7-point threshold; the ipsative rule sees the fall from a steady 55.
    const steady = { 's1.md': session(1, ['  wai-sr: 55']), 's2.md': session(2, ['  wai-sr: 55']), 's3.md': session(3, ['  wai-sr: 56']) };
    const r = check({ ...steady, 's4.md': session(4, ['  wai-sr: 50']) });
    assert.deepEqual(only(r.get('s4.md')!, 'alliance-dip').map((f) => f.message), [
      "WAI-SR 50, 5.3 below this client's mean of 55.3 over 3 earlier ratings (limit 4.8, 2 SD)",
    ]);
    // The SD floor (5% of the range, 2.4 points) keeps a flat history from making a 4-point wobble a dip.
    const wobble = check({ ...steady, 's4.md': session(4, ['  wai-sr: 52']) });
    assert.deepEqual(only(wobble.get('s4.md')!, 'alliance-dip'), []);
  });

  it('a score under the cutoff is flagged; at the cutoff it is not', () => {
    const r = check({ 'a.md': session(1, ['  srs: 35']), 'b.md': note(['client: C-2', 'session: 1', 'measures:', '  srs: 36']) });
    assert.deepEqual(r.get('a.md')!.map(brief), ['alliance-below-cutoff 4:7-4:9 SRS 35 is below the cutoff of 36']);
    assert.deepEqual(r.get('b.md'), []);
  });

  it('cutoffs and dip thresholds can be changed in settings', () => {
    const r = check({ 's1.md': session(1, ['  srs: 38']), 's2.md': session(2, ['  srs: 35']) }, { thresholds: { srs: { cutoff: null, dipThreshold: 5 } } });
    assert.deepEqual(r.get('s2.md'), []);
  });

  it('client and therapist ratings far apart in one session are a rater gap', () => {
    const r = check({ 'a.md': session(3, ['  wai-sr: { client: 56, therapist: 41 }']) });
    assert.deepEqual(r.get('a.md')!.map(brief), ['alliance-rater-gap 4:20-4:37 WAI-SR: client 56, therapist 41, a gap of 15 (threshold 7.2)']);
  });
});
