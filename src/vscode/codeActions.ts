/** Quick fixes on our diagnostics, as WorkspaceEdits (one undo step; they work from the Problems panel too). */
import * as vscode from 'vscode';
import { frontmatterSkeleton, insertResolutionEdit, ruptureBlockEdit, suppressEdit, type TextEdit } from '../core/edits';
import type { NoteAnalysis } from '../core/engine';
import { ruleOf } from './diagnostics';

const MARKER_RULES = new Set(['rupture-withdrawal', 'rupture-confrontation', 'therapist-reaction']);

/**
 * A fix as a command bound to the document version it was computed for: applied as one WorkspaceEdit
 * if the note is unchanged, refused with a message if the therapist typed in the meantime (a
 * precomputed edit would land in the wrong place).
 */
export const APPLY_FIX = 'allianceNotes.applyFix';

function fix(title: string, doc: vscode.TextDocument, e: TextEdit, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.command = { title, command: APPLY_FIX, arguments: [doc.uri, doc.version, e] };
  if (diagnostic) a.diagnostics = [diagnostic];
  return a;
}

export async function applyFix(uri: vscode.Uri, version: number, e: TextEdit): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.version !== version) {
    void vscode.window.showWarningMessage('Alliance Notes: the note changed after this fix was offered, so nothing was changed. Open the quick fixes again.');
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(doc, e));
}

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
        const a = fix('Insert the rupture resolution template after this paragraph', doc, insertResolutionEdit(analysis, { offset, trigger: d.message }), d);
        a.isPreferred = true;
        actions.push(a);
        const guide = new vscode.CodeAction('Open the resolution guide for this rupture', vscode.CodeActionKind.QuickFix);
        guide.command = { title: 'Open the resolution guide', command: 'allianceNotes.openGuide', arguments: [doc.uri, offset, d.message] };
        guide.diagnostics = [d];
        actions.push(guide);
        actions.push(fix('Insert the rupture resolution template at the end of the note', doc, insertResolutionEdit(analysis, { trigger: d.message }), d));
      }
      if (MARKER_RULES.has(rule)) {
        const line = doc.lineAt(d.range.start.line);
        actions.push(fix(`Suppress ${rule} on this line`, doc, suppressEdit(doc.getText(), doc.offsetAt(line.range.end), rule), d));
      }
    }
    const fill = ours.some((d) => ruleOf(d) === 'rupture-withdrawal' || ruleOf(d) === 'rupture-confrontation') ? ruptureBlockEdit(analysis) : undefined;
    if (fill) {
      actions.push(fix('Fill the rupture: frontmatter block from the findings', doc, fill));
    }
    const missingSession = ours.find((d) => ruleOf(d) === 'frontmatter-field' && d.message.startsWith("'session' is missing"));
    if (missingSession && analysis.header) {
      const text = doc.getText();
      const clientLine = /^client[ \t]*:.*$/m.exec(text);
      if (clientLine) {
        const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
        actions.push(fix('Add the missing session number', doc, { offset: clientLine.index + clientLine[0].length, length: 0, text: `${eol}session: ${this.nextSession(analysis.header.client)}` }, missingSession));
      }
    }
    return actions;
  }
}
