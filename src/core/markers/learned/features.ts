/**
 * The words a sentence is read by in the learned layer: its lower-case words and pairs of neighbouring
 * words, the words inside the client's quoted speech once more with a `q:` mark, whether it quotes
 * anyone, and its first word. Bounded by the sentence (at most MAX_SENTENCE characters).
 */
const WORD = /[A-Za-z][A-Za-z'’]*|["“”]/g;

export function sentenceFeatures(text: string): string[] {
  const words: string[] = [];
  const quoted: boolean[] = [];
  let inQuote = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    if (t === '"' || t === '“' || t === '”') {
      inQuote = t === '“' ? true : t === '”' ? false : !inQuote;
      continue;
    }
    words.push(t.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
    quoted.push(inQuote);
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]);
    if (quoted[i]) out.push('q:' + words[i]);
    if (i + 1 < words.length) out.push(words[i] + '_' + words[i + 1]);
  }
  if (quoted.includes(true)) out.push('=quote');
  out.push('=start_' + (words[0] ?? ''));
  return out;
}

/** A feature as the words it stands for (`long_stretches` → `long stretches`), or undefined for a mark. */
export function featureWords(feature: string): string | undefined {
  if (feature.startsWith('=')) return undefined;
  return feature.replace(/^q:/, '').replace(/_/g, ' ');
}
