import assert from 'node:assert/strict';
import { Engine } from '../../src/core/engine';
import { insertResolutionEdit, nextSessionNote, resolutionSnippet, ruptureBlockEdit, suppressEdit, type TextEdit } from '../../src/core/edits';
import { readResolution } from '../../src/core/resolution';
import { scanSections } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';
import { note } from '../helpers';

const apply = (text: string, e: TextEdit) => text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length);
const engine = new Engine();

describe('edits offered in the editor', () => {
  const text = note(['client: C-1', 'session: 4', 'modality: CBT'], ['She changed the subject twice.', 'Then she left early.', '', 'Last paragraph.']);

  it('inserts the resolution section after the marker\'s paragraph, as its own block, and the result reads back', () => {
    const a = engine.analyze('a.md', text);
    const at = text.indexOf('changed');
    const out = apply(text, insertResolutionEdit(a, { offset: at }));
    assert.ok(out.startsWith(text.slice(0, text.indexOf('\n\nLast paragraph.'))));
    assert.match(out, /Then she left early\.\n\n## Rupture resolution\n\n1\. \*\*Acknowledgement\.\*\* <!--[^>]*CBT[^>]*-->\n/);
    assert.ok(out.endsWith('New styles of relating.** <!-- What was new in how the client related? What to practise. What to watch for next session. -->\n\nLast paragraph.\n'));
    const index = new LineIndex(out);
    assert.equal(readResolution(index, scanSections(index, 0))?.steps.filter((s) => s.present).length, 5);
  });

  it('inserts at the end of the note without losing a character, with CRLF kept', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const out = apply(crlf, insertResolutionEdit(engine.analyze('a.md', crlf)));
    assert.ok(out.startsWith(crlf));
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line breaks');
  });

  it('a snippet version with a tab stop per step', () => {
    const s = resolutionSnippet('CBT');
    assert.match(s, /^## Rupture resolution\n\n1\. \*\*Acknowledgement\.\*\* \$\{1:<!-- /);
    assert.match(s, /5\. \*\*New styles of relating\.\*\* \$\{5:<!-- .* -->\}\n\$0$/);
  });

  it('appends a suppression comment to the line', () => {
    const lineEnd = text.indexOf('\n', text.indexOf('changed'));
    assert.match(apply(text, suppressEdit(text, lineEnd, 'rupture-withdrawal')), /twice\. <!-- alliance-notes-disable-line rupture-withdrawal -->\n/);
  });

  it('fills the rupture block from the findings, and replaces an existing one keeping its status', () => {
    const t = note(['client: C-1', 'session: 4'], ['She changed the subject. "This isn\'t working," she said.']);
    const out = apply(t, ruptureBlockEdit(engine.analyze('a.md', t))!);
    assert.match(out, /session: 4\nrupture:\n  type: both\n  markers: \[C5, W4\]\n  status: open\n---\n/);
    const existing = note(['client: C-1', 'session: 4', 'rupture:', '  type: withdrawal', '  status: partial', 'date: 2026-01-01'], ['"This isn\'t working," she said.']);
    const out2 = apply(existing, ruptureBlockEdit(engine.analyze('a.md', existing))!);
    assert.match(out2, /session: 4\nrupture:\n  type: confrontation\n  markers: \[C5\]\n  status: partial\ndate: 2026-01-01\n---/);
  });

  it('the next session note: next number, today, the client\'s usual measures and modality', () => {
    const s1 = engine.summarize('s1.md', note(['client: C-1', 'session: 1', 'modality: CBT', 'measures:', '  srs: 38', '  wai-sr: { client: 50, therapist: 47 }']))!;
    const n = nextSessionNote([s1], 'C-1', '2026-11-29');
    assert.equal(n.fileName, 's02.md');
    assert.equal(n.text, ['---', 'client: C-1', 'session: 2', 'date: 2026-11-29', 'format: SOAP', 'modality: CBT', 'attendance: attended', 'measures:', '  srs: ', '  wai-sr: { client: , therapist:  }', '---', '', '**S**', '', '- ', '', '**O**', '', '- ', '', '**A**', '', '- ', '', '**P**', '', '- ', ''].join('\n'));
  });
});
