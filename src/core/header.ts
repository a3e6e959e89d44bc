/**
 * The note's header: is this a session note (domain.md A1), and what its frontmatter says (A2), with a
 * finding for every field that is missing, mistyped or unknown. No Markdown parse: the index reads
 * thousands of these from cold.
 */
import type { Finding, RuleId, Severity } from './findings';
import { findFrontmatter, findPair, hasClientLine, isScalar, isSeq, nodeSpan, parseFrontmatter, type FrontmatterBlock, type YamlNode } from './frontmatter';
import type { InstrumentRegistry } from './instruments';
import { readScores, type Score } from './scores';
import { LineIndex } from './text';

export const FORMATS = ['SOAP', 'DAP', 'BIRP', 'PIRP', 'GIRP'] as const;
export const ATTENDANCE = ['attended', 'late', 'no-show', 'cancelled'] as const;
export const RUPTURE_TYPES = ['withdrawal', 'confrontation', 'both'] as const;
export const RUPTURE_STATUS = ['open', 'partial', 'resolved'] as const;
export const MARKER_CODES = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'] as const;

export interface RuptureField {
  type?: (typeof RUPTURE_TYPES)[number];
  markers: string[];
  status?: (typeof RUPTURE_STATUS)[number];
  /** Offsets of the `rupture:` key, for findings and edits. */
  start: number;
  end: number;
}

export interface NoteHeader {
  client?: string;
  session?: number;
  date?: string;
  format?: string;
  modality?: string;
  attendance?: string;
  rupture?: RuptureField;
  scores: Score[];
  /** Offsets of each top-level key's value, for findings and links ("client", "session", "measures"...). */
  spans: Record<string, [number, number]>;
}

export interface HeaderResult {
  /** Only session notes get findings, CodeLens or index entries. */
  isNote: boolean;
  bom: number;
  block?: FrontmatterBlock;
  header?: NoteHeader;
  findings: Finding[];
  index: LineIndex;
}

export type RawFinding = { ruleId: RuleId; message: string; start: number; end: number; severity?: Severity; data?: Finding['data'] };

export function toFinding(index: LineIndex, f: RawFinding, severity: Severity): Finding {
  const finding: Finding = { ruleId: f.ruleId, severity: f.severity ?? severity, message: f.message, range: index.range(f.start, f.end) };
  if (f.data) finding.data = f.data;
  return finding;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function readHeader(text: string, registry: InstrumentRegistry, severityOf: (rule: RuleId) => Severity): HeaderResult {
  const index = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const block = findFrontmatter(text, bom);
  if (!block) return { isNote: false, bom, findings: [], index };
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const parsed = parseFrontmatter(text, block);
  const looksLikeNote = hasClientLine(yamlText);
  const raw: RawFinding[] = [];
  if (parsed.errors.length) {
    if (!looksLikeNote) return { isNote: false, bom, block, findings: [], index };
    for (const e of parsed.errors) raw.push({ ruleId: 'frontmatter-yaml', message: `Frontmatter YAML: ${e.message}`, start: e.start, end: e.end });
    return { isNote: true, bom, block, findings: raw.map((f) => toFinding(index, f, severityOf(f.ruleId))), index };
  }
  if (!parsed.data || !('client' in parsed.data)) return { isNote: false, bom, block, findings: [], index };

  const base = parsed.base;
  const root = parsed.root;
  const header: NoteHeader = { scores: [], spans: {} };
  const fenceSpan: [number, number] = [block.start, block.start + 3];
  const emit = (f: RawFinding) => raw.push(f);
  const field = (key: string) => {
    const pair = findPair(root, key);
    if (!pair) return undefined;
    const keySpan = nodeSpan(pair.key as YamlNode, base) ?? fenceSpan;
    const valueSpan = nodeSpan(pair.value as YamlNode, base);
    // An empty value has an empty range: point at the key instead, so the editor can show it.
    const span = valueSpan && valueSpan[1] > valueSpan[0] ? valueSpan : keySpan;
    header.spans[key] = span;
    return { node: pair.value as YamlNode | null, span, keySpan };
  };
  const scalar = (node: YamlNode | null | undefined): unknown => (isScalar(node) ? node.value : node === null ? null : node);

  const client = field('client');
  const clientValue = scalar(client?.node);
  if (client && typeof clientValue === 'string' && clientValue.trim()) {
    header.client = clientValue.trim();
    // Invisible or direction-changing characters make two codes look alike: one client would become two.
    if (/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/.test(header.client))
      emit({ ruleId: 'frontmatter-field', severity: 'warning', message: "'client' contains invisible or right-to-left control characters; retype the code", start: client.span[0], end: client.span[1] });
  }
  else if (client && typeof clientValue === 'number') header.client = String(clientValue);
  else emit({ ruleId: 'frontmatter-field', message: "'client' must be the client's pseudonymous code, e.g. C-4Q7XM", start: client?.span[0] ?? fenceSpan[0], end: client?.span[1] ?? fenceSpan[1] });

  const session = field('session');
  const sessionValue = scalar(session?.node);
  if (!session) emit({ ruleId: 'frontmatter-field', message: "'session' is missing: give the session number (an integer from 1)", start: fenceSpan[0], end: fenceSpan[1] });
  else if (typeof sessionValue === 'number' && Number.isInteger(sessionValue) && sessionValue >= 1) header.session = sessionValue;
  else emit({ ruleId: 'frontmatter-field', message: `'session' must be an integer from 1; found ${describe(sessionValue)}`, start: session.span[0], end: session.span[1] });

  const date = field('date');
  if (date) {
    const v = scalar(date.node);
    if (typeof v === 'string' && isValidDate(v)) header.date = v;
    else emit({ ruleId: 'frontmatter-field', message: `'date' must be a calendar date written YYYY-MM-DD; found ${describe(v)}`, start: date.span[0], end: date.span[1] });
  }

  const enumField = (key: 'format' | 'attendance', values: readonly string[], caseInsensitive: boolean) => {
    const f = field(key);
    if (!f) return;
    const v = scalar(f.node);
    const match = typeof v === 'string' ? values.find((x) => (caseInsensitive ? x.toLowerCase() === v.toLowerCase() : x === v)) : undefined;
    if (match) header[key] = match;
    else emit({ ruleId: 'frontmatter-field', message: `'${key}' must be one of ${values.join(', ')}; found ${describe(v)}`, start: f.span[0], end: f.span[1] });
  };
  enumField('format', FORMATS, true);
  enumField('attendance', ATTENDANCE, false);

  const modality = field('modality');
  if (modality) {
    const v = scalar(modality.node);
    if (typeof v === 'string') header.modality = v;
    else emit({ ruleId: 'frontmatter-field', message: `'modality' must be text (CBT, psychodynamic, ...); found ${describe(v)}`, start: modality.span[0], end: modality.span[1] });
  }

  const measures = field('measures');
  if (measures) header.scores = readScores(measures.node, base, registry, emit);

  const rupture = field('rupture');
  if (rupture) header.rupture = readRupture(rupture.node, rupture.keySpan, base, emit);

  const findings = raw.map((f) => toFinding(index, f, severityOf(f.ruleId)));
  return { isNote: true, bom, block, header, findings, index };
}

function readRupture(node: YamlNode | null, keySpan: [number, number], base: number, emit: (f: RawFinding) => void): RuptureField {
  const r: RuptureField = { markers: [], start: keySpan[0], end: keySpan[1] };
  const span = nodeSpan(node, base) ?? keySpan;
  if (!node || !('items' in node) || isSeq(node)) {
    emit({ ruleId: 'frontmatter-field', message: "'rupture' must be a mapping with type, markers and status", start: span[0], end: span[1] });
    return r;
  }
  const get = (key: string) => {
    const pair = findPair(node, key);
    return pair ? { value: isScalar(pair.value) ? pair.value.value : pair.value, node: pair.value as YamlNode, span: nodeSpan(pair.value as YamlNode, base) ?? span } : undefined;
  };
  const type = get('type');
  if (type) {
    if ((RUPTURE_TYPES as readonly unknown[]).includes(type.value)) r.type = type.value as RuptureField['type'];
    else emit({ ruleId: 'frontmatter-field', message: `'rupture.type' must be one of ${RUPTURE_TYPES.join(', ')}; found ${describe(type.value)}`, start: type.span[0], end: type.span[1] });
  }
  const status = get('status');
  if (status) {
    if ((RUPTURE_STATUS as readonly unknown[]).includes(status.value)) r.status = status.value as RuptureField['status'];
    else emit({ ruleId: 'frontmatter-field', message: `'rupture.status' must be one of ${RUPTURE_STATUS.join(', ')}; found ${describe(status.value)}`, start: status.span[0], end: status.span[1] });
  }
  const markers = get('markers');
  if (markers) {
    if (!isSeq(markers.node)) emit({ ruleId: 'frontmatter-field', message: "'rupture.markers' must be a list of 3RS codes (W1–W7, C1–C7)", start: markers.span[0], end: markers.span[1] });
    else
      for (const item of markers.node.items) {
        const v = isScalar(item) ? String(item.value).toUpperCase() : undefined;
        if (v && (MARKER_CODES as readonly string[]).includes(v)) r.markers.push(v);
        else {
          const s = nodeSpan(item as YamlNode, base) ?? markers.span;
          emit({ ruleId: 'frontmatter-field', message: `'${isScalar(item) ? String(item.value) : '?'}' is not a 3RS marker code (W1–W7, C1–C7)`, start: s[0], end: s[1] });
        }
      }
  }
  return r;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `'${v.length > 40 ? v.slice(0, 40) + '…' : v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) || isSeq(v) ? 'a list' : 'a mapping';
}
