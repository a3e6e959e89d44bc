// npm start: builds the extension and opens it in a real VS Code served on this machine (code-server,
// bound to 127.0.0.1 only), with a copy of the sample notes in examples/ (or the folder you name:
// `npm start -- /path/to/notes`). Prints the address; Ctrl-C stops it and leaves no process behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDir, startCodeServer, workbenchUrl } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const named = process.argv[2];
let workspace;
let temporary = false;
if (named) {
  workspace = path.resolve(named);
  if (!fs.existsSync(workspace)) { console.error(`alliance-notes: no such folder: ${workspace}`); process.exit(2); }
} else {
  workspace = copyDir(path.join(root, 'examples'), path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-examples-')), 'examples'));
  temporary = true;
}

console.log('Building the extension...');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

let server;
const stop = (code = 0) => {
  server?.stop();
  if (temporary) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  process.exit(code);
};
process.on('SIGINT', () => { console.log('\nStopped.'); stop(0); });
process.on('SIGTERM', () => stop(0));

try {
  server = await startCodeServer({ settings: { 'workbench.startupEditor': 'readme', 'files.autoSave': 'afterDelay' } });
} catch (e) {
  console.error(`alliance-notes: ${e.message}`);
  stop(1);
}
// With the sample notes, a note with a dip and a repair opens, and the trend view shows its client.
const sample = path.join(workspace, 'C-7HB2Q', 's03.md');
const url = workbenchUrl(server.base, server.port, { folder: workspace, extensionPath: root, openFile: temporary && fs.existsSync(sample) ? sample : undefined });
console.log(`\nAlliance Notes is running in VS Code at:\n\n  ${url}\n\nNotes folder: ${workspace}${temporary ? ' (a copy of examples/, removed on exit)' : ''}`);
console.log('The Alliance Notes view in the activity bar shows the open note\'s client. Press Ctrl-C to stop.');
server.child.on('exit', (code) => { console.error(`code-server exited (${code})`); stop(1); });
