/**
 * The model the learnedLayer setting turns on: trained by `npm run learn:train` on every labelled set of
 * test/fixtures (model.json, with the sets it was trained on in `trainedOn`). Required on first use only (and
 * kept by the module cache), so an engine with the setting off never parses it.
 */
import type { LearnedModel } from './model';

export function shippedModel(): LearnedModel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./model.json') as LearnedModel;
}
