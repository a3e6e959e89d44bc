// Installs code-server (VS Code served to a browser, from the npm registry) into .vscode-test/, pinned,
// for `npm start` and the real-editor tests. These machines cannot download a VS Code build, and
// code-server's nested ripgrep downloader cannot reach its host: it reuses a cached archive, which we
// build from Debian's `rg`. Idempotent: returns at once when the pinned version is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const installDir = path.join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const entry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function need(cmd, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    throw new Error(`${cmd} is missing: install the Debian package '${pkg}' (apt-get install ${pkg}); .ci/run does this on CI`);
  }
}

export function ensureCodeServer({ quiet = false } = {}) {
  if (fs.existsSync(entry)) return entry;
  need('rg', 'ripgrep');
  need('g++', 'build-essential');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error("Kerberos headers are missing: install the Debian package 'libkrb5-dev' (code-server builds a native module)");
  }
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!fs.existsSync(archive)) {
    fs.mkdirSync(cache, { recursive: true });
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
    fs.copyFileSync(execFileSync('sh', ['-c', 'command -v rg']).toString().trim(), path.join(stage, 'rg'));
    execFileSync('tar', ['-czf', archive, '-C', stage, 'rg']);
  }
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }));
  if (!quiet) console.error(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, installDir)} (about a minute, once)...`);
  const env = {
    ...process.env,
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_nodedir: '/usr',
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const r = spawnSync('npm', ['install', '--no-save', '--prefix', installDir, `code-server@${CODE_SERVER_VERSION}`], { env, stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(entry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} did not install${quiet && r.stderr ? `:\n${r.stderr.toString().slice(-2000)}` : ''}`);
  }
  return entry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureCodeServer());
  } catch (e) {
    console.error(`alliance-notes: ${e.message}`);
    process.exit(1);
  }
}
