// Packages the .vsix with @vscode/vsce and installs it into code-server's extension folder, then checks
// what was installed: only the bundle, media, syntaxes, snippets, README, CHANGELOG and LICENSE, and the
// extension's commands in its manifest. Prints "N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './install-code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const vsix = path.join(root, 'dist', 'alliance-notes.vsix');
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`  ✔ ${name}`); } else { failed++; console.log(`  ✘ ${name} ${detail}`); }
};

console.log('Package:');
execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, stdio: 'pipe' });
const listing = execFileSync('unzip', ['-Z1', vsix]).toString().trim().split('\n').filter((f) => f.startsWith('extension/'));
const allowed = /^extension\/(?:package\.json|readme\.md|changelog\.md|LICENSE\.txt|dist\/extension\.js|media\/.+|syntaxes\/.+|snippets\/.+)$/;
check('the .vsix holds only the bundle, media, syntaxes, snippets, README, CHANGELOG and LICENSE', listing.every((f) => allowed.test(f)), JSON.stringify(listing.filter((f) => !allowed.test(f))));
check('no sources, tests or node_modules', !listing.some((f) => /\/(?:src|test|node_modules)\//.test(f)));

const extDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-ext-'));
try {
  const entry = ensureCodeServer({ quiet: true });
  execFileSync(process.execPath, [entry, '--extensions-dir', extDir, '--install-extension', vsix], { stdio: 'pipe', env: { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}' } });
  const installed = fs.readdirSync(extDir).find((d) => d.startsWith('alliance-notes.alliance-notes-'));
  check('code-server installs it', !!installed, fs.readdirSync(extDir).join(', '));
  if (installed) {
    const manifest = JSON.parse(fs.readFileSync(path.join(extDir, installed, 'package.json'), 'utf8'));
    const commands = manifest.contributes.commands.map((c) => c.command);
    check('its commands are there', ['allianceNotes.insertResolution', 'allianceNotes.newSessionNote', 'allianceNotes.checkAllNotes', 'allianceNotes.showTrend'].every((c) => commands.includes(c)), JSON.stringify(commands));
    check('its bundle is there', fs.existsSync(path.join(extDir, installed, 'dist', 'extension.js')));
  }
} finally {
  fs.rmSync(extDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
