// Starts code-server on 127.0.0.1 with its own user data, extensions and config folders, and stops it
// (its whole process group) when asked. Shared by `npm start` and the real-editor tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from './install-code-server.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Resolves when /healthz answers, or rejects after `ms`. */
async function waitHealthy(port, ms, child) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.write(`GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`);
      });
      let data = '';
      sock.on('data', (d) => (data += d));
      sock.on('end', () => resolve(/^HTTP\/1\.[01] 200/.test(data)));
      sock.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on port ${port} within ${ms} ms`);
}

export async function startCodeServer({ settings = {}, env = {}, log = () => {} } = {}) {
  const entry = ensureCodeServer();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-code-server-'));
  const userData = path.join(home, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    ...settings,
  }, null, 2));
  fs.writeFileSync(path.join(home, 'config.yaml'), 'auth: none\n');
  const port = await freePort();
  const child = spawn(process.execPath, [entry,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--ignore-last-opened', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', path.join(home, 'extensions'), '--config', path.join(home, 'config.yaml'),
  ], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}', ...env },
  });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitHealthy(port, 30000, child);
  } catch (e) {
    stop();
    throw e;
  }
  return { port, child, stop, home, base: `http://127.0.0.1:${port}` };
}

/** The workbench address: a folder (or none), the extension under development, optional tests. */
export function workbenchUrl(base, port, { folder, extensionPath, testsPath, openFile }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true']];
  if (openFile) payload.push(['openFile', remote(openFile)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  else q.set('ew', 'true');
  q.set('payload', JSON.stringify(payload));
  return `${base}/?${q.toString()}`;
}

export function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true });
  return to;
}
