/** The extension's settings (contributes.configuration) as the engine's raw settings. */
import * as vscode from 'vscode';

export const SECTION = 'allianceNotes';

export function readEngineSettings(scope?: vscode.Uri): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const trusted = vscode.workspace.isTrusted;
  const raw: Record<string, unknown> = {
    severity: c.get('severity'),
    minConfidence: c.get('minConfidence'),
    learnedLayer: c.get('learnedLayer'),
    raterGapFraction: c.get('raterGapFraction'),
    thresholds: c.get('thresholds'),
    customInstruments: c.get('customInstruments'),
    ignorePhrases: c.get('ignorePhrases'),
  };
  // Phrases are plain text, never patterns; in an untrusted folder only the user's own phrases apply.
  raw.extraPhrases = trusted ? c.get('extraPhrases') : c.inspect<Record<string, string[]>>('extraPhrases')?.globalValue;
  return raw;
}

export function notesGlob(): string {
  return vscode.workspace.getConfiguration(SECTION).get<string>('notesGlob') || '**/*.{md,markdown}';
}
