/**
 * An experiment, not shipped: does a naive Bayes sentence classifier over the structural features (lemmas,
 * role:lemma for verbs and adjectives, negation, quotation, a sentiment bucket) generalise better than the
 * rules? It trains on the project's labeled sets except unseen7 and scores, at sentence granularity, the
 * folders given (a sentence predicted as a marker kind is right when it overlaps a labeled phrase of that
 * kind), beside the shipped rules scored the same way.
 *   npx tsx test/quality/classifierExperiment.ts test/fixtures/unseen7 ../shared/corpus
 */
import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../src/core/engine';
import { parseMarkdownLinear } from '../../src/core/markdown';
import { detectMarkers } from '../../src/core/markers/detector';
import { proseBlocks } from '../../src/core/markers/prose';
import { quoteSpans } from '../../src/core/markers/context';
import { splitSentences } from '../../src/core/markers/sentences';
import { subjectOf, withQuotes } from '../../src/core/markers/roles';
import { sentimentOf, tokenize } from '../../src/core/markers/tokens';
import { scanSections } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';

type Cls = 'none' | 'withdrawal' | 'confrontation' | 'therapist-reaction';
interface Ex { feats: string[]; cls: Cls; file: string; start: number; end: number; labels: { kind: string; span: [number, number] }[] }
const engine = new Engine();
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'at', 'for', 'with', 'as', 'it', 'is', 'was', 'be', '.', ',', '"', ':', ';']);

function examples(folder: string): Ex[] {
  const labels = JSON.parse(fs.readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Record<string, { markers?: { kind: string; quote: string }[] }>;
  const out: Ex[] = [];
  for (const [file, lab] of Object.entries(labels)) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const gold = (lab.markers ?? []).map((m) => { const i = text.indexOf(m.quote); return { kind: m.kind, span: [i, i + m.quote.length] as [number, number] }; });
    for (const b of proseBlocks(parseMarkdownLinear(text), text, 0)) {
      for (const s of splitSentences(b.text, b.start)) {
        const toks = tokenize(s.text);
        const sen = withQuotes(s.text, toks, b.quoted, b.quoted ? [[0, s.text.length]] : quoteSpans(s.text));
        const feats: string[] = [];
        toks.forEach((t, i) => {
          if (t.pos === 'PUNCT' || STOP.has(t.lemma)) return;
          const q = sen.quoted[i] ? 'q:' : '';
          feats.push(q + t.lemma);
          if (t.negated) feats.push('neg:' + t.lemma);
          if (t.pos === 'VERB' || t.pos === 'ADJ') feats.push(q + subjectOf(sen, i).role + ':' + t.lemma);
        });
        const sent = sentimentOf(s.text);
        feats.push(sent < -0.3 ? 'SENT-' : sent > 0.3 ? 'SENT+' : 'SENT0');
        const hit = gold.find((g) => g.span[0] < s.end && s.start < g.span[1]);
        out.push({ feats, cls: hit ? (hit.kind as Cls) : 'none', file: folder + '/' + file, start: s.start, end: s.end, labels: gold });
      }
    }
  }
  return out;
}

const root = path.join(__dirname, '..', 'fixtures');
// TRAIN=set,set,... overrides the sets trained on.
const trainSets = process.env.TRAIN?.split(',') ?? ['voices', 'voices2', 'holdout', 'unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5', 'unseen6'];
const train = trainSets.flatMap((s) => examples(path.join(root, s)));
const classes: Cls[] = ['none', 'withdrawal', 'confrontation', 'therapist-reaction'];
const counts = new Map<Cls, Map<string, number>>(classes.map((c) => [c, new Map()]));
const totals = new Map<Cls, number>(classes.map((c) => [c, 0]));
const prior = new Map<Cls, number>(classes.map((c) => [c, 0]));
const vocab = new Set<string>();
for (const e of train) {
  prior.set(e.cls, prior.get(e.cls)! + 1);
  for (const f of new Set(e.feats)) { counts.get(e.cls)!.set(f, (counts.get(e.cls)!.get(f) ?? 0) + 1); totals.set(e.cls, totals.get(e.cls)! + 1); vocab.add(f); }
}
function predict(feats: string[]): [Cls, number] {
  const scores = classes.map((c) => {
    let lp = Math.log(prior.get(c)! / train.length);
    for (const f of new Set(feats)) if (vocab.has(f)) lp += Math.log(((counts.get(c)!.get(f) ?? 0) + 0.5) / (totals.get(c)! + 0.5 * vocab.size));
    return lp;
  });
  const max = Math.max(...scores);
  const ps = scores.map((x) => Math.exp(x - max));
  const z = ps.reduce((a, b) => a + b, 0);
  const best = ps.indexOf(Math.max(...ps));
  return [classes[best], ps[best] / z];
}

for (const test of process.argv.slice(2)) {
  const exs = examples(path.resolve(test));
  for (const threshold of [0.5, 0.7, 0.9]) {
    let tp = 0, fp = 0, found = 0, total = 0;
    const foundSet = new Set<string>();
    for (const e of exs) {
      const [c, p] = predict(e.feats);
      if (c !== 'none' && p >= threshold) {
        const ok = e.labels.some((g) => g.kind === c && g.span[0] < e.end && e.start < g.span[1]);
        if (ok) { tp++; e.labels.filter((g) => g.kind === c && g.span[0] < e.end && e.start < g.span[1]).forEach((g) => foundSet.add(e.file + g.span[0])); } else fp++;
      }
    }
    const files = new Set(exs.map((e) => e.file));
    for (const f of files) total += exs.find((e) => e.file === f)!.labels.length;
    found = foundSet.size;
    console.log(`${test} NB p>=${threshold}: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(found / total).toFixed(3)} (${tp} right, ${fp} wrong)`);
  }
  // The rules at the same granularity (sentence overlaps the labeled phrase).
  let tp = 0, fp = 0; const foundSet = new Set<string>(); let total = 0;
  const byFile = new Map<string, Ex[]>();
  for (const e of exs) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, es] of byFile) {
    total += es[0].labels.length;
    const text = fs.readFileSync(file, 'utf8');
    const { markers } = detectMarkers(proseBlocks(parseMarkdownLinear(text), text, 0), scanSections(new LineIndex(text), 0), { settings: engine.settings });
    for (const m of markers) {
      const g = es[0].labels.filter((l) => l.kind === m.kind && l.span[0] < m.end && m.start < l.span[1]);
      if (g.length) { tp++; g.forEach((x) => foundSet.add(file + x.span[0])); } else fp++;
    }
  }
  console.log(`${test} rules: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(foundSet.size / total).toFixed(3)}`);
  // A hybrid: the classifier's confident sentences where the rules found nothing of that kind.
  let addRight = 0;
  let addWrong = 0;
  const hybridFound = new Set(foundSet);
  for (const [file, es] of byFile) {
    const text = fs.readFileSync(file, 'utf8');
    const { markers } = detectMarkers(proseBlocks(parseMarkdownLinear(text), text, 0), scanSections(new LineIndex(text), 0), { settings: engine.settings });
    for (const e of es) {
      const [c, p] = predict(e.feats);
      if (c === 'none' || p < 0.95 || markers.some((m) => m.kind === c && m.start < e.end && e.start < m.end)) continue;
      const g = e.labels.filter((l) => l.kind === c && l.span[0] < e.end && e.start < l.span[1]);
      if (g.length) { addRight++; g.forEach((x) => hybridFound.add(file + x.span[0])); } else addWrong++;
    }
  }
  console.log(`${test} rules + classifier where they found nothing (p>=0.95): precision ${((tp + addRight) / Math.max(1, tp + fp + addRight + addWrong)).toFixed(3)} recall ${(hybridFound.size / total).toFixed(3)} (+${addRight} right, +${addWrong} wrong)`);
}
