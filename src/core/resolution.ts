/**
 * The five-step rupture-resolution template (domain.md B6) as data, its Markdown rendering, and a reader
 * that finds a resolution section in a note and reports which steps are filled.
 */
import type { Section } from './sections';
import type { LineIndex } from './text';

export type StepId = 'acknowledgement' | 'negotiation' | 'exploration' | 'consensus' | 'new-styles';
export type ModalityFamily = 'cbt' | 'dynamic' | 'other';

export interface ResolutionStep {
  id: StepId;
  number: number;
  title: string;
  summary: string;
  prompts: string[];
  /** How the step tends to be done in each family of modalities, where they differ. */
  modalityHints?: Partial<Record<ModalityFamily, string>>;
  /** Recognises the step's title in a therapist's own wording. */
  match: RegExp;
}

export const RESOLUTION_STEPS: readonly ResolutionStep[] = [
  {
    id: 'acknowledgement', number: 1, title: 'Acknowledgement',
    summary: "Attend to the marker and acknowledge the client's feelings.",
    prompts: ['What marker, after what intervention?', 'Was it named with the client?', 'My contribution and my reaction.'],
    modalityHints: {
      dynamic: 'In dynamic therapies the rupture is raised with the client explicitly.',
      cbt: 'In CBT recognition may be implicit: a change of pace or task can acknowledge it.',
    },
    match: /acknowledg/i,
  },
  {
    id: 'negotiation', number: 2, title: 'Negotiation',
    summary: "Each side's understanding of the rupture, their roles and responsibilities.",
    prompts: ['What was renegotiated (task, goal, pace, frame)?', 'The agreed change.'],
    match: /negotiat/i,
  },
  {
    id: 'exploration', number: 3, title: 'Exploration of parallel situations outside therapy',
    summary: 'Where else the pattern appears.',
    prompts: ['Where else does this pattern appear?', 'Link to the formulation.'],
    match: /explor|parallel/i,
  },
  {
    id: 'consensus', number: 4, title: 'Consensus',
    summary: "A shared understanding of the client's dissatisfaction and a renegotiated way of working.",
    prompts: ['Our shared account.', 'Agreement: yes / partial / no.'],
    match: /consensus|agreement/i,
  },
  {
    id: 'new-styles', number: 5, title: 'New styles of relating',
    summary: 'Alternative ways of handling such situations.',
    prompts: ['What was new in how the client related?', 'What to practise.', 'What to watch for next session.'],
    match: /new\s+(?:styles?|ways?)|relating/i,
  },
];

export const RESOLUTION_HEADING = 'Rupture resolution';

const DYNAMIC = /psychodynamic|dynamic|analytic|\bcat\b|cognitive analytic|\bipt\b|interpersonal|mentali[sz]ation|\bmbt\b|\btfp\b|schema|relational|\bdit\b|\bstpp\b/i;
const CBT = /\bcbt\b|cognitive|behavio|\bact\b|\bdbt\b|exposure|\bmi\b|motivational|\bcpt\b|\bpe\b|\bemdr\b|\bba\b|problem.solving/i;

export function modalityFamily(modality: string | undefined): ModalityFamily {
  if (!modality) return 'other';
  if (DYNAMIC.test(modality)) return 'dynamic';
  if (CBT.test(modality)) return 'cbt';
  return 'other';
}

export interface RenderOptions {
  modality?: string;
  /** Heading level of the section (default 2). */
  level?: number;
  /** Line break to use (the note's own). */
  eol?: string;
  /** A line naming what triggered the section, e.g. the marker quoted from the note. */
  trigger?: string;
}

/** The Markdown section: prompts live in HTML comments, so an untouched step reads as empty. */
export function renderResolutionSection(options: RenderOptions = {}): string {
  const eol = options.eol ?? '\n';
  const family = modalityFamily(options.modality);
  const lines = [`${'#'.repeat(options.level ?? 2)} ${RESOLUTION_HEADING}`, ''];
  if (options.trigger) lines.push(`<!-- Rupture: ${escapeComment(options.trigger)} -->`, '');
  for (const step of RESOLUTION_STEPS) {
    const hint = step.modalityHints?.[family];
    const prompt = [...step.prompts, ...(hint ? [hint] : [])].join(' ');
    lines.push(`${step.number}. **${step.title}.** <!-- ${escapeComment(prompt)} -->`);
  }
  return lines.join(eol) + eol;
}

/** Text inside an HTML comment must not close it early. */
export function escapeComment(text: string): string {
  return text.replace(/--/g, '—').replace(/[\r\n]+/g, ' ');
}

export interface StepState {
  id: StepId;
  title: string;
  present: boolean;
  filled: boolean;
  /** Offsets of the step's line, when present, and where its own text starts on that line. */
  start?: number;
  end?: number;
  contentStart?: number;
}

export interface ResolutionState {
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
  steps: StepState[];
  filledCount: number;
}

const STEP_LINE = /^ {0,3}(?:#{1,6}[ \t]+|(?:\d{1,2}[.)]|[-*+])[ \t]+)?(?:\*\*|__)?(?:step\s*\d\s*[:.—-]?\s*)?([A-Za-z][^*_:.\n]{2,80})/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** The first resolution section of the note and its steps, or undefined. */
export function readResolution(index: LineIndex, sections: readonly Section[]): ResolutionState | undefined {
  const section = sections.find((s) => s.kind === 'resolution');
  if (!section) return undefined;
  const startLine = index.positionAt(section.bodyStart).line;
  const endLine = index.positionAt(section.end).line;
  const marks: { id: StepId; start: number; end: number; contentStart: number }[] = [];
  for (let line = startLine; line <= endLine && line < index.lineCount; line++) {
    const ls = index.lineStart(line);
    if (ls >= section.end) break;
    const text = index.text.slice(ls, index.lineEnd(line));
    const m = STEP_LINE.exec(text);
    if (!m) continue;
    const title = m[1];
    // A step line names the step near its start: "1. **Acknowledgement.** ..." or "### Negotiation".
    const step = RESOLUTION_STEPS.find((s) => s.match.test(title.slice(0, 60)) && titleLooksLikeHeading(text, m));
    if (!step || marks.some((x) => x.id === step.id)) continue;
    marks.push({ id: step.id, start: ls, end: index.lineEnd(line), contentStart: ls + titleEnd(text, m) });
  }
  const steps: StepState[] = RESOLUTION_STEPS.map((s) => ({ id: s.id, title: s.title, present: false, filled: false }));
  marks.sort((a, b) => a.start - b.start);
  marks.forEach((mark, i) => {
    const contentEnd = i + 1 < marks.length ? marks[i + 1].start : section.end;
    const content = index.text.slice(mark.contentStart, contentEnd).replace(COMMENT, '');
    const state = steps.find((s) => s.id === mark.id)!;
    state.present = true;
    state.filled = /[\p{L}\p{N}]/u.test(content);
    state.start = mark.start;
    state.end = mark.end;
    state.contentStart = mark.contentStart;
  });
  return {
    headingStart: section.headingStart,
    headingEnd: section.headingEnd,
    start: section.headingStart,
    end: section.end,
    steps,
    filledCount: steps.filter((s) => s.filled).length,
  };
}

/** The step title is emphasised, a heading, a numbered item, or followed by a colon or full stop. */
function titleLooksLikeHeading(line: string, m: RegExpExecArray): boolean {
  const prefix = line.slice(0, m.index + m[0].length - m[1].length);
  if (/#|\*\*|__|\d[.)]/.test(prefix)) return true;
  return /^[^.:]{2,80}[.:]/.test(m[1] + line.slice(m.index + m[0].length, m.index + m[0].length + 2));
}

/** Where the step's own text begins: after the emphasised title (and its closing marks), or after a colon. */
function titleEnd(line: string, m: RegExpExecArray): number {
  const after = m.index + m[0].length;
  const close = /^[^\n]*?(?:\*\*|__)/.exec(line.slice(after));
  if (close && /(\*\*|__)/.test(line.slice(0, after))) return after + close[0].length;
  const colon = /^[^.:]*[.:]/.exec(line.slice(after));
  if (colon) return after + colon[0].length;
  if (/^ {0,3}#/.test(line)) return line.length;
  return after;
}

