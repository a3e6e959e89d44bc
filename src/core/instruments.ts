/**
 * Alliance and outcome instruments (domain.md A3) as data. Only scores are stored here, never item
 * wording: the questionnaires are copyrighted.
 */

export type Rater = 'client' | 'therapist' | 'observer';
export const RATERS: readonly Rater[] = ['client', 'therapist', 'observer'];

export interface Subscale {
  name: string;
  /** 1-based item numbers, when the instrument defines them. */
  items?: number[];
  min: number;
  max: number;
}

export interface Instrument {
  id: string;
  name: string;
  /** What it measures: alliance rules fire on alliance instruments only. */
  kind: 'alliance' | 'outcome';
  items?: number;
  itemMin?: number;
  itemMax?: number;
  min: number;
  max: number;
  subscales: Subscale[];
  /** 1-based items scored as (itemMin + itemMax − x). */
  reverseKeyed?: number[];
  /** A total strictly below this is a concern (alliance-below-cutoff). */
  cutoff?: number;
  /** A drop of at least this many points from the previous rating is a dip. */
  dipThreshold?: number;
  /** A reference line drawn on charts without firing a rule (ORS clinical cutoff). */
  referenceLine?: number;
  builtIn: boolean;
}

const tenPercent = (min: number, max: number) => Math.round((max - min) * 0.1 * 10) / 10;

export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [
  {
    id: 'srs', name: 'SRS', kind: 'alliance', items: 4, itemMin: 0, itemMax: 10, min: 0, max: 40,
    subscales: ['relationship', 'goals', 'approach', 'overall'].map((name) => ({ name, min: 0, max: 10 })),
    cutoff: 36, dipThreshold: 1, builtIn: true,
  },
  {
    id: 'ors', name: 'ORS', kind: 'outcome', items: 4, itemMin: 0, itemMax: 10, min: 0, max: 40,
    subscales: ['individual', 'interpersonal', 'social', 'overall'].map((name) => ({ name, min: 0, max: 10 })),
    referenceLine: 25, builtIn: true,
  },
  {
    id: 'wai', name: 'WAI', kind: 'alliance', items: 36, itemMin: 1, itemMax: 7, min: 36, max: 252,
    subscales: ['goal', 'task', 'bond'].map((name) => ({ name, min: 12, max: 84 })),
    dipThreshold: tenPercent(36, 252), builtIn: true,
  },
  {
    id: 'wai-s', name: 'WAI-S', kind: 'alliance', items: 12, itemMin: 1, itemMax: 7, min: 12, max: 84,
    subscales: ['goal', 'task', 'bond'].map((name) => ({ name, min: 4, max: 28 })),
    dipThreshold: tenPercent(12, 84), builtIn: true,
  },
  {
    id: 'wai-sr', name: 'WAI-SR', kind: 'alliance', items: 12, itemMin: 1, itemMax: 5, min: 12, max: 60,
    subscales: [
      { name: 'task', items: [1, 2, 10, 12], min: 4, max: 20 },
      { name: 'bond', items: [3, 5, 7, 9], min: 4, max: 20 },
      { name: 'goal', items: [4, 6, 8, 11], min: 4, max: 20 },
    ],
    dipThreshold: 7, builtIn: true,
  },
  {
    id: 'haq-ii', name: 'HAq-II', kind: 'alliance', items: 19, itemMin: 1, itemMax: 6, min: 19, max: 114,
    subscales: [], reverseKeyed: [4, 8, 11, 16, 19],
    dipThreshold: tenPercent(19, 114), builtIn: true,
  },
];

/** A user-defined instrument as settings give it. */
export interface CustomInstrumentConfig {
  id: string;
  name?: string;
  kind?: 'alliance' | 'outcome';
  min: number;
  max: number;
  items?: number;
  cutoff?: number;
  dipThreshold?: number;
  subscales?: string[];
}

export class InstrumentRegistry {
  private readonly byId = new Map<string, Instrument>();

  constructor(custom: readonly CustomInstrumentConfig[] = []) {
    for (const i of BUILT_IN_INSTRUMENTS) this.byId.set(i.id, i);
    for (const c of custom) {
      const id = c.id.toLowerCase();
      this.byId.set(id, {
        id,
        name: c.name ?? c.id.toUpperCase(),
        kind: c.kind ?? 'alliance',
        items: c.items,
        min: c.min,
        max: c.max,
        subscales: (c.subscales ?? []).map((name) => ({ name, min: -Infinity, max: Infinity })),
        cutoff: c.cutoff,
        dipThreshold: c.dipThreshold ?? tenPercent(c.min, c.max),
        builtIn: false,
      });
    }
  }

  /** Instrument ids are case-insensitive (domain.md A2). */
  get(id: string): Instrument | undefined {
    return this.byId.get(id.toLowerCase());
  }

  all(): Instrument[] {
    return [...this.byId.values()];
  }
}

/** A score on the instrument's range mapped to 0–1, for charts. */
export function normalise(instrument: Instrument, value: number): number {
  const span = instrument.max - instrument.min;
  return span > 0 ? (value - instrument.min) / span : 0;
}

/** "SRS 31", "WAI-SR 39 (therapist)". */
export function formatScore(instrument: Instrument, value: number, rater: Rater = 'client'): string {
  const v = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${instrument.name} ${v}${rater === 'client' ? '' : ` (${rater})`}`;
}
