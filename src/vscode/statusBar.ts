/** The status bar: the current client's latest alliance score and its direction; click for the trend. */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import { formatScore } from '../core/instruments';
import type { WorkspaceIndex } from '../core/workspaceIndex';

export class AllianceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('allianceNotes.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Alliance Notes';
  }

  update(engine: Engine, index: WorkspaceIndex, client: string | undefined): void {
    if (!client) { this.item.hide(); return; }
    const { series } = engine.clientAnalysis(index.timeline(client));
    // The alliance series rated by the client with the latest session.
    const alliance = series.filter((s) => engine.registry.get(s.instrument)?.kind === 'alliance' && s.rater === 'client' && s.points.length);
    alliance.sort((a, b) => b.points[b.points.length - 1].session - a.points[a.points.length - 1].session);
    const s = alliance[0];
    if (!s) { this.item.text = `$(pulse) ${client}`; this.item.tooltip = 'No alliance scores yet'; }
    else {
      const last = s.points[s.points.length - 1];
      const prev = s.points[s.points.length - 2];
      const arrow = !prev ? '' : last.value > prev.value ? ' ↑' : last.value < prev.value ? ' ↓' : ' →';
      const instrument = engine.registry.get(s.instrument)!;
      this.item.text = `$(pulse) ${formatScore(instrument, last.value)}${arrow}`;
      this.item.tooltip = `${client}: ${formatScore(instrument, last.value)} in session ${last.session}${prev ? `, ${formatScore(instrument, prev.value)} in session ${prev.session}` : ''}. Click for the trend.`;
    }
    this.item.command = { title: 'Show trend', command: 'allianceNotes.showTrend', arguments: [client] };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
