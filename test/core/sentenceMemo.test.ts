import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import { SentenceMemo } from '../../src/core/markers/sentenceMemo';

const note = (body: string) => `---\nclient: C-0042\nsession: 3\ndate: 2026-03-01\n---\n\n${body}\n`;
const markersOf = (engine: Engine, text: string) => engine.analyze('n', text).markers;

describe('sentence memo', () => {
  it('an edited note gives the findings of a first reading, at the new offsets', () => {
    const engine = new Engine();
    const before = note('## Subjective\n\nShe said the homework was pointless. We reviewed sleep.\n\nHe went quiet when I raised his father.');
    const after = note('## Subjective\n\nA longer first line now. She said the homework was pointless. We reviewed sleep.\n\nHe went quiet when I raised his father.');
    markersOf(engine, before);
    const again = markersOf(engine, after);
    assert.deepEqual(again, markersOf(new Engine(undefined, { sentenceMemo: 0 }), after));
    assert.deepEqual(again.map((m) => [m.subtype, after.slice(m.start, m.end), m.cue]), [
      ['C3', 'said the homework was pointless', 'the homework was pointless'],
      ['W2', 'went quiet when I raised', 'went quiet'],
    ]);
  });

  it('tells a sentence under a Plan heading from the same sentence elsewhere', () => {
    const engine = new Engine();
    const line = 'She said the homework was pointless.';
    assert.equal(markersOf(engine, note(`## Subjective\n\n${line}`)).length, 1);
    assert.equal(markersOf(engine, note(`## Plan\n\n${line}`)).length, 0);
    assert.equal(markersOf(engine, note(`## Subjective\n\n> ${line}`)).length, 1);
  });

  it('gives every fixture note the same findings on a second reading', () => {
    const engine = new Engine();
    const fresh = new Engine(undefined, { sentenceMemo: 0 });
    const root = path.join(__dirname, '..', 'fixtures');
    let compared = 0;
    for (const set of ['voices', 'unseen12', 'lookalikes', 'bank']) {
      const dir = path.join(root, set, 'notes');
      for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
        if (!file.endsWith('.md')) continue;
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        markersOf(engine, text);
        assert.deepEqual(markersOf(engine, text), markersOf(fresh, text), file);
        compared++;
      }
    }
    assert.ok(compared > 30);
  });

  it('forgets the least recently used sentences beyond its capacity', () => {
    const memo = new SentenceMemo(2);
    memo.set('a', []);
    memo.set('b', []);
    memo.get('a');
    memo.set('c', []);
    assert.equal(memo.size, 2);
    assert.ok(memo.get('a') && memo.get('c'));
    assert.equal(memo.get('b'), undefined);
  });
});
