/**
 * The five-step resolution guide: a webview panel for the rupture at hand. Drafts are kept per note in
 * the workspace state (and in the webview's own state), so a closed panel or a reloaded window loses
 * nothing typed; the panel comes back after a reload (WebviewPanelSerializer).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Engine, NoteAnalysis } from '../core/engine';
import { guideEdits, guideModel, type GuideDraft } from '../core/guide';
import { parseFromWebview, type ToWebview } from '../webview/protocol';
import { renderSignal } from './renderSignal';
import { webviewHtml, webviewOptions } from './webviewHtml';

interface GuideState {
  noteId: string;
  offset?: number;
  trigger: string;
}

export class GuidePanels implements vscode.WebviewPanelSerializer<GuideState> {
  static readonly viewType = 'allianceNotes.guide';
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly engine: () => Engine,
    private readonly analysisOf: (doc: vscode.TextDocument) => NoteAnalysis | undefined,
  ) {}

  open(uri: vscode.Uri, offset: number | undefined, trigger: string): void {
    const id = uri.toString();
    const existing = this.panels.get(id);
    if (existing) { existing.reveal(); return; }
    const panel = vscode.window.createWebviewPanel(GuidePanels.viewType, `Resolution guide: ${path.posix.basename(uri.path)}`, vscode.ViewColumn.Beside, { ...webviewOptions(this.context.extensionUri) });
    this.attach(panel, { noteId: id, offset, trigger });
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: GuideState | undefined): Promise<void> {
    if (!state?.noteId) { panel.dispose(); return; }
    this.attach(panel, state);
  }

  private draftKey(noteId: string): string {
    return `guideDraft:${noteId}`;
  }

  private attach(panel: vscode.WebviewPanel, state: GuideState): void {
    this.panels.set(state.noteId, panel);
    panel.webview.options = webviewOptions(this.context.extensionUri);
    panel.webview.html = webviewHtml(panel.webview, this.context.extensionUri, 'guide', 'Resolution guide');
    const sub = panel.webview.onDidReceiveMessage((raw) => void this.onMessage(panel, state, raw));
    panel.onDidDispose(() => { sub.dispose(); this.panels.delete(state.noteId); });
  }

  private async onMessage(panel: vscode.WebviewPanel, state: GuideState, raw: unknown): Promise<void> {
    const msg = parseFromWebview(raw);
    if (!msg) return;
    const uri = vscode.Uri.parse(state.noteId);
    if (msg.type === 'ready') {
      const doc = await vscode.workspace.openTextDocument(uri);
      const a = this.analysisOf(doc);
      if (!a?.isNote) return;
      const draft = this.context.workspaceState.get<GuideDraft>(this.draftKey(state.noteId));
      const model = guideModel(a, state.noteId, path.posix.basename(uri.path), doc.version, state.trigger);
      void panel.webview.postMessage({ type: 'guide', model, draft } satisfies ToWebview);
    } else if (msg.type === 'rendered') {
      renderSignal.fire(`guide:${state.noteId}`);
    } else if (msg.type === 'draft') {
      await this.context.workspaceState.update(this.draftKey(state.noteId), msg.draft);
    } else if (msg.type === 'insert') {
      const reply = (ok: boolean, message: string) => void panel.webview.postMessage({ type: 'inserted', ok, message } satisfies ToWebview);
      const doc = await vscode.workspace.openTextDocument(uri);
      const a = this.analysisOf(doc);
      if (!a?.isNote) { reply(false, 'This file is no longer a session note; nothing was written.'); return; }
      const result = guideEdits(a, msg.draft, { offset: state.offset, trigger: state.trigger });
      if (result.conflicts.length) {
        reply(false, `Not inserted: the note now has other text for ${result.conflicts.join(', ')}. Nothing was changed; edit those steps in the note or clear them here.`);
        return;
      }
      if (!result.edits.length) { reply(false, 'Nothing to insert yet: write at least one step.'); return; }
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.text);
      const ok = await vscode.workspace.applyEdit(edit);
      reply(ok, ok ? `Inserted into the note: ${result.written.join(', ')}. One undo in the note removes it.` : 'The note could not be changed; nothing was written.');
    }
  }
}
