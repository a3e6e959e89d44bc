/** Settings as data: what the engine takes from the editor's configuration or the CLI's --config file. */
import { RULE_IDS, SEVERITIES, type RuleId, type Severity } from './findings';
import type { CustomInstrumentConfig } from './instruments';

export const SUBTYPES = [
  'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7',
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'TR',
] as const;
export type Subtype = (typeof SUBTYPES)[number];

export interface Settings {
  /** Per-rule severity, or 'off' to disable the rule. */
  severity: Partial<Record<RuleId, Severity | 'off'>>;
  /** Rater gap (client vs therapist, same session) as a fraction of the instrument's range. */
  raterGapFraction: number;
  /** Ipsative dip: this many SDs below the client's own mean of earlier ratings. */
  dipSd: number;
  /** Floor on the SD, as a fraction of the instrument's range, so a flat history does not make every wobble a dip. */
  dipSdFloorFraction: number;
  /** Earlier ratings needed before the ipsative rule applies. */
  dipMinHistory: number;
  /** Sessions within which a return to the earlier level marks a dip repaired. */
  repairWindow: number;
  /** Per-instrument overrides of cutoff and dip threshold, keyed by instrument id. */
  thresholds: Record<string, { cutoff?: number | null; dipThreshold?: number }>;
  customInstruments: CustomInstrumentConfig[];
  /** Extra literal phrases per subtype (W1–W7, C1–C7, TR for therapist reactions). */
  extraPhrases: Partial<Record<Subtype, string[]>>;
  /** Literal phrases that never count as markers. */
  ignorePhrases: string[];
  /** Findings below this detector confidence (0–1) are not reported. */
  minConfidence: number;
  /** Notes larger than this many characters are reported and not analysed. */
  maxNoteSize: number;
  /** Also read each sentence the rules found no client marker in with the shipped learned model (markers/learned). */
  learnedLayer: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  severity: {},
  raterGapFraction: 0.15,
  dipSd: 2,
  dipSdFloorFraction: 0.05,
  dipMinHistory: 3,
  repairWindow: 3,
  thresholds: {},
  customInstruments: [],
  extraPhrases: {},
  ignorePhrases: [],
  minConfidence: 0.5,
  maxNoteSize: 2_000_000,
  learnedLayer: false,
};

export interface SettingsResult {
  settings: Settings;
  /** Human-readable problems with the input; invalid entries are dropped, the rest is kept. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_PHRASE = 200;

/** Validates raw settings (from JSON or the editor), filling defaults. Never throws. */
export function resolveSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings: s, problems };
  if (!isObject(raw)) return { settings: s, problems: ['settings must be an object'] };

  const num = (key: keyof Settings, min: number, max: number) => {
    const v = raw[key];
    if (v === undefined) return;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) (s[key] as number) = v;
    else problems.push(`${key} must be a number from ${min} to ${max}`);
  };
  num('raterGapFraction', 0, 1);
  num('dipSd', 0.5, 5);
  num('dipSdFloorFraction', 0, 1);
  num('dipMinHistory', 2, 100);
  num('repairWindow', 1, 50);
  num('minConfidence', 0, 1);
  num('maxNoteSize', 1000, 100_000_000);
  if (raw.learnedLayer !== undefined) {
    if (typeof raw.learnedLayer === 'boolean') s.learnedLayer = raw.learnedLayer;
    else problems.push('learnedLayer must be true or false');
  }

  if (raw.severity !== undefined) {
    if (!isObject(raw.severity)) problems.push('severity must be an object of rule id → severity');
    else
      for (const [rule, sev] of Object.entries(raw.severity)) {
        if (!(RULE_IDS as readonly string[]).includes(rule)) problems.push(`severity: unknown rule id '${rule}'`);
        else if (sev !== 'off' && !(SEVERITIES as readonly unknown[]).includes(sev))
          problems.push(`severity.${rule} must be one of error, warning, info, hint, off`);
        else s.severity[rule as RuleId] = sev as Severity | 'off';
      }
  }

  if (raw.thresholds !== undefined) {
    if (!isObject(raw.thresholds)) problems.push('thresholds must be an object keyed by instrument id');
    else
      for (const [id, t] of Object.entries(raw.thresholds)) {
        if (!isObject(t)) { problems.push(`thresholds.${id} must be an object`); continue; }
        const entry: { cutoff?: number | null; dipThreshold?: number } = {};
        if (t.cutoff === null || (typeof t.cutoff === 'number' && Number.isFinite(t.cutoff))) entry.cutoff = t.cutoff;
        else if (t.cutoff !== undefined) problems.push(`thresholds.${id}.cutoff must be a number or null`);
        if (typeof t.dipThreshold === 'number' && Number.isFinite(t.dipThreshold) && t.dipThreshold > 0) entry.dipThreshold = t.dipThreshold;
        else if (t.dipThreshold !== undefined) problems.push(`thresholds.${id}.dipThreshold must be a positive number`);
        s.thresholds[id.toLowerCase()] = entry;
      }
  }

  if (raw.customInstruments !== undefined) {
    if (!Array.isArray(raw.customInstruments)) problems.push('customInstruments must be an array');
    else
      raw.customInstruments.forEach((c, i) => {
        const where = `customInstruments[${i}]`;
        if (!isObject(c) || typeof c.id !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,39}$/i.test(c.id)) {
          problems.push(`${where} needs an id of letters, digits, '-' or '_'`);
          return;
        }
        const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
        if (!finite(c.min) || !finite(c.max) || (c.min as number) >= (c.max as number)) {
          problems.push(`${where} (${c.id}) needs numbers min < max`);
          return;
        }
        s.customInstruments.push({
          id: c.id,
          name: typeof c.name === 'string' ? c.name.slice(0, 40) : undefined,
          kind: c.kind === 'outcome' ? 'outcome' : 'alliance',
          min: c.min as number,
          max: c.max as number,
          items: finite(c.items) ? (c.items as number) : undefined,
          cutoff: finite(c.cutoff) ? (c.cutoff as number) : undefined,
          dipThreshold: finite(c.dipThreshold) && (c.dipThreshold as number) > 0 ? (c.dipThreshold as number) : undefined,
          subscales: Array.isArray(c.subscales) ? c.subscales.filter((x): x is string => typeof x === 'string') : undefined,
        });
      });
  }

  const phrases = (v: unknown, where: string): string[] => {
    if (!Array.isArray(v)) { problems.push(`${where} must be an array of strings`); return []; }
    const out: string[] = [];
    for (const p of v) {
      if (typeof p !== 'string' || p.trim().length < 3) problems.push(`${where}: each phrase must be text of at least 3 characters`);
      else if (p.length > MAX_PHRASE) problems.push(`${where}: a phrase is longer than ${MAX_PHRASE} characters`);
      else out.push(p.trim());
    }
    return out;
  };
  if (raw.extraPhrases !== undefined) {
    if (!isObject(raw.extraPhrases)) problems.push('extraPhrases must be an object keyed by subtype (W1–W7, C1–C7, TR)');
    else
      for (const [k, v] of Object.entries(raw.extraPhrases)) {
        const key = k.toUpperCase();
        if (!(SUBTYPES as readonly string[]).includes(key)) problems.push(`extraPhrases: unknown subtype '${k}'`);
        else s.extraPhrases[key as Subtype] = phrases(v, `extraPhrases.${key}`);
      }
  }
  if (raw.ignorePhrases !== undefined) s.ignorePhrases = phrases(raw.ignorePhrases, 'ignorePhrases');

  return { settings: s, problems };
}
