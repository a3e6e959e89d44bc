/**
 * The text changes the editor offers, computed from a note's text and analysis as plain data
 * ({ offset, length, text }): the host turns each into one WorkspaceEdit, so it undoes in one step.
 */
import type { NoteAnalysis } from './engine';
import type { Marker } from './markers/detector';
import { RESOLUTION_HEADING, RESOLUTION_STEPS, escapeComment, modalityFamily, renderResolutionSection } from './resolution';
import type { NoteSummary } from './summary';
import { suppressionComment } from './suppressions';

export interface TextEdit {
  offset: number;
  /** Characters replaced (0 for an insertion). */
  length: number;
  text: string;
}

/** The note's own line break. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Where a resolution section goes: after the block (paragraph or list) holding `offset`, or at the end. */
export function resolutionOffset(analysis: NoteAnalysis, offset?: number): number {
  const text = analysis.index.text;
  if (offset === undefined || !analysis.tree) return text.length;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const block of analysis.tree.children) {
    const s = (block.position?.start.offset ?? 0) + shift;
    const e = (block.position?.end.offset ?? 0) + shift;
    if (offset >= s && offset <= e) return e;
  }
  return text.length;
}

/** Inserts the five-step template after the marker's block (or at the end), on blank-line boundaries. */
export function insertResolutionEdit(analysis: NoteAnalysis, options: { offset?: number; trigger?: string } = {}): TextEdit {
  const text = analysis.index.text;
  const eol = eolOf(text);
  const at = resolutionOffset(analysis, options.offset);
  const section = renderResolutionSection({ modality: analysis.header?.modality, eol, trigger: options.trigger });
  return { offset: at, length: 0, text: surround(text, at, section, eol) };
}

/** The same section as a snippet with a tab stop on each step (prompts are the placeholders). */
export function resolutionSnippet(modality: string | undefined, eol = '\n'): string {
  const family = modalityFamily(modality);
  const esc = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const lines = [`## ${RESOLUTION_HEADING}`, ''];
  RESOLUTION_STEPS.forEach((step, i) => {
    const hint = step.modalityHints?.[family];
    const prompt = escapeComment([...step.prompts, ...(hint ? [hint] : [])].join(' '));
    lines.push(`${step.number}. **${step.title}.** \${${i + 1}:<!-- ${esc(prompt)} -->}`);
  });
  return lines.join(eol) + eol + '$0';
}

/** Exactly one blank line around an inserted block, whatever surrounds it, without touching the note's own text. */
function surround(text: string, at: number, block: string, eol: string): string {
  const body = block.endsWith(eol) ? block.slice(0, -eol.length) : block;
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = !before.length || before.endsWith(eol + eol) ? '' : before.endsWith(eol) ? eol : eol + eol;
  const trail = !after.length ? eol : after.startsWith(eol + eol) ? '' : after.startsWith(eol) ? eol : eol + eol;
  return lead + body + trail;
}

/** Appends a suppression comment for the rule at the end of the line. */
export function suppressEdit(text: string, lineEnd: number, ruleId: string): TextEdit {
  return { offset: lineEnd, length: 0, text: ` ${suppressionComment(ruleId)}` };
}

/** Frontmatter for a Markdown file that has none. */
export function frontmatterSkeleton(client: string, session: number, date: string, eol = '\n'): string {
  return ['---', `client: ${client}`, `session: ${session}`, `date: ${date}`, 'format: SOAP', 'measures:', '  srs: ', '---', '', ''].join(eol);
}

/** Fills or replaces the `rupture:` block from the markers found in the prose; keeps the status if there is one. */
export function ruptureBlockEdit(analysis: NoteAnalysis, markers: readonly Marker[] = analysis.markers): TextEdit | undefined {
  const text = analysis.index.text;
  const eol = eolOf(text);
  const codes = [...new Set(markers.filter((m) => m.kind !== 'therapist-reaction').map((m) => m.subtype))].sort();
  if (!codes.length) return undefined;
  const hasW = codes.some((c) => c.startsWith('W'));
  const hasC = codes.some((c) => c.startsWith('C'));
  const type = hasW && hasC ? 'both' : hasW ? 'withdrawal' : 'confrontation';
  const status = analysis.header?.rupture?.status ?? 'open';
  const block = ['rupture:', `  type: ${type}`, `  markers: [${codes.join(', ')}]`, `  status: ${status}`].join(eol);
  const rupture = analysis.header?.rupture;
  if (rupture) {
    // Replace from the key's line to the end of its indented block.
    const lineStart = text.lastIndexOf('\n', rupture.start - 1) + 1;
    let pos = text.indexOf('\n', rupture.start);
    let stop = pos < 0 ? text.length : pos;
    while (pos >= 0) {
      const next = text.indexOf('\n', pos + 1);
      const lineEnd = next < 0 ? text.length : next;
      if (!/^[ \t]+\S/.test(text.slice(pos + 1, lineEnd))) break;
      stop = lineEnd;
      pos = next;
    }
    if (text[stop - 1] === '\r') stop--;
    return { offset: lineStart, length: stop - lineStart, text: block };
  }
  const fenceEnd = analysis.header && frontmatterCloseOffset(text);
  if (fenceEnd === undefined) return undefined;
  return { offset: fenceEnd, length: 0, text: block + eol };
}

/** Offset of the closing fence line of the frontmatter. */
function frontmatterCloseOffset(text: string): number | undefined {
  const m = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m.exec(text);
  return m ? m.index + m[1].length + m[2].length : undefined;
}

export interface NewNote {
  fileName: string;
  text: string;
  session: number;
}

/** The next session's note for a client: next number, today's date, the measures the client usually has. */
export function nextSessionNote(timeline: readonly NoteSummary[], client: string, today: string, format = 'SOAP', eol = '\n'): NewNote {
  const last = [...timeline].reverse().find((n) => n.session !== undefined);
  const session = (last?.session ?? 0) + 1;
  const usual = new Map<string, Set<string>>();
  for (const n of timeline.slice(-3)) for (const s of n.scores) {
    if (!usual.has(s.instrument)) usual.set(s.instrument, new Set());
    usual.get(s.instrument)!.add(s.rater);
  }
  const measures = [...usual.entries()].map(([id, raters]) =>
    raters.size === 1 && raters.has('client') ? `  ${id}: ` : `  ${id}: { ${[...raters].map((r) => `${r}: `).join(', ')} }`,
  );
  const modality = last?.modality;
  const sections = format === 'DAP' ? ['**D**', '**A**', '**P**'] : format === 'BIRP' ? ['**B**', '**I**', '**R**', '**P**'] : ['**S**', '**O**', '**A**', '**P**'];
  const lines = [
    '---',
    `client: ${client}`,
    `session: ${session}`,
    `date: ${today}`,
    `format: ${format}`,
    ...(modality ? [`modality: ${modality}`] : []),
    'attendance: attended',
    ...(measures.length ? ['measures:', ...measures] : []),
    '---',
    '',
    ...sections.flatMap((s) => [s, '', '- ', '']),
  ];
  return { fileName: `s${String(session).padStart(2, '0')}.md`, text: lines.join(eol), session };
}
