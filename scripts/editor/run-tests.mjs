// Runs the real-editor suite (test/vscode, bundled to dist/test/vscode) inside code-server, driven by
// Debian's Chromium through playwright-core: once with the fixture folder open, once with no folder
// (single files). Screenshots the tests ask for are saved under test-output/screenshots/.
// Exit status: the suite's.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { copyDir, startCodeServer, workbenchUrl } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Each test has its own bound (60 s, 120 s for the slowest); this one only stops a run that hangs outside them.
const RUN_TIMEOUT_MS = 480_000;
/** A phrase that stands only in a fixture note's text: if it shows up in any log line, note text leaked. */
const NOTE_TEXT_SENTINEL = 'Pemberton-Quill';
let leaked = 0;

if (!fs.existsSync(CHROMIUM)) {
  console.error(`alliance-notes: ${CHROMIUM} is missing: install the Debian package 'chromium' (apt-get install chromium); .ci/run does this on CI`);
  process.exit(1);
}
fs.mkdirSync(shots, { recursive: true });

/**
 * Acts inside a webview's frame for a test (webviews are iframes the extension host cannot see into):
 * finds the frame holding `marker`, then reads text, fills a field, clicks, or evaluates a check; the
 * result goes to <shots>/<id>.json, which the test waits for.
 */
async function webviewAction(page, action) {
  let result;
  try {
    let frame;
    for (let attempt = 0; attempt < 100 && !frame; attempt++) {
      for (const f of page.frames()) {
        try { if (await f.locator(action.marker).count()) { frame = f; break; } } catch { /* frame gone */ }
      }
      if (!frame) await page.waitForTimeout(100);
    }
    if (!frame) throw new Error(`no webview holds ${action.marker}`);
    const target = action.selector ? frame.locator(action.selector).first() : undefined;
    if (action.op === 'text') result = { value: await target.textContent() };
    else if (action.op === 'value') result = { value: await target.inputValue() };
    else if (action.op === 'count') result = { value: await frame.locator(action.selector).count() };
    else if (action.op === 'fill') { await target.fill(action.value); result = { value: true }; }
    else if (action.op === 'click') { await target.click(); result = { value: true }; }
    else if (action.op === 'press') { await target.focus(); await target.press(action.value); result = { value: true }; }
    else if (action.op === 'pwned') result = { value: await frame.evaluate(() => globalThis.__pwned ?? null) };
    else throw new Error(`unknown webview action ${action.op}`);
  } catch (e) {
    result = { error: e.message };
  }
  const file = path.join(shots, `${action.id}.json`);
  fs.writeFileSync(file + '.tmp', JSON.stringify(result));
  fs.renameSync(file + '.tmp', file);
}

/**
 * Saves a picture of the page. Playwright's screenshot first waits for the page's fonts, which on a loaded
 * machine can outlast its timeout; then the picture is taken straight from Chromium (DevTools protocol),
 * which waits for nothing. (ALLIANCE_SCREENSHOT_TIMEOUT_MS=1 tries that way on every picture.)
 */
async function capture(page, file) {
  try {
    await page.screenshot({ path: file, timeout: Number(process.env.ALLIANCE_SCREENSHOT_TIMEOUT_MS ?? 15000) });
  } catch (e) {
    process.stderr.write(`alliance-notes: a screenshot through Playwright failed (${e.message.split('\n')[0]}); taken from Chromium instead\n`);
    const cdp = await page.context().newCDPSession(page);
    try {
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      fs.writeFileSync(file, Buffer.from(data, 'base64'));
    } finally {
      await cdp.detach().catch(() => {});
    }
  }
}

async function runOnce(mode) {
  const workspace = copyDir(path.join(root, 'test', 'fixtures', 'editor'), fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-ws-')));
  const server = await startCodeServer({ log: (l) => { if (l.includes(NOTE_TEXT_SENTINEL)) leaked++; }, env: { ALLIANCE_TEST_SCREENSHOTS: shots, ALLIANCE_TEST_WORKSPACE: workspace, ALLIANCE_TEST_MODE: mode } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Requests from the tests are served one at a time, in order. A step that fails is logged and the chain goes
    // on: one failed screenshot must not leave every later request unanswered.
    let pending = Promise.resolve();
    const then = (step, what) => { pending = pending.then(step).catch((e) => process.stderr.write(`alliance-notes: ${what} failed: ${e.message}\n`)); };
    let finish;
    const nextExit = () => new Promise((resolve) => { finish = resolve; });
    const done = nextExit();
    {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args]));
        const w = /^__WEBVIEW__ (.+)$/.exec(line.trim());
        if (w) {
          then(() => webviewAction(page, JSON.parse(w[1])), 'a webview action');
          return;
        }
        const dlg = /^__DIALOG__ (.+)$/.exec(line.trim());
        if (dlg) {
          // Answers the workbench's file dialog (a quick input in the browser) with a path.
          then(async () => {
            const input = page.locator('.quick-input-widget input').first();
            await input.waitFor({ state: 'visible', timeout: 20000 });
            await input.fill(dlg[1]);
            await input.press('Enter');
          }, 'answering the file dialog');
          return;
        }
        const m = /^__SCREENSHOT__ ([\w-]+)(?: (.+))?$/.exec(line.trim());
        if (m) {
          // The test waits for the file to appear before it goes on.
          then(async () => {
            const file = path.join(shots, `${m[1]}.png`);
            // Text the editor draws late, a CodeLens above all, is waited for when the test names it: Playwright watches
            // the page for it (no fixed sleep); if it is not drawn within 20 s the test is told so, and no picture taken.
            if (m[2]) {
              const lens = page.locator('.codelens-decoration', { hasText: m[2] }).first();
              const drawn = await lens.waitFor({ state: 'visible', timeout: 20000 }).then(() => true, () => false);
              if (!drawn) { fs.writeFileSync(path.join(shots, `${m[1]}.missing`), m[2]); return; }
            }
            try {
              await capture(page, file + '.tmp.png');
              fs.renameSync(file + '.tmp.png', file);
            } catch (e) {
              // The test is told at once, with the reason, rather than waiting for a picture that will not come.
              fs.writeFileSync(path.join(shots, `${m[1]}.failed`), e.message);
              throw e;
            }
          }, `the screenshot ${m[1]}`);
          return;
        }
        if (line.includes(NOTE_TEXT_SENTINEL)) leaked++;
        if (type === 'error') process.stderr.write(line + '\n');
        else process.stdout.write(line + '\n');
      });
      page.exposeFunction('codeAutomationExit', (code) => finish(code));
    }
    const url = workbenchUrl(server.base, server.port, {
      folder: mode === 'file' ? undefined : workspace,
      extensionPath: root,
      testsPath: path.join(root, 'dist', 'test', 'vscode', 'index.js'),
    });
    await page.goto(url);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS));
    const code = await Promise.race([done, timeout]);
    await pending;
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(shots, `timeout-${mode}.png`) });
      console.error(`alliance-notes: the real-editor suite (${mode}) did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
      return 1;
    }
    return code;
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

let status = 0;
for (const mode of ['folder', 'file']) {
  console.log(`\nReal-editor tests in code-server, ${mode === 'folder' ? 'with the fixture folder open' : 'with single files and no folder'}:`);
  const code = await runOnce(mode);
  if (code !== 0) status = 1;
}
if (leaked) {
  console.error(`alliance-notes: note text appeared in ${leaked} log line(s) of the editor or the server`);
  status = 1;
} else console.log('No note text in any log line of the extension host or the server.');
console.log(`\nScreenshots: ${path.relative(root, shots)}/`);
process.exit(status);
