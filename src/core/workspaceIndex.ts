/**
 * The cross-note index: one small summary per session note, updated one note at a time, answering a
 * client's timeline. Any sequence of updates equals a rebuild from scratch (test/core/workspaceIndex.test.ts).
 */
import type { NoteSummary } from './summary';

export class WorkspaceIndex {
  private readonly notes = new Map<string, NoteSummary>();
  private readonly byClient = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, NoteSummary[]>();
  private version = 0;

  /** Adds or replaces a note's summary; undefined removes it (the file is no longer a session note). */
  set(id: string, summary: NoteSummary | undefined): void {
    this.delete(id);
    if (!summary) return;
    this.notes.set(id, summary);
    let ids = this.byClient.get(summary.client);
    if (!ids) this.byClient.set(summary.client, (ids = new Set()));
    ids.add(id);
    this.sorted.delete(summary.client);
    this.version++;
  }

  delete(id: string): void {
    const old = this.notes.get(id);
    if (!old) return;
    this.notes.delete(id);
    const ids = this.byClient.get(old.client);
    ids?.delete(id);
    if (ids && ids.size === 0) this.byClient.delete(old.client);
    this.sorted.delete(old.client);
    this.version++;
  }

  rename(from: string, to: string): void {
    const old = this.notes.get(from);
    if (!old) return;
    this.set(to, { ...old, id: to });
    this.delete(from);
  }

  get(id: string): NoteSummary | undefined {
    return this.notes.get(id);
  }

  has(id: string): boolean {
    return this.notes.has(id);
  }

  get size(): number {
    return this.notes.size;
  }

  /** Changes with every update: hosts use it to drop stale results. */
  get generation(): number {
    return this.version;
  }

  ids(): string[] {
    return [...this.notes.keys()];
  }

  clients(): string[] {
    return [...this.byClient.keys()].sort();
  }

  /** The client's notes by session number (then id); cached until one of them changes. */
  timeline(client: string): readonly NoteSummary[] {
    let list = this.sorted.get(client);
    if (!list) {
      list = [...(this.byClient.get(client) ?? [])].map((id) => this.notes.get(id)!);
      list.sort((a, b) => (a.session ?? Infinity) - (b.session ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.sorted.set(client, list);
    }
    return list;
  }

  /** A plain, ordered copy of the content, for comparing two indexes. */
  snapshot(): { notes: [string, NoteSummary][]; clients: [string, string[]][] } {
    return {
      notes: [...this.notes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      clients: this.clients().map((c) => [c, this.timeline(c).map((n) => n.id)]),
    };
  }
}
