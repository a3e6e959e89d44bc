/**
 * The model the learnedLayer setting turns on: trained by `npm run learn:train` on every labelled set of
 * test/fixtures (model.json, with the sets it was trained on in `trainedOn`). Loaded on first use only, so
 * an engine with the setting off never parses it.
 */
import type { LearnedModel } from './model';

let cached: LearnedModel | undefined;

export function shippedModel(): LearnedModel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= require('./model.json') as LearnedModel;
  return cached;
}
