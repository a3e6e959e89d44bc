/**
 * The learned layer, shipped behind the learnedLayer setting (off by default): a logistic regression per kind
 * of marker, and per subtype within a kind, over the features of features.ts, trained on labelled notes by
 * scripts/learn/train.ts.
 * Given a model (Engine option `learned`), the detector reads with it each sentence the rules found
 * nothing of that kind in; what it finds goes through the same checks as the rules' findings (sections,
 * ignore list, context vetoes) with a confidence below 0.65. `npm run learn:evaluate` measures what it adds
 * on folders it was not trained on; the README's "A learned layer" tells why it is off by default.
 */
import { FUNCTION_WORDS } from '../vocabulary';
import { featureWords, sentenceFeatures } from './features';

/** Words too plain to name as a reason ("a", "in", "the"): a feature made only of them weighs but is not named. */
const PLAIN = new Set([...FUNCTION_WORDS, ...'is in on at for with as by from this'.split(' ')]);
const named = (feature: string) => {
  const words = featureWords(feature);
  return words !== undefined && words.split(' ').some((w) => !PLAIN.has(w)) ? words : undefined;
};

export interface Linear {
  bias: number;
  weights: Record<string, number>;
}

export interface LearnedModel {
  /** What the model was trained on and how (written by the trainer). */
  trainedOn: string[];
  /** A sentence is flagged when the probability of a kind reaches this. */
  threshold: number;
  /** Each feature counts 1/√n in a sentence of n features, so that long sentences do not add up small weights. */
  normalise?: boolean;
  kinds: Record<'withdrawal' | 'confrontation' | 'therapist-reaction', Linear & { subtypes: Record<string, Linear> }>;
}

export interface LearnedHit {
  kind: keyof LearnedModel['kinds'];
  subtype: string;
  probability: number;
  /** The sentence's words that weigh most for the kind, strongest first. */
  words: string[];
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

function score(linear: Linear, features: readonly string[], scale: number): number {
  let z = 0;
  for (const f of features) z += linear.weights[f] ?? 0;
  return linear.bias + z * scale;
}

/** The kinds of marker the model finds in a sentence, with the most likely subtype of each. */
export function learnedHits(model: LearnedModel, text: string): LearnedHit[] {
  const features = [...new Set(sentenceFeatures(text))];
  const scale = model.normalise ? 1 / Math.sqrt(Math.max(1, features.length)) : 1;
  const hits: LearnedHit[] = [];
  for (const [kind, linear] of Object.entries(model.kinds) as [LearnedHit['kind'], LearnedModel['kinds'][LearnedHit['kind']]][]) {
    const probability = logistic(score(linear, features, scale));
    if (probability < model.threshold) continue;
    let subtype = '';
    let best = -Infinity;
    for (const [name, sub] of Object.entries(linear.subtypes)) {
      const z = score(sub, features, scale);
      if (z > best) [best, subtype] = [z, name];
    }
    const words = features
      .filter((f) => (linear.weights[f] ?? 0) > 0)
      .sort((a, b) => linear.weights[b] - linear.weights[a])
      .map(named)
      .filter((w, i, all): w is string => w !== undefined && all.indexOf(w) === i)
      .slice(0, 3);
    hits.push({ kind, subtype, probability, words });
  }
  return hits;
}

