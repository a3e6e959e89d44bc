/** Reads the `measures:` block into scores (domain.md A2), checking ranges and agreement. */
import type { Finding } from './findings';
import { findPair, isMap, isScalar, isSeq, mapPairs, nodeSpan, type YamlNode } from './frontmatter';
import { normalise, RATERS, type Instrument, type InstrumentRegistry, type Rater } from './instruments';


export interface Score {
  instrument: string;
  rater: Rater;
  /** The total on the instrument's native scale. */
  value: number;
  /** 0–1 on the instrument's range. */
  normalised: number;
  /** A mean on the item scale, when the note gave one. */
  mean?: number;
  /** Offsets of the value in the note (the number, or the object it was computed from). */
  start: number;
  end: number;
}

type Emit = (f: Omit<Finding, 'range' | 'severity'> & { start: number; end: number; severity?: Finding['severity'] }) => void;

const num = (n: YamlNode | null | undefined): number | undefined =>
  isScalar(n) && typeof n.value === 'number' ? n.value : undefined;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

export function readScores(measures: YamlNode | null | undefined, base: number, registry: InstrumentRegistry, emit: Emit): Score[] {
  const scores: Score[] = [];
  if (measures === undefined || measures === null || (isScalar(measures) && measures.value === null)) return scores;
  const mSpan = nodeSpan(measures, base) ?? [base, base];
  if (!isMap(measures)) {
    emit({ ruleId: 'frontmatter-field', message: "'measures' must be a mapping of instrument id to score", start: mSpan[0], end: mSpan[1] });
    return scores;
  }
  for (const pair of mapPairs(measures)) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const keySpan = nodeSpan(pair.key, base) ?? mSpan;
    // `srs:` with nothing after it is a measure not yet filled in (a new note's skeleton): no data, no finding.
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
    const instrument = registry.get(id);
    if (!instrument) {
      emit({
        ruleId: 'unknown-instrument',
        message: `Unknown instrument '${id}': neither built in (srs, ors, wai, wai-s, wai-sr, haq-ii) nor configured in settings`,
        start: keySpan[0], end: keySpan[1],
      });
      continue;
    }
    const value = pair.value;
    const hasRaters = isMap(value) && mapPairs(value).some((p) => isScalar(p.key) && (RATERS as readonly unknown[]).includes(p.key.value));
    if (hasRaters) {
      for (const p of mapPairs(value)) {
        const rater = isScalar(p.key) ? String(p.key.value) : '';
        const span = nodeSpan(p.key, base) ?? keySpan;
        if (!(RATERS as readonly string[]).includes(rater)) {
          emit({ ruleId: 'frontmatter-field', message: `'${rater}' is not a rater of ${instrument.name}: use client, therapist or observer`, start: span[0], end: span[1] });
          continue;
        }
        const s = readOne(instrument, rater as Rater, p.value, base, keySpan, emit);
        if (s) scores.push(s);
      }
    } else {
      const s = readOne(instrument, 'client', value, base, keySpan, emit);
      if (s) scores.push(s);
    }
  }
  return scores;
}

function readOne(instrument: Instrument, rater: Rater, node: YamlNode | null | undefined, base: number, fallback: [number, number], emit: Emit): Score | undefined {
  const span = nodeSpan(node, base) ?? fallback;
  const label = `${instrument.name}${rater === 'client' ? '' : ` (${rater})`}`;
  const outOfRange = (v: number, s: [number, number], what: string, min: number, max: number) => {
    if (v < min || v > max) {
      emit({ ruleId: 'score-out-of-range', message: `${what} ${fmt(v)} is outside its range ${fmt(min)}–${fmt(max)}`, start: s[0], end: s[1] });
      return true;
    }
    return false;
  };

  const direct = num(node);
  if (direct !== undefined) {
    if (!Number.isFinite(direct)) {
      emit({ ruleId: 'frontmatter-field', message: `${label} must be a finite number`, start: span[0], end: span[1] });
      return undefined;
    }
    if (outOfRange(direct, span, label, instrument.min, instrument.max)) return undefined;
    return make(instrument, rater, direct, span);
  }
  if (!isMap(node)) {
    emit({
      ruleId: 'frontmatter-field',
      message: `${label} must be a number (the total) or an object with total, mean, items or subscales; omit a missing measure rather than writing a placeholder`,
      start: span[0], end: span[1],
    });
    return undefined;
  }

  let bad = false;
  const totalNode = findPair(node, 'total')?.value;
  const total = num(totalNode);
  if (totalNode !== undefined && total === undefined) {
    const s = nodeSpan(totalNode, base) ?? span;
    emit({ ruleId: 'frontmatter-field', message: `${label} total must be a number`, start: s[0], end: s[1] });
    bad = true;
  } else if (total !== undefined && outOfRange(total, nodeSpan(totalNode, base) ?? span, `${label} total`, instrument.min, instrument.max)) bad = true;

  // Items: each on the item scale; the total applies reverse keying.
  let itemTotal: number | undefined;
  const itemsNode = findPair(node, 'items')?.value;
  if (itemsNode !== undefined) {
    const s = nodeSpan(itemsNode, base) ?? span;
    if (!isSeq(itemsNode) || !itemsNode.items.every((i) => num(i as YamlNode) !== undefined)) {
      emit({ ruleId: 'frontmatter-field', message: `${label} items must be a list of numbers`, start: s[0], end: s[1] });
      bad = true;
    } else {
      const items = itemsNode.items.map((i) => num(i as YamlNode) as number);
      if (instrument.items !== undefined && items.length !== instrument.items) {
        emit({ ruleId: 'frontmatter-field', message: `${label} has ${instrument.items} items; ${items.length} given`, start: s[0], end: s[1] });
        bad = true;
      } else {
        const lo = instrument.itemMin ?? -Infinity;
        const hi = instrument.itemMax ?? Infinity;
        itemsNode.items.forEach((itemNode, i) => {
          if (items[i] < lo || items[i] > hi) {
            const is = nodeSpan(itemNode as YamlNode, base) ?? s;
            emit({ ruleId: 'score-out-of-range', message: `${label} item ${i + 1} is ${fmt(items[i])}, outside the item range ${fmt(lo)}–${fmt(hi)}`, start: is[0], end: is[1] });
            bad = true;
          }
        });
        if (!bad) itemTotal = items.reduce((sum, x, i) => sum + (instrument.reverseKeyed?.includes(i + 1) ? lo + hi - x : x), 0);
      }
    }
  }

  // Subscales: each within its own range; the total is their sum.
  let subTotal: number | undefined;
  const present = instrument.subscales.filter((sub) => findPair(node, sub.name) !== undefined);
  for (const sub of present) {
    const subNode = findPair(node, sub.name)?.value;
    const v = num(subNode);
    const s = nodeSpan(subNode, base) ?? span;
    if (v === undefined) {
      emit({ ruleId: 'frontmatter-field', message: `${label} ${sub.name} must be a number`, start: s[0], end: s[1] });
      bad = true;
    } else if (outOfRange(v, s, `${label} ${sub.name}`, sub.min, sub.max)) bad = true;
  }
  if (!bad && present.length > 0 && present.length === instrument.subscales.length)
    subTotal = present.reduce((sum, sub) => sum + (num(findPair(node, sub.name)?.value) as number), 0);

  const meanNode = findPair(node, 'mean')?.value;
  const mean = num(meanNode);
  if (meanNode !== undefined) {
    const s = nodeSpan(meanNode, base) ?? span;
    if (mean === undefined) {
      emit({ ruleId: 'frontmatter-field', message: `${label} mean must be a number`, start: s[0], end: s[1] });
      bad = true;
    } else if (instrument.itemMin !== undefined && instrument.itemMax !== undefined && outOfRange(mean, s, `${label} mean`, instrument.itemMin, instrument.itemMax)) bad = true;
  }
  const meanTotal = mean !== undefined && instrument.items !== undefined ? mean * instrument.items : undefined;

  for (const key of mapPairs(node)) {
    const k = isScalar(key.key) ? String(key.key.value) : '';
    if (!['total', 'mean', 'items'].includes(k) && !instrument.subscales.some((s) => s.name === k)) {
      const s = nodeSpan(key.key, base) ?? span;
      const known = ['total', 'mean', 'items', ...instrument.subscales.map((x) => x.name)].join(', ');
      emit({ ruleId: 'frontmatter-field', message: `'${k}' is not a field of ${label} (known: ${known})`, start: s[0], end: s[1] });
    }
  }
  if (bad) return undefined;

  const candidates: [string, number][] = [];
  if (total !== undefined) candidates.push(['total', total]);
  if (subTotal !== undefined) candidates.push(['sum of subscales', subTotal]);
  if (itemTotal !== undefined) candidates.push(['sum of items', itemTotal]);
  if (meanTotal !== undefined) candidates.push(['mean × items', meanTotal]);
  if (candidates.length === 0) {
    if (present.length > 0)
      emit({ ruleId: 'frontmatter-field', message: `${label} gives only some subscales; give all of ${instrument.subscales.map((s) => s.name).join(', ')} or a total`, start: span[0], end: span[1] });
    else emit({ ruleId: 'frontmatter-field', message: `${label} has no score: give a total, mean, items or subscales`, start: span[0], end: span[1] });
    return undefined;
  }
  const [firstName, value] = candidates[0];
  // Means are rounded in practice: allow half an item step per item.
  const tolerance = (name: string) => (name === 'mean × items' ? 0.05 * (instrument.items ?? 1) : 1e-9);
  for (const [name, v] of candidates.slice(1)) {
    if (Math.abs(v - value) > Math.max(tolerance(name), tolerance(firstName))) {
      emit({
        ruleId: 'frontmatter-field', severity: 'warning',
        message: `${label}: ${firstName} ${fmt(value)} does not agree with the ${name} ${fmt(v)}`,
        start: span[0], end: span[1],
      });
    }
  }
  if (outOfRange(value, span, label, instrument.min, instrument.max)) return undefined;
  const score = make(instrument, rater, value, span);
  if (mean !== undefined) score.mean = mean;
  return score;
}

function make(instrument: Instrument, rater: Rater, value: number, span: [number, number]): Score {
  return { instrument: instrument.id, rater, value, normalised: normalise(instrument, value), start: span[0], end: span[1] };
}
