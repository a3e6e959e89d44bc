/**
 * The note's sections from a single line scan, without the Markdown parser: ATX headings, bold-only
 * label lines ("**P**") and note-format labels ("Plan:", "S:"). Fenced code blocks are skipped.
 * Cheap enough for the index's frontmatter-first pass; the prose detector uses it too.
 */
import type { LineIndex } from './text';

/** `reflection`: the therapist's own reactions ("Countertransference", "Therapist reflections"). */
export type SectionKind = 'plan' | 'resolution' | 'reflection' | 'other';

export interface Section {
  kind: SectionKind;
  title: string;
  /** 1–6 for ATX headings; 7 for label lines (they end at the next heading or label). */
  level: number;
  /** Offsets: the heading line, and the body up to the next section of the same or higher level. */
  headingStart: number;
  headingEnd: number;
  bodyStart: number;
  end: number;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const BOLD_LABEL = /^ {0,3}(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)[ \t]*:?[ \t]*$/;
const FORMAT_LABEL = /^ {0,3}(S|O|A|P|D|B|I|R|G|Subjective|Objective|Assessment|Plan|Data|Behaviou?r|Intervention|Response|Problem|Goals?)[ \t]*:[ \t]*$/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * A plan's label opening a paragraph with its text on the same line ("**Plan.** One more session before the
 * break.", "Next: the letter exercise", "HW: diary"): the paragraph is the plan's, to its first blank line.
 */
const INLINE_LABEL = /^ {0,3}(?:(?:\*\*|__)([^*_]{1,40}?)[.:]?(?:\*\*|__)[ \t]*[.:]?|([A-Za-z][A-Za-z -]{0,30}?)[ \t]*:)[ \t]+\S/;

export const RESOLUTION_TITLE = /\b(?:rupture[- ]?)?(?:resolution|repair)\b/i;
/** Titles of a plan's section; a label that opens a paragraph may also say what is to be done by the next session. */
const PLAN_WORDS = 'p|plan|plans|next steps?|plan for next session';
const PLAN_TITLE = new RegExp(`^(?:${PLAN_WORDS})\\.?$`, 'i');
const PLAN_INLINE_TITLE = new RegExp(`^(?:${PLAN_WORDS}|next|next session|next time|homework|hw|practice|between sessions?|commitment|tasks? for next (?:week|session|time)|follow[- ]up|to do)\\.?$`, 'i');
const REFLECTION_TITLE = /^(?:counter-?transference|(?:therapist(?:'s)?|clinician(?:'s)?|my|own|personal|self)[- ](?:reflections?|reactions?|responses?|process|feelings)|self-reflection|reflexivity|use of self|reflections?|me|self|note to self|worker|counsell?or|therapist|clinician)\.?$/i;

export function classify(title: string): SectionKind {
  const t = title.trim();
  if (RESOLUTION_TITLE.test(t) && /rupture|resolution|repair/i.test(t) && !/plan/i.test(t)) return 'resolution';
  if (PLAN_TITLE.test(t)) return 'plan';
  if (REFLECTION_TITLE.test(t)) return 'reflection';
  return 'other';
}

/** A blank line, or a line that opens a block or a section of its own. */
const endsParagraph = (line: string) => line.trim() === '' || ATX.test(line) || BOLD_LABEL.test(line) || FORMAT_LABEL.test(line) || FENCE.test(line) || INLINE_LABEL.test(line);

export function scanSections(index: LineIndex, from: number): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  let fence: string | undefined;
  const first = index.positionAt(from).line;
  for (let line = first; line < index.lineCount; line++) {
    const start = index.lineStart(line);
    const end = index.lineEnd(line);
    if (start < from) continue;
    const text = index.text.slice(start, end);
    const f = FENCE.exec(text);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) { fence = f[1]; continue; }
    let level = 0;
    let title = '';
    const atx = ATX.exec(text);
    if (atx) { level = atx[1].length; title = atx[2]; }
    else {
      const label = BOLD_LABEL.exec(text) ?? FORMAT_LABEL.exec(text);
      if (label) { level = 7; title = label[1]; }
    }
    if (!level) {
      // A plan's label with its text on the line: a section to the end of the paragraph (not nested, not kept open).
      // So is a bold label of the therapist's reactions ("**Countertransference.** Bored, then guilty"); a plain one
      // ("Me: ...") may be a line the therapist spoke, which the detector tells apart (its REFLECTION_LABEL).
      const inline = INLINE_LABEL.exec(text);
      const label = inline && (inline[1] ?? inline[2]).trim();
      const kind: SectionKind | undefined = !label ? undefined : PLAN_INLINE_TITLE.test(label) ? 'plan' : inline?.[1] && REFLECTION_TITLE.test(label) ? 'reflection' : undefined;
      if (label && kind) {
        let last = line;
        while (last + 1 < index.lineCount && !endsParagraph(index.text.slice(index.lineStart(last + 1), index.lineEnd(last + 1)))) last++;
        sections.push({ kind, title: label, level: 8, headingStart: start, headingEnd: end, bodyStart: start, end: index.lineEnd(last) });
      }
      continue;
    }
    while (open.length && open[open.length - 1].level >= level) open.pop()!.end = start;
    const next = line + 1 < index.lineCount ? index.lineStart(line + 1) : end;
    const section: Section = { kind: classify(title.replace(/[*_]/g, '')), title: title.replace(/[*_]/g, '').trim(), level, headingStart: start, headingEnd: end, bodyStart: next, end: index.text.length };
    sections.push(section);
    open.push(section);
  }
  return sections;
}

/** Also handles a label that starts a paragraph ("**Plan** Continue weekly."): the innermost section at an offset. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) {
    if (s.headingStart > offset) break;
    if (offset < s.end && (!found || s.level >= found.level)) found = s;
  }
  return found;
}

/** Is the offset inside a section of this kind (or nested inside one)? */
export function inSectionKind(sections: readonly Section[], offset: number, kind: SectionKind): boolean {
  return sectionKinds(sections)(offset, kind);
}

/**
 * Answers "is this offset inside a section of this kind?" for many offsets: each kind's sections merged into
 * disjoint spans once, then a binary search per question (a note of thousands of labelled paragraphs stays
 * linear, where a scan of every section per paragraph was not).
 */
export function sectionKinds(sections: readonly Section[]): (offset: number, kind: SectionKind) => boolean {
  const spans = new Map<SectionKind, [number, number][]>();
  for (const s of sections) {
    const list = spans.get(s.kind) ?? [];
    spans.set(s.kind, list);
    list.push([s.headingStart, s.end]);
  }
  for (const list of spans.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let w = 0;
    for (const span of list) {
      if (w > 0 && span[0] <= list[w - 1][1]) list[w - 1][1] = Math.max(list[w - 1][1], span[1]);
      else list[w++] = [span[0], span[1]];
    }
    list.length = w;
  }
  return (offset, kind) => {
    const list = spans.get(kind);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] > offset) hi = mid - 1;
      else if (offset >= list[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
