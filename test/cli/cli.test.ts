import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { note } from '../helpers';

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function cli(args: string[], cwd = process.cwd()) {
  let out = '';
  let err = '';
  const status = run(args, { out: (s) => (out += s), err: (s) => (err += s), cwd });
  return { status, out, err };
}

const s1 = note(['client: C-1', 'session: 1', 'measures:', '  srs: 38']);
const s2 = note(['client: C-1', 'session: 2', 'measures:', '  srs: 37']);

describe('command line', () => {
  let dir: string;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('check --format json: one entry per session note, ESLint-like messages with 1-based positions', () => {
    dir = workspace({ 'C-1/s01.md': s1, 'C-1/s02.md': s2, 'README.md': '# Notes\n' });
    const r = cli(['check', '--format', 'json', dir]);
    assert.equal(r.status, 0);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out);
    assert.deepEqual(json.map((e: { filePath: string }) => path.relative(dir, e.filePath)), ['C-1/s01.md', 'C-1/s02.md']);
    assert.deepEqual(json[0].messages, []);
    assert.deepEqual(json[1].messages, [
      {
        ruleId: 'alliance-dip', severity: 'warning', message: 'SRS 37, down 1 from 38 in session 1 (threshold 1)', line: 5, column: 8, endLine: 5, endColumn: 10,
        // An extension of the contract: what the finding is about.
        data: { instrument: 'srs', rater: 'client', value: 37, previous: 38, previousSession: 1, repaired: false },
      },
      { ruleId: 'rupture-unresolved', severity: 'warning', message: 'Rupture not yet addressed: SRS dip; no resolution section here or in a later note of C-1', line: 5, column: 8, endLine: 5, endColumn: 10 },
    ]);
  });

  it('check --format json and sarif: a marker carries its subtype, cue, confidence and how it was found', () => {
    dir = workspace({ 'n.md': note(['client: C-1', 'session: 1'], ['She questioned the usefulness of the thought records.']) });
    const data = { subtype: 'C3', cue: 'questioned the usefulness of the thought records', confidence: 0.7, reason: 'structure: opposition' };
    const json = JSON.parse(cli(['check', '--format', 'json', dir]).out);
    assert.deepEqual(json[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'rupture-confrontation').map((m: { data: unknown }) => m.data), [data]);
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', dir]).out);
    assert.deepEqual(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'rupture-confrontation').map((r: { properties: unknown }) => r.properties), [data]);
  });

  it('check (text): file:line:col severity rule message, then a summary; exit 1 on an error finding', () => {
    dir = workspace({ 'bad.md': note(['client: C-1', 'session: 1', 'measures:', '  srs: 47']) });
    const r = cli(['check', 'bad.md'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.out, 'bad.md:5:8 error score-out-of-range SRS 47 is outside its range 0–40\n1 finding (1 errors, 0 warnings, 0 info, 0 hints) in 1 session note\n');
  });

  it('check --format sarif: SARIF 2.1.0 with rules and regions', () => {
    dir = workspace({ 'bad.md': note(['client: C-1', 'session: 1', 'measures:', '  srs: 47']) });
    const sarif = JSON.parse(cli(['check', '--format=sarif', dir]).out);
    assert.equal(sarif.version, '2.1.0');
    const [run0] = sarif.runs;
    assert.equal(run0.tool.driver.name, 'alliance-notes');
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'score-out-of-range'));
    assert.deepEqual(run0.results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { region: unknown } }[] }) => [r.ruleId, r.level, r.locations[0].physicalLocation.region]), [
      ['score-out-of-range', 'error', { startLine: 5, startColumn: 8, endLine: 5, endColumn: 10 }],
    ]);
  });

  it('usage errors exit 2 with a message: no command, unknown format, missing path', () => {
    assert.equal(cli([]).status, 2);
    const badFormat = cli(['check', '--format', 'xml', '.']);
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.err, /--format must be text, json or sarif/);
    const missing = cli(['check', '/no/such/folder']);
    assert.equal(missing.status, 2);
    assert.match(missing.err, /no such file or folder: \/no\/such\/folder/);
  });

  it('--config reads settings from a JSON file; a broken config is a usage error', () => {
    dir = workspace({
      's.md': note(['client: C-1', 'session: 1', 'measures:', '  cars: 12']),
      'cfg.json': JSON.stringify({ customInstruments: [{ id: 'cars', min: 0, max: 20 }] }),
      'broken.json': '{ nope',
    });
    assert.equal(cli(['check', '--config', path.join(dir, 'cfg.json'), '--format', 'json', path.join(dir, 's.md')]).out.includes('unknown-instrument'), false);
    const broken = cli(['check', '--config', path.join(dir, 'broken.json'), dir]);
    assert.equal(broken.status, 2);
    assert.match(broken.err, /not valid JSON/);
  });

  it('binary, oversized and unreadable files are reported, never thrown', function () {
    const big = note(['client: C-1', 'session: 3']) + 'x'.repeat(9_000_000);
    dir = workspace({ 'bin.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 3]), 'big.md': big, 'locked.md': s1, 'ok.md': s2 });
    fs.chmodSync(path.join(dir, 'locked.md'), 0o000);
    const r = cli(['check', '--format', 'json', dir]);
    const json = JSON.parse(r.out);
    const big1 = json.find((e: { filePath: string }) => e.filePath.endsWith('big.md'));
    assert.deepEqual(big1.messages.map((m: { ruleId: string; message: string }) => [m.ruleId, m.message]), [
      ['note-skipped', 'Note not analysed: 9.0 million characters, over the limit of 2.0 million (setting maxNoteSize)'],
    ]);
    if (process.getuid?.() !== 0) {
      assert.match(r.err, /locked\.md: permission denied/);
      assert.equal(r.status, 1);
    }
  });

  it('a symlink loop in the notes folder ends', () => {
    dir = workspace({ 'a/s1.md': s1 });
    fs.symlinkSync(dir, path.join(dir, 'a', 'loop'));
    const r = cli(['check', '--format', 'json', dir]);
    assert.equal(JSON.parse(r.out).length, 1);
  });

  it('trend prints the client\'s timeline as CSV or JSON', () => {
    dir = workspace({ 's1.md': s1, 's2.md': s2, 'other.md': note(['client: C-2', 'session: 1', 'measures:', '  srs: 30']) });
    const csv = cli(['trend', 'C-1', dir], dir);
    assert.equal(csv.status, 0);
    assert.equal(csv.out, [
      'session,date,instrument,rater,value,normalised,dip,repaired,markers,file',
      `1,,srs,client,38,0.95,,false,,${path.join(dir, 's1.md')}`,
      `2,,srs,client,37,0.925,threshold,false,,${path.join(dir, 's2.md')}`,
      '',
    ].join('\n'));
    const json = JSON.parse(cli(['trend', 'C-1', dir, '--format', 'json']).out);
    assert.equal(json.client, 'C-1');
    assert.equal(json.rows.length, 2);
    const none = cli(['trend', 'C-9', dir]);
    assert.equal(none.status, 1);
    assert.match(none.err, /no session notes of client C-9/);
  });
});
