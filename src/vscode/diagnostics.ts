/** Engine findings as VS Code diagnostics: code links to the rule's section of the README; dips link to the earlier note. */
import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/findings';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toDiagnostic(f: Finding, readme?: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = 'alliance-notes';
  d.code = readme ? { value: f.ruleId, target: readme.with({ fragment: f.ruleId }) } : f.ruleId;
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.noteId), toRange(r.range)), r.message),
    );
  }
  return d;
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'alliance-notes') return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
