/** The injection grammar's scopes, tokenized with vscode-textmate (the engine VS Code uses) over a stub Markdown grammar. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
let grammar: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return { scopeName: 'text.html.markdown', patterns: [] } as never;
      if (scope === 'markdown.alliance-notes.injection') return JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'alliance-notes.injection.tmLanguage.json'), 'utf8'));
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['markdown.alliance-notes.injection'] : undefined),
  });
  grammar = (await registry.loadGrammar('text.html.markdown'))!;
});

/** The scopes (last one) of each token whose text is `text`, line by line. */
function scopesOf(source: string, text: string): string[] {
  let state = INITIAL;
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) if (line.slice(t.startIndex, t.endIndex) === text) out.push(t.scopes[t.scopes.length - 1]);
    state = r.ruleStack;
  }
  return out;
}

describe('injection grammar', () => {
  const note = ['---', 'client: C-1', 'session: 3', 'measures:', '  wai-sr: { client: 47, therapist: 52 }', 'rupture:', '  markers: [W2, C5]', '---', '', '3. **Exploration of parallel situations outside therapy.** Her manager.', 'Text <!-- alliance-notes-disable-line rupture-withdrawal -->'].join('\n');

  it('scopes frontmatter keys, instrument ids, raters and marker codes', () => {
    assert.deepEqual(scopesOf(note, 'client'), ['keyword.other.frontmatter-key.alliance-notes', 'variable.other.property.alliance-notes']);
    assert.deepEqual(scopesOf(note, 'session'), ['keyword.other.frontmatter-key.alliance-notes']);
    assert.deepEqual(scopesOf(note, 'wai-sr'), ['support.constant.instrument.alliance-notes']);
    assert.deepEqual(scopesOf(note, 'therapist'), ['variable.other.property.alliance-notes']);
    assert.deepEqual(scopesOf(note, 'W2'), ['constant.language.marker-code.alliance-notes']);
    assert.deepEqual(scopesOf(note, '47'), ['constant.numeric.alliance-notes']);
  });

  it('scopes the resolution template\'s step headings', () => {
    assert.deepEqual(scopesOf(note, 'Exploration of parallel situations outside therapy'), ['entity.name.section.resolution-step.alliance-notes']);
  });

  it('scopes suppression comments and their rule ids', () => {
    assert.deepEqual(scopesOf(note, 'alliance-notes-disable-line'), ['keyword.control.suppression.alliance-notes']);
    assert.deepEqual(scopesOf(note, ' rupture-withdrawal'), ['constant.other.rule-id.alliance-notes']);
  });

  it('leaves "client:" in the body alone', () => {
    assert.deepEqual(scopesOf('Some text\nclient: not frontmatter', 'client'), []);
  });
});
