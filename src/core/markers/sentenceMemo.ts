/**
 * What the detector found in sentences it has already read, so that analysing a note again after an edit
 * reads only the sentences that changed. One memo belongs to one engine, whose settings never change;
 * the key holds everything else a sentence's findings depend on (its text, whether it is quoted, the
 * kind of section it stands in); findings are kept with offsets in their sentence. Bounded: the least
 * recently used sentences are forgotten.
 */
import type { Marker } from './detector';

export class SentenceMemo {
  private readonly entries = new Map<string, Marker[]>();

  constructor(readonly capacity = 20000) {}

  static key(text: string, flags: string): string {
    return flags + '\u0000' + text;
  }

  get(key: string): Marker[] | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, findings: Marker[]): void {
    if (this.capacity <= 0) return;
    // Copies of the key and the cues, not slices of the note: those would keep old versions of notes alive.
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    this.entries.set(copy(key), findings.map((f) => ({ ...f, cue: copy(f.cue) })));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
