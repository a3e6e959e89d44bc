/**
 * Inline suppression comments:
 *   <!-- alliance-notes-disable-line [rule-id ...] -->       this line
 *   <!-- alliance-notes-disable-next-line [rule-id ...] -->  the next line
 * With no rule ids, every rule is silenced on that line.
 */
import type { Finding } from './findings';
import type { Suppression } from './summary';
import type { LineIndex } from './text';

const COMMENT = /<!--\s*alliance-notes-disable-(next-)?line\b([^>]{0,400}?)-->/g;

export function readSuppressions(index: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  const text = index.text;
  if (!text.includes('alliance-notes-disable')) return out;
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(text))) {
    const line = index.positionAt(m.index).line + (m[1] ? 1 : 0);
    const rules = m[2].split(/[\s,]+/).filter((r) => /^[a-z][a-z-]+$/.test(r));
    out.push({ line, rules });
  }
  return out;
}

export function isSuppressed(finding: Finding, suppressions: readonly Suppression[]): boolean {
  return suppressions.some((s) => s.line === finding.range.start.line && (s.rules.length === 0 || s.rules.includes(finding.ruleId)));
}

/** The comment a quick fix writes at the end of a line. */
export function suppressionComment(ruleId: string, nextLine = false): string {
  return `<!-- alliance-notes-disable-${nextLine ? 'next-' : ''}line ${ruleId} -->`;
}
