/**
 * The workspace index in the editor: built lazily (first when a note needs its client's other notes),
 * scoped to the notes glob and files.exclude, updated one file at a time from file events (batched).
 * Open documents win over their files on disk.
 */
import * as vscode from 'vscode';
import type { Engine } from '../core/engine';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { notesGlob } from './settings';

const MAX_BYTES = 8_000_000;
const BATCH_MS = 200;

export class Indexer implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private building: Promise<void> | undefined;
  private readonly pending = new Map<string, vscode.Uri | null>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly engine: () => Engine) {}

  /** Builds the index once; later calls wait for the same build. */
  ensureBuilt(): Promise<void> {
    if (!this.building) this.building = this.build();
    return this.building;
  }

  get built(): boolean {
    return this.building !== undefined;
  }

  private async build(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(notesGlob());
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.queue(u, u)),
      watcher.onDidChange((u) => this.queue(u, u)),
      watcher.onDidDelete((u) => this.queue(u, null)),
    );
    const files = await vscode.workspace.findFiles(notesGlob(), undefined, 20000);
    for (let i = 0; i < files.length; i += 200) {
      await Promise.all(files.slice(i, i + 200).map((u) => this.read(u)));
    }
    this.changed.fire();
  }

  /** An open document's text replaces its file's. */
  updateFromDocument(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    this.index.set(id, this.engine().summarize(id, doc.getText()));
  }

  private queue(key: vscode.Uri, uri: vscode.Uri | null): void {
    this.pending.set(key.toString(), uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), BATCH_MS);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, uri] of batch) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
      if (open) this.updateFromDocument(open);
      else if (uri) await this.read(uri);
      else this.index.delete(id);
    }
    this.changed.fire();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const id = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === id)) return;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) { this.index.delete(id); return; }
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.index.set(id, this.engine().summarize(id, new TextDecoder('utf-8').decode(bytes)));
    } catch {
      // Unreadable or gone: not in the index. Nothing about the note is logged.
      this.index.delete(id);
    }
  }

  /** Re-reads everything (settings changed). */
  async rebuild(): Promise<void> {
    for (const id of this.index.ids()) this.index.delete(id);
    const files = this.built ? await vscode.workspace.findFiles(notesGlob(), undefined, 20000) : [];
    await Promise.all(files.map((u) => this.read(u)));
    for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'markdown') this.updateFromDocument(doc);
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
