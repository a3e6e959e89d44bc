import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../src/core/engine';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { note } from '../helpers';

const engine = new Engine();
const noteText = (client: string, session: number, srs: number) => note([`client: ${client}`, `session: ${session}`, 'measures:', `  srs: ${srs}`]);

type Op =
  | { op: 'set'; id: string; client: string; session: number; srs: number; broken: boolean }
  | { op: 'delete'; id: string }
  | { op: 'rename'; from: string; to: string };

const ids = fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), id: ids, client: fc.constantFrom('C-1', 'C-2', 'C-3'), session: fc.integer({ min: 1, max: 5 }), srs: fc.integer({ min: 20, max: 40 }), broken: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), id: ids }),
  fc.record({ op: fc.constant('rename' as const), from: ids, to: ids }),
);

describe('workspace index', () => {
  it('answers a client\'s timeline in session order', () => {
    const index = new WorkspaceIndex();
    index.set('x.md', engine.summarize('x.md', noteText('C-1', 3, 30)));
    index.set('y.md', engine.summarize('y.md', noteText('C-1', 1, 38)));
    index.set('z.md', engine.summarize('z.md', noteText('C-2', 2, 38)));
    assert.deepEqual(index.timeline('C-1').map((n) => [n.id, n.session]), [['y.md', 1], ['x.md', 3]]);
    assert.deepEqual(index.clients(), ['C-1', 'C-2']);
    index.rename('x.md', 'w.md');
    assert.deepEqual(index.timeline('C-1').map((n) => n.id), ['y.md', 'w.md']);
    index.set('y.md', engine.summarize('y.md', '# no longer a note\n'));
    assert.deepEqual(index.timeline('C-1').map((n) => n.id), ['w.md']);
  });

  it('after any sequence of add, change, rename and delete, equals a rebuild from the final files', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const files = new Map<string, string>();
        const index = new WorkspaceIndex();
        for (const o of ops) {
          if (o.op === 'set') {
            const text = o.broken ? '# just a README\n' : noteText(o.client, o.session, o.srs);
            files.set(o.id, text);
            index.set(o.id, engine.summarize(o.id, text));
          } else if (o.op === 'delete') {
            files.delete(o.id);
            index.delete(o.id);
          } else if (files.has(o.from) && o.from !== o.to) {
            files.set(o.to, files.get(o.from)!);
            files.delete(o.from);
            index.delete(o.to);
            index.rename(o.from, o.to);
          }
        }
        const rebuilt = new WorkspaceIndex();
        for (const [id, text] of files) rebuilt.set(id, engine.summarize(id, text));
        assert.deepEqual(index.snapshot(), rebuilt.snapshot());
        // Cross-note findings read from the index agree too.
        for (const id of files.keys()) assert.deepEqual(engine.crossNoteFindings(index, id), engine.crossNoteFindings(rebuilt, id));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('a duplicate session number is flagged on both notes, each pointing at the other', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', engine.summarize('a.md', noteText('C-1', 2, 38)));
    index.set('b.md', engine.summarize('b.md', noteText('C-1', 2, 37)));
    const [f] = engine.crossNoteFindings(index, 'a.md').filter((x) => x.ruleId === 'session-duplicate');
    assert.equal(f.message, 'Session 2 of C-1 is also claimed by another note');
    assert.deepEqual(f.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 10 } });
    assert.deepEqual(f.related?.map((r) => r.noteId), ['b.md']);
    assert.equal(engine.crossNoteFindings(index, 'b.md').filter((x) => x.ruleId === 'session-duplicate').length, 1);
  });
});
