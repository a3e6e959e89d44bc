/** The small per-note summary the workspace index keeps: everything cross-note rules and charts need. */
import type { Range } from './findings';
import type { Rater } from './instruments';
import type { MarkerKind } from './markers/lexicon';
import type { Subtype } from './settings';

export interface ScoreSummary {
  instrument: string;
  rater: Rater;
  value: number;
  normalised: number;
  mean?: number;
  range: Range;
}

export interface MarkerSummary {
  kind: MarkerKind;
  subtype: Subtype;
  range: Range;
  confidence: number;
}

export interface ResolutionSummary {
  filled: number;
  total: number;
  range: Range;
}

export interface Suppression {
  /** 0-based line the comment applies to. */
  line: number;
  /** Rule ids; empty means every rule. */
  rules: string[];
}

export interface NoteSummary {
  id: string;
  client: string;
  session?: number;
  date?: string;
  modality?: string;
  attendance?: string;
  scores: ScoreSummary[];
  /** Undefined until the prose has been analysed (the index reads frontmatter first). */
  markers?: MarkerSummary[];
  ruptureStatus?: 'open' | 'partial' | 'resolved';
  ruptureRange?: Range;
  resolution?: ResolutionSummary;
  /** Where to point findings about the note as a whole: the `session` value, else the `client` value. */
  anchor: Range;
  sessionRange?: Range;
  suppressions: Suppression[];
}
