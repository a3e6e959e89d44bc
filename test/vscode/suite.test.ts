/**
 * Real-editor tests: run inside VS Code (code-server here, @vscode/test-electron elsewhere). They wait on
 * editor events (diagnostics changing, documents changing), never on sleeps.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const mode = process.env.ALLIANCE_TEST_MODE ?? 'folder';
const workspace = process.env.ALLIANCE_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
const shots = process.env.ALLIANCE_TEST_SCREENSHOTS;
const file = (...p: string[]) => vscode.Uri.file(path.join(workspace, ...p));

/** Resolves with the diagnostics of `uri` once `ok` holds for them (now or after a change event). */
function diagnosticsWhen(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, label: string, ms = 20000): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (ok(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${label}: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`)); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (ok(d)) { clearTimeout(timer); sub.dispose(); resolve(d); }
    });
  });
}

/** Asks the harness for a screenshot of the workbench and waits until it is written. */
async function screenshot(name: string, lens?: string): Promise<void> {
  if (!shots) return;
  const target = path.join(shots, `${mode}-${name}.png`);
  // (With `lens`, the harness first waits for a CodeLens holding that text to be drawn, and says so if it never is.)
  const missing = path.join(shots, `${mode}-${name}.missing`);
  // (If the harness could not take the picture at all, it writes why to a .failed file.)
  const failed = path.join(shots, `${mode}-${name}.failed`);
  for (const f of [target, missing, failed]) fs.rmSync(f, { force: true });
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(shots, () => {
      if (fs.existsSync(target)) { watcher.close(); clearTimeout(timer); resolve(); }
      else if (fs.existsSync(missing)) { watcher.close(); clearTimeout(timer); reject(new Error(`the CodeLens '${lens}' was not drawn for the screenshot ${name}`)); }
      else if (fs.existsSync(failed)) { watcher.close(); clearTimeout(timer); reject(new Error(`the screenshot ${name} could not be taken: ${fs.readFileSync(failed, 'utf8')}`)); }
    });
    const timer = setTimeout(() => { watcher.close(); reject(new Error(`screenshot ${name} was not written`)); }, 55000);
    console.log(`__SCREENSHOT__ ${mode}-${name}${lens ? ` ${lens}` : ''}`);
  });
}

let actions = 0;
/** Asks the harness to act inside the webview that holds `marker` (a CSS selector), and waits for the result. */
async function webview(marker: string, op: 'text' | 'value' | 'count' | 'fill' | 'click' | 'press' | 'pwned', selector?: string, value?: string): Promise<unknown> {
  if (!shots) throw new Error('webview actions need the code-server harness');
  const id = `${mode}-action-${++actions}`;
  const target = path.join(shots, `${id}.json`);
  fs.rmSync(target, { force: true });
  const result = await new Promise<{ value?: unknown; error?: string }>((resolve, reject) => {
    const watcher = fs.watch(shots, () => { if (fs.existsSync(target)) { watcher.close(); clearTimeout(timer); resolve(JSON.parse(fs.readFileSync(target, 'utf8'))); } });
    const timer = setTimeout(() => { watcher.close(); reject(new Error(`webview action ${op} ${selector ?? ''} got no answer`)); }, 30000);
    console.log(`__WEBVIEW__ ${JSON.stringify({ id, marker, op, selector, value })}`);
  });
  fs.rmSync(target, { force: true });
  if (result.error) throw new Error(result.error);
  return result.value;
}

const changeOf = (doc: vscode.TextDocument) => new Promise<void>((resolve) => { const s = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc && e.contentChanges.length) { s.dispose(); resolve(); } }); });

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const brief = (d: vscode.Diagnostic) => `${code(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${vscode.DiagnosticSeverity[d.severity]}`;

before(async () => {
  // Commands of the extension exist once it is active: make sure it is, whatever opened first.
  await vscode.extensions.all.find((e) => e.packageJSON?.name === 'alliance-notes')?.activate();
});

describe(`Alliance Notes in the editor (${mode})`, function () {
  this.timeout(60000);
  const s02 = file('C-E1', 's02.md');

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'alliance-notes');
    assert.ok(ext, 'the extension is loaded');
  });

  afterEach(async function () {
    // Said at once: if the run is stopped later, the reason for this failure is not lost with mocha's summary.
    if (this.currentTest?.state === 'failed') console.error(`FAILED: ${this.currentTest.title}: ${this.currentTest.err?.message ?? ''}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows markers in a note with exact codes, ranges and severities; a README gets nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(s02);
    await vscode.window.showTextDocument(doc);
    const d = await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-withdrawal'), 'marker diagnostics');
    const markers = d.filter((x) => code(x).startsWith('rupture-w') || code(x).startsWith('rupture-c')).map(brief).sort();
    assert.deepEqual(markers, ['rupture-confrontation 9:11-9:40 Warning', 'rupture-withdrawal 11:4-11:23 Information']);
    assert.equal(d.find((x) => code(x) === 'rupture-confrontation')!.message, "Confrontation — complaint about the activities of therapy (C3): 'These exercises are pointless'");
    assert.ok(d.every((x) => x.source === 'alliance-notes'));
    const readme = file('README.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
    assert.deepEqual(vscode.languages.getDiagnostics(readme), []);
  });

  it('links a dip to the earlier session once the index is built', async function () {
    if (mode !== 'folder') this.skip();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(s02));
    const d = await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'alliance-dip'), 'the dip');
    const dip = d.find((x) => code(x) === 'alliance-dip')!;
    assert.equal(dip.message, 'SRS 31, down 7 from 38 in session 1 (threshold 1)');
    assert.equal(brief(dip), 'alliance-dip 6:7-6:9 Warning');
    assert.equal(dip.relatedInformation?.[0].location.uri.path.endsWith('/C-E1/s01.md'), true);
    // The dip's CodeLens is provided once the index is built, and the picture waits until the editor has drawn it.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', s02);
    assert.ok(lenses.some((l) => l.command?.title.startsWith('SRS 31 ↓7 since session 1')), 'the dip lens is provided');
    await screenshot('note-with-diagnostics', 'since session 1');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems-panel');
  });

  it('shows CodeLens above markers and scores', async () => {
    const doc = await vscode.workspace.openTextDocument(s02);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-withdrawal'), 'diagnostics');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', s02, 50)) ?? [];
    const titles = lenses.map((l) => l.command?.title).filter(Boolean).sort();
    assert.ok(titles.includes('Confrontation (C3) · insert resolution template'), JSON.stringify(titles));
    assert.ok(titles.includes('Withdrawal (W4) · insert resolution template'), JSON.stringify(titles));
    if (mode === 'folder') assert.ok(titles.includes('SRS 31 ↓7 since session 1 · show trend'), JSON.stringify(titles));
  });

  it('quick fix inserts the resolution template as one edit that one undo removes', async () => {
    const doc = await vscode.workspace.openTextDocument(s02);
    const editor = await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const d = await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-confrontation'), 'diagnostics');
    const marker = d.find((x) => code(x) === 'rupture-confrontation')!;
    editor.selection = new vscode.Selection(marker.range.start, marker.range.start);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', s02, marker.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Suppress rupture-confrontation on this line'), JSON.stringify(titles));
    const insert = actions.find((a) => a.title === 'Insert the rupture resolution template after this paragraph');
    assert.ok(insert?.command, JSON.stringify(titles));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix-menu');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    const changed = new Promise<void>((resolve) => { const s = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) { s.dispose(); resolve(); } }); });
    assert.equal(await vscode.commands.executeCommand(insert!.command!.command, ...(insert!.command!.arguments ?? [])), true);
    await changed;
    const after = doc.getText();
    const at = before.indexOf('\n\nShe changed the subject');
    assert.equal(after.slice(0, at), before.slice(0, at), 'text before the insertion is untouched');
    assert.ok(after.endsWith(before.slice(at)), 'text after the insertion is untouched');
    assert.match(after.slice(at), /^\n\n## Rupture resolution\n\n<!-- Rupture: Confrontation — complaint about the activities of therapy \(C3\): 'These exercises are pointless' -->\n\n1\. \*\*Acknowledgement\.\*\* <!-- /);
    const undone = new Promise<void>((resolve) => { const s = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) { s.dispose(); resolve(); } }); });
    await vscode.commands.executeCommand('undo');
    await undone;
    assert.equal(doc.getText(), before, 'one undo restores the note');
  });

  it('a quick fix computed before the therapist typed is refused, and the typing is kept', async () => {
    const doc = await vscode.workspace.openTextDocument(s02);
    const editor = await vscode.window.showTextDocument(doc);
    const d = await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-confrontation'), 'diagnostics');
    const marker = d.find((x) => code(x) === 'rupture-confrontation')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', s02, marker.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const insert = actions.find((a) => a.title === 'Insert the rupture resolution template after this paragraph')!;
    const typed = changeOf(doc);
    await editor.edit((b) => b.insert(new vscode.Position(9, 0), 'Typed meanwhile. '));
    await typed;
    const before = doc.getText();
    const applied = await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
    assert.equal(applied, false, 'the stale fix is refused');
    assert.equal(doc.getText(), before, 'nothing the therapist typed is lost or displaced');
    await vscode.commands.executeCommand('undo');
  });

  it('a settings change applies without a reload', async () => {
    const doc = await vscode.workspace.openTextDocument(s02);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-withdrawal'), 'diagnostics');
    const config = vscode.workspace.getConfiguration('allianceNotes');
    const target = mode === 'folder' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('severity', { 'rupture-withdrawal': 'off' }, target);
    try {
      await diagnosticsWhen(s02, (x) => x.length > 0 && !x.some((y) => code(y) === 'rupture-withdrawal'), 'the rule turned off');
    } finally {
      await config.update('severity', undefined, target);
    }
    await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'rupture-withdrawal'), 'the rule back on');
  });

  it('the learned layer setting adds its weak findings to an open note and takes them away', async function () {
    if (mode !== 'folder') this.skip();
    const created = file('C-L', 's01.md');
    const line = 'Said my reframe "was a greeting card".';
    await vscode.workspace.fs.writeFile(created, Buffer.from(`---\nclient: C-L\nsession: 1\n---\n\n${line}\n`));
    const config = vscode.workspace.getConfiguration('allianceNotes');
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(created));
      await diagnosticsWhen(created, (x) => x.length === 0, 'no rule reads the sentence');
      await config.update('learnedLayer', true, vscode.ConfigurationTarget.Workspace);
      const found = await diagnosticsWhen(created, (x) => x.some((y) => code(y) === 'rupture-confrontation'), 'the learned finding');
      assert.deepEqual(found.filter((y) => code(y) === 'rupture-confrontation').map(brief), [`rupture-confrontation 5:0-5:${line.length} Information`]);
      await config.update('learnedLayer', undefined, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(created, (x) => x.length === 0, 'the setting back off');
    } finally {
      await config.update('learnedLayer', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(created);
    }
  });

  it('the new-note command creates the next session for the client', async function () {
    if (mode !== 'folder') this.skip();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(s02));
    await vscode.commands.executeCommand('allianceNotes.newSessionNote');
    const created = file('C-E1', 's03.md');
    const doc = await vscode.workspace.openTextDocument(created);
    assert.match(doc.getText(), /^---\nclient: C-E1\nsession: 3\ndate: \d{4}-\d\d-\d\d\nformat: SOAP\nmodality: CBT\nattendance: attended\nmeasures:\n {2}srs: \n---\n/);
    await vscode.workspace.fs.delete(created);
  });

  it('shows the trend view and the resolution guide (screenshots in light and dark themes)', async function () {
    if (mode !== 'folder') this.skip();
    // Two panels drawn, two theme changes and two screenshots: on a loaded machine this once took over a minute.
    this.timeout(120000);
    const doc = await vscode.workspace.openTextDocument(s02);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'alliance-dip'), 'the dip');
    const workbench = vscode.workspace.getConfiguration('workbench');
    const guideKey = `guide:${s02.toString()}`;
    const trigger = "Confrontation — complaint about the activities of therapy (C3): 'These exercises are pointless'";
    await workbench.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    const trendDrawn = vscode.commands.executeCommand('allianceNotes._panelRendered', 'trend:C-E1', true);
    const guideDrawn = vscode.commands.executeCommand('allianceNotes._panelRendered', guideKey, true);
    await vscode.commands.executeCommand('allianceNotes.showTrend', 'C-E1');
    await vscode.commands.executeCommand('allianceNotes.openGuide', s02, doc.getText().indexOf('These'), trigger);
    await Promise.all([trendDrawn, guideDrawn]);
    await screenshot('panels-light');
    // The theme changes under open panels: the chart draws itself again in the new colours.
    const trendRedrawn = vscode.commands.executeCommand('allianceNotes._panelRendered', 'trend:C-E1', true);
    await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await trendRedrawn;
    await screenshot('panels-dark');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('the trend view: chart and table from the notes, a click on a point opens its note', async function () {
    if (mode !== 'folder') this.skip();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(s02));
    await diagnosticsWhen(s02, (x) => x.some((y) => code(y) === 'alliance-dip'), 'the dip');
    const drawn = vscode.commands.executeCommand('allianceNotes._panelRendered', 'trend:C-E1');
    await vscode.commands.executeCommand('allianceNotes.showTrend', 'C-E1');
    await drawn;
    const marker = 'h1:has-text("Alliance trend: C-E1")';
    assert.equal(await webview(marker, 'count', '.point'), 2);
    assert.match(String(await webview(marker, 'text', '.point:last-of-type title')), /SRS — Session 2 \(2026-03-09\): SRS 31 \(unrepaired dip\)/);
    const opened = new Promise<vscode.TextEditor>((resolve) => { const s = vscode.window.onDidChangeActiveTextEditor((e) => { if (e?.document.uri.path.endsWith('/s01.md')) { s.dispose(); resolve(e); } }); });
    await webview(marker, 'press', '.point >> nth=0', 'Enter');
    const editor = await opened;
    assert.equal(editor.selection.active.line, 6, 'the cursor is on the score');
    await webview(marker, 'click', '#toggle');
    assert.equal(await webview(marker, 'count', 'tr'), 3, 'a header row and one row per rating');
    await webview(marker, 'click', '#toggle');
  });

  it('the trend exports its data as CSV and its chart as PNG, where the therapist chooses', async function () {
    if (mode !== 'folder') this.skip();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(s02));
    const drawn = vscode.commands.executeCommand('allianceNotes._panelRendered', 'trend:C-E1');
    await vscode.commands.executeCommand('allianceNotes.showTrend', 'C-E1');
    await drawn;
    const marker = 'h1:has-text("Alliance trend: C-E1")';
    for (const [button, name] of [['#export-csv', 'trend.csv'], ['#export-png', 'trend.png']]) {
      const target = path.join(workspace, name);
      const written = new Promise<void>((resolve) => { const w = fs.watch(workspace, () => { if (fs.existsSync(target) && fs.statSync(target).size > 0) { w.close(); resolve(); } }); });
      await webview(marker, 'click', button);
      await screenshot(`export-dialog-${name.replace('.', '-')}`);
      console.log(`__DIALOG__ ${target}`);
      await written;
    }
    assert.equal(fs.readFileSync(path.join(workspace, 'trend.csv'), 'utf8'), 'session,date,instrument,rater,value,dip,markers\n1,2026-03-02,SRS,client,38,,\n2,2026-03-09,SRS,client,31,unrepaired,C3 W4\n');
    assert.deepEqual([...fs.readFileSync(path.join(workspace, 'trend.png')).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  });

  it('200 sessions of one client are drawn, every point reachable', async function () {
    if (mode !== 'folder') this.skip();
    const dir = path.join(workspace, 'C-MANY');
    fs.mkdirSync(dir, { recursive: true });
    for (let n = 1; n <= 200; n++) fs.writeFileSync(path.join(dir, `s${n}.md`), `---\nclient: C-MANY\nsession: ${n}\nmeasures:\n  srs: ${n % 17 === 0 ? 30 : 37 + (n % 3)}\n---\n\nSession.\n`);
    await vscode.commands.executeCommand('allianceNotes.checkAllNotes');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 's200.md'))));
    const drawn = vscode.commands.executeCommand('allianceNotes._panelRendered', 'trend:panel:C-MANY', true);
    await vscode.commands.executeCommand('allianceNotes.openTrendPanel');
    await drawn;
    const marker = 'h1:has-text("Alliance trend: C-MANY")';
    assert.equal(await webview(marker, 'count', '.point'), 200);
    await screenshot('trend-200-sessions');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the resolution guide: two steps typed and inserted into the note as one edit', async function () {
    if (mode !== 'folder') this.skip();
    const doc = await vscode.workspace.openTextDocument(s02);
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const drawn = vscode.commands.executeCommand('allianceNotes._panelRendered', `guide:${s02.toString()}`);
    await vscode.commands.executeCommand('allianceNotes.openGuide', s02, before.indexOf('These'), 'C3 marker');
    await drawn;
    const marker = 'h1:has-text("Rupture resolution: s02.md")';
    await webview(marker, 'fill', '#text-acknowledgement', 'I said I had pushed the exercises.');
    await webview(marker, 'fill', '#text-consensus', 'We agreed to slow down.');
    const changed = changeOf(doc);
    await webview(marker, 'click', '#insert');
    await changed;
    const after = doc.getText();
    assert.ok(after.startsWith(before.slice(0, before.indexOf('\n\nShe changed'))), 'text before is untouched');
    assert.match(after, /1\. \*\*Acknowledgement\.\*\* I said I had pushed the exercises\.\n2\. \*\*Negotiation\.\*\* <!--/);
    assert.match(after, /4\. \*\*Consensus\.\*\* We agreed to slow down\.\n/);
    assert.match(String(await webview(marker, 'text', '#status')), /^Inserted into the note: Acknowledgement, Consensus\./);
    await screenshot('guide-inserted');
    // Closed and opened again, the guide still holds what was typed.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const redrawn = vscode.commands.executeCommand('allianceNotes._panelRendered', `guide:${s02.toString()}`, true);
    await vscode.commands.executeCommand('allianceNotes.openGuide', s02, before.indexOf('These'), 'C3 marker');
    await redrawn;
    assert.equal(await webview(marker, 'count', '#text-consensus'), 1);
    assert.equal(await webview(marker, 'value', '#text-consensus'), 'We agreed to slow down.');
    // After a window reload VS Code hands the panel's saved state to the extension's serializer: the
    // guide comes back on the same note with the same draft.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const restored = vscode.commands.executeCommand('allianceNotes._panelRendered', `guide:${s02.toString()}`, true);
    await vscode.commands.executeCommand('allianceNotes._restoreGuide', { noteId: s02.toString() });
    await restored;
    assert.equal(await webview(marker, 'value', '#text-acknowledgement'), 'I said I had pushed the exercises.');
    const undone = changeOf(doc);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await undone;
    assert.equal(doc.getText(), before, 'one undo restores the note');
  });

  it('a client code or note text with script or HTML shows as text and runs nothing', async function () {
    if (mode !== 'folder') this.skip();
    const hostile = file('C-X', 's01.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(hostile));
    await diagnosticsWhen(hostile, (x) => x.length > 0, 'findings of the hostile note');
    const client = '<img src=x onerror=globalThis.__pwned=1>';
    const drawn = vscode.commands.executeCommand('allianceNotes._panelRendered', `trend:${client}`);
    await vscode.commands.executeCommand('allianceNotes.showTrend', client);
    await drawn;
    const marker = 'h1:has-text("Alliance trend: <img")';
    assert.equal(await webview(marker, 'text', 'h1'), `Alliance trend: ${client}`);
    assert.equal(await webview(marker, 'pwned'), null);
    const guideDrawn = vscode.commands.executeCommand('allianceNotes._panelRendered', `guide:${hostile.toString()}`);
    await vscode.commands.executeCommand('allianceNotes.openGuide', hostile, 0, '<script>globalThis.__pwned=2</script>');
    await guideDrawn;
    assert.equal(await webview('p.trigger', 'text', 'p.trigger'), '<script>globalThis.__pwned=2</script>');
    assert.equal(await webview('p.trigger', 'pwned'), null);
  });

  it('offers the snippets in Markdown', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'note-' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 5));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const p of ['note-soap', 'note-dap', 'note-birp']) assert.ok(labels.includes(p), `${p} in ${JSON.stringify(labels.slice(0, 30))}`);
  });
});
