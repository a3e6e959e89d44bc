// Debugging aid: shows what the detector found and rejected in a note, and why.
//   npx tsx scripts/explain.ts path/to/note.md [substring]
import fs from 'node:fs';
import { Engine } from '../src/core/engine';
import { parseMarkdownLinear } from '../src/core/markdown';
import { detectMarkers } from '../src/core/markers/detector';
import { proseBlocks } from '../src/core/markers/prose';
import { scanSections } from '../src/core/sections';
import { LineIndex } from '../src/core/text';

const [file, filter] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const engine = new Engine();
const index = new LineIndex(text);
const sections = scanSections(index, 0);
const { markers, rejected } = detectMarkers(proseBlocks(parseMarkdownLinear(text), text, 0), sections, { settings: engine.settings, explain: true });
const show = (s: number, e: number) => text.slice(s, e).replace(/\s+/g, ' ');
const near = (s: number) => !filter || text.slice(Math.max(0, s - 200), s + 200).includes(filter);
for (const m of markers) if (near(m.start)) console.log(`FOUND ${m.subtype} ${m.confidence} ${m.reason} "${show(m.start, m.end)}"`);
for (const r of rejected) if (near(r.start)) console.log(`VETO  ${r.subtype} ${r.reason} "${show(r.start, r.end)}"`);
