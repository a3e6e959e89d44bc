// Tests `npm start` as a newcomer uses it: it prints an address on 127.0.0.1, the workbench there shows
// a sample note and the alliance trend of its client, and Ctrl-C (SIGINT) stops it with no process
// left behind. Saves test-output/screenshots/npm-start.png. Prints "N passed, N failed".
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'test-output', 'screenshots');
fs.mkdirSync(shots, { recursive: true });
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => { if (ok) { passed++; console.log(`  ✔ ${name}`); } else { failed++; console.log(`  ✘ ${name} ${detail}`); } };
const serverCount = () => {
  try { return execFileSync('pgrep', ['-f', 'code-server/out/node/entry.js']).toString().trim().split('\n').filter(Boolean).length; } catch { return 0; }
};

console.log('npm start:');
const before = serverCount();
const child = spawn(process.execPath, [path.join(root, 'scripts', 'editor', 'start.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
child.stderr.on('data', (d) => (out += d));
const url = await new Promise((resolve) => {
  const timer = setTimeout(() => resolve(undefined), 120000);
  child.stdout.on('data', (d) => { out += d; const m = /(http:\/\/127\.0\.0\.1:\d+\/\?\S+)/.exec(out); if (m) { clearTimeout(timer); resolve(m[1]); } });
});
check('prints the address, on 127.0.0.1 only', !!url, out.slice(-500));
if (url) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('.monaco-editor', { timeout: 60000 });
    const tab = await page.locator('.tab.active').first().textContent({ timeout: 30000 }).catch(() => '');
    check('a sample note is open', /s03\.md/.test(tab ?? ''), tab ?? '');
    let trend = false;
    for (let i = 0; i < 120 && !trend; i++) {
      for (const f of page.frames()) if (await f.locator('h1:has-text("Alliance trend: C-7HB2Q")').count().catch(() => 0)) trend = true;
      if (!trend) await page.waitForTimeout(250);
    }
    check('the alliance trend of its client is shown', trend);
    await page.screenshot({ path: path.join(shots, 'npm-start.png') });
  } finally {
    await browser.close();
  }
}
child.kill('SIGINT');
const code = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? sig)));
check('Ctrl-C stops it cleanly', code === 0, String(code));
let left = serverCount();
for (let i = 0; i < 20 && left > before; i++) { await new Promise((r) => setTimeout(r, 250)); left = serverCount(); }
check('no process is left behind', left <= before, `${left - before} code-server processes left`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
