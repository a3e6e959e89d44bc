/**
 * A fast path for the common shape of session-note frontmatter: block mappings of `key: value` lines
 * whose values are plain scalars or one-line flow collections of them. It builds the same `yaml` nodes
 * (with the same source ranges) and the same data as `yaml.parseDocument` under the core schema, and
 * gives up (returns undefined) on anything else, which then goes to the `yaml` library. A differential
 * test (test/core/frontmatterFast.test.ts) holds it to the library's output.
 *
 * Why: the library takes ~0.2 ms for a ten-line block; the index reads 10,000 notes from cold.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';

export interface FastResult {
  root: YAMLMap<Scalar, YamlNode | null>;
  data: Record<string, unknown>;
}

const KEY_LINE = /^( *)([A-Za-z_][A-Za-z0-9_-]*) *:(?: +(.*?))? *$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** A plain scalar we are sure of: starts with a letter or digit, no indicator characters anywhere. */
const SAFE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9 _./+()-]*$/;

class GiveUp extends Error {}
const giveUp = (): never => { throw new GiveUp(); };

function scalar(text: string, start: number): [Scalar, unknown] {
  let value: unknown;
  if (NULL.test(text)) value = null;
  else if (BOOL.test(text)) value = text[0] === 't' || text[0] === 'T';
  else if (INT.test(text)) {
    value = Number(text);
    if (!Number.isSafeInteger(value)) giveUp();
  } else if (FLOAT.test(text)) value = Number(text);
  else if (SAFE_PLAIN.test(text) && !/ {2}/.test(text) && !/^[0-9]/.test(text)) value = text;
  else if (SAFE_PLAIN.test(text) && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) value = text; // dates stay strings in the core schema
  else if (SAFE_PLAIN.test(text) && /^[0-9][A-Za-z0-9-]*[A-Za-z-][A-Za-z0-9-]*$/.test(text) && !/^[0-9]+[eE]/.test(text) && !/^0[xo]/i.test(text)) value = text;
  else giveUp();
  const node = new Scalar(value);
  node.range = [start, start + text.length, start + text.length];
  return [node, value];
}

/** A one-line flow collection starting at text[at]: `{ k: v, ... }` or `[a, b]`, nested allowed. */
function flow(text: string, at: number, base: number): [YamlNode, unknown, number] {
  const open = text[at];
  const close = open === '{' ? '}' : ']';
  const node = open === '{' ? new YAMLMap<Scalar, YamlNode>() : new YAMLSeq<YamlNode>();
  const data: Record<string, unknown> | unknown[] = open === '{' ? {} : [];
  let i = at + 1;
  const skip = () => { while (text[i] === ' ') i++; };
  const item = (): [YamlNode, unknown] => {
    skip();
    if (text[i] === '{' || text[i] === '[') {
      const [n, v, end] = flow(text, i, base);
      i = end;
      return [n, v];
    }
    const m = /^[^,{}[\]:#"'&*!|>%@`]+/.exec(text.slice(i));
    if (!m) giveUp();
    const raw = m![0].replace(/ +$/, '');
    const result = scalar(raw, base + i);
    i += m![0].length;
    return result;
  };
  skip();
  if (text[i] === close) giveUp(); // empty collections: leave to the library
  for (;;) {
    if (open === '{') {
      const km = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(text.slice(i));
      if (!km) giveUp();
      const key = new Scalar(km![1]);
      key.range = [base + i, base + i + km![1].length, base + i + km![1].length];
      if (Object.prototype.hasOwnProperty.call(data, km![1]) || km![1] === '__proto__') giveUp();
      i += km![0].length;
      const [v, jv] = item();
      (node as YAMLMap<Scalar, YamlNode>).items.push(new Pair(key, v));
      (data as Record<string, unknown>)[km![1]] = jv;
    } else {
      const [v, jv] = item();
      (node as YAMLSeq<YamlNode>).items.push(v);
      (data as unknown[]).push(jv);
    }
    skip();
    if (text[i] === ',') { i++; skip(); if (text[i] === close) giveUp(); continue; }
    if (text[i] === close) { i++; break; }
    giveUp();
  }
  node.range = [base + at, base + i, base + i];
  (node as { flow?: boolean }).flow = true;
  return [node, data, i];
}

/** Parses `source` (the YAML between the fences; offsets in nodes are relative to it). */
export function parseFrontmatterFast(source: string): FastResult | undefined {
  try {
    return parse(source);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

interface Level {
  indent: number;
  map: YAMLMap<Scalar, YamlNode | null>;
  data: Record<string, unknown>;
}

function parse(source: string): FastResult | undefined {
  if (source.includes('\t') || source.includes('\r') && !/^[^\r]*(?:\r\n[^\r]*)*$/.test(source)) return undefined;
  const root = new YAMLMap<Scalar, YamlNode | null>();
  const rootData: Record<string, unknown> = {};
  const stack: Level[] = [{ indent: 0, map: root, data: rootData }];
  /** A key whose value is on the following, more indented lines. */
  let pending: { pair: Pair<Scalar, YamlNode | null>; data: Record<string, unknown>; key: string; indent: number } | undefined;
  let pos = 0;
  /** Just past the line break of the last content line: where the library ends a nested block map. */
  let lastNext = 0;
  while (pos <= source.length) {
    let eol = source.indexOf('\n', pos);
    if (eol < 0) eol = source.length;
    const lineEnd = source[eol - 1] === '\r' ? eol - 1 : eol;
    const line = source.slice(pos, lineEnd);
    const start = pos;
    pos = eol + 1;
    if (/^ *$/.test(line)) { if (eol >= source.length) break; continue; }
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const indent = m[1].length;
    if (pending) {
      if (indent > pending.indent) {
        const map = new YAMLMap<Scalar, YamlNode | null>();
        const data: Record<string, unknown> = {};
        pending.pair.value = map;
        pending.data[pending.key] = data;
        stack.push({ indent, map, data });
      } else closePending();
      pending = undefined;
    }
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) closeLevel(stack.pop()!);
    const level = stack[stack.length - 1];
    if (indent !== level.indent) return undefined;
    lastNext = Math.min(eol + 1, source.length);
    const key = m[2];
    if (Object.prototype.hasOwnProperty.call(level.data, key) || key === '__proto__') return undefined;
    const keyStart = start + indent;
    const keyNode = new Scalar(key);
    keyNode.range = [keyStart, keyStart + key.length, keyStart + key.length];
    let raw = m[3] ?? '';
    const comment = / #/.exec(raw);
    if (comment) raw = raw.slice(0, comment.index).replace(/ +$/, '');
    if (raw.startsWith('#') || (comment && raw === '')) return undefined; // the library places such a null at the comment
    const valueStart = start + line.indexOf(raw, indent + key.length + 1);
    const pair = new Pair<Scalar, YamlNode | null>(keyNode, null);
    level.map.items.push(pair);
    if (raw === '') {
      level.data[key] = null;
      pending = { pair, data: level.data, key, indent };
    } else if (raw[0] === '{' || raw[0] === '[') {
      const [node, data, end] = flow(raw, 0, valueStart);
      if (end !== raw.length) return undefined;
      pair.value = node;
      level.data[key] = data;
    } else {
      const [node, value] = scalar(raw, valueStart);
      pair.value = node;
      level.data[key] = value;
    }
    if (eol >= source.length) break;
  }
  if (pending) closePending();
  while (stack.length > 1) closeLevel(stack.pop()!);
  if (!root.items.length) return undefined;
  root.range = [root.items[0].key.range![0], lastNext, lastNext];
  return { root, data: rootData };

  function closePending(): never {
    // `key:` with nothing after it is rare (and an error for the fields that matter): the library places its null.
    return giveUp();
  }
  function closeLevel(level: Level) {
    const first = level.map.items[0];
    level.map.range = [first.key.range![0], lastNext, lastNext];
  }
}
