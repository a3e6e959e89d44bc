/** Finding the Markdown files under the paths given, and reading them without ever throwing. */
import fs from 'node:fs';
import path from 'node:path';

export const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface FileProblem {
  path: string;
  message: string;
}

export interface Collected {
  files: string[];
  problems: FileProblem[];
  missing: string[];
}

/** Walks folders (each real folder once, so symlink loops end), keeping Markdown files; a file named directly is kept whatever its extension. */
export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const missing: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (p: string) => {
    let real: string;
    try { real = fs.realpathSync(p); } catch { real = path.resolve(p); }
    if (!seenFiles.has(real)) { seenFiles.add(real); files.push(path.resolve(p)); }
  };
  const walk = (dir: string) => {
    let real: string;
    try { real = fs.realpathSync(dir); } catch (e) { problems.push({ path: dir, message: errorText(e) }); return; }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { problems.push({ path: dir, message: errorText(e) }); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try { const st = fs.statSync(full); isDir = st.isDirectory(); isFile = st.isFile(); }
        catch (e) { problems.push({ path: full, message: `broken link: ${errorText(e)}` }); continue; }
      }
      if (isDir) { if (!SKIP_DIRS.has(entry.name)) walk(full); }
      else if (isFile && MARKDOWN_EXT.test(entry.name)) addFile(full);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch { missing.push(p); continue; }
    if (st.isDirectory()) walk(p);
    else addFile(p);
  }
  return { files, problems, missing };
}

/** Reads a file as UTF-8; files over the limit are read only far enough to tell whether they are notes. */
export function readText(file: string, maxBytes: number): { text?: string; size?: number; error?: string } {
  try {
    const st = fs.statSync(file);
    if (st.size > maxBytes) {
      const fd = fs.openSync(file, 'r');
      try {
        const buf = Buffer.alloc(4096);
        const n = fs.readSync(fd, buf, 0, buf.length, 0);
        return { text: buf.subarray(0, n).toString('utf8'), size: st.size };
      } finally { fs.closeSync(fd); }
    }
    return { text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return { error: errorText(e) };
  }
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'ENOENT') return 'no such file or folder';
  if (err?.code === 'ELOOP') return 'too many levels of symbolic links';
  if (err?.code === 'EISDIR') return 'is a folder';
  return err?.code ? `cannot read (${err.code})` : 'cannot read';
}
