import assert from 'node:assert/strict';
import { contentSecurityPolicy, panelHtml } from '../../src/webview/html';

describe('webview HTML and Content-Security-Policy', () => {
  const html = panelHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123', scriptUri: 'https://x/media/dist/trend.js', styleUri: 'https://x/media/panel.css', title: 'Alliance trend' });
  const csp = /content="([^"]+)"/.exec(html)![1];

  it('denies everything by default and allows no remote content, eval or connection', () => {
    const directives = Object.fromEntries(csp.split('; ').map((d) => { const [k, ...v] = d.split(' '); return [k, v]; }));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.equal(directives['connect-src'], undefined, 'no connect-src: fetch and WebSocket fall back to none');
    assert.ok(!csp.includes('unsafe-eval') && !csp.includes('unsafe-inline'));
    assert.ok(!/\*|http:/.test(csp), 'no wildcard or plain-http source');
    assert.deepEqual(directives['script-src'], ["'nonce-abc123'"]);
  });

  it('every script carries the nonce and comes from the extension\'s media folder', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], / nonce="abc123" src="https:\/\/x\/media\/dist\/trend\.js"/);
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handlers');
  });

  it('a fresh policy per nonce', () => {
    assert.notEqual(contentSecurityPolicy('s', 'n1'), contentSecurityPolicy('s', 'n2'));
  });
});
