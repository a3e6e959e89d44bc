import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { brief, findingsOf, note } from '../helpers';

describe('note model and frontmatter validation', () => {
  it('a Markdown file without frontmatter is not a note and gets nothing', () => {
    const engine = new Engine();
    const a = engine.analyze('README.md', '# Read me\n\nShe went quiet and shrugged.\n');
    assert.equal(a.isNote, false);
    assert.deepEqual(a.findings, []);
    assert.equal(engine.summarize('README.md', '# Read me\n'), undefined);
  });

  it('frontmatter without a client key is not a session note', () => {
    const a = new Engine().analyze('post.md', '---\ntitle: My journal\nsession: 3\n---\n\nShe went quiet.\n');
    assert.equal(a.isNote, false);
  });

  it('broken YAML in a block with a client line is a note with frontmatter-yaml at the error', () => {
    const text = '---\nclient: C-1\nsession: [1\n---\n';
    assert.deepEqual(findingsOf(text).map(brief), [
      'frontmatter-yaml 2:11-3:0 Frontmatter YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('broken YAML without a client line is not a note', () => {
    assert.equal(new Engine().analyze('x.md', '---\ntitle: [oops\n---\n').isNote, false);
  });

  it('a missing closing fence is reported at the opening fence', () => {
    assert.deepEqual(findingsOf('---\nclient: C-1\nsession: 1\n').map(brief), [
      "frontmatter-yaml 0:0-0:3 Frontmatter YAML: the frontmatter has no closing '---' line",
    ]);
  });

  it('duplicate keys are a YAML error', () => {
    const f = findingsOf('---\nclient: C-1\nsession: 1\nsession: 2\n---\n');
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'frontmatter-yaml');
    assert.match(f[0].message, /unique/i);
    assert.equal(f[0].range.start.line, 3);
  });

  it('field errors underline the value with a message saying what is expected', () => {
    const text = '---\nclient: C-1\nsession: 0\ndate: 2026-02-30\nformat: SOAPY\nattendance: Late\n---\n';
    assert.deepEqual(findingsOf(text).map(brief), [
      "frontmatter-field 2:9-2:10 'session' must be an integer from 1; found 0",
      "frontmatter-field 3:6-3:16 'date' must be a calendar date written YYYY-MM-DD; found '2026-02-30'",
      "frontmatter-field 4:8-4:13 'format' must be one of SOAP, DAP, BIRP, PIRP, GIRP; found 'SOAPY'",
      "frontmatter-field 5:12-5:16 'attendance' must be one of attended, late, no-show, cancelled; found 'Late'",
    ]);
  });

  it('a missing session is reported at the opening fence; a word for a session at the word', () => {
    assert.deepEqual(findingsOf('---\nclient: C-1\n---\n').map(brief), [
      "frontmatter-field 0:0-0:3 'session' is missing: give the session number (an integer from 1)",
    ]);
    assert.deepEqual(findingsOf(note(['client: C-1', 'session: "seven"'])).map(brief), [
      "frontmatter-field 2:9-2:16 'session' must be an integer from 1; found 'seven'",
    ]);
  });

  it('an empty client is a field error', () => {
    assert.deepEqual(findingsOf(note(['client:', 'session: 1'])).map(brief), [
      "frontmatter-field 1:0-1:6 'client' must be the client's pseudonymous code, e.g. C-4Q7XM",
    ]);
  });

  it('the rupture block is checked: type, status and 3RS codes', () => {
    const text = note(['client: C-1', 'session: 1', 'rupture:', '  type: sulking', '  markers: [W2, X9]', '  status: done']);
    assert.deepEqual(findingsOf(text).map(brief), [
      "frontmatter-field 4:8-4:15 'rupture.type' must be one of withdrawal, confrontation, both; found 'sulking'",
      "frontmatter-field 5:16-5:18 'X9' is not a 3RS marker code (W1–W7, C1–C7)",
      "frontmatter-field 6:10-6:14 'rupture.status' must be one of open, partial, resolved; found 'done'",
    ]);
  });

  it('a BOM and CRLF line endings keep positions exact', () => {
    const text = '\uFEFF---\r\nclient: C-1\r\nsession: 1\r\nmeasures:\r\n  srs: 41\r\n---\r\n';
    assert.deepEqual(findingsOf(text).map(brief), ['score-out-of-range 4:7-4:9 SRS 41 is outside its range 0–40']);
  });

  it('the summary carries client, session, date, modality and scores with their ranges', () => {
    const text = note(['client: C-1', 'session: 3', 'date: 2026-02-17', 'modality: CBT', 'measures:', '  srs: 37', '  wai-sr: { client: 47, therapist: 52 }']);
    const s = new Engine().summarize('a.md', text)!;
    assert.equal(s.client, 'C-1');
    assert.equal(s.session, 3);
    assert.equal(s.date, '2026-02-17');
    assert.equal(s.modality, 'CBT');
    assert.deepEqual(s.scores.map((x) => [x.instrument, x.rater, x.value, x.range.start.line, x.range.start.character]), [
      ['srs', 'client', 37, 6, 7],
      ['wai-sr', 'client', 47, 7, 20],
      ['wai-sr', 'therapist', 52, 7, 35],
    ]);
    assert.equal(s.markers, undefined, 'the frontmatter-first pass does not read the prose');
  });

  it('alias bombs do not expand', () => {
    const bomb = ['client: C-1', 'session: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]}]`);
    const f = findingsOf(note(bomb));
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'frontmatter-yaml');
    assert.match(f[0].message, /alias/i);
  });
});
