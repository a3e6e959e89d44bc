import assert from 'node:assert/strict';
import { CHUNK_THRESHOLD, parseMarkdown, parseMarkdownLinear } from '../../src/core/markdown';
import { proseBlocks } from '../../src/core/markers/prose';

const PARTS = [
  '## Session notes\n\nShe changed the subject when I asked about the homework.',
  '**S**\n\n- Diary done.\n- "These exercises are pointless," she said.\n  Continued on an indented line.',
  '```\nnot prose\n\n- not a list\n\nstill code\n```',
  '<!-- a comment\n\nthat spans a blank line\n-->',
  '> A quoted letter.\n>\n> Second paragraph of it.',
  '1. First step\n\n2. Second step, loose list\n\n   indented continuation',
  'A paragraph with `inline code` and <span>html</span> in it.',
  'Setext heading\n==============',
];

function longDoc(): string {
  const out = ['---', 'client: C-1', 'session: 1', '---', ''];
  for (let i = 0; out.join('\n').length < CHUNK_THRESHOLD * 3; i++) out.push(PARTS[i % PARTS.length], '');
  return out.join('\n');
}

const outline = (text: string, tree: ReturnType<typeof parseMarkdown>) =>
  tree.children.map((c) => [c.type, c.position?.start.offset, c.position?.end.offset, c.position?.start.line, c.position?.end.column, text.slice(c.position!.start.offset!, c.position!.start.offset! + 12)]);

describe('Markdown parsing of long notes', () => {
  it('a note under the threshold is parsed whole', () => {
    const text = PARTS.join('\n\n');
    assert.deepEqual(parseMarkdownLinear(text), parseMarkdown(text));
  });

  it('a long note parsed in pieces gives the same blocks, positions and prose as one parse', () => {
    const text = longDoc();
    const whole = parseMarkdown(text);
    const pieces = parseMarkdownLinear(text);
    assert.deepEqual(outline(text, pieces), outline(text, whole));
    assert.deepEqual(proseBlocks(pieces, text, 0), proseBlocks(whole, text, 0));
  });

  it('reads italic words as the client\'s quoted words: a phrase, or single words in a run of them, not one word stressed', () => {
    const text = 'Answers: *fine*, *yeah*, *dunno*.\n\nShe was *very* angry and said *leave it*.\n';
    assert.deepEqual(proseBlocks(parseMarkdown(text), text, 0).map((b) => b.text), ['Answers: "fine", "yeah", "dunno".', 'She was *very* angry and said "leave it".']);
  });

  it('reads a callout ("> [!reflection]") as the writer\'s words, its type and markers blanked, and a block quote as the client\'s', () => {
    const text = '> [!reflection]\n> I felt like a nuisance.\n\n> [!note] Seen on the ward\n\n> "Not today," she said.\n';
    const blocks = proseBlocks(parseMarkdown(text), text, 0);
    assert.deepEqual(blocks.map((b) => [b.text, b.quoted === true, b.reflection === true]), [
      ['             \n  I felt like a nuisance.', false, true],
      ['        Seen on the ward', false, false],
      ['"Not today," she said.', true, false],
    ]);
    for (const b of blocks) assert.equal(b.text.length, b.end - b.start);
  });
});
