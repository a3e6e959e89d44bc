/**
 * The editor adapter: diagnostics for session notes from the engine. Thin by design: every rule lives in
 * src/core. (CodeLens, quick fixes and panels come in later issues.)
 */
import * as vscode from 'vscode';
import { Engine } from '../core/engine';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { toDiagnostic } from './diagnostics';

const DEBOUNCE_MS = 300;

export function activate(context: vscode.ExtensionContext): void {
  let engine = new Engine(readSettings());
  const index = new WorkspaceIndex();
  const collection = vscode.languages.createDiagnosticCollection('alliance-notes');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  context.subscriptions.push(collection);

  const isCandidate = (doc: vscode.TextDocument) =>
    doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote');

  const lint = (doc: vscode.TextDocument) => {
    if (!isCandidate(doc)) return;
    const version = doc.version;
    const id = doc.uri.toString();
    try {
      const analysis = engine.analyze(id, doc.getText());
      if (doc.isClosed || doc.version !== version) return; // never publish for an outdated version
      index.set(id, analysis.isNote ? analysis.summary : undefined);
      if (!analysis.isNote) { collection.delete(doc.uri); return; }
      collection.set(doc.uri, engine.findings(index, id, analysis).map((f) => toDiagnostic(f)));
    } catch (e) {
      // The engine does not throw by design; if it does, the note keeps its text and loses only its diagnostics.
      console.error(`alliance-notes: analysis failed (${(e as Error).name})`);
      collection.delete(doc.uri);
    }
  };

  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); lint(doc); }, DEBOUNCE_MS));
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      collection.delete(doc.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => lint(e.document))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('allianceNotes')) return;
      engine = new Engine(readSettings());
      vscode.workspace.textDocuments.forEach(lint);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  vscode.workspace.textDocuments.forEach(lint);
}

export function deactivate(): void {}

function readSettings(): unknown {
  const c = vscode.workspace.getConfiguration('allianceNotes');
  return {
    severity: c.get('severity'),
    minConfidence: c.get('minConfidence'),
    raterGapFraction: c.get('raterGapFraction'),
    customInstruments: c.get('customInstruments'),
    thresholds: c.get('thresholds'),
    extraPhrases: c.get('extraPhrases'),
    ignorePhrases: c.get('ignorePhrases'),
  };
}
