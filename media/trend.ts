/**
 * The alliance trend webview: an SVG chart drawn from the extension's view model, and the same data as
 * a table. Every note-derived string goes in through textContent or an attribute, never as HTML.
 */
import type { ChartPoint, TrendViewModel } from '../src/core/trendView';
import type { FromWebview, ToWebview } from '../src/webview/protocol';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const SVG = 'http://www.w3.org/2000/svg';
let model: TrendViewModel | undefined;
let view: 'chart' | 'table' = ((vscode.getState() as { view?: 'chart' | 'table' } | undefined)?.view) ?? 'chart';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const svg = (tag: string, attrs: Record<string, string | number> = {}, text?: string) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
};
const cssVar = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

function render(): void {
  root.replaceChildren();
  if (!model) {
    root.append(el('p', { class: 'empty' }, 'Open a session note to see its client\'s alliance trend.'));
    return;
  }
  root.append(el('h1', {}, `Alliance trend: ${model.client}`));
  const bar = el('div', { class: 'toolbar', role: 'toolbar' });
  const toggle = el('button', { id: 'toggle', 'aria-pressed': String(view === 'table') }, view === 'chart' ? 'Show table' : 'Show chart');
  toggle.addEventListener('click', () => { view = view === 'chart' ? 'table' : 'chart'; vscode.setState({ view }); render(); });
  const csv = el('button', { class: 'secondary', id: 'export-csv' }, 'Export CSV');
  csv.addEventListener('click', () => vscode.postMessage({ type: 'exportCsv' }));
  const png = el('button', { class: 'secondary', id: 'export-png' }, 'Export PNG');
  png.addEventListener('click', exportPng);
  bar.append(toggle, csv, png);
  root.append(bar);
  if (!model.series.length) root.append(el('p', { class: 'empty' }, 'No scores recorded for this client yet.'));
  else if (view === 'chart') {
    const c = chart(model);
    root.append(c);
    // A long history scrolls; the latest sessions, the ones that matter now, are in view first.
    c.scrollLeft = c.scrollWidth;
  }
  else root.append(table(model));
  vscode.postMessage({ type: 'rendered', what: 'trend', client: model.client });
  if (model.resolution.length) {
    root.append(el('h2', {}, 'Resolution'));
    const ul = el('ul');
    for (const r of model.resolution) ul.append(el('li', {}, `Session ${r.session}: ${r.status}`));
    root.append(ul);
  }
}

function chart(m: TrendViewModel): HTMLElement {
  const wrap = el('div', { class: 'chart' });
  const n = m.sessions.max - m.sessions.min + 1;
  // As wide as the view; wider (with a scroll bar) only when many sessions need the room.
  const width = Math.max(Math.max(240, root.clientWidth - 4), 14 * n + 100);
  const height = 240;
  const pad = { l: 44, r: 44, t: 24, b: 30 };
  const x = (s: number) => pad.l + (n === 1 ? (width - pad.l - pad.r) / 2 : ((s - m.sessions.min) / (n - 1)) * (width - pad.l - pad.r));
  const y = (v: number) => pad.t + (1 - v) * (height - pad.t - pad.b);
  const muted = cssVar('--vscode-descriptionForeground', '#777');
  const colors = ['--vscode-charts-blue', '--vscode-charts-purple', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-yellow'].map((c, i) => cssVar(c, ['#3794ff', '#b180d7', '#d18616', '#89d185', '#cca700'][i]));
  const red = cssVar('--vscode-charts-red', '#f14c4c');
  const s = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Alliance scores of ${m.client} by session` });
  s.append(svg('rect', { x: 0, y: 0, width, height, fill: cssVar('--vscode-editor-background', '#fff') }));
  // Axes: left 0–100% of each alliance instrument's range; right ORS 0–40.
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    s.append(svg('line', { x1: pad.l, x2: width - pad.r, y1: y(t), y2: y(t), stroke: muted, 'stroke-opacity': 0.25 }));
    s.append(svg('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end', fill: muted, 'font-size': 10 }, `${t * 100}%`));
    if (m.series.some((x) => x.axis === 'outcome')) s.append(svg('text', { x: width - pad.r + 6, y: y(t) + 4, fill: muted, 'font-size': 10 }, `${t * 40}`));
  }
  const step = Math.max(1, Math.ceil(n / 20));
  for (let k = m.sessions.min; k <= m.sessions.max; k += step) s.append(svg('text', { x: x(k), y: height - 10, 'text-anchor': 'middle', fill: muted, 'font-size': 10 }, String(k)));
  for (const g of m.guides) {
    s.append(svg('line', { x1: pad.l, x2: width - pad.r, y1: y(g.y), y2: y(g.y), stroke: g.axis === 'outcome' ? muted : red, 'stroke-dasharray': '4 3' }));
    s.append(svg('text', { x: g.axis === 'outcome' ? pad.l + 4 : width - pad.r - 4, y: y(g.y) - 3, 'text-anchor': g.axis === 'outcome' ? 'start' : 'end', fill: muted, 'font-size': 10 }, g.label));
  }
  for (const r of m.ruptures) {
    const color = r.kinds.includes('confrontation') ? red : cssVar('--vscode-charts-yellow', '#cca700');
    const mark = svg('text', { x: x(r.session), y: pad.t - 8, 'text-anchor': 'middle', fill: color, 'font-size': 11, 'font-weight': 'bold' }, r.kinds.map((k) => (k === 'withdrawal' ? 'W' : 'C')).join('/'));
    mark.append(svg('title', {}, `Session ${r.session}: ${r.kinds.join(' and ')} markers (${r.subtypes.join(', ')})`));
    s.append(mark);
  }
  const legend = el('div', { class: 'legend' });
  m.series.forEach((series, i) => {
    const color = colors[i % colors.length];
    const dash = series.rater === 'therapist' ? '5 3' : series.rater === 'observer' ? '1 3' : '';
    const yOf = (p: ChartPoint) => y(p.y);
    s.append(svg('polyline', { points: series.points.map((p) => `${x(p.session)},${yOf(p)}`).join(' '), fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash }));
    for (const p of series.points) {
      const g = svg('g', { class: 'point', tabindex: 0, role: 'button', 'aria-label': `${series.name}, ${p.label}${p.dip ? `, ${p.dip} dip` : ''}. Open the note.` });
      g.append(svg('circle', { cx: x(p.session), cy: yOf(p), r: p.dip ? 6 : 4, fill: p.dip === 'unrepaired' ? red : p.dip === 'repaired' || series.axis === 'outcome' ? cssVar('--vscode-editor-background', '#fff') : color, stroke: p.dip ? red : color, 'stroke-width': p.dip ? 3 : 2 }));
      g.append(svg('title', {}, `${series.name} — ${p.label}${p.dip ? ` (${p.dip} dip)` : ''}`));
      const open = () => vscode.postMessage({ type: 'openNote', noteId: p.noteId, line: p.line, character: p.character });
      g.addEventListener('click', open);
      g.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); open(); } });
      s.append(g);
    }
    const item = el('span', {}, `${series.name}${series.axis === 'outcome' ? ' (outcome, right axis)' : ''}`);
    item.style.setProperty('--swatch', color);
    legend.append(item);
  });
  if (m.series.some((x) => x.points.some((p) => p.dip))) {
    const key = el('span', {}, 'large red point: dip (filled: unrepaired, ring: repaired)');
    key.style.setProperty('--swatch', red);
    legend.append(key);
  }
  wrap.append(s, legend);
  return wrap;
}

function table(m: TrendViewModel): HTMLElement {
  const t = el('table', { 'aria-label': `Scores of ${m.client} by session` });
  const head = el('tr');
  for (const h of ['Session', 'Date', 'Instrument', 'Rater', 'Score', 'Dip', 'Markers']) head.append(el('th', { scope: 'col' }, h));
  t.append(head);
  for (const r of m.rows) {
    const tr = el('tr');
    for (const v of [r.session, r.date, r.instrument, r.rater, r.value, r.dip, r.markers]) tr.append(el('td', {}, String(v)));
    t.append(tr);
  }
  return t;
}

function exportPng(): void {
  const s = root.querySelector('svg');
  if (!s) return;
  const xml = new XMLSerializer().serializeToString(s);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = s.width.baseVal.value * 2;
    canvas.height = s.height.baseVal.value * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    vscode.postMessage({ type: 'exportPng', dataUrl: canvas.toDataURL('image/png') });
  };
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(xml);
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  if (e.data?.type === 'trend') { model = e.data.model; render(); }
});
// The chart's colours are read from the theme when drawn: draw again when the theme changes.
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
render();
vscode.postMessage({ type: 'ready' });
