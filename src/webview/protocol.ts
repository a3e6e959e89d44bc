/**
 * The one message protocol between the extension and its webviews, shared by both sides. No vscode, no
 * Node, no DOM imports: plain data only.
 */
import type { GuideDraft, GuideModel, StepStatus } from '../core/guide';
import type { TrendViewModel } from '../core/trendView';

export type { GuideDraft, GuideModel, StepStatus };

/** Extension → webview. */
export type ToWebview =
  | { type: 'trend'; model: TrendViewModel | undefined }
  | { type: 'guide'; model: GuideModel; draft?: GuideDraft }
  | { type: 'inserted'; ok: boolean; message: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'openNote'; noteId: string; line: number; character: number }
  | { type: 'exportCsv' }
  | { type: 'exportPng'; dataUrl: string }
  | { type: 'draft'; draft: GuideDraft }
  | { type: 'insert'; draft: GuideDraft }
  | { type: 'rendered'; what: 'trend' | 'guide'; client?: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Validates a message from a webview (it is untrusted input): undefined when malformed. */
export function parseFromWebview(v: unknown): FromWebview | undefined {
  if (!isObj(v) || typeof v.type !== 'string') return undefined;
  switch (v.type) {
    case 'ready':
    case 'exportCsv':
      return { type: v.type };
    case 'openNote':
      return typeof v.noteId === 'string' && Number.isInteger(v.line) && Number.isInteger(v.character)
        ? { type: 'openNote', noteId: v.noteId, line: v.line as number, character: v.character as number } : undefined;
    case 'exportPng':
      return typeof v.dataUrl === 'string' && v.dataUrl.startsWith('data:image/png;base64,') && v.dataUrl.length < 20_000_000 ? { type: 'exportPng', dataUrl: v.dataUrl } : undefined;
    case 'rendered':
      return (v.what === 'trend' || v.what === 'guide') ? { type: 'rendered', what: v.what, ...(typeof v.client === 'string' ? { client: v.client } : {}) } : undefined;
    case 'draft':
    case 'insert': {
      const d = v.draft;
      if (!isObj(d) || !isObj(d.values) || !isObj(d.status)) return undefined;
      const values: Record<string, string> = {};
      const status: Record<string, StepStatus> = {};
      for (const [k, x] of Object.entries(d.values)) if (typeof x === 'string' && x.length < 100_000) values[k] = x;
      for (const [k, x] of Object.entries(d.status)) if (x === 'todo' || x === 'done' || x === 'partial' || x === 'skipped') status[k] = x;
      return { type: v.type, draft: { values, status } };
    }
    default:
      return undefined;
  }
}
