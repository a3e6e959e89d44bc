/** Findings: the plain data every rule produces. Hosts (editor, CLI) map them to their own shapes. */

/** Stable rule ids (domain.md A4). A contract: extend, never rename. */
export const RULE_IDS = [
  'rupture-withdrawal',
  'rupture-confrontation',
  'therapist-reaction',
  'alliance-dip',
  'alliance-below-cutoff',
  'alliance-rater-gap',
  'rupture-unresolved',
  'resolution-incomplete',
  'frontmatter-yaml',
  'frontmatter-field',
  'score-out-of-range',
  'unknown-instrument',
  'session-duplicate',
  'note-skipped',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A 0-based position, UTF-16 code units, like the editor's. */
export interface Position {
  line: number;
  character: number;
}

/** A range in a note's text: offsets into the string plus the line/character view of both ends. */
export interface Range {
  start: Position;
  end: Position;
}

export interface RelatedLocation {
  /** The id (path or URI string) of the other note, as the host gave it to the index. */
  noteId: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  /** Extra structured data for hosts (subtype, cue, confidence, dip details...). */
  data?: FindingData;
}

export interface FindingData {
  subtype?: string;
  cue?: string;
  confidence?: number;
  /** How a marker was found: `phrase`, or the structural frame (`structure: opposition`, ...). */
  reason?: string;
  instrument?: string;
  rater?: string;
  value?: number;
  previous?: number;
  previousSession?: number;
  repaired?: boolean;
}

/** Default severities: clinical signals are not errors (architecture.md); confrontation is the stronger signal (domain.md B1). */
export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'rupture-withdrawal': 'info',
  'rupture-confrontation': 'warning',
  'therapist-reaction': 'info',
  'alliance-dip': 'warning',
  'alliance-below-cutoff': 'warning',
  'alliance-rater-gap': 'info',
  'rupture-unresolved': 'warning',
  'resolution-incomplete': 'info',
  'frontmatter-yaml': 'error',
  'frontmatter-field': 'error',
  'score-out-of-range': 'error',
  'unknown-instrument': 'warning',
  'session-duplicate': 'error',
  'note-skipped': 'warning',
};

/** Markers found with less confidence than this are shown one severity level lower. */
export const WEAK_CONFIDENCE = 0.65;
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'hint', hint: 'hint' };

/** The severity one level below (a hint stays a hint). */
export const lowerSeverity = (s: Severity): Severity => LOWER[s];

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
