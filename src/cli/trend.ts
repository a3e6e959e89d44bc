/** The trend command's output: a client's ratings by session, one row per score. */
import type { Engine } from '../core/engine';
import type { NoteSummary } from '../core/summary';
import { csvCell } from '../core/trendView';

export interface TrendRow {
  session: number;
  date: string;
  instrument: string;
  rater: string;
  value: number;
  normalised: number;
  dip: '' | 'threshold' | 'ipsative';
  repaired: boolean;
  markers: string;
  file: string;
}

export function trendRows(engine: Engine, timeline: readonly NoteSummary[]): TrendRow[] {
  const { series, dips } = engine.clientAnalysis(timeline);
  const rows: TrendRow[] = [];
  for (const s of series) {
    for (const p of s.points) {
      const dip = (dips.get(p.noteId) ?? []).find((d) => d.instrument === s.instrument && d.rater === s.rater);
      const note = timeline.find((n) => n.id === p.noteId);
      rows.push({
        session: p.session,
        date: p.date ?? '',
        instrument: s.instrument,
        rater: s.rater,
        value: p.value,
        normalised: Math.round(p.normalised * 1000) / 1000,
        dip: dip ? dip.kind : '',
        repaired: dip?.repaired ?? false,
        markers: [...new Set((note?.markers ?? []).map((m) => m.subtype))].join(' '),
        file: p.noteId,
      });
    }
  }
  return rows.sort((a, b) => a.session - b.session || a.instrument.localeCompare(b.instrument) || a.rater.localeCompare(b.rater));
}


export function trendCsv(engine: Engine, timeline: readonly NoteSummary[]): string {
  const header = ['session', 'date', 'instrument', 'rater', 'value', 'normalised', 'dip', 'repaired', 'markers', 'file'] as const;
  const rows = trendRows(engine, timeline).map((r) => header.map((h) => csvCell(r[h])).join(','));
  return [header.join(','), ...rows].join('\n') + '\n';
}

export function trendJson(engine: Engine, timeline: readonly NoteSummary[]): string {
  return JSON.stringify({ client: timeline[0]?.client, rows: trendRows(engine, timeline) }, null, 2) + '\n';
}
