import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { modalityFamily, readResolution, renderResolutionSection, RESOLUTION_STEPS } from '../../src/core/resolution';
import { scanSections } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';
import { brief, check, findingsOf, note, only } from '../helpers';

const read = (text: string) => {
  const index = new LineIndex(text);
  return readResolution(index, scanSections(index, 0));
};

describe('the five-step resolution template', () => {
  it('has the five steps of domain.md B6 in order, with prompts', () => {
    assert.deepEqual(RESOLUTION_STEPS.map((s) => s.title), [
      'Acknowledgement', 'Negotiation', 'Exploration of parallel situations outside therapy', 'Consensus', 'New styles of relating',
    ]);
    assert.ok(RESOLUTION_STEPS.every((s) => s.prompts.length > 0));
  });

  it('renders a section whose prompts are comments, adapted to the modality', () => {
    assert.equal(renderResolutionSection({ modality: 'CBT' }), [
      '## Rupture resolution',
      '',
      '1. **Acknowledgement.** <!-- What marker, after what intervention? Was it named with the client? My contribution and my reaction. In CBT recognition may be implicit: a change of pace or task can acknowledge it. -->',
      '2. **Negotiation.** <!-- What was renegotiated (task, goal, pace, frame)? The agreed change. -->',
      '3. **Exploration of parallel situations outside therapy.** <!-- Where else does this pattern appear? Link to the formulation. -->',
      '4. **Consensus.** <!-- Our shared account. Agreement: yes / partial / no. -->',
      '5. **New styles of relating.** <!-- What was new in how the client related? What to practise. What to watch for next session. -->',
      '',
    ].join('\n'));
    assert.match(renderResolutionSection({ modality: 'Psychodynamic' }), /raised with the client explicitly/);
    assert.equal(modalityFamily('MI + CBT-RP'), 'cbt');
    assert.equal(modalityFamily('CAT'), 'dynamic');
    assert.equal(modalityFamily(undefined), 'other');
  });

  it('a freshly rendered section reads as present with no step filled; CRLF too', () => {
    for (const eol of ['\n', '\r\n']) {
      const state = read(`# Note${eol}${eol}` + renderResolutionSection({ eol, trigger: 'she went quiet -- then left' }))!;
      assert.deepEqual(state.steps.map((s) => [s.id, s.present, s.filled]), [
        ['acknowledgement', true, false], ['negotiation', true, false], ['exploration', true, false], ['consensus', true, false], ['new-styles', true, false],
      ]);
    }
  });

  it('reads filled steps in the therapist\'s own layout (headings, colons, any order)', () => {
    const text = [
      '## Repair', '', '### Negotiation', 'Agreed to slow down.', '', '### Acknowledgement', '', '- Consensus: we agreed it felt like a lecture.', '', '## Plan', 'Weekly.',
    ].join('\n');
    const state = read(text)!;
    assert.deepEqual(state.steps.map((s) => [s.id, s.present, s.filled]), [
      ['acknowledgement', true, false], ['negotiation', true, true], ['exploration', false, false], ['consensus', true, true], ['new-styles', false, false],
    ]);
    assert.equal(state.filledCount, 2);
  });

  it('resolution-incomplete names the empty steps at the section heading', () => {
    const text = note(['client: C-1', 'session: 5'], ['## Rupture resolution', '', '1. **Acknowledgement.** I named it.', '2. **Negotiation.** Slower pace.', '3. **Exploration of parallel situations outside therapy.** <!-- prompt -->', '4. **Consensus.**', '5. **New styles of relating.** She said no to me.']);
    assert.deepEqual(only(findingsOf(text), 'resolution-incomplete').map(brief), [
      'resolution-incomplete 5:0-5:21 Resolution: 3 of 5 steps filled; still empty: Exploration of parallel situations outside therapy, Consensus',
    ]);
  });

  it('rupture-unresolved: a marker with no resolution here or later; resolved by a later note', () => {
    const s4 = note(['client: C-1', 'session: 4'], ['She said, "This isn\'t working."']);
    const alone = check({ 's4.md': s4 });
    assert.deepEqual(only(alone.get('s4.md')!, 'rupture-unresolved').map(brief), [
      'rupture-unresolved 5:11-5:29 Rupture not yet addressed: confrontation (C5); no resolution section here or in a later note of C-1',
    ]);
    const s5 = note(['client: C-1', 'session: 5'], [renderResolutionSection()]);
    assert.deepEqual(only(check({ 's4.md': s4, 's5.md': s5 }).get('s4.md')!, 'rupture-unresolved'), []);
    const s3 = note(['client: C-1', 'session: 3', 'rupture:', '  status: resolved']);
    assert.equal(only(check({ 's4.md': s4, 's3.md': s3 }).get('s4.md')!, 'rupture-unresolved').length, 1, 'an earlier note does not resolve a later rupture');
  });

  it('rupture-unresolved: status open, or an unrepaired dip', () => {
    const open = note(['client: C-1', 'session: 2', 'rupture:', '  status: open']);
    assert.deepEqual(findingsOf(open).map(brief), [
      'rupture-unresolved 3:0-3:7 Rupture not yet addressed: rupture status open; no resolution section here or in a later note of C-1',
    ]);
    const r = check({ 'a.md': note(['client: C-1', 'session: 1', 'measures:', '  srs: 39']), 'b.md': note(['client: C-1', 'session: 2', 'measures:', '  srs: 36']) });
    assert.deepEqual(only(r.get('b.md')!, 'rupture-unresolved').map((f) => f.message), [
      'Rupture not yet addressed: SRS dip; no resolution section here or in a later note of C-1',
    ]);
  });

  it('the index summary records the resolution state without reading the prose', () => {
    const s = new Engine().summarize('a.md', note(['client: C-1', 'session: 5'], [renderResolutionSection()]))!;
    assert.deepEqual(s.resolution, { filled: 0, total: 5, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 21 } } });
  });
});
