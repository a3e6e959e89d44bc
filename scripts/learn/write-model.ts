/**
 * Trains the model the learnedLayer setting turns on and writes it to src/core/markers/learned/model.json:
 * every labelled set of test/fixtures, at the threshold and size measured for it (README, "A learned layer").
 * The therapist's reactions are left to the rules (learned/gate.ts), so their part of the model is not kept.
 *
 *   npm run learn:train
 */
import fs from 'node:fs';
import path from 'node:path';
import { fixtureFolders, SHIPPED, trainModel } from './train';

const model = trainModel(fixtureFolders(), SHIPPED);
model.kinds['therapist-reaction'] = { bias: -20, weights: {}, subtypes: {} };
const out = path.join(__dirname, '..', '..', 'src', 'core', 'markers', 'learned', 'model.json');
fs.writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`${path.relative(process.cwd(), out)}: ${model.trainedOn.length} sets, ${Math.round(fs.statSync(out).size / 1024)} KB`);
