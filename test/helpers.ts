/** Shared test helpers: build notes inline, run the engine as a host would. */
import { Engine } from '../src/core/engine';
import type { Finding } from '../src/core/findings';
import { WorkspaceIndex } from '../src/core/workspaceIndex';

/** A session note from frontmatter lines and body lines, joined with LF. */
export function note(frontmatter: string[], body: string[] = []): string {
  return ['---', ...frontmatter, '---', '', ...body].join('\n') + '\n';
}

/** Checks a set of notes (id → text) like the CLI does and returns each note's findings. */
export function check(notes: Record<string, string>, settings?: unknown): Map<string, Finding[]> {
  const engine = new Engine(settings);
  const index = new WorkspaceIndex();
  const analyses = new Map(Object.entries(notes).map(([id, text]) => [id, engine.analyze(id, text)] as const));
  for (const [id, a] of analyses) if (a.isNote) index.set(id, a.summary);
  const out = new Map<string, Finding[]>();
  for (const [id, a] of analyses) if (a.isNote) out.set(id, engine.findings(index, id, a));
  return out;
}

/** Findings of one note checked alone. */
export function findingsOf(text: string, settings?: unknown): Finding[] {
  return check({ 'note.md': text }, settings).get('note.md') ?? [];
}

/** A compact view for exact assertions: rule, 0-based start line:char–end line:char, message. */
export function brief(f: Finding): string {
  const r = f.range;
  return `${f.ruleId} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${f.message}`;
}

export function only(findings: Finding[], ...rules: string[]): Finding[] {
  return findings.filter((f) => rules.includes(f.ruleId));
}

/** The text a finding's range covers. */
export function covered(text: string, f: Finding): string {
  const lines = text.split('\n');
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}
