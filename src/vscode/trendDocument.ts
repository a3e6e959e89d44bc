/** "Show trend" until the trend panel lands: the client's timeline as a Markdown table in an unsaved document. */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import { formatScore } from '../core/instruments';
import type { WorkspaceIndex } from '../core/workspaceIndex';

/** Table cells are escaped so nothing in a note can break out of the table. */
const cell = (s: string) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

export function trendMarkdown(engine: Engine, index: WorkspaceIndex, client: string): string {
  const timeline = index.timeline(client);
  const { series, dips } = engine.clientAnalysis(timeline);
  const lines = [`# Alliance trend: ${cell(client)}`, '', '| session | date | score | dip | markers |', '|---|---|---|---|---|'];
  for (const note of timeline) {
    if (note.session === undefined) continue;
    const scores = note.scores.map((s) => { const i = engine.registry.get(s.instrument); return i ? formatScore(i, s.value, s.rater) : s.instrument; }).join(', ');
    const d = (dips.get(note.id) ?? []).map((x) => `${engine.registry.get(x.instrument)?.name ?? x.instrument} ↓${Math.round((x.reference - x.value) * 10) / 10}${x.repaired ? ' (repaired)' : ''}`).join(', ');
    const markers = [...new Set((note.markers ?? []).map((m) => m.subtype))].join(' ');
    lines.push(`| ${note.session} | ${cell(note.date ?? '')} | ${cell(scores)} | ${cell(d)} | ${markers} |`);
  }
  if (!series.length) lines.push('', 'No scores recorded yet.');
  return lines.join('\n') + '\n';
}

export async function showTrendDocument(engine: Engine, index: WorkspaceIndex, client: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: trendMarkdown(engine, index, client) });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}
