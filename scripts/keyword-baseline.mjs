#!/usr/bin/env node
// A plain keyword list, the baseline the detector must beat (issue 2). It speaks the command line's JSON
// contract so ../shared/tools/score-corpus.mjs can score it:
//   node ../shared/tools/score-corpus.mjs ../shared/corpus --cmd "node scripts/keyword-baseline.mjs"
// Each keyword is flagged wherever it appears in the note's body (frontmatter skipped), case-insensitively.
import fs from 'node:fs';
import path from 'node:path';

const KEYWORDS = {
  'rupture-withdrawal': ['withdraw', 'withdrew', 'silent', 'silence', 'quiet', 'denied', 'denies', 'changed the subject', 'shrug',
    'vague', 'intellectual', 'story', 'deferential', 'apologi', 'agreed', 'laughed', 'smiled', 'hopeless', 'no point', 'one-word', 'avoid'],
  'rupture-confrontation': ['complain', 'critici', 'angry', 'anger', 'reject', 'refused', 'not working', "isn't working", 'not helping',
    "isn't helping", 'pressed', 'pressure', 'demand', 'defensive', 'defend', 'confront', 'insist', 'argue', 'attack', 'waste', 'pointless', 'fee'],
  'therapist-reaction': ['i felt', 'i noticed', 'i found myself', 'irritat', 'frustrat', 'bored', 'annoyed'],
};

const [, , command, format, fmtValue, ...paths] = process.argv;
if (command !== 'check' || format !== '--format' || fmtValue !== 'json') {
  console.error('usage: keyword-baseline.mjs check --format json PATH...');
  process.exit(2);
}
const files = [];
const walk = (p) => {
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
  else if (p.endsWith('.md')) files.push(path.resolve(p));
};
paths.forEach(walk);
const out = [];
for (const file of files) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let body = 0;
  if (lines[0]?.trim() === '---') body = lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1;
  const messages = [];
  for (let i = body; i < lines.length; i++) {
    const lower = lines[i].toLowerCase();
    for (const [ruleId, words] of Object.entries(KEYWORDS)) {
      for (const w of words) {
        let at = lower.indexOf(w);
        while (at >= 0) {
          messages.push({ ruleId, severity: 'info', message: w, line: i + 1, column: at + 1, endLine: i + 1, endColumn: at + w.length + 1 });
          at = lower.indexOf(w, at + w.length);
        }
      }
    }
  }
  out.push({ filePath: file, messages });
}
process.stdout.write(JSON.stringify(out));
