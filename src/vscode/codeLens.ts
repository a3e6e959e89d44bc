/** CodeLens above marker lines, dipping scores and resolution sections. */
import * as vscode from 'vscode';
import { SUBTYPE_NAMES } from '../core/markers/lexicon';
import type { Finding } from '../core/findings';
import { toRange } from './diagnostics';

export interface LensSource {
  findingsFor(doc: vscode.TextDocument): Finding[] | undefined;
  resolutionOf(doc: vscode.TextDocument): { filled: number; total: number; line: number } | undefined;
  clientOf(doc: vscode.TextDocument): string | undefined;
}

export class AllianceCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly source: LensSource) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const findings = this.source.findingsFor(doc);
    if (!findings) return [];
    const lenses: vscode.CodeLens[] = [];
    // One lens per line for its markers.
    const byLine = new Map<number, Finding[]>();
    for (const f of findings) {
      if (f.ruleId !== 'rupture-withdrawal' && f.ruleId !== 'rupture-confrontation') continue;
      const list = byLine.get(f.range.start.line) ?? [];
      list.push(f);
      byLine.set(f.range.start.line, list);
    }
    for (const [line, list] of byLine) {
      const kinds = ['rupture-withdrawal', 'rupture-confrontation']
        .map((rule) => {
          const subs = list.filter((f) => f.ruleId === rule).map((f) => f.data?.subtype).filter(Boolean);
          return subs.length ? `${rule === 'rupture-withdrawal' ? 'Withdrawal' : 'Confrontation'} (${[...new Set(subs)].join(', ')})` : '';
        })
        .filter(Boolean);
      const first = list[0];
      const subtype = first.data?.subtype as keyof typeof SUBTYPE_NAMES | undefined;
      lenses.push(
        new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: `${kinds.join(' · ')} · insert resolution template`,
          tooltip: subtype ? SUBTYPE_NAMES[subtype] : undefined,
          command: 'allianceNotes.insertResolution',
          arguments: [doc.uri, doc.offsetAt(toRange(first.range).start)],
        }),
        new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: 'open resolution guide',
          command: 'allianceNotes.openGuide',
          arguments: [doc.uri, doc.offsetAt(toRange(first.range).start), first.message],
        }),
      );
    }
    for (const f of findings) {
      if (f.ruleId !== 'alliance-dip' || !f.data) continue;
      const d = f.data;
      const name = /^([^\d]+?) \d/.exec(f.message)?.[1] ?? d.instrument;
      const drop = d.previous !== undefined && d.value !== undefined ? Math.round((d.previous - d.value) * 10) / 10 : undefined;
      const since = d.previousSession !== undefined ? ` since session ${d.previousSession}` : ' below the client\'s mean';
      lenses.push(
        new vscode.CodeLens(toRange(f.range), {
          title: `${name} ${d.value} ↓${drop}${since}${d.repaired ? ' (repaired)' : ''} · show trend`,
          command: 'allianceNotes.showTrend',
          arguments: [this.source.clientOf(doc)],
        }),
      );
    }
    const res = this.source.resolutionOf(doc);
    if (res) {
      lenses.push(new vscode.CodeLens(new vscode.Range(res.line, 0, res.line, 0), { title: `Resolution: ${res.filled} of ${res.total} steps`, command: '' }));
    }
    return lenses;
  }
}
