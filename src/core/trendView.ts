/**
 * The trend chart as a pure view model: what to draw for a client, in chart coordinates, with no DOM.
 * Alliance instruments share the left axis (0–100% of each instrument's range); ORS, an outcome
 * measure, has its own right axis in its native 0–40 points.
 */
import type { Engine } from './engine';
import { formatScore } from './instruments';
import type { NoteSummary } from './summary';

export interface ChartPoint {
  session: number;
  date?: string;
  value: number;
  /** 0–1 on the axis the series uses. */
  y: number;
  label: string;
  noteId: string;
  line: number;
  character: number;
  dip?: 'repaired' | 'unrepaired';
}

export interface ChartSeries {
  key: string;
  instrument: string;
  rater: string;
  axis: 'alliance' | 'outcome';
  name: string;
  points: ChartPoint[];
}

export interface TrendViewModel {
  client: string;
  sessions: { min: number; max: number };
  series: ChartSeries[];
  /** Horizontal lines: instrument cutoffs (alliance axis) and the ORS clinical cutoff (outcome axis). */
  guides: { axis: 'alliance' | 'outcome'; y: number; label: string }[];
  /** Sessions whose prose shows markers. */
  ruptures: { session: number; kinds: ('withdrawal' | 'confrontation')[]; subtypes: string[]; noteId: string }[];
  resolution: { session: number; status: string }[];
  /** One row per session and score, for the table view and CSV. */
  rows: { session: number; date: string; instrument: string; rater: string; value: number; dip: string; markers: string }[];
}

export function trendViewModel(engine: Engine, timeline: readonly NoteSummary[], client: string): TrendViewModel {
  const { series, dips } = engine.clientAnalysis(timeline);
  const dipOf = (noteId: string, instrument: string, rater: string) => (dips.get(noteId) ?? []).find((d) => d.instrument === instrument && d.rater === rater);
  const sessions = timeline.map((n) => n.session).filter((s): s is number => s !== undefined);
  const out: TrendViewModel = {
    client,
    sessions: { min: sessions.length ? Math.min(...sessions) : 1, max: sessions.length ? Math.max(...sessions) : 1 },
    series: [],
    guides: [],
    ruptures: [],
    resolution: [],
    rows: [],
  };
  for (const s of series) {
    const instrument = engine.registry.get(s.instrument);
    if (!instrument) continue;
    const axis = instrument.kind === 'outcome' ? 'outcome' : 'alliance';
    out.series.push({
      key: `${s.instrument}:${s.rater}`,
      instrument: s.instrument,
      rater: s.rater,
      axis,
      name: `${instrument.name}${s.rater === 'client' ? '' : ` (${s.rater})`}`,
      points: s.points.map((p) => {
        const dip = dipOf(p.noteId, s.instrument, s.rater);
        const point: ChartPoint = {
          session: p.session, value: p.value, y: axis === 'outcome' ? p.value / 40 : p.normalised,
          label: `Session ${p.session}${p.date ? ` (${p.date})` : ''}: ${formatScore(instrument, p.value, s.rater)}`,
          noteId: p.noteId, line: p.score.range.start.line, character: p.score.range.start.character,
        };
        if (p.date) point.date = p.date;
        if (dip) point.dip = dip.repaired ? 'repaired' : 'unrepaired';
        return point;
      }),
    });
    if (axis === 'alliance' && instrument.cutoff !== undefined && !out.guides.some((g) => g.label.startsWith(instrument.name + ' '))) {
      out.guides.push({ axis, y: (instrument.cutoff - instrument.min) / (instrument.max - instrument.min), label: `${instrument.name} cutoff ${instrument.cutoff}` });
    }
    if (axis === 'outcome' && instrument.referenceLine !== undefined && !out.guides.some((g) => g.axis === 'outcome')) {
      out.guides.push({ axis, y: instrument.referenceLine / 40, label: `${instrument.name} clinical cutoff ${instrument.referenceLine}` });
    }
    for (const p of s.points) {
      const dip = dipOf(p.noteId, s.instrument, s.rater);
      const note = timeline.find((n) => n.id === p.noteId);
      out.rows.push({
        session: p.session, date: p.date ?? '', instrument: instrument.name, rater: s.rater, value: p.value,
        dip: dip ? (dip.repaired ? 'repaired' : 'unrepaired') : '',
        markers: [...new Set((note?.markers ?? []).map((m) => m.subtype))].join(' '),
      });
    }
  }
  out.rows.sort((a, b) => a.session - b.session || a.instrument.localeCompare(b.instrument) || a.rater.localeCompare(b.rater));
  for (const n of timeline) {
    if (n.session === undefined) continue;
    const ms = (n.markers ?? []).filter((m) => m.kind !== 'therapist-reaction');
    if (ms.length) {
      out.ruptures.push({
        session: n.session, noteId: n.id,
        kinds: [...new Set(ms.map((m) => m.kind as 'withdrawal' | 'confrontation'))],
        subtypes: [...new Set(ms.map((m) => m.subtype))],
      });
    }
    if (n.resolution || n.ruptureStatus) {
      out.resolution.push({ session: n.session, status: n.ruptureStatus ?? (n.resolution ? `resolution ${n.resolution.filled}/${n.resolution.total}` : '') });
    }
  }
  return out;
}

/** One CSV cell (RFC 4180 quoting); text starting with = + - @ is prefixed so a spreadsheet never runs it as a formula. */
export function csvCell(v: string | number | boolean): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV. */
export function trendCsv(model: TrendViewModel): string {
  const cell = csvCell;
  const head = ['session', 'date', 'instrument', 'rater', 'value', 'dip', 'markers'] as const;
  return [head.join(','), ...model.rows.map((r) => head.map((h) => cell(r[h])).join(','))].join('\n') + '\n';
}
