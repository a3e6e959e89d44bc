/** Quick fixes on our diagnostics, as WorkspaceEdits (one undo step; they work from the Problems panel too). */
import * as vscode from 'vscode';
import { frontmatterSkeleton, insertResolutionEdit, ruptureBlockEdit, suppressEdit, type TextEdit } from '../core/edits';
import type { NoteAnalysis } from '../core/engine';
import { ruleOf } from './diagnostics';

const MARKER_RULES = new Set(['rupture-withdrawal', 'rupture-confrontation', 'therapist-reaction']);

export function toWorkspaceEdit(doc: vscode.TextDocument, e: TextEdit): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.text);
  return edit;
}

export class AllianceCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Source];

  constructor(
    private readonly analysisOf: (doc: vscode.TextDocument) => NoteAnalysis | undefined,
    private readonly today: () => string,
    private readonly nextSession: (client: string | undefined) => number,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.analysisOf(doc);
    const actions: vscode.CodeAction[] = [];
    if (!analysis) return actions;
    if (!analysis.isNote) {
      if (doc.languageId === 'markdown' && !doc.getText().startsWith('---')) {
        const a = new vscode.CodeAction('Make this a session note (insert frontmatter)', vscode.CodeActionKind.Source.append('allianceNotes'));
        a.edit = toWorkspaceEdit(doc, { offset: 0, length: 0, text: frontmatterSkeleton('C-XXXXX', 1, this.today(), doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n') });
        actions.push(a);
      }
      return actions;
    }
    const ours = context.diagnostics.filter((d) => ruleOf(d));
    let templateOffered = false;
    for (const d of ours) {
      const rule = ruleOf(d)!;
      if ((rule === 'rupture-withdrawal' || rule === 'rupture-confrontation' || rule === 'rupture-unresolved') && !templateOffered && !analysis.resolution) {
        templateOffered = true;
        const offset = doc.offsetAt(d.range.start);
        const a = new vscode.CodeAction('Insert the rupture resolution template after this paragraph', vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, insertResolutionEdit(analysis, { offset, trigger: d.message }));
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
        const guide = new vscode.CodeAction('Open the resolution guide for this rupture', vscode.CodeActionKind.QuickFix);
        guide.command = { title: 'Open the resolution guide', command: 'allianceNotes.openGuide', arguments: [doc.uri, offset, d.message] };
        guide.diagnostics = [d];
        actions.push(guide);
        const end = new vscode.CodeAction('Insert the rupture resolution template at the end of the note', vscode.CodeActionKind.QuickFix);
        end.edit = toWorkspaceEdit(doc, insertResolutionEdit(analysis, { trigger: d.message }));
        end.diagnostics = [d];
        actions.push(end);
      }
      if (MARKER_RULES.has(rule)) {
        const line = doc.lineAt(d.range.start.line);
        const a = new vscode.CodeAction(`Suppress ${rule} on this line`, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, suppressEdit(doc.getText(), doc.offsetAt(line.range.end), rule));
        a.diagnostics = [d];
        actions.push(a);
      }
    }
    const fill = ours.some((d) => ruleOf(d) === 'rupture-withdrawal' || ruleOf(d) === 'rupture-confrontation') ? ruptureBlockEdit(analysis) : undefined;
    if (fill) {
      const a = new vscode.CodeAction('Fill the rupture: frontmatter block from the findings', vscode.CodeActionKind.QuickFix);
      a.edit = toWorkspaceEdit(doc, fill);
      actions.push(a);
    }
    const missingSession = ours.find((d) => ruleOf(d) === 'frontmatter-field' && d.message.startsWith("'session' is missing"));
    if (missingSession && analysis.header) {
      const text = doc.getText();
      const clientLine = /^client[ \t]*:.*$/m.exec(text);
      if (clientLine) {
        const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
        const a = new vscode.CodeAction('Add the missing session number', vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, { offset: clientLine.index + clientLine[0].length, length: 0, text: `${eol}session: ${this.nextSession(analysis.header.client)}` });
        a.diagnostics = [missingSession];
        actions.push(a);
      }
    }
    return actions;
  }
}
