/**
 * alliance-notes: the command-line twin of the extension.
 *   alliance-notes check [--format text|json|sarif] [--config FILE] PATH...
 *   alliance-notes trend CLIENT PATH... [--format csv|json] [--config FILE]
 * Exit status: 0 no error-severity finding, 1 at least one (or a file could not be read), 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Engine, type NoteAnalysis } from '../core/engine';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { collectFiles, readText } from './files';
import { formatJson, formatSarif, formatText, type NoteResult } from './formats';
import { trendCsv, trendJson } from './trend';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  alliance-notes check [--format text|json|sarif] [--config FILE] PATH...
  alliance-notes trend CLIENT PATH... [--format csv|json] [--config FILE]

check   checks every session note under the files and folders given (a folder is indexed as a whole,
        so dips see the client's other notes). Exit status 0: no error; 1: an error finding or an
        unreadable file; 2: usage error.
trend   prints the client's ratings by session, with dips.
--config FILE   a JSON file of settings (severity, thresholds, customInstruments, extraPhrases, ...).`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

class UsageError extends Error {}

interface Parsed {
  command: string;
  format?: string;
  config?: string;
  positional: string[];
}

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  let format: string | undefined;
  let config: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') format = value('--format');
    else if (a === '--config' || a.startsWith('--config=') || a === '-c') config = value('--config');
    else if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [command = '', ...rest] = positional;
  return { command, format, config, positional: rest };
}

function loadEngine(config: string | undefined, io: Io): Engine {
  let raw: unknown;
  if (config !== undefined) {
    let text: string;
    try { text = fs.readFileSync(path.resolve(io.cwd, config), 'utf8'); } catch { throw new UsageError(`cannot read the config file ${config}`); }
    try { raw = JSON.parse(text); } catch (e) { throw new UsageError(`the config file ${config} is not valid JSON: ${(e as Error).message}`); }
  }
  const engine = new Engine(raw);
  for (const p of engine.settingsProblems) io.err(`alliance-notes: config: ${p} (ignored)\n`);
  return engine;
}

/** Reads and analyses every note, fills the index. Unreadable files are reported on stderr. */
function analyseAll(paths: string[], engine: Engine, io: Io): { index: WorkspaceIndex; analyses: Map<string, NoteAnalysis>; failed: boolean } {
  const { files, problems, missing } = collectFiles(paths.map((p) => path.resolve(io.cwd, p)));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  let failed = false;
  for (const p of problems) { io.err(`alliance-notes: ${p.path}: ${p.message}\n`); failed = true; }
  const index = new WorkspaceIndex();
  const analyses = new Map<string, NoteAnalysis>();
  // UTF-8 takes up to 4 bytes a character: a file is only read whole when it can be under the limit.
  const maxBytes = engine.settings.maxNoteSize * 4;
  for (const file of files) {
    const read = readText(file, maxBytes);
    if (read.error !== undefined || read.text === undefined) { io.err(`alliance-notes: ${file}: ${read.error}\n`); failed = true; continue; }
    let analysis: NoteAnalysis;
    try {
      // Of an over-size file only the head was read: the engine reports it as too large by its size.
      analysis = engine.analyze(file, read.text, { totalLength: read.size });
    } catch (e) {
      // The engine is built not to throw; if it ever does, the file is reported and the run goes on.
      io.err(`alliance-notes: ${file}: internal error while analysing (${(e as Error).name})\n`);
      failed = true;
      continue;
    }
    if (!analysis.isNote) continue;
    analyses.set(file, analysis);
    index.set(file, analysis.summary);
  }
  return { index, analyses, failed };
}

export function run(argv: readonly string[], io: Io): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) { io.out(USAGE + '\n'); return 0; }
    if (argv.includes('--version') || argv.includes('-v')) { io.out(VERSION + '\n'); return 0; }
    const args = parseArgs(argv);
    if (args.command === 'check') return check(args, io);
    if (args.command === 'trend') return trend(args, io);
    throw new UsageError(args.command ? `unknown command '${args.command}'` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) { io.err(`alliance-notes: ${e.message}\n\n${USAGE}\n`); return 2; }
    io.err(`alliance-notes: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}

function check(args: Parsed, io: Io): number {
  const format = args.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif for check`);
  if (!args.positional.length) throw new UsageError('check needs at least one file or folder');
  const engine = loadEngine(args.config, io);
  const { index, analyses, failed } = analyseAll(args.positional, engine, io);
  const results: NoteResult[] = [];
  for (const [file, analysis] of analyses) results.push({ filePath: file, findings: engine.findings(index, file, analysis) });
  io.out(format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, VERSION) : formatText(results, io.cwd));
  const hasError = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  return hasError || failed ? 1 : 0;
}

function trend(args: Parsed, io: Io): number {
  const format = args.format ?? 'csv';
  if (!['csv', 'json'].includes(format)) throw new UsageError(`--format must be csv or json for trend`);
  const [client, ...paths] = args.positional;
  if (!client || !paths.length) throw new UsageError('trend needs a client code and at least one file or folder');
  const engine = loadEngine(args.config, io);
  const { index, failed } = analyseAll(paths, engine, io);
  const timeline = index.timeline(client);
  if (!timeline.length) {
    io.err(`alliance-notes: no session notes of client ${client} under ${paths.join(', ')}\n`);
    return 1;
  }
  io.out(format === 'json' ? trendJson(engine, timeline) : trendCsv(engine, timeline));
  return failed ? 1 : 0;
}
