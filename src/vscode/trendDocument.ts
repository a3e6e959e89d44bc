/** "Show Alliance Trend as a Table": the trend view's rows as a Markdown table in an unsaved document. */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import { trendViewModel } from '../core/trendView';
import type { WorkspaceIndex } from '../core/workspaceIndex';

/** Table cells are escaped so nothing in a note can break out of the table. */
const cell = (s: string | number) => String(s).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

export function trendMarkdown(engine: Engine, index: WorkspaceIndex, client: string): string {
  const model = trendViewModel(engine, index.timeline(client), client);
  const lines = [`# Alliance trend: ${cell(client)}`, '', '| session | date | instrument | rater | score | dip | markers |', '|---|---|---|---|---|---|---|'];
  for (const r of model.rows) lines.push(`| ${[r.session, r.date, r.instrument, r.rater, r.value, r.dip, r.markers].map(cell).join(' | ')} |`);
  if (!model.rows.length) lines.push('', 'No scores recorded yet.');
  return lines.join('\n') + '\n';
}

export async function showTrendDocument(engine: Engine, index: WorkspaceIndex, client: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: trendMarkdown(engine, index, client) });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}
