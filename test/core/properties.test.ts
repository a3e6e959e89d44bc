/**
 * Properties of the engine for any input: analysis never throws, finishes in time proportional to the
 * input, and every range it reports lies inside the document, in order; the resolution template
 * round-trips through its reader.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../src/core/engine';
import type { Finding } from '../../src/core/findings';
import { readResolution, renderResolutionSection } from '../../src/core/resolution';
import { scanSections } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { note } from '../helpers';

const engine = new Engine();

/** Every range inside the text, start before end. */
function assertRanges(text: string, findings: Finding[]) {
  const index = new LineIndex(text);
  for (const f of findings) {
    const { start, end } = f.range;
    assert.ok(start.line >= 0 && start.line < index.lineCount, `start line ${start.line} of ${index.lineCount}`);
    assert.ok(end.line >= 0 && end.line < index.lineCount, `end line ${end.line}`);
    assert.ok(start.character >= 0 && start.character <= index.lineText(start.line).length, `start char in line`);
    assert.ok(end.character >= 0 && end.character <= index.lineText(end.line).length, `end char in line`);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), 'start before end');
  }
}

function checkText(text: string) {
  const started = process.hrtime.bigint();
  const index = new WorkspaceIndex();
  const a = engine.analyze('x.md', text);
  if (a.isNote) index.set('x.md', a.summary);
  const findings = a.isNote ? engine.findings(index, 'x.md', a) : [];
  engine.summarize('x.md', text);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assertRanges(text, findings);
  // Not a speed test: a bound this generous only catches a hang or a blow-up.
  assert.ok(ms < 2000 + text.length / 50, `took ${ms} ms for ${text.length} characters`);
}

const markdownPiece = fc.constantFrom(
  '# Heading', '**S**', 'P:', '## Rupture resolution', '1. **Acknowledgement.** ', '- item', '> quote', '```', '~~~', '<!--', '-->',
  '"', '“', '”', 'She changed the subject.', 'I felt irritated.', '"This isn\'t working."', 'No signs of withdrawal.', '\t', '\r', '\r\n', '\n', '\u200b', '\u202e', '\uFEFF',
  'client: C-1', 'session: 3', 'measures:', '  srs: 31', '  wai-sr: { client: 47, therapist: 52 }', '---', '...', '&a', '*a', '!!binary', '[', ']', '{', '}', ': ', '- ',
);
const noteLike = fc.tuple(
  fc.array(fc.oneof(markdownPiece, fc.string({ maxLength: 20 })), { maxLength: 12 }),
  fc.array(fc.oneof(markdownPiece, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([fm, body, eol]) => ['---', ...fm, '---', ...body].join(eol));

describe('engine properties (fast-check)', () => {
  it('any Unicode string: no throw, ranges inside the document', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkText), { numRuns: 500, seed: 1 });
  });

  it('note-shaped random Markdown and YAML, any line breaks: no throw, ranges inside the document', () => {
    fc.assert(fc.property(noteLike, checkText), { numRuns: 1500, seed: 2 });
  });

  it('mutations of a real-looking note (characters deleted, duplicated, inserted): no throw, ranges inside', () => {
    const base = note(['client: C-1', 'session: 4', 'modality: CBT', 'measures:', '  srs: 31', '  wai-sr: { client: 41, therapist: 45 }', 'rupture:', '  type: both', '  markers: [C2, W4]', '  status: open'], [
      '**S**', '- "These exercises are pointless," she said. No signs of withdrawal.', '', '**O**', '- She changed the subject; I felt irritated.', '', '## Rupture resolution', '', renderResolutionSection({ modality: 'CBT' }),
    ]);
    const mutation = fc.array(fc.tuple(fc.nat(base.length), fc.nat(8), fc.constantFrom('delete', 'duplicate', 'insert')), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(mutation, fc.string({ unit: 'binary', maxLength: 3 }), (ops, ins) => {
        let t = base;
        for (const [at, len, op] of ops) {
          const i = Math.min(at, t.length);
          t = op === 'delete' ? t.slice(0, i) + t.slice(i + len) : op === 'duplicate' ? t.slice(0, i + len) + t.slice(i, i + len) + t.slice(i + len) : t.slice(0, i) + ins + t.slice(i);
        }
        checkText(t);
      }),
      { numRuns: 800, seed: 3 },
    );
  });

  it('rendering then reading the resolution template round-trips, for any modality, line break and trigger', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (modality, eol, trigger, level) => {
        const text = `# Note${eol}${eol}Some text.${eol}${eol}` + renderResolutionSection({ modality, eol, trigger, level });
        const index = new LineIndex(text);
        const state = readResolution(index, scanSections(index, 0));
        assert.ok(state, 'the section is found');
        assert.deepEqual(state!.steps.map((s) => [s.present, s.filled]), Array(5).fill([true, false]));
        // Filling every step is read back as filled.
        const filled = text.replace(/<!--(?! Rupture:)[^]*?-->/g, 'done');
        const index2 = new LineIndex(filled);
        assert.equal(readResolution(index2, scanSections(index2, 0))!.filledCount, 5);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
