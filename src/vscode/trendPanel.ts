/**
 * The alliance trend: a webview view in the extension's own view container (beside the note while the
 * therapist writes) and, on request, a larger panel beside the editor. Both follow the active note's client.
 */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import { trendCsv, trendViewModel, type TrendViewModel } from '../core/trendView';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { parseFromWebview, type ToWebview } from '../webview/protocol';
import { renderSignal } from './renderSignal';
import { webviewHtml, webviewOptions } from './webviewHtml';

export class TrendViews implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'allianceNotes.trend';
  private readonly webviews = new Set<vscode.Webview>();
  private client: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly engine: () => Engine, private readonly index: WorkspaceIndex) {}

  model(): TrendViewModel | undefined {
    return this.client ? trendViewModel(this.engine(), this.index.timeline(this.client), this.client) : undefined;
  }

  /** Follows a note's client; true when that changed the client and the views were redrawn. */
  setClient(client: string | undefined): boolean {
    if (!client || client === this.client) return false;
    this.client = client;
    this.refresh();
    return true;
  }

  get currentClient(): string | undefined {
    return this.client;
  }

  refresh(): void {
    const msg: ToWebview = { type: 'trend', model: this.model() };
    for (const w of this.webviews) void w.postMessage(msg);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.attach(view.webview, 'view');
    view.onDidDispose(() => this.webviews.delete(view.webview));
  }

  openPanel(): void {
    const panel = vscode.window.createWebviewPanel('allianceNotes.trendPanel', `Alliance trend${this.client ? `: ${this.client}` : ''}`, vscode.ViewColumn.Beside, webviewOptions(this.extensionUri));
    this.attach(panel.webview, 'panel');
    panel.onDidDispose(() => this.webviews.delete(panel.webview));
  }

  private attach(webview: vscode.Webview, surface: 'view' | 'panel'): void {
    webview.options = webviewOptions(this.extensionUri);
    webview.html = webviewHtml(webview, this.extensionUri, 'trend', 'Alliance trend');
    this.webviews.add(webview);
    this.disposables.push(webview.onDidReceiveMessage((raw) => void this.onMessage(webview, surface, raw)));
  }

  private async onMessage(webview: vscode.Webview, surface: 'view' | 'panel', raw: unknown): Promise<void> {
    const msg = parseFromWebview(raw);
    if (!msg) return;
    if (msg.type === 'ready') void webview.postMessage({ type: 'trend', model: this.model() } satisfies ToWebview);
    else if (msg.type === 'rendered') {
      renderSignal.fire(`trend:${msg.client ?? ''}`);
      renderSignal.fire(`trend:${surface}:${msg.client ?? ''}`);
    }
    else if (msg.type === 'openNote') {
      // Only notes the index knows: a webview cannot make the extension open an arbitrary file.
      if (!this.index.has(msg.noteId)) return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(msg.noteId));
      const pos = new vscode.Position(msg.line, msg.character);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
    } else if (msg.type === 'exportCsv' || msg.type === 'exportPng') {
      const model = this.model();
      if (!model) return;
      const png = msg.type === 'exportPng';
      // Written only where the therapist chooses, after asking.
      const target = await vscode.window.showSaveDialog({ saveLabel: 'Export', filters: png ? { 'PNG image': ['png'] } : { CSV: ['csv'] }, defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `${model.client}-trend.${png ? 'png' : 'csv'}`) : undefined });
      if (!target) return;
      const bytes = png ? Buffer.from(msg.dataUrl.slice('data:image/png;base64,'.length), 'base64') : Buffer.from(trendCsv(model), 'utf8');
      await vscode.workspace.fs.writeFile(target, bytes);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
