/**
 * Checked on the shipped bundles themselves (dist/, built by `npm run build`): no network code at all,
 * and the engine writes nothing to the console.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.join(__dirname, '..', '..', 'dist');
const bundles = ['extension.js', 'cli.js'];

describe('privacy of the shipped code', () => {
  before(() => {
    for (const b of bundles) assert.ok(fs.existsSync(path.join(dist, b)), `dist/${b} is missing: run npm run build first`);
  });

  for (const b of bundles) {
    it(`dist/${b} cannot open a network connection (no http, https, net, tls, dgram, fetch, WebSocket, XMLHttpRequest)`, () => {
      const code = fs.readFileSync(path.join(dist, b), 'utf8');
      const found = code.match(/require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)|\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|navigator\.sendBeacon/g);
      assert.deepEqual(found ?? [], []);
    });
  }

  it('the engine (src/core) never writes to the console', () => {
    const core = path.join(__dirname, '..', '..', 'src', 'core');
    const files = fs.readdirSync(core, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const logging = files.filter((f) => /\bconsole\.\w+\(/.test(fs.readFileSync(path.join(core, f), 'utf8')));
    assert.deepEqual(logging, []);
  });

  it('the editor adapter logs no note text: its only log line names an error kind', () => {
    const adapter = path.join(__dirname, '..', '..', 'src', 'vscode');
    const lines = fs.readdirSync(adapter).filter((f) => f.endsWith('.ts')).flatMap((f) => fs.readFileSync(path.join(adapter, f), 'utf8').split('\n').filter((l) => /console\.\w+\(/.test(l)));
    assert.deepEqual(lines.map((l) => l.trim()), ['console.error(`alliance-notes: analysis failed (${(e as Error).name})`);']);
  });
});
