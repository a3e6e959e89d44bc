/**
 * The engine's front door: one parse per text, every rule, settings applied. Hosts (the editor, the CLI)
 * give it text and ids; it never touches the file system or the editor.
 */
import type { Root } from 'mdast';
import { DEFAULT_SEVERITY, WEAK_CONFIDENCE, compareFindings, lowerSeverity, type Finding, type RuleId, type Severity } from './findings';
import { readHeader, type NoteHeader } from './header';
import { InstrumentRegistry } from './instruments';
import { parseMarkdownLinear } from './markdown';
import { detectMarkers, markerMessage, sentencesToRead, type Marker, type SentenceToRead } from './markers/detector';
import type { LearnedModel } from './markers/learned/model';
import { shippedModel } from './markers/learned/shipped';
import { proseBlocks } from './markers/prose';
import { SentenceMemo } from './markers/sentenceMemo';
import { readResolution, type ResolutionState } from './resolution';
import { scanSections, type Section } from './sections';
import { resolveSettings, type Settings } from './settings';
import type { NoteSummary, ScoreSummary } from './summary';
import { isSuppressed, readSuppressions } from './suppressions';
import { LineIndex } from './text';
import { dipFinding, findDips, scoreFindings, seriesOf, type Dip, type Series } from './trends';
import type { WorkspaceIndex } from './workspaceIndex';

export interface NoteAnalysis {
  isNote: boolean;
  header?: NoteHeader;
  summary?: NoteSummary;
  /** Findings that need only this note, before suppressions and severity settings. */
  findings: Finding[];
  markers: Marker[];
  resolution?: ResolutionState;
  sections: Section[];
  tree?: Root;
  index: LineIndex;
}

interface ClientAnalysis {
  series: Series[];
  dips: Map<string, Dip[]>;
}

/** The rule each kind of marker is reported under. */
const MARKER_RULE = { withdrawal: 'rupture-withdrawal', confrontation: 'rupture-confrontation', 'therapist-reaction': 'therapist-reaction' } as const satisfies Record<string, RuleId>;

/** How much of a huge or binary file is looked at to tell whether it is a session note. */
const SNIFF = 4096;

/** A text that is not analysed: a `note-skipped` finding if its head looks like a session note, else nothing. */
function notAnalysed(text: string, message: string): NoteAnalysis {
  const head = text.slice(0, SNIFF);
  const index = new LineIndex(head);
  if (!/^\uFEFF?---\s*[\r\n][\s\S]*?^client[ \t]*:/m.test(head)) return { isNote: false, findings: [], markers: [], sections: [], index };
  const finding: Finding = { ruleId: 'note-skipped', severity: DEFAULT_SEVERITY['note-skipped'], message, range: index.range(0, 3) };
  return { isNote: true, findings: [finding], markers: [], sections: [], index };
}

export class Engine {
  readonly settings: Settings;
  readonly settingsProblems: string[];
  readonly registry: InstrumentRegistry;
  private readonly clientCache = new WeakMap<readonly NoteSummary[], ClientAnalysis>();
  /** What the prose detector found in sentences it has read: a note analysed again reads only what changed. */
  private readonly memo: SentenceMemo;

  /** A model for the learned layer (markers/learned): the shipped one when the learnedLayer setting is on. */
  private readonly learned: LearnedModel | null | undefined;

  /**
   * `sentenceMemo`: how many sentences' findings to remember (0: none, to measure a first reading);
   * `learned`: a model for the learned layer (scripts/learn/evaluate.ts passes one it trained; null: none, whatever
   * the settings say).
   */
  constructor(rawSettings?: unknown, options: { sentenceMemo?: number; learned?: LearnedModel | null } = {}) {
    this.memo = new SentenceMemo(options.sentenceMemo);
    const { settings, problems } = resolveSettings(rawSettings);
    this.settings = settings;
    this.settingsProblems = problems;
    // The setting turns on the shipped model; a caller's own model (or null) wins.
    this.learned = options.learned !== undefined ? options.learned : settings.learnedLayer ? shippedModel() : undefined;
    this.registry = new InstrumentRegistry(settings.customInstruments);
  }

  /** The prose of a note. Without a closing fence nobody can tell where the body starts: the prose is not read. */
  private proseOf(text: string, head: ReturnType<typeof readHeader>, tree = parseMarkdownLinear(head.bom ? text.slice(head.bom) : text)) {
    return head.block && !head.block.closed ? [] : proseBlocks(tree, text, head.bom);
  }

  /** The sentences of a note's prose as the detector reads them, with their sections (to train the learned layer on). */
  sentencesOf(text: string): SentenceToRead[] {
    if (this.unreadable(text)) return [];
    const head = readHeader(text, this.registry, (r) => DEFAULT_SEVERITY[r]);
    if (!head.isNote) return [];
    return sentencesToRead(this.proseOf(text, head), scanSections(head.index, head.block?.end ?? 0));
  }

  /** The frontmatter-first pass the index uses: no Markdown parse, no prose analysis (markers stay undefined). Never throws. */
  summarize(id: string, text: string): NoteSummary | undefined {
    try {
      return this.summarizeUnguarded(id, text);
    } catch {
      return undefined;
    }
  }

  private summarizeUnguarded(id: string, text: string): NoteSummary | undefined {
    if (this.unreadable(text)) return undefined;
    const head = readHeader(text, this.registry, (r) => DEFAULT_SEVERITY[r]);
    if (!head.isNote || !head.header?.client) return undefined;
    const sections = scanSections(head.index, head.block?.end ?? 0);
    return this.makeSummary(id, head.header, head.index, undefined, readResolution(head.index, sections));
  }

  /**
   * Everything that can be known from this note alone. Never throws: should any part of the analysis
   * fail on a pathological text, the note is reported as not analysed instead.
   */
  analyze(id: string, text: string, options: { totalLength?: number } = {}): NoteAnalysis {
    try {
      return this.analyzeUnguarded(id, text, options);
    } catch (e) {
      return notAnalysed(text, `Note not analysed: its structure is too deep or too unusual to read (${(e as Error).name})`);
    }
  }

  private analyzeUnguarded(id: string, text: string, options: { totalLength?: number }): NoteAnalysis {
    const skipped = this.unreadable(text, options.totalLength);
    if (skipped) return notAnalysed(text, skipped);
    const head = readHeader(text, this.registry, (r) => DEFAULT_SEVERITY[r]);
    const index = head.index;
    if (!head.isNote) return { isNote: false, findings: [], markers: [], sections: [], index };
    const findings = [...head.findings];
    const bodyStart = head.block?.end ?? 0;
    const sections = scanSections(index, bodyStart);
    const tree = parseMarkdownLinear(head.bom ? text.slice(head.bom) : text);
    const prose = this.proseOf(text, head, tree);
    const { markers } = detectMarkers(prose, sections, { settings: this.settings, memo: this.memo, learned: this.learned });
    for (const m of markers) {
      const ruleId = MARKER_RULE[m.kind];
      findings.push({
        ruleId,
        severity: DEFAULT_SEVERITY[ruleId],
        message: markerMessage(m),
        range: index.range(m.start, m.end),
        data: { subtype: m.subtype, cue: m.cue, confidence: Math.round(m.confidence * 100) / 100, reason: m.reason },
      });
    }
    const resolution = readResolution(index, sections);
    if (resolution && resolution.filledCount < resolution.steps.length) {
      const empty = resolution.steps.filter((s) => !s.filled).map((s) => s.title);
      findings.push({
        ruleId: 'resolution-incomplete',
        severity: DEFAULT_SEVERITY['resolution-incomplete'],
        message: `Resolution: ${resolution.filledCount} of ${resolution.steps.length} steps filled; still empty: ${empty.join(', ')}`,
        range: index.range(resolution.headingStart, resolution.headingEnd),
      });
    }
    const summary = head.header?.client ? this.makeSummary(id, head.header, index, markers, resolution) : undefined;
    if (summary) for (const f of scoreFindings(summary, this.registry, this.settings)) findings.push({ ...f, severity: DEFAULT_SEVERITY[f.ruleId] });
    return { isNote: true, header: head.header, summary, findings, markers, resolution, sections, tree, index };
  }

  /** Findings that need the client's other notes: dips, duplicate session numbers, unresolved ruptures. */
  crossNoteFindings(index: WorkspaceIndex, id: string): Finding[] {
    const note = index.get(id);
    if (!note || note.session === undefined) return [];
    const timeline = index.timeline(note.client);
    const out: Finding[] = [];

    const twins = timeline.filter((n) => n.id !== id && n.session === note.session);
    if (twins.length) {
      out.push({
        ruleId: 'session-duplicate',
        severity: DEFAULT_SEVERITY['session-duplicate'],
        message: `Session ${note.session} of ${note.client} is also claimed by ${twins.length === 1 ? 'another note' : `${twins.length} other notes`}`,
        range: note.sessionRange ?? note.anchor,
        related: twins.map((t) => ({ noteId: t.id, range: t.sessionRange ?? t.anchor, message: `also session ${note.session}` })),
      });
    }

    const dips = this.clientAnalysis(timeline).dips.get(id) ?? [];
    for (const dip of dips) {
      const instrument = this.registry.get(dip.instrument);
      if (!instrument) continue;
      out.push({ ...dipFinding(dip, instrument), severity: dip.repaired ? 'info' : DEFAULT_SEVERITY['alliance-dip'] });
    }

    // A dip the scores have already recovered from (repaired) does not by itself ask for a write-up.
    const ruptureMarkers = (note.markers ?? []).filter(
      (m) => m.kind !== 'therapist-reaction' && this.severityOf(MARKER_RULE[m.kind]) !== 'off',
    );
    const openDips = dips.filter((d) => !d.repaired);
    const open = note.ruptureStatus === 'open';
    if (ruptureMarkers.length || openDips.length || open) {
      const later = timeline.filter((n) => n.session !== undefined && n.session >= note.session! && (n.resolution || n.ruptureStatus === 'resolved'));
      if (!later.length) {
        const subtypes = (kind: string) => [...new Set(ruptureMarkers.filter((m) => m.kind === kind).map((m) => m.subtype))];
        const what = [
          ...['withdrawal', 'confrontation'].filter((k) => subtypes(k).length).map((k) => `${k} (${subtypes(k).join(', ')})`),
          ...openDips.map((d) => `${this.registry.get(d.instrument)?.name ?? d.instrument} dip`),
          ...(open && !ruptureMarkers.length && !openDips.length ? ['rupture status open'] : []),
        ];
        out.push({
          ruleId: 'rupture-unresolved',
          severity: DEFAULT_SEVERITY['rupture-unresolved'],
          message: `Rupture not yet addressed: ${what.join(', ')}; no resolution section here or in a later note of ${note.client}`,
          range: ruptureMarkers[0]?.range ?? note.ruptureRange ?? openDips[0]?.score.range ?? note.anchor,
        });
      }
    }
    return out;
  }

  /** The client's series and dips, computed once per version of the client's timeline. */
  clientAnalysis(timeline: readonly NoteSummary[]): ClientAnalysis {
    let cached = this.clientCache.get(timeline);
    if (!cached) {
      const series = seriesOf(timeline);
      const dips = new Map<string, Dip[]>();
      for (const d of findDips(series, this.registry, this.settings)) {
        const list = dips.get(d.noteId);
        if (list) list.push(d);
        else dips.set(d.noteId, [d]);
      }
      cached = { series, dips };
      this.clientCache.set(timeline, cached);
    }
    return cached;
  }

  /** All findings of a note, local and cross-note, with suppressions and severity settings applied, in order. */
  findings(index: WorkspaceIndex, id: string, analysis: NoteAnalysis): Finding[] {
    const all = [...analysis.findings, ...this.crossNoteFindings(index, id)];
    const suppressions = analysis.summary?.suppressions ?? [];
    return this.finalize(all.filter((f) => !isSuppressed(f, suppressions)));
  }

  severityOf(rule: RuleId): Severity | 'off' {
    return this.settings.severity[rule] ?? DEFAULT_SEVERITY[rule];
  }

  finalize(findings: Finding[]): Finding[] {
    const out: Finding[] = [];
    for (const f of findings) {
      const user = this.settings.severity[f.ruleId];
      if (user === 'off') continue;
      const severity = user ?? f.severity;
      // Confidence maps to severity: a weak marker is shown one level lower than its rule.
      const weak = typeof f.data?.confidence === 'number' && f.data.confidence < WEAK_CONFIDENCE;
      out.push(weak || user ? { ...f, severity: weak ? lowerSeverity(severity) : severity } : f);
    }
    return out.sort(compareFindings);
  }

  /** Why a text is not analysed, if it is not: over the size limit (totalLength when the host read only its head), or binary. */
  private unreadable(text: string, totalLength = text.length): string | undefined {
    const length = Math.max(text.length, totalLength);
    if (length > this.settings.maxNoteSize)
      return `Note not analysed: ${(length / 1e6).toFixed(1)} million characters, over the limit of ${(this.settings.maxNoteSize / 1e6).toFixed(1)} million (setting maxNoteSize)`;
    if (text.includes('\u0000')) return 'Note not analysed: it contains binary data (NUL characters)';
    return undefined;
  }

  private makeSummary(id: string, header: NoteHeader, index: LineIndex, markers: Marker[] | undefined, resolution: ResolutionState | undefined): NoteSummary {
    const range = (span: [number, number] | undefined) => (span ? index.range(span[0], span[1]) : undefined);
    const scores: ScoreSummary[] = header.scores.map((s) => {
      const out: ScoreSummary = { instrument: s.instrument, rater: s.rater, value: s.value, normalised: s.normalised, range: index.range(s.start, s.end) };
      if (s.mean !== undefined) out.mean = s.mean;
      return out;
    });
    const summary: NoteSummary = {
      id,
      client: header.client!,
      scores,
      anchor: range(header.spans.session) ?? range(header.spans.client) ?? index.range(0, 3),
      suppressions: readSuppressions(index),
    };
    if (header.session !== undefined) { summary.session = header.session; summary.sessionRange = range(header.spans.session); }
    if (header.date) summary.date = header.date;
    if (header.modality) summary.modality = header.modality;
    if (header.attendance) summary.attendance = header.attendance;
    if (header.rupture) {
      if (header.rupture.status) summary.ruptureStatus = header.rupture.status;
      summary.ruptureRange = index.range(header.rupture.start, header.rupture.end);
    }
    if (markers) summary.markers = markers.map((m) => ({ kind: m.kind, subtype: m.subtype, range: index.range(m.start, m.end), confidence: m.confidence }));
    if (resolution) summary.resolution = { filled: resolution.filledCount, total: resolution.steps.length, range: index.range(resolution.headingStart, resolution.headingEnd) };
    return summary;
  }
}
