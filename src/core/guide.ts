/**
 * The resolution guide's data and how its draft goes into a note: a new section, or the existing
 * section updated step by step. Steps the therapist already wrote by hand are never touched; a step
 * that gained hand-written text since the guide opened is a conflict, and nothing is written.
 */
import { eolOf, insertResolutionEdit, type TextEdit } from './edits';
import type { NoteAnalysis } from './engine';
import { RESOLUTION_STEPS, modalityFamily, type StepId } from './resolution';

export type StepStatus = 'todo' | 'done' | 'partial' | 'skipped';

export interface GuideStep {
  id: string;
  number: number;
  title: string;
  summary: string;
  prompts: string[];
  hint?: string;
  /** What the note's section already says for this step (read only in the guide). */
  existing: string;
}

export interface GuideModel {
  noteId: string;
  noteName: string;
  version: number;
  trigger: string;
  modality: string;
  steps: GuideStep[];
}

/** What the therapist typed in the guide, and each step's status. */
export interface GuideDraft {
  values: Record<string, string>;
  status: Record<string, StepStatus>;
}

export function guideModel(analysis: NoteAnalysis, noteId: string, noteName: string, version: number, trigger: string): GuideModel {
  const family = modalityFamily(analysis.header?.modality);
  const text = analysis.index.text;
  return {
    noteId, noteName, version, trigger,
    modality: analysis.header?.modality ?? '',
    steps: RESOLUTION_STEPS.map((s) => {
      const state = analysis.resolution?.steps.find((x) => x.id === s.id);
      const existing = state?.filled && state.contentStart !== undefined ? text.slice(state.contentStart, stepEnd(analysis, s.id)).replace(/<!--[\s\S]*?-->/g, '').trim() : '';
      return { id: s.id, number: s.number, title: s.title, summary: s.summary, prompts: s.prompts, hint: s.modalityHints?.[family], existing };
    }),
  };
}

/** The end of a step's text: the next step's line, or the section's end. */
function stepEnd(analysis: NoteAnalysis, id: StepId): number {
  const r = analysis.resolution!;
  const state = r.steps.find((s) => s.id === id)!;
  const later = r.steps.filter((s) => s.start !== undefined && s.start > state.start!).map((s) => s.start!);
  return Math.min(r.end, ...later);
}

export interface GuideResult {
  edits: TextEdit[];
  /** Steps that now hold hand-written text the guide would overwrite. */
  conflicts: string[];
  /** Steps written. */
  written: string[];
}

const line = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The edits that put the draft into the note (apply them as one WorkspaceEdit), `rupture.status` included. */
export function guideEdits(analysis: NoteAnalysis, draft: GuideDraft, options: { offset?: number; trigger?: string } = {}): GuideResult {
  const result = sectionEdits(analysis, draft, options);
  if (!result.conflicts.length && result.written.length) {
    const status = statusEdit(analysis, draft, result.written);
    if (status) result.edits.push(status);
  }
  return result;
}

/** Moves `rupture.status` to partial, or resolved once every step is written, done or skipped. */
function statusEdit(analysis: NoteAnalysis, draft: GuideDraft, written: string[]): TextEdit | undefined {
  const rupture = analysis.header?.rupture;
  if (!rupture?.status || rupture.status === 'resolved') return undefined;
  const complete = RESOLUTION_STEPS.filter((s) => {
    const state = analysis.resolution?.steps.find((x) => x.id === s.id);
    return state?.filled || written.includes(s.title) || draft.status[s.id] === 'done' || draft.status[s.id] === 'skipped';
  }).length;
  const next = complete === RESOLUTION_STEPS.length ? 'resolved' : 'partial';
  if (next === rupture.status) return undefined;
  const text = analysis.index.text;
  const m = /^[ \t]+status:[ \t]*(\S+)/m.exec(text.slice(rupture.start, text.indexOf('\n---', rupture.start) >>> 0));
  if (!m) return undefined;
  const offset = rupture.start + m.index + m[0].length - m[1].length;
  return { offset, length: m[1].length, text: next };
}

function sectionEdits(analysis: NoteAnalysis, draft: GuideDraft, options: { offset?: number; trigger?: string }): GuideResult {
  const text = analysis.index.text;
  const eol = eolOf(text);
  const wanted = RESOLUTION_STEPS.filter((s) => line(draft.values[s.id] ?? '') || draft.status[s.id] === 'skipped');
  const valueOf = (id: string) => (draft.status[id] === 'skipped' && !line(draft.values[id] ?? '') ? '(skipped)' : line(draft.values[id] ?? ''));
  const result: GuideResult = { edits: [], conflicts: [], written: [] };
  const section = analysis.resolution;
  if (!section) {
    // A new section: the rendered template with the guide's text in place of the prompts it answers.
    const base = insertResolutionEdit(analysis, options);
    let block = base.text;
    for (const s of wanted) {
      block = block.replace(new RegExp(`(${s.number}\\. \\*\\*${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\*\\*) <!--[^]*?-->`), (_, head: string) => `${head} ${valueOf(s.id).replace(/\$/g, '$$$$')}`);
      result.written.push(s.title);
    }
    result.edits.push({ ...base, text: block });
    return result;
  }
  const missing: string[] = [];
  for (const s of wanted) {
    const state = section.steps.find((x) => x.id === s.id)!;
    if (!state.present) { missing.push(`${s.number}. **${s.title}.** ${valueOf(s.id)}`); result.written.push(s.title); continue; }
    if (state.filled) {
      const existing = text.slice(state.contentStart!, stepEnd(analysis, s.id)).replace(/<!--[\s\S]*?-->/g, '').trim();
      if (existing !== valueOf(s.id)) result.conflicts.push(s.title);
      continue;
    }
    // An empty step: its line's remainder (our prompt comment) gives way to the text.
    result.edits.push({ offset: state.contentStart!, length: state.end! - state.contentStart!, text: ` ${valueOf(s.id)}` });
    result.written.push(s.title);
  }
  if (missing.length) {
    const at = section.end;
    const before = text.slice(0, at);
    const lead = before.endsWith(eol) ? '' : eol;
    result.edits.push({ offset: at, length: 0, text: lead + missing.join(eol) + eol });
  }
  return result;
}
