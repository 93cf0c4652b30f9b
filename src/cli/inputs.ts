/** Turns command-line inputs (files, folders, globs, "-") into a sorted list of files to read. */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../diagnostics.js';

export interface InputFile {
  /** The name shown in messages and records: as the user wrote it, with / separators. */
  name: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
}

export interface ResolvedInputs {
  files: InputFile[];
  diagnostics: Diagnostic[];
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Expands the inputs; problems (missing files, empty globs) are diagnostics, never exceptions. */
export async function resolveInputs(
  args: readonly string[],
  cwd: string,
  extensions: readonly string[],
  stdinName: string,
): Promise<ResolvedInputs> {
  const files = new Map<string, InputFile>();
  const diagnostics: Diagnostic[] = [];
  const add = (name: string, absolute: string | null): void => {
    const key = absolute ?? '-';
    if (!files.has(key)) files.set(key, { name, path: absolute });
  };
  const matches = (file: string): boolean => extensions.includes(path.extname(file).toLowerCase());

  for (const arg of args) {
    if (arg === '-') {
      add(stdinName, null);
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const found = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false })).sort();
        if (!found.length) diagnostics.push(diagnostic(arg, 'error', 'no-match', 'No file matches this pattern; check its spelling and its extension'));
        for (const file of found) add(toPosix(file), path.resolve(cwd, file));
        continue;
      }
      diagnostics.push(fileError(toPosix(arg), error));
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(absolute, matches, diagnostics, toPosix(arg));
      if (!found.length) {
        diagnostics.push(
          diagnostic(toPosix(arg), 'warning', 'no-inputs', `Folder has no ${extensions.join(', ')} file; nothing read: check the path, or save the documents in one of these formats`),
        );
      }
      for (const file of found) add(toPosix(path.join(arg, path.relative(absolute, file))), file);
    } else {
      add(toPosix(arg), absolute);
    }
  }
  const list = [...files.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files: list, diagnostics };
}

/** Lists matching files below a folder, skipping hidden entries and node_modules, and never looping on links. */
async function walk(root: string, matches: (f: string) => boolean, diagnostics: Diagnostic[], shown: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(fileError(toPosix(path.join(shown, path.relative(root, dir))), error));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      let kind = entry;
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        if (!target) continue;
        if (target.isDirectory()) await visit(full);
        else if (target.isFile() && matches(full)) found.push(full);
        continue;
      }
      if (kind.isDirectory()) await visit(full);
      else if (kind.isFile() && matches(full)) found.push(full);
    }
  };
  await visit(root);
  return found;
}

/** The diagnostic for a file that cannot be opened. */
export function fileError(name: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return diagnostic(name, 'error', 'file-not-found', 'No such file or folder; check the path, and quote a name that holds spaces');
  if (code === 'EACCES' || code === 'EPERM') return diagnostic(name, 'error', 'file-unreadable', 'Permission denied: cannot read this file; give its reader the right to read it (chmod +r)');
  if (code === 'EISDIR') return diagnostic(name, 'error', 'file-unreadable', 'Is a folder, not a file');
  if (code === 'ELOOP') return diagnostic(name, 'error', 'file-unreadable', 'Too many symbolic links (a link loop?); point the link at a real file or folder');
  return diagnostic(name, 'error', 'file-unreadable', `Cannot read: ${(error as Error).message}`);
}
