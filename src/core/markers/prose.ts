/**
 * The prose a detector may read: paragraphs and headings of the Markdown tree, as spans of the note's
 * text. Code, HTML, frontmatter and tables are left out; inline code and HTML comments inside a
 * paragraph are blanked with spaces so offsets stay those of the note. A block quote is the client's own
 * words, the way clinicians quote them verbatim (`> "You need to tell me..."`): its paragraphs are read
 * as quoted speech, with the `>` markers blanked. So are the client's lines of a verbatim exchange
 * (process notes: "T: ..." / "C: ..."); the therapist's lines there are left out, but for the writer's own state ("T:
 * felt tearful and hid it"). A note kept as a table in plain text is read row by row. (A letter or an open note written
 * to the client, "Dear Sam, ... you told me", is read with "you" as the client in the detector's plain copy: voice.ts
 * addressedToClient, plain.ts YOU.)
 */
import type { Content, Parent, Root } from 'mdast';

export interface ProseBlock {
  start: number;
  end: number;
  /** The block's text with inline code and HTML blanked; same length as the source slice. */
  text: string;
  /** Inside a block quote: the client's words. */
  quoted?: boolean;
  /** A verbatim exchange's therapist line just before this client line ("T: I wonder what it brings up."). */
  move?: string;
  /** In a callout of the therapist's reactions ("> [!reflection]", "> [!countertransference]"). */
  reflection?: boolean;
}

/**
 * A callout, as Obsidian and GitHub write one ("> [!note]", "> [!reflection] Me"): the writer's own aside in a block
 * quote's clothes, not the client's words; the type in brackets says whether it holds the therapist's reactions.
 */
const CALLOUT = /^\[!([\w-]+)\][+-]?/;
const REFLECTION_CALLOUT = /^(?:reflections?|countertransference|counter-transference|ct|me|self|therapist|reactions?|feelings|process|supervision)$/i;

const SKIP = new Set(['code', 'html', 'yaml', 'definition', 'table']);
/** The most italic words a paragraph may hold for its single ones to be read as words said. */
const MAX_ITALIC_RUN = 24;
/** What stands between the italic words of a run: a comma, a slash, "and", "or", "then". */
const ITALIC_RUN_GAP = /^\s*(?:,|\/|;|\band\b|\bor\b|\bthen\b|,\s*(?:and|or|then)\b)\s*$/;

/** The callout type a block quote opens with, or undefined. */
function calloutOf(node: Parent | Content, text: string, shift: number): string | undefined {
  if (node.type !== 'blockquote') return undefined;
  const s = node.position?.start.offset;
  if (s === undefined) return undefined;
  return CALLOUT.exec(text.slice(s + shift).replace(/^[ \t]*>[ \t]?/, ''))?.[1];
}

export function proseBlocks(tree: Root, text: string, shift: number): ProseBlock[] {
  const out: ProseBlock[] = [];
  const visit = (node: Parent | Content, quoted: boolean, callout?: string) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      const start = s + shift;
      const end = e + shift;
      let slice = text.slice(start, end);
      // The slice's UTF-16 units once anything in it is replaced (one array for the paragraph, so a paragraph of many
      // italics or inline codes stays linear), joined back after.
      let units: string[] | undefined;
      const at = (k: number) => (units ? units[k] : slice[k]);
      const put = (k: number, c: string) => { (units ??= slice.split(''))[k] = c; };
      // The client's words in italics, as some notes write them ("he said *you lot are all the same*"): a phrase of two
      // words or more, its one-character marks read as quotation marks (same length, so offsets hold); a word
      // stressed ("she was *very* angry") stays as written.
      // ...and single words in a run of them ("Answers: *fine*, *yeah*, *dunno*"), which are words said, not stressed.
      const italics: [number, number][] = [];
      const collect = (n: Content) => {
        if (n.type === 'emphasis' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) italics.push([n.position.start.offset, n.position.end.offset]);
        else if ('children' in n) for (const c of n.children as Content[]) collect(c);
      };
      for (const c of node.children as Content[]) collect(c);
      const italicAt = new Map(italics.map(([f], k) => [f, k]));
      // (A run is a few answers, not a paragraph of them: a hostile note's thousands of italic words stay as written.)
      const inRun = (k: number) => italics.length <= MAX_ITALIC_RUN && [k - 1, k + 1].some((j) => j >= 0 && j < italics.length && ITALIC_RUN_GAP.test(text.slice(Math.min(italics[k][1], italics[j][1]) + shift, Math.max(italics[k][0], italics[j][0]) + shift)));
      const italicAsQuoted = (from: number, to: number) => {
        const a = from + shift - start;
        const b = to + shift - start;
        if (a < 0 || b > slice.length || b - a < 3 || !/^[*_]$/.test(at(a)) || at(a + 1) === at(a)) return;
        const inner = units ? units.slice(a + 1, b - 1).join('') : slice.slice(a + 1, b - 1);
        if (!/\S\s+\S/.test(inner) && !inRun(italicAt.get(from) ?? -1)) return;
        put(a, '"');
        put(b - 1, '"');
      };
      const blank = (from: number, to: number) => {
        const a = from + shift - start;
        const b = to + shift - start;
        if (a >= 0 && b <= slice.length && b > a) for (let k = a; k < b; k++) put(k, ' ');
      };
      const inline = (n: Content) => {
        if ((n.type === 'inlineCode' || n.type === 'html') && n.position?.start.offset !== undefined && n.position.end.offset !== undefined)
          blank(n.position.start.offset, n.position.end.offset);
        if (n.type === 'emphasis' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) italicAsQuoted(n.position.start.offset, n.position.end.offset);
        if ('children' in n) for (const c of n.children as Content[]) inline(c);
      };
      for (const c of node.children as Content[]) inline(c);
      if (units) slice = units.join('');
      // The markers of a quote's continuation lines ("\n> ") are not words, nor a callout's type.
      if (quoted || callout !== undefined) slice = slice.replace(/(^|\n)([ \t]*>)+/g, (m) => m.replace(/[^\n]/g, ' '));
      if (callout !== undefined) slice = slice.replace(/^(\s*)(\[![\w-]+\][+-]?)/, (_m, sp: string, mark: string) => sp + ' '.repeat(mark.length));
      const block: ProseBlock = quoted ? { start, end, text: slice, quoted } : { start, end, text: slice };
      if (callout !== undefined && REFLECTION_CALLOUT.test(callout)) block.reflection = true;
      out.push(block);
      return;
    }
    const type = calloutOf(node, text, shift);
    if ('children' in node) for (const c of node.children as Content[]) visit(c, type === undefined && (quoted || node.type === 'blockquote'), type ?? callout);
  };
  visit(tree, false);
  return transcript(tableRows(out));
}

/** A row of a Markdown table written as plain text ("| Mood | Said she was fine |"), and the row under its header. */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*$/;

/**
 * A note kept as a table ("| Engagement | Stood by the door throughout |"): each row a block of its own, so no sentence
 * runs from one row into the next, its first cell a label ("Engagement: Stood by the door throughout") and the other
 * bars blanked, the same length, so offsets hold. The delimiter row under the header is no prose.
 */
function tableRows(blocks: ProseBlock[]): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const b of blocks) {
    const lines = b.text.split('\n');
    if (b.quoted || lines.length < 2 || !lines.every((l) => !l.trim() || TABLE_ROW.test(l))) { out.push(b); continue; }
    let at = 0;
    for (const line of lines) {
      if (line.trim() && !DELIMITER_ROW.test(line)) {
        let bars = 0;
        // The bar after the first cell becomes a label's colon; the rest go.
        const text = line.replace(/\|/g, () => (++bars === 2 ? ':' : ' '));
        out.push({ start: b.start + at, end: b.start + at + line.length, text });
      }
      at += line.length + 1;
    }
  }
  return out;
}

/** Speaker labels of a verbatim exchange. Both kinds must occur in the note ("C:" alone may be a consequence in an ABC). */
const SPEAKER_LINES = { client: /^[ \t]*(?:C|Cl|Clt|[Cc]lient|Pt|[Pp]atient)[ \t]*:(?=[ \t])/, therapist: /^[ \t]*(?:T|Th|[Tt]herapist|[Cc]ounsell?or|[Cc]linician)[ \t]*:(?=[ \t])/ };
/** An intake's question and answer lines ("Q: What brings you here?" / "A: The GP, basically."): both must occur ("A:" alone is a SOAP note's assessment). */
/** The writer's own verbs of their state after a "T:" label ("felt tearful", "caught myself ..."); detector.ts reads them too. */
export const OWN_STATE_VERBS = String.raw`(?:felt|noticed I|caught myself|found myself)\b`;
/**
 * A therapist's line that tells the writer's own state, not words spoken ("T: felt tearful and hid it."): no "I" before
 * the verb, as a spoken line would have ("T: I felt that too"). It is read as the writer's prose.
 */
const OWN_STATE_LINE = new RegExp(String.raw`^\s*${OWN_STATE_VERBS}`, 'i');
const QA_LINES = { client: /^[ \t]*A[ \t]*:(?=[ \t])/, therapist: /^[ \t]*Q[ \t]*:(?=[ \t])/ };

function transcript(blocks: ProseBlock[]): ProseBlock[] {
  const has = (re: RegExp) => blocks.some((b) => b.text.split('\n').some((line) => re.test(line)));
  const speakers = has(SPEAKER_LINES.client) && has(SPEAKER_LINES.therapist) ? SPEAKER_LINES : has(QA_LINES.client) && has(QA_LINES.therapist) ? QA_LINES : undefined;
  if (!speakers) return blocks;
  const out: ProseBlock[] = [];
  // The therapist's last line, which the client's next line answers.
  let move: string | undefined;
  for (const b of blocks) {
    if (b.quoted) { out.push(b); continue; }
    let plainFrom = -1;
    const flush = (to: number) => {
      if (plainFrom >= 0 && to > plainFrom) out.push({ start: b.start + plainFrom, end: b.start + to, text: b.text.slice(plainFrom, to) });
      plainFrom = -1;
    };
    let at = 0;
    for (const line of b.text.split('\n')) {
      const label = speakers.client.exec(line);
      const own = speakers.therapist.exec(line);
      if (label) {
        flush(at);
        const block: ProseBlock = { start: b.start + at, end: b.start + at + line.length, text: ' '.repeat(label[0].length) + line.slice(label[0].length), quoted: true };
        if (move !== undefined) block.move = move;
        out.push(block);
        move = undefined;
      } else if (own && speakers === SPEAKER_LINES && OWN_STATE_LINE.test(line.slice(own[0].length))) {
        // The writer's own state: a block of its own, as a labelled line is (not the plan's line before it).
        flush(at);
        out.push({ start: b.start + at, end: b.start + at + line.length, text: line });
        move = undefined;
      } else if (own) {
        flush(at);
        move = line.slice(own[0].length).trim();
      } else if (plainFrom < 0) {
        plainFrom = at;
        if (line.trim()) move = undefined;
      }
      at += line.length + 1;
    }
    flush(b.text.length);
  }
  return out;
}
