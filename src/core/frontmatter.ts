/**
 * The YAML frontmatter block: where it is, what it says, and the source range of every key and value.
 * Offsets are into the note's original text (BOM and CRLF included).
 */
import { parseFrontmatterFast } from './frontmatterFast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';

export interface FrontmatterBlock {
  /** Offset of the opening '---'. */
  start: number;
  /** Offset just past the closing fence line ('---' or '...'), or the text's end when it is missing. */
  end: number;
  /** The YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedFrontmatter {
  block: FrontmatterBlock;
  /** The top node of the YAML, with ranges relative to `base`. */
  root?: YamlNode | null;
  /** The plain data, when the YAML parsed to a mapping. */
  data?: Record<string, unknown>;
  errors: YamlProblem[];
  /** Offset added to a YAML node's offsets to reach the note's text. */
  base: number;
}

const FENCE_OPEN = /^---[ \t]*(?:\r\n|\n|\r|$)/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the frontmatter block at the start of the text (after an optional BOM). */
export function findFrontmatter(text: string, from: number): FrontmatterBlock | undefined {
  const head = FENCE_OPEN.exec(text.slice(from, from + 8));
  if (!head) return undefined;
  const contentStart = from + head[0].length;
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    if (FENCE_CLOSE.test(text.slice(lineStart, lineEnd))) {
      let end = lineEnd;
      if (text.charCodeAt(end) === 13) end++;
      if (text.charCodeAt(end) === 10) end++;
      // Content ends before the line break that precedes the closing fence.
      let contentEnd = lineStart;
      if (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 10) contentEnd--;
      if (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
      return { start: from, end, contentStart, contentEnd: Math.max(contentStart, contentEnd), closed: true };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return { start: from, end: text.length, contentStart, contentEnd: text.length, closed: false };
}

/** Does this YAML text have a top-level `client:` line? (domain.md A1: such a block is a note even when broken.) */
export function hasClientLine(yamlText: string): boolean {
  return /^client[ \t]*:/m.test(yamlText);
}

export function parseFrontmatter(text: string, block: FrontmatterBlock): ParsedFrontmatter {
  const base = block.contentStart;
  // A lone CR is a line break in YAML 1.2 but not to the parser: make it LF (same length, same offsets).
  const source = text.slice(block.contentStart, block.contentEnd).replace(/\r(?!\n)/g, '\n');
  const errors: YamlProblem[] = [];
  if (!block.closed) {
    errors.push({ message: "the frontmatter has no closing '---' line", start: block.start, end: block.start + 3 });
    return { block, errors, base };
  }
  const depth = nestingDepth(source);
  if (depth > MAX_DEPTH) {
    errors.push({ message: `the frontmatter is nested ${depth} levels deep; at most ${MAX_DEPTH} are read`, start: block.start, end: block.start + 3 });
    return { block, errors, base };
  }
  const fast = parseFrontmatterFast(source);
  if (fast) return { block, root: fast.root, data: fast.data, errors, base };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    errors.push({ message: `the frontmatter could not be read: ${(e as Error).message}`, start: block.start, end: block.start + 3 });
    return { block, errors, base };
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    errors.push({ message: cleanYamlMessage(err.message), start: base + s, end: base + Math.max(e, s + 1) });
  }
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    try {
      const js: unknown = doc.toJS({ maxAliasCount: 50 });
      if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    } catch (e) {
      errors.push({ message: cleanYamlMessage((e as Error).message), start: block.start, end: block.start + 3 });
    }
  }
  return { block, root: doc.contents, data, errors, base };
}

/** Deeper nesting than any note needs would only exhaust the parser's stack. */
const MAX_DEPTH = 64;

/** The deepest nesting of flow brackets or of indentation levels, in one pass. */
export function nestingDepth(source: string): number {
  let flow = 0;
  let maxFlow = 0;
  const indents: number[] = [];
  let maxBlock = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) { lineStart = true; indent = 0; continue; }
    if (lineStart) {
      if (c === 32) { indent++; continue; }
      lineStart = false;
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > maxBlock) maxBlock = indents.length;
    }
    if (c === 91 || c === 123) { flow++; if (flow > maxFlow) maxFlow = flow; }
    else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return Math.max(maxFlow, maxBlock);
}

function cleanYamlMessage(message: string): string {
  // yaml's messages may end with a source excerpt; the editor shows the place itself.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Source offsets of a YAML node (value start, value end) in the note's text. */
export function nodeSpan(node: YamlNode | null | undefined, base: number): [number, number] | undefined {
  const r = node?.range;
  return r ? [base + r[0], base + r[1]] : undefined;
}

/** The pair of a map under a key, case-insensitively when asked. */
export function findPair(map: unknown, key: string, caseInsensitive = false): Pair<YamlNode, YamlNode> | undefined {
  if (!isMap(map)) return undefined;
  const want = caseInsensitive ? key.toLowerCase() : key;
  for (const pair of (map as YAMLMap<YamlNode, YamlNode>).items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k !== undefined && (caseInsensitive ? k.toLowerCase() : k) === want) return pair;
  }
  return undefined;
}

export function mapPairs(map: unknown): Pair<YamlNode, YamlNode>[] {
  return isMap(map) ? (map as YAMLMap<YamlNode, YamlNode>).items : [];
}

export { isMap, isScalar, isSeq };
export type { YamlNode, Pair };
