/** One analysis per document version, shared by diagnostics, CodeLens, code actions and the status bar. */
import * as vscode from 'vscode';
import type { Engine, NoteAnalysis } from '../core/engine';

export class NoteCache {
  private readonly entries = new Map<string, { version: number; analysis: NoteAnalysis }>();

  constructor(private engine: () => Engine) {}

  get(doc: vscode.TextDocument): NoteAnalysis {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = this.engine().analyze(key, doc.getText());
    this.entries.set(key, { version: doc.version, analysis });
    return analysis;
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }

  clear(): void {
    this.entries.clear();
  }
}

export function isNoteCandidate(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote' || doc.uri.scheme === 'vscode-userdata');
}
