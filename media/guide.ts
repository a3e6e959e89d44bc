/**
 * The resolution guide webview: the five steps for the rupture at hand, each with its prompts, a text
 * box and a status. What is typed is kept in the webview's state and sent to the extension as a draft
 * on every change, so closing the panel or reloading the window loses nothing.
 */
import type { GuideDraft, GuideModel, StepStatus } from '../src/core/guide';
import type { FromWebview, ToWebview } from '../src/webview/protocol';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let model: GuideModel | undefined;
let draft: GuideDraft = (vscode.getState() as { draft?: GuideDraft } | undefined)?.draft ?? { values: {}, status: {} };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

function save(): void {
  vscode.setState({ draft, noteId: model?.noteId });
  vscode.postMessage({ type: 'draft', draft });
}

function render(): void {
  root.replaceChildren();
  if (!model) { root.append(el('p', { class: 'empty' }, 'Open the guide from a rupture marker in a session note.')); return; }
  root.append(el('h1', {}, `Rupture resolution: ${model.noteName}`));
  if (model.trigger) root.append(el('p', { class: 'trigger' }, model.trigger));
  root.append(el('p', { class: 'hint' }, 'The steps can be taken in any order and revisited. Write what happened; "Insert into note" adds it to the note\'s resolution section without changing what you wrote there yourself.'));
  for (const step of model.steps) {
    const box = el('section', { class: 'step', 'aria-labelledby': `title-${step.id}` });
    const header = el('header');
    header.append(el('h2', { id: `title-${step.id}` }, `${step.number}. ${step.title}`));
    const select = el('select', { 'aria-label': `Status of ${step.title}`, id: `status-${step.id}` });
    for (const s of ['todo', 'done', 'partial', 'skipped'] as StepStatus[]) {
      const o = el('option', { value: s }, s === 'todo' ? 'to do' : s);
      if ((draft.status[step.id] ?? 'todo') === s) o.selected = true;
      select.append(o);
    }
    select.addEventListener('change', () => { draft.status[step.id] = select.value as StepStatus; save(); });
    header.append(select);
    box.append(header, el('p', {}, step.summary));
    const ul = el('ul');
    for (const p of step.prompts) ul.append(el('li', {}, p));
    box.append(ul);
    if (step.hint) box.append(el('p', { class: 'hint' }, step.hint));
    if (step.existing) box.append(el('p', { class: 'existing' }, `In the note: ${step.existing}`));
    const area = el('textarea', { id: `text-${step.id}`, 'aria-label': `${step.title}: what happened` });
    area.value = draft.values[step.id] ?? '';
    area.addEventListener('input', () => { draft.values[step.id] = area.value; save(); });
    box.append(area);
    root.append(box);
  }
  const insert = el('button', { id: 'insert' }, 'Insert into note');
  insert.addEventListener('click', () => vscode.postMessage({ type: 'insert', draft }));
  root.append(insert, el('div', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' }));
  vscode.postMessage({ type: 'rendered', what: 'guide' });
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  const msg = e.data;
  if (msg?.type === 'guide') {
    model = msg.model;
    if (msg.draft) draft = msg.draft;
    vscode.setState({ draft, noteId: model.noteId });
    render();
  } else if (msg?.type === 'inserted') {
    const status = document.getElementById('status');
    if (status) { status.textContent = msg.message; status.className = msg.ok ? 'status' : 'status error'; }
  }
});
render();
vscode.postMessage({ type: 'ready' });
