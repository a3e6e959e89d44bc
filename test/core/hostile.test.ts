/** Hostile input: each case has a clear expected outcome, and none throws. */
import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { brief, check, findingsOf, note } from '../helpers';

const engine = new Engine();
const rules = (text: string) => findingsOf(text).map((f) => f.ruleId);
const fm = (...lines: string[]) => ['---', 'client: C-1', 'session: 1', ...lines, '---', ''].join('\n');

describe('hostile input', () => {
  it('YAML nested thousands deep (flow or block) is a frontmatter error, not a stack overflow', () => {
    assert.deepEqual(findingsOf(fm('x: ' + '['.repeat(5000) + ']'.repeat(5000))).map(brief), [
      'frontmatter-yaml 0:0-0:3 Frontmatter YAML: the frontmatter is nested 5000 levels deep; at most 64 are read',
    ]);
    const block = Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
    assert.deepEqual(rules(fm(block)), ['frontmatter-yaml']);
  });

  it('Markdown nested thousands deep is read as text, quickly', () => {
    const a = engine.analyze('x.md', fm() + '>'.repeat(20000) + ' x\n' + Array.from({ length: 600 }, (_, i) => '  '.repeat(i) + '- item').join('\n'));
    assert.equal(a.isNote, true);
    assert.deepEqual(a.findings, []);
  });

  it('tags, huge numbers, NaN and Infinity', () => {
    assert.deepEqual(findingsOf(fm('x: !custom foo').replace('session: 1', 'session: !!str 3')).map((f) => f.message), ["'session' must be an integer from 1; found '3'"]);
    assert.deepEqual(findingsOf(fm('measures:', '  srs: 99999999999999999999').replace('session: 1', 'session: 1e400')).map((f) => f.message), [
      "'session' must be an integer from 1; found Infinity",
      'SRS 100000000000000000000 is outside its range 0–40',
    ]);
    assert.deepEqual(rules(fm('measures:', '  srs: .nan')), ['frontmatter-field']);
  });

  it('an impossible date', () => {
    assert.deepEqual(findingsOf(fm('date: 2026-02-30')).map((f) => f.message), ["'date' must be a calendar date written YYYY-MM-DD; found '2026-02-30'"]);
  });

  it('a 10 MB note is reported as not analysed', () => {
    const big = note(['client: C-1', 'session: 1']) + 'She changed the subject. '.repeat(400_000);
    assert.deepEqual(findingsOf(big).map((f) => f.message), ['Note not analysed: 10.0 million characters, over the limit of 2.0 million (setting maxNoteSize)']);
  });

  it('a note of one 1 MB line is analysed', function () {
    // A hang guard, not a speed test (speed is the benchmark's: section 5 reads time per KB as the note grows). The
    // analysis of a megabyte takes 12 to 17 s alone on these two-core machines and over 20 s late in the full run, on
    // the code of the eighty-first session as on the eighty-second's.
    this.timeout(60_000);
    const a = engine.analyze('x.md', fm() + 'She said nothing much and then it was over. '.repeat(24_000));
    assert.equal(a.isNote, true);
    assert.deepEqual(a.findings, []);
  });

  it('binary content: a note with NUL bytes is reported; a binary file without frontmatter is not a note', () => {
    assert.deepEqual(rules(fm() + 'text\u0000\u0001\u0002'), ['note-skipped']);
    assert.equal(engine.analyze('x.md', '\u0000\u0001PNG\u0000').isNote, false);
  });

  it('invalid UTF-8 decoded as replacement characters is text like any other', () => {
    const text = Buffer.from([...Buffer.from(fm()), 0xc3, 0x28, 0xff, 0x0a]).toString('utf8');
    assert.deepEqual(findingsOf(text), []);
  });

  it('lone CR line endings keep positions exact', () => {
    const text = '---\rclient: C-1\rsession: 1\rmeasures:\r  srs: 50\r---\r\rShe changed the subject.\r';
    assert.deepEqual(findingsOf(text).map(brief), [
      'score-out-of-range 4:7-4:9 SRS 50 is outside its range 0–40',
      'rupture-unresolved 7:4-7:23 Rupture not yet addressed: withdrawal (W4); no resolution section here or in a later note of C-1',
      "rupture-withdrawal 7:4-7:23 Withdrawal — avoidant storytelling or shifting the topic (W4): 'changed the subject'",
    ]);
  });

  it('tabs as YAML indentation are a YAML error at the tab', () => {
    assert.deepEqual(findingsOf(fm('measures:', '\tsrs: 3')).map(brief), ['frontmatter-yaml 4:0-4:1 Frontmatter YAML: Tabs are not allowed as indentation']);
  });

  it('invisible and right-to-left characters in a client code are flagged', () => {
    assert.deepEqual(findingsOf('---\nclient: C-1\u200b\nsession: 1\n---\n').map((f) => [f.severity, f.message]), [
      ['warning', "'client' contains invisible or right-to-left control characters; retype the code"],
    ]);
    assert.deepEqual(findingsOf('---\nclient: C\u202e1-\nsession: 1\n---\n').map((f) => f.ruleId), ['frontmatter-field']);
  });

  it('an empty file, and frontmatter without a closing fence', () => {
    assert.equal(engine.analyze('x.md', '').isNote, false);
    assert.deepEqual(rules('---\nclient: C-1\nsession: 1\n\nShe changed the subject.\n'), ['frontmatter-yaml']);
  });

  it('a thousand notes for one client: every dip found, the timeline in session order', () => {
    const notes: Record<string, string> = {};
    for (let s = 1; s <= 1000; s++) notes[`s${s}.md`] = note(['client: C-1', `session: ${s}`, 'measures:', `  srs: ${s % 10 === 0 ? 30 : 38}`]);
    const r = check(notes);
    const dips = [...r.entries()].filter(([, f]) => f.some((x) => x.ruleId === 'alliance-dip')).map(([id]) => id);
    assert.equal(dips.length, 100);
    const index = new WorkspaceIndex();
    for (const [id, t] of Object.entries(notes)) index.set(id, engine.summarize(id, t));
    assert.deepEqual(index.timeline('C-1').slice(0, 3).map((n) => n.session), [1, 2, 3]);
  });

  it('script and HTML in a note stay text in every message', () => {
    const f = findingsOf(note(['client: "<script>alert(1)</script>"', 'session: 1', 'measures:', '  "<img src=x onerror=alert(1)>": 3']));
    assert.deepEqual(f.map((x) => x.message), ["Unknown instrument '<img src=x onerror=alert(1)>': neither built in (srs, ors, wai, wai-s, wai-sr, haq-ii) nor configured in settings"]);
  });
});
