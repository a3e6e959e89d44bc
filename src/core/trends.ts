/**
 * A client's ratings over sessions and the rules read from them: alliance-dip (threshold or ipsative),
 * alliance-below-cutoff, alliance-rater-gap (domain.md A4, B4).
 */
import type { Finding, FindingData } from './findings';
import { formatScore, type Instrument, type InstrumentRegistry, type Rater } from './instruments';
import type { Settings } from './settings';
import type { NoteSummary, ScoreSummary } from './summary';

export interface TrendPoint {
  noteId: string;
  session: number;
  date?: string;
  value: number;
  normalised: number;
  score: ScoreSummary;
}

export interface Series {
  instrument: string;
  rater: Rater;
  points: TrendPoint[];
}

export interface Dip {
  noteId: string;
  session: number;
  instrument: string;
  rater: Rater;
  value: number;
  /** The rating it is measured against: the previous one, or the client's mean for an ipsative dip. */
  reference: number;
  referenceNoteId?: string;
  referenceSession?: number;
  kind: 'threshold' | 'ipsative';
  threshold: number;
  repaired: boolean;
  repairedSession?: number;
  score: ScoreSummary;
  referenceScore?: ScoreSummary;
  earlierCount: number;
}

/** Ratings per instrument and rater, ordered by session number. Notes without a session number are left out. */
export function seriesOf(timeline: readonly NoteSummary[]): Series[] {
  const map = new Map<string, Series>();
  for (const note of timeline) {
    if (note.session === undefined) continue;
    for (const score of note.scores) {
      const key = `${score.instrument}\u0000${score.rater}`;
      let s = map.get(key);
      if (!s) map.set(key, (s = { instrument: score.instrument, rater: score.rater, points: [] }));
      s.points.push({ noteId: note.id, session: note.session, date: note.date, value: score.value, normalised: score.normalised, score });
    }
  }
  for (const s of map.values()) s.points.sort((a, b) => a.session - b.session);
  return [...map.values()];
}

export function thresholdsOf(instrument: Instrument, settings: Settings): { cutoff?: number; dip?: number } {
  const o = settings.thresholds[instrument.id];
  return {
    cutoff: o && 'cutoff' in o ? (o.cutoff ?? undefined) : instrument.cutoff,
    dip: o?.dipThreshold ?? instrument.dipThreshold,
  };
}

/** Every dip of the client's alliance ratings. */
export function findDips(series: readonly Series[], registry: InstrumentRegistry, settings: Settings): Dip[] {
  const dips: Dip[] = [];
  for (const s of series) {
    const instrument = registry.get(s.instrument);
    if (!instrument || instrument.kind !== 'alliance') continue;
    const { dip: threshold } = thresholdsOf(instrument, settings);
    if (threshold === undefined) continue;
    const floor = settings.dipSdFloorFraction * (instrument.max - instrument.min);
    let sum = 0;
    let sumSq = 0;
    s.points.forEach((p, i) => {
      const prev = i > 0 ? s.points[i - 1] : undefined;
      let dip: Dip | undefined;
      if (prev && prev.session !== p.session && prev.value - p.value >= threshold) {
        dip = {
          noteId: p.noteId, session: p.session, instrument: s.instrument, rater: s.rater, value: p.value,
          reference: prev.value, referenceNoteId: prev.noteId, referenceSession: prev.session, kind: 'threshold', threshold,
          repaired: false, score: p.score, referenceScore: prev.score, earlierCount: i,
        };
      } else if (i >= settings.dipMinHistory) {
        const mean = sum / i;
        const sd = Math.sqrt(Math.max(0, (sumSq - i * mean * mean) / (i - 1)));
        const limit = settings.dipSd * Math.max(sd, floor);
        if (p.value < mean - limit) {
          dip = {
            noteId: p.noteId, session: p.session, instrument: s.instrument, rater: s.rater, value: p.value,
            reference: mean, kind: 'ipsative', threshold: limit, repaired: false, score: p.score, earlierCount: i,
          };
        }
      }
      if (dip) {
        // Repaired: a later rating returns to the earlier level within the repair window (sessions).
        const back = s.points.slice(i + 1).find((q) => q.session - p.session <= settings.repairWindow && q.value >= dip!.reference);
        if (back) { dip.repaired = true; dip.repairedSession = back.session; }
        dips.push(dip);
      }
      sum += p.value;
      sumSq += p.value * p.value;
    });
  }
  return dips;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function dipFinding(dip: Dip, instrument: Instrument): Omit<Finding, 'severity'> {
  const score = formatScore(instrument, dip.value, dip.rater);
  const repaired = dip.repaired ? `; back to ${fmt(dip.reference)} or above by session ${dip.repairedSession} (repaired)` : '';
  const data: FindingData = { instrument: dip.instrument, rater: dip.rater, value: dip.value, previous: dip.reference, previousSession: dip.referenceSession, repaired: dip.repaired };
  if (dip.kind === 'threshold') {
    return {
      ruleId: 'alliance-dip',
      message: `${score}, down ${fmt(dip.reference - dip.value)} from ${fmt(dip.reference)} in session ${dip.referenceSession} (threshold ${fmt(dip.threshold)})${repaired}`,
      range: dip.score.range,
      related: dip.referenceNoteId && dip.referenceScore
        ? [{ noteId: dip.referenceNoteId, range: dip.referenceScore.range, message: `${formatScore(instrument, dip.reference, dip.rater)} in session ${dip.referenceSession}` }]
        : undefined,
      data,
    };
  }
  return {
    ruleId: 'alliance-dip',
    message: `${score}, ${fmt(dip.reference - dip.value)} below this client's mean of ${fmt(dip.reference)} over ${dip.earlierCount} earlier ratings (limit ${fmt(dip.threshold)}, 2 SD)${repaired}`,
    range: dip.score.range,
    data,
  };
}

/** Per-note rules that need no other note: cutoff and rater gap. */
export function scoreFindings(note: NoteSummary, registry: InstrumentRegistry, settings: Settings): Omit<Finding, 'severity'>[] {
  const out: Omit<Finding, 'severity'>[] = [];
  for (const score of note.scores) {
    const instrument = registry.get(score.instrument);
    if (!instrument || instrument.kind !== 'alliance') continue;
    const { cutoff } = thresholdsOf(instrument, settings);
    if (cutoff !== undefined && score.value < cutoff) {
      out.push({
        ruleId: 'alliance-below-cutoff',
        message: `${formatScore(instrument, score.value, score.rater)} is below the cutoff of ${fmt(cutoff)}`,
        range: score.range,
        data: { instrument: score.instrument, rater: score.rater, value: score.value },
      });
    }
    if (score.rater === 'client') {
      const therapist = note.scores.find((t) => t.instrument === score.instrument && t.rater === 'therapist');
      if (therapist) {
        const gap = Math.abs(score.value - therapist.value);
        const limit = settings.raterGapFraction * (instrument.max - instrument.min);
        if (gap > limit) {
          const first = score.range.start.line < therapist.range.start.line || (score.range.start.line === therapist.range.start.line && score.range.start.character <= therapist.range.start.character) ? score : therapist;
          const last = first === score ? therapist : score;
          out.push({
            ruleId: 'alliance-rater-gap',
            message: `${instrument.name}: client ${fmt(score.value)}, therapist ${fmt(therapist.value)}, a gap of ${fmt(gap)} (threshold ${fmt(limit)})`,
            range: { start: first.range.start, end: last.range.end },
            data: { instrument: score.instrument, value: score.value, previous: therapist.value },
          });
        }
      }
    }
  }
  return out;
}
