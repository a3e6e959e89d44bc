/**
 * The editor adapter. Every rule lives in src/core; this file wires the engine to VS Code: diagnostics
 * (on open and on becoming visible at once, debounced while typing, never for an outdated version,
 * cleared on close), CodeLens, quick fixes, commands, the status bar and the workspace index. Every
 * provider and command is registered synchronously; the index is built lazily.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { insertResolutionEdit, nextSessionNote, resolutionSnippet, ruptureBlockEdit } from '../core/edits';
import { Engine, type NoteAnalysis } from '../core/engine';
import { AllianceCodeActions, APPLY_FIX, applyFix, toWorkspaceEdit } from './codeActions';
import { AllianceCodeLensProvider } from './codeLens';
import { toDiagnostic } from './diagnostics';
import { Indexer } from './indexer';
import { isNoteCandidate, NoteCache } from './noteCache';
import { readEngineSettings, SECTION } from './settings';
import { AllianceStatusBar } from './statusBar';
import { GuidePanels } from './guidePanel';
import { renderSignal } from './renderSignal';
import { showTrendDocument } from './trendDocument';
import { TrendViews } from './trendPanel';

const DEBOUNCE_MS = 300;
/** Diagnostics of notes that are not open: the cross-note rules only. */
const CLOSED_NOTE_RULES = new Set(['alliance-dip', 'session-duplicate']);

export function activate(context: vscode.ExtensionContext): void {
  let engine = new Engine(readEngineSettings());
  const cache = new NoteCache(() => engine);
  const indexer = new Indexer(() => engine);
  const collection = vscode.languages.createDiagnosticCollection('alliance-notes');
  const statusBar = new AllianceStatusBar();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const readme = vscode.Uri.joinPath(context.extensionUri, 'README.md');
  const today = () => new Date().toISOString().slice(0, 10);

  const analysisOf = (doc: vscode.TextDocument): NoteAnalysis | undefined => {
    if (!isNoteCandidate(doc)) return undefined;
    try {
      return cache.get(doc);
    } catch (e) {
      // By design the engine does not throw; if it does, the note keeps its text and loses only its findings.
      console.error(`alliance-notes: analysis failed (${(e as Error).name})`);
      return undefined;
    }
  };

  const findingsFor = (doc: vscode.TextDocument) => {
    const a = analysisOf(doc);
    if (!a?.isNote) return undefined;
    return engine.findings(indexer.index, doc.uri.toString(), a);
  };

  /**
   * Analyses and publishes one document. The analysis is computed synchronously from the document's
   * current text (cached per version), so what is published is never for an outdated version.
   */
  const lint = (doc: vscode.TextDocument, refreshTrend = true) => {
    const a = analysisOf(doc);
    if (!a) return;
    const id = doc.uri.toString();
    indexer.index.set(id, a.isNote ? a.summary : undefined);
    if (!a.isNote) { collection.delete(doc.uri); return; }
    collection.set(doc.uri, findingsFor(doc)!.map((f) => toDiagnostic(f, readme)));
    const client = a.summary?.client;
    let trendDrawn = false;
    if (vscode.window.activeTextEditor?.document === doc) {
      statusBar.update(engine, indexer.index, client);
      trendDrawn = trend.setClient(client);
      if (client) void revealTrendOnce();
    }
    if (refreshTrend && !trendDrawn && client === trend.currentClient) trend.refresh();
    // Dips and duplicates need the client's other notes: build the index once, then refresh.
    if (!indexer.built && client) void indexer.ensureBuilt();
  };

  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); lint(doc); lens.refresh(); }, DEBOUNCE_MS));
  };

  /** After the index changes: open notes again, and closed notes' cross-note findings. */
  const refreshAll = () => {
    const open = new Set<string>();
    for (const doc of vscode.workspace.textDocuments) if (isNoteCandidate(doc)) { open.add(doc.uri.toString()); lint(doc, false); }
    for (const id of indexer.index.ids()) {
      if (open.has(id)) continue;
      const findings = engine.finalize(engine.crossNoteFindings(indexer.index, id).filter((f) => CLOSED_NOTE_RULES.has(f.ruleId)));
      const uri = vscode.Uri.parse(id);
      if (findings.length) collection.set(uri, findings.map((f) => toDiagnostic(f, readme)));
      else collection.delete(uri);
    }
    // Notes deleted or no longer notes keep no diagnostics.
    collection.forEach((uri) => { const id = uri.toString(); if (!open.has(id) && !indexer.index.has(id)) collection.delete(uri); });
    lens.refresh();
    trend.refresh();
  };

  const lens = new AllianceCodeLensProvider({
    findingsFor,
    clientOf: (doc) => analysisOf(doc)?.summary?.client,
    resolutionOf: (doc) => {
      const r = analysisOf(doc)?.resolution;
      return r ? { filled: r.filledCount, total: r.steps.length, line: doc.positionAt(r.headingStart).line } : undefined;
    },
  });

  const trend = new TrendViews(context.extensionUri, () => engine, indexer.index);
  const guides = new GuidePanels(context, () => engine, analysisOf);

  /** With allianceNotes.showTrendWithNotes, the trend view opens beside the first session note of a window. */
  let trendRevealed = false;
  const revealTrendOnce = async () => {
    if (trendRevealed || !vscode.workspace.getConfiguration(SECTION).get<boolean>('showTrendWithNotes')) return;
    trendRevealed = true;
    await vscode.commands.executeCommand(`${TrendViews.viewId}.focus`);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  };

  const nextSession = (client: string | undefined) => {
    const timeline = client ? indexer.index.timeline(client) : [];
    return Math.max(0, ...timeline.map((n) => n.session ?? 0)) + 1;
  };

  const selector: vscode.DocumentSelector = [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }, { language: 'markdown', scheme: 'vscode-remote' }];
  context.subscriptions.push(
    collection,
    statusBar,
    indexer,
    indexer.onDidChange(refreshAll),
    vscode.languages.registerCodeLensProvider(selector, lens),
    vscode.languages.registerCodeActionsProvider(selector, new AllianceCodeActions(analysisOf, today, nextSession), { providedCodeActionKinds: AllianceCodeActions.kinds }),
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) schedule(e.document); }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      cache.delete(doc.uri);
      collection.delete(doc.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => lint(e.document))),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      const client = e ? analysisOf(e.document)?.summary?.client : undefined;
      statusBar.update(engine, indexer.index, client);
      trend.setClient(client);
    }),
    trend,
    vscode.window.registerWebviewViewProvider(TrendViews.viewId, trend),
    vscode.window.registerWebviewPanelSerializer(GuidePanels.viewType, guides),
    // For the real-editor tests: resolves once a panel has drawn (not in the command palette).
    vscode.commands.registerCommand('allianceNotes._panelRendered', (key: string, next = false) => renderSignal.wait(key, !next)),
    // For the real-editor tests: what VS Code does after a window reload, on a fresh panel (not in the palette).
    vscode.commands.registerCommand('allianceNotes._restoreGuide', async (state: { noteId: string }) => {
      const panel = vscode.window.createWebviewPanel(GuidePanels.viewType, 'Resolution guide', vscode.ViewColumn.Beside, {});
      await guides.deserializeWebviewPanel(panel, state as never);
    }),
    vscode.commands.registerCommand('allianceNotes.openTrendPanel', async () => { await indexer.ensureBuilt(); trend.openPanel(); }),
    vscode.commands.registerCommand('allianceNotes.openGuide', async (uri?: vscode.Uri, offset?: number, trigger?: string) => {
      const doc = await documentOf(uri);
      if (!doc || !analysisOf(doc)?.isNote) { void vscode.window.showInformationMessage('Alliance Notes: open a session note to open its resolution guide.'); return; }
      guides.open(doc.uri, offset, trigger ?? '');
    }),
    vscode.commands.registerCommand('allianceNotes.showTrendTable', async (client?: string) => {
      await indexer.ensureBuilt();
      const c = client ?? trend.currentClient;
      if (c) await showTrendDocument(engine, indexer.index, c);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      engine = new Engine(readEngineSettings());
      cache.clear();
      void indexer.rebuild();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { engine = new Engine(readEngineSettings()); cache.clear(); refreshAll(); }),
    vscode.commands.registerCommand(APPLY_FIX, applyFix),
    vscode.commands.registerCommand('allianceNotes.insertResolution', (uri?: vscode.Uri, offset?: number) => insertResolution(uri, offset)),
    vscode.commands.registerCommand('allianceNotes.fillRupture', async (uri?: vscode.Uri) => {
      const doc = await documentOf(uri);
      const a = doc && analysisOf(doc);
      const e = a?.isNote ? ruptureBlockEdit(a) : undefined;
      if (!doc || !e) { void vscode.window.showInformationMessage('Alliance Notes: no rupture markers in this note to fill the rupture block from.'); return; }
      await vscode.workspace.applyEdit(toWorkspaceEdit(doc, e));
    }),
    vscode.commands.registerCommand('allianceNotes.newSessionNote', () => newSessionNote()),
    vscode.commands.registerCommand('allianceNotes.checkAllNotes', async () => {
      // Re-reads every note, so files changed outside the editor count too.
      if (indexer.built) await indexer.rebuild();
      else await indexer.ensureBuilt();
      refreshAll();
      void vscode.window.showInformationMessage(`Alliance Notes: ${indexer.index.size} session notes checked.`);
    }),
    vscode.commands.registerCommand('allianceNotes.showTrend', async (client?: string) => {
      await indexer.ensureBuilt();
      const c = client ?? (vscode.window.activeTextEditor ? analysisOf(vscode.window.activeTextEditor.document)?.summary?.client : undefined);
      if (!c) { void vscode.window.showInformationMessage('Alliance Notes: open a session note to see its client\'s trend.'); return; }
      // Asked for, the trend is drawn again even for the client it already shows (the view reports each drawing).
      if (!trend.setClient(c)) trend.refresh();
      await vscode.commands.executeCommand(`${TrendViews.viewId}.focus`);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );

  async function documentOf(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (uri) return vscode.workspace.openTextDocument(uri);
    return vscode.window.activeTextEditor?.document;
  }

  /** A snippet with tab stops when the note is the active editor; otherwise one WorkspaceEdit. */
  async function insertResolution(uri?: vscode.Uri, offset?: number): Promise<void> {
    const doc = await documentOf(uri);
    const a = doc && analysisOf(doc);
    if (!doc || !a?.isNote) { void vscode.window.showInformationMessage('Alliance Notes: open a session note to insert the resolution template.'); return; }
    const edit = insertResolutionEdit(a, { offset });
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document === doc) {
      const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const lead = edit.text.slice(0, edit.text.indexOf('##'));
      const trail = edit.text.slice(edit.text.lastIndexOf('-->') + 3).replace(/^\r?\n/, '');
      const snippet = new vscode.SnippetString(lead.replace(/\$/g, '\\$') + resolutionSnippet(a.header?.modality, eol).replace(/\$0$/, '') + '$0' + trail);
      await editor.insertSnippet(snippet, doc.positionAt(edit.offset));
      return;
    }
    await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edit));
  }

  /** Creates the next session's note for the current client in the client's folder (never overwrites). */
  async function newSessionNote(): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    const a = active && analysisOf(active);
    let client = a?.summary?.client;
    if (!client) client = await vscode.window.showInputBox({ prompt: 'Client code (pseudonymous, never a name)', placeHolder: 'C-4Q7XM', validateInput: (v) => (/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/.test(v) ? undefined : 'Letters, digits, - and _ only') });
    if (!client) return;
    await indexer.ensureBuilt();
    const timeline = indexer.index.timeline(client);
    const note = nextSessionNote(timeline, client, today(), 'SOAP');
    const last = timeline[timeline.length - 1];
    const folder = last ? vscode.Uri.parse(last.id).with({ path: path.posix.dirname(vscode.Uri.parse(last.id).path) })
      : active && active.uri.scheme !== 'untitled' ? active.uri.with({ path: path.posix.dirname(active.uri.path) })
      : vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) { void vscode.window.showErrorMessage('Alliance Notes: open a folder to create the note in.'); return; }
    let target = vscode.Uri.joinPath(folder, note.fileName);
    for (let n = 2; await exists(target); n++) target = vscode.Uri.joinPath(folder, note.fileName.replace(/\.md$/, `-${n}.md`));
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { ignoreIfExists: false, contents: new TextEncoder().encode(note.text) });
    if (!(await vscode.workspace.applyEdit(edit))) return;
    const doc = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(doc);
    const firstBullet = note.text.indexOf('- ', note.text.indexOf('**S**'));
    if (firstBullet > 0) editor.selection = new vscode.Selection(doc.positionAt(firstBullet + 2), doc.positionAt(firstBullet + 2));
  }

  async function exists(uri: vscode.Uri): Promise<boolean> {
    try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
  }

  vscode.workspace.textDocuments.forEach((doc) => lint(doc));
}

export function deactivate(): void {}
