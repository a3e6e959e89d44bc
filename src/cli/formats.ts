/** The check command's output formats: text (problem-matcher friendly), JSON (ESLint-like, domain.md A5), SARIF 2.1.0. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_IDS, type Finding, type FindingData, type Severity } from '../core/findings';

export interface NoteResult {
  filePath: string;
  findings: Finding[];
}

export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** An extension of domain.md A5: what the finding is about (a marker's subtype, cue, confidence and how it was found). */
  data?: FindingData;
}

export function toJsonMessage(f: Finding): JsonMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ...(f.data ? { data: f.data } : {}),
  };
}

export function formatJson(results: readonly NoteResult[]): string {
  return JSON.stringify(results.map((r) => ({ filePath: r.filePath, messages: r.findings.map(toJsonMessage) })), null, 2) + '\n';
}

/** `file:line:col severity rule message`, one finding a line, then a summary line. */
export function formatText(results: readonly NoteResult[], cwd: string): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    const file = path.relative(cwd, r.filePath) || r.filePath;
    for (const f of r.findings) {
      counts[f.severity]++;
      lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message.replace(/[\r\n]+/g, ' ')}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  lines.push(`${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info, ${counts.hint} hints) in ${results.length} session note${results.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

export const RULE_DESCRIPTIONS: Record<(typeof RULE_IDS)[number], string> = {
  'rupture-withdrawal': 'The prose describes a withdrawal marker (3RS W1–W7) in the session.',
  'rupture-confrontation': 'The prose describes a confrontation marker (3RS C1–C7) in the session.',
  'therapist-reaction': "The therapist's own reaction signals a possible rupture.",
  'alliance-dip': "An alliance score dropped by the instrument's dip threshold since the previous rating, or fell 2 SD below the client's own mean.",
  'alliance-below-cutoff': "An alliance score is under the instrument's cutoff.",
  'alliance-rater-gap': 'Client and therapist ratings of the same session differ by more than the threshold.',
  'rupture-unresolved': 'A rupture with no resolution section in this or a later note of the client.',
  'resolution-incomplete': 'A resolution section with some of the five steps empty.',
  'frontmatter-yaml': 'The frontmatter is not valid YAML.',
  'frontmatter-field': 'A frontmatter field is missing, of the wrong type, or has an unknown value.',
  'score-out-of-range': "A score lies outside its instrument's range.",
  'unknown-instrument': 'A measure id that is neither built in nor configured.',
  'session-duplicate': 'Two notes claim the same client and session number.',
  'note-skipped': 'A note too large or not text, reported and not analysed.',
};

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(results: readonly NoteResult[], version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'alliance-notes',
            version,
            rules: RULE_IDS.map((id) => ({ id, shortDescription: { text: RULE_DESCRIPTIONS[id] } })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: RULE_IDS.indexOf(f.ruleId),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(r.filePath).href },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
            // SARIF's property bag: a marker's subtype, cue, confidence and how it was found.
            ...(f.data ? { properties: f.data } : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
