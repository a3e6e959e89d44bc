import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { parseFrontmatterFast } from '../../src/core/frontmatterFast';

/** Every node's kind, range (start, value end) and scalar value, in document order. */
function shape(node: unknown, out: unknown[] = []): unknown[] {
  const n = node as YamlNode | null;
  if (n === null || n === undefined) { out.push(null); return out; }
  const kind = isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : 'other';
  out.push([kind, n.range?.[0], n.range?.[1], isScalar(n) ? n.value : undefined]);
  if (isMap(n)) for (const p of n.items) { shape(p.key, out); shape(p.value, out); }
  if (isSeq(n)) for (const i of n.items) shape(i, out);
  return out;
}

const KEYS = ['client', 'session', 'date', 'format', 'modality', 'measures', 'rupture', 'srs', 'wai-sr', 'x_y', 'Key2', 'client'];
const COMMON = ['C-4Q7XM', '3', '37', '2026-02-17', 'SOAP', 'CBT', 'attended', 'open', '{ client: 47, therapist: 52 }', '[W2, W4]', '{ client: { task: 15, bond: 17, goal: 15 } }'];
const VALUES = [
  'C-4Q7XM', '3', '-2', '+4', '007', '3.5', '.5', '5.', '1e3', '1E+3', '2026-02-17', '2026-02-30', 'SOAP', 'MI + CBT-RP', 'CBT (group)',
  'yes', 'no', 'true', 'False', 'TRUE', 'null', '~', 'NULL', 'Null', '.nan', '.inf', '-.inf', '0x1F', '0o17', '12abc', '1-2', '12e', '1e',
  'a:b', 'a: b', 'x #c', 'x#c', '"q"', "'q'", '&a x', '*a', '!tag x', '|', '>', '[]', '{}', '[a, b]', '[1,2]', '[ W2 , W4 ]',
  '{ client: 47, therapist: 52 }', '{client: 1}', '{ a: { b: 1 } }', '{ a: 1, }', '{ a: 1, a: 2 }', '{ a: [1, 2] }', '{ a:1 }',
  'Hello  World', '12:30', 'a/b', '- x', '? x', '%x', '@x', '`x`', 'x,y', '9007199254740993', '0', '-0', '+.5', 'é', 'C-1 # note',
];

const line = fc.tuple(
  fc.constantFrom(0, 0, 0, 0, 2, 2, 4, 3),
  fc.constantFrom(...KEYS),
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMON) }, { weight: 2, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.constant('') }),
  fc.constantFrom('', '', ' ', '  # comment'),
).map(([indent, key, value, tail]) => `${' '.repeat(indent)}${key}:${value ? ' ' + value : ''}${tail}`);
const anyLine = fc.oneof({ weight: 8, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '# c', '  ', '\tkey: 1', '- item', 'plain') });
const source = fc.tuple(fc.array(anyLine, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

describe('frontmatter fast path', () => {
  it('builds what yaml builds: same data, same nodes, same ranges, or gives up', () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, (src) => {
        const fast = parseFrontmatterFast(src);
        if (!fast) return;
        accepted++;
        const doc = parseDocument(src, { uniqueKeys: true });
        assert.deepEqual(doc.errors.map((e) => e.message), [], `the fast path accepted what yaml rejects:\n${src}`);
        assert.deepEqual(fast.data, doc.toJS(), src);
        assert.deepEqual(shape(fast.root), shape(doc.contents), src);
      }),
      { numRuns: 10000, seed: 4242 },
    );
    assert.ok(accepted > 200, `the fast path accepted only ${accepted} sources`);
  });

  it('takes the common note frontmatter', () => {
    const src = 'client: C-4Q7XM\nsession: 3\ndate: 2026-02-17\nformat: SOAP\nmodality: CBT\nattendance: attended\nmeasures:\n  srs: 37\n  ors: 22\n  wai-sr: { client: 47, therapist: 52 }\n  haq-ii: { client: { mean: 4.9 } }\nrupture:\n  type: withdrawal\n  markers: [W2, W4]\n  status: open';
    assert.ok(parseFrontmatterFast(src));
    assert.deepEqual(parseFrontmatterFast(src)!.data, parseDocument(src).toJS());
  });

  it('gives up on what it does not handle: quotes, anchors, block lists, tabs, duplicates', () => {
    for (const src of ['client: "C-1"', 'a: &x 1\nb: *x', 'markers:\n  - W2', 'client:\tC-1', 'client: C-1\nclient: C-2', 'srs: .nan']) {
      assert.equal(parseFrontmatterFast(src), undefined, src);
    }
  });
});
