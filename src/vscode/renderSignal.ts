/** Resolves when a webview reports it has drawn its content: real-editor tests wait on it before a screenshot. */
import * as vscode from 'vscode';

export class RenderSignal {
  private readonly emitter = new vscode.EventEmitter<string>();
  private readonly seen = new Set<string>();

  fire(key: string): void {
    this.seen.add(key);
    this.emitter.fire(key);
  }

  /** Waits for the next report of `key` (or returns at once when `already` and it was seen). */
  wait(key: string, already = false): Promise<void> {
    if (already && this.seen.has(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.emitter.event((k) => { if (k === key) { sub.dispose(); resolve(); } });
    });
  }
}

export const renderSignal = new RenderSignal();
