import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { guideEdits, guideModel } from '../../src/core/guide';
import { trendCsv, trendViewModel } from '../../src/core/trendView';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { parseFromWebview } from '../../src/webview/protocol';
import { note } from '../helpers';

const engine = new Engine();

function client(notes: Record<string, string>) {
  const index = new WorkspaceIndex();
  for (const [id, t] of Object.entries(notes)) index.set(id, engine.analyze(id, t).summary);
  return index.timeline('C-1');
}

describe('trend view model', () => {
  const timeline = client({
    's1.md': note(['client: C-1', 'session: 1', 'date: 2026-01-05', 'measures:', '  srs: 38', '  ors: 20', '  wai-sr: { client: 50, therapist: 44 }']),
    's2.md': note(['client: C-1', 'session: 2', 'measures:', '  srs: 31', '  ors: 22'], ['"This isn\'t working," she said.']),
    's3.md': note(['client: C-1', 'session: 3', 'rupture:', '  status: resolved', 'measures:', '  srs: 38']),
  });
  const model = trendViewModel(engine, timeline, 'C-1');

  it('one series per instrument and rater, alliance on a 0–1 axis, ORS on its own 0–40 axis', () => {
    assert.deepEqual(model.series.map((s) => [s.key, s.axis, s.name, s.points.map((p) => [p.session, p.y])]), [
      ['srs:client', 'alliance', 'SRS', [[1, 0.95], [2, 0.775], [3, 0.95]]],
      ['ors:client', 'outcome', 'ORS', [[1, 0.5], [2, 0.55]]],
      ['wai-sr:client', 'alliance', 'WAI-SR', [[1, 38 / 48]]],
      ['wai-sr:therapist', 'alliance', 'WAI-SR (therapist)', [[1, 32 / 48]]],
    ]);
    assert.deepEqual(model.sessions, { min: 1, max: 3 });
  });

  it('marks dips repaired or not, with labels and the place of the score to open', () => {
    const srs = model.series[0].points;
    assert.equal(srs[1].dip, 'repaired');
    assert.equal(srs[1].label, 'Session 2: SRS 31');
    assert.equal(srs[0].label, 'Session 1 (2026-01-05): SRS 38');
    assert.deepEqual([srs[1].noteId, srs[1].line, srs[1].character], ['s2.md', 4, 7]);
  });

  it('draws the SRS cutoff and the ORS clinical line; lists rupture sessions and resolution status', () => {
    assert.deepEqual(model.guides, [{ axis: 'alliance', y: 0.9, label: 'SRS cutoff 36' }, { axis: 'outcome', y: 0.625, label: 'ORS clinical cutoff 25' }]);
    assert.deepEqual(model.ruptures, [{ session: 2, noteId: 's2.md', kinds: ['confrontation'], subtypes: ['C5'] }]);
    assert.deepEqual(model.resolution, [{ session: 3, status: 'resolved' }]);
  });

  it('one session and no scores are drawn legibly: a range of one session, no series', () => {
    const m = trendViewModel(engine, client({ 'a.md': note(['client: C-1', 'session: 4']) }), 'C-1');
    assert.deepEqual([m.sessions, m.series], [{ min: 4, max: 4 }, []]);
  });

  it('exports the table as spreadsheet-safe CSV', () => {
    const csv = trendCsv(model);
    assert.equal(csv.split('\n')[0], 'session,date,instrument,rater,value,dip,markers');
    assert.ok(csv.includes('2,,SRS,client,31,repaired,C5'));
    const evil = trendCsv({ ...model, rows: [{ session: 1, date: '=HYPERLINK("x")', instrument: 'SRS', rater: 'client', value: 1, dip: '', markers: '' }] });
    assert.equal(evil.split('\n')[1], `1,"'=HYPERLINK(""x"")",SRS,client,1,,`);
  });
});

describe('resolution guide', () => {
  const text = note(['client: C-1', 'session: 4', 'modality: CBT'], ['She changed the subject twice.', '', 'Last paragraph.']);
  const apply = (t: string, edits: { offset: number; length: number; text: string }[]) =>
    [...edits].sort((a, b) => b.offset - a.offset).reduce((acc, e) => acc.slice(0, e.offset) + e.text + acc.slice(e.offset + e.length), t);

  it('a new section carries the typed steps; untyped steps keep their prompts', () => {
    const a = engine.analyze('a.md', text);
    const r = guideEdits(a, { values: { acknowledgement: 'I named it.', consensus: 'We agreed.' }, status: { negotiation: 'skipped' } }, { offset: text.indexOf('changed') });
    const out = apply(text, r.edits);
    assert.match(out, /1\. \*\*Acknowledgement\.\*\* I named it\.\n2\. \*\*Negotiation\.\*\* \(skipped\)\n3\. \*\*Exploration of parallel situations outside therapy\.\*\* <!-- /);
    assert.match(out, /4\. \*\*Consensus\.\*\* We agreed\.\n/);
    assert.deepEqual(r.written, ['Acknowledgement', 'Negotiation', 'Consensus']);
  });

  it('an existing section is updated step by step; hand-written steps are untouched; changed ones conflict', () => {
    const withSection = text + '\n## Rupture resolution\n\n1. **Acknowledgement.** Written by hand.\n2. **Negotiation.** <!-- prompt -->\n';
    const a = engine.analyze('a.md', withSection);
    const ok = guideEdits(a, { values: { negotiation: 'Slower pace.', 'new-styles': 'She said no.' }, status: {} });
    assert.deepEqual(ok.conflicts, []);
    const out = apply(withSection, ok.edits);
    assert.ok(out.includes('1. **Acknowledgement.** Written by hand.\n2. **Negotiation.** Slower pace.\n5. **New styles of relating.** She said no.\n'), out);
    const conflict = guideEdits(a, { values: { acknowledgement: 'Something else.' }, status: {} });
    assert.deepEqual(conflict.conflicts, ['Acknowledgement']);
  });

  it('moves rupture.status to partial, then to resolved when every step is written', () => {
    const t = note(['client: C-1', 'session: 4', 'rupture:', '  type: withdrawal', '  status: open'], ['She changed the subject twice.']);
    const a = engine.analyze('a.md', t);
    const partial = apply(t, guideEdits(a, { values: { acknowledgement: 'Named it.' }, status: {} }).edits);
    assert.match(partial, /\n {2}status: partial\n/);
    const all = Object.fromEntries(['acknowledgement', 'negotiation', 'exploration', 'consensus', 'new-styles'].map((k) => [k, `Step ${k}.`]));
    assert.match(apply(t, guideEdits(a, { values: all, status: {} }).edits), /\n {2}status: resolved\n/);
  });

  it('the guide model shows each step with prompts, the modality hint and what the note already says', () => {
    const withSection = text + '\n## Rupture resolution\n\n1. **Acknowledgement.** Written by hand.\n';
    const m = guideModel(engine.analyze('a.md', withSection), 'a.md', 's04.md', 3, 'W4');
    assert.equal(m.steps[0].existing, 'Written by hand.');
    assert.match(m.steps[0].hint ?? '', /CBT/);
    assert.equal(m.steps.length, 5);
  });
});

describe('webview message protocol', () => {
  it('accepts well-formed messages and rejects the rest', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'openNote', noteId: 'file:///a.md', line: 3, character: 7 }), { type: 'openNote', noteId: 'file:///a.md', line: 3, character: 7 });
    assert.equal(parseFromWebview({ type: 'openNote', noteId: 'x', line: '3' }), undefined);
    assert.equal(parseFromWebview({ type: 'exportPng', dataUrl: 'javascript:alert(1)' }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'insert', draft: { values: { a: 'x', b: 5 }, status: { a: 'done', b: 'bogus' } } }), { type: 'insert', draft: { values: { a: 'x' }, status: { a: 'done' } } });
    assert.equal(parseFromWebview('ready'), undefined);
    assert.equal(parseFromWebview({ type: 'eval', code: '1' }), undefined);
  });
});
