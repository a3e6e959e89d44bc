/** The Markdown tree: unified + remark-parse + remark-frontmatter, built once and reused. */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses the text; offsets in the tree are those of the text without its BOM (micromark drops it). */
export function parseMarkdown(text: string): Root {
  return processor.parse(defuseNesting(text)) as Root;
}

/** Block quotes and lists nested deeper than this are read as this deep. */
export const MAX_CONTAINER_DEPTH = 16;
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm;

/**
 * Blanks container markers (`>`, list bullets) past MAX_CONTAINER_DEPTH on a line, with spaces of the
 * same length so every offset stays true: micromark takes seconds, then overflows its stack, on a line
 * nested thousands deep. No real note nests that far.
 */
export function defuseNesting(text: string): string {
  const deepRun = /(?:[>*+-][ \t]*){17}/.test(text) || /(?:\d[.)][ \t]+){17}/.test(text);
  const deepIndent = DEEP_INDENT.test(text);
  if (!deepRun && !deepIndent) return text;
  // Indentation past MAX_INDENT becomes no-break spaces: the line is read as text, not as a container
  // nested yet deeper under the lines above it.
  const flat = deepIndent ? text.replace(DEEP_INDENT_ALL, (ws) => '\u00a0'.repeat(ws.length)) : text;
  return flat.replace(CONTAINERS, (run) => {
    let count = 0;
    return run.replace(/[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/g, (m) => {
      const marker = m.trimStart();
      const indent = m.length - marker.length;
      // Past the depth, or indented past MAX_INDENT (lists nested by indentation, line after line).
      return ++count > MAX_CONTAINER_DEPTH || indent > MAX_INDENT ? ' '.repeat(m.length) : m;
    });
  });
}

/** Leading spaces before a container marker past which it is read as plain text. */
const MAX_INDENT = 64;
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'm');
const DEEP_INDENT_ALL = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'gm');

/** Texts above this size are parsed in pieces (see parseMarkdownLinear). */
export const CHUNK_THRESHOLD = 64 * 1024;
const CHUNK_TARGET = 16 * 1024;

/**
 * The same tree for a typical note; for a long one, the text is cut at blank lines where Markdown's
 * block structure starts afresh and each piece is parsed alone, so time grows linearly with length
 * (micromark alone grows faster than linearly on long notes of many short lists). Positions are
 * shifted back to the whole text. Reference links cannot reach across pieces: the prose detector does
 * not need them.
 */
export function parseMarkdownLinear(text: string): Root {
  if (text.length <= CHUNK_THRESHOLD) return parseMarkdown(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  let start = 0;
  let line = 0;
  for (const cut of safeCuts(text)) {
    if (cut - start < CHUNK_TARGET && cut < text.length) continue;
    const piece = parseMarkdown(text.slice(start, cut));
    for (const child of piece.children) root.children.push(shift(child, start, line) as RootContent);
    line += countLines(text, start, cut);
    start = cut;
  }
  if (start < text.length) {
    const piece = parseMarkdown(text.slice(start));
    for (const child of piece.children) root.children.push(shift(child, start, line) as RootContent);
  }
  const last = root.children[root.children.length - 1];
  if (last?.position) root.position!.end = { ...last.position.end };
  return root;
}

/** Offsets of line starts after a blank line where no block can continue: not in a fence, an HTML block or an indented line. */
function* safeCuts(text: string): Generator<number> {
  let fence: string | undefined;
  let html: RegExp | undefined;
  let prevBlank = false;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineText = text.slice(pos, eol);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lineText)) fence = undefined;
    } else if (html) {
      if (html.test(lineText)) html = undefined;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(lineText);
      const blank = /^\s*$/.test(lineText);
      if (!blank && prevBlank && pos > 0 && !/^[ \t]/.test(lineText) && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(lineText)) yield pos;
      if (f) fence = f[1];
      else if (/^ {0,3}<!--/.test(lineText) && !/-->/.test(lineText.slice(lineText.indexOf('<!--') + 4))) html = /-->/;
      else if (/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(lineText) && !/<\/(?:script|pre|style|textarea)>/i.test(lineText)) html = /<\/(?:script|pre|style|textarea)>/i;
      else if (/^ {0,3}<\?/.test(lineText) && !/\?>/.test(lineText)) html = /\?>/;
      else if (/^ {0,3}<!\[CDATA\[/.test(lineText) && !/\]\]>/.test(lineText)) html = /\]\]>/;
      prevBlank = blank;
    }
    pos = eol + 1;
  }
  yield text.length;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function shift(node: Node, offset: number, lines: number): Node {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const c of children) shift(c, offset, lines);
  return node;
}
