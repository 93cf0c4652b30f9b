import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recolte, root, unprivileged } from './run.js';

const seeds = path.join(root, 'fixtures', 'seeds');

/** A folder that another user may enter, holding the given files. */
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recolte-outputs-'));
  chmodSync(dir, 0o755);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const atelier = '# Propositions\n\n- Créer une maison de santé\n';

describe('an output that cannot be written', () => {
  it('is refused before any work when its name is a folder, with exit 2', () => {
    const dir = folder({ 'a.md': atelier });
    mkdirSync(path.join(dir, 'out'));
    expect(recolte(['parse', 'a.md', '-o', 'out'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --output out is a folder; give the name of a file to write\n',
    });
    expect(recolte(['parse', 'a.md', '--report', 'a.md/r.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --report a.md/r.json: a.md is a file, not a folder; choose another path\n',
    });
  });

  it('names the outputs synthesize completed when one of them fails, and exits 2', () => {
    const dir = folder();
    expect(recolte(['-q', 'synthesize', seeds, '-o', 'out'], { cwd: dir }).code).toBe(0);
    // A folder that holds something, in the way of idees.csv: the rename into place fails.
    rmSync(path.join(dir, 'out', 'idees.csv'));
    mkdirSync(path.join(dir, 'out', 'idees.csv', 'x'), { recursive: true });
    expect(recolte(['-q', 'synthesize', seeds, '-o', 'out'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'recolte: cannot write out/idees.csv: a folder has that name; remove it or choose another name',
        "recolte: out/ holds this run's records.ndjson, clusters.ndjson, contributions.csv, dispositifs.csv, synthese.md, synthese.html, base.sqlite, metadata.json; not written: idees.csv, rapport.json (a copy already there is from an earlier run)",
        '',
      ].join('\n'),
    });
    // No temporary file is left behind.
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.recolte-synthesize', 'base.sqlite', 'clusters.ndjson', 'contributions.csv', 'dispositifs.csv', 'idees.csv', 'metadata.json', 'rapport.json', 'records.ndjson', 'synthese.html', 'synthese.md']);
  });
});

describe('permissions (run as an unprivileged user when the tests run as root, who may read and write anything)', () => {
  it('names a file that cannot be read, reads the others, and exits 1', (context) => {
    if (!unprivileged.available) context.skip();
    const dir = folder({ 'a.md': atelier, 'b.md': atelier.replace('maison', 'centre') });
    chmodSync(path.join(dir, 'b.md'), 0o200);
    const run = recolte(['-q', '--no-config', 'parse', 'a.md', 'b.md'], { cwd: dir, user: unprivileged.user });
    expect([run.code, run.stderr]).toEqual([1, 'b.md: error: Permission denied: cannot read this file; give its reader the right to read it (chmod +r) (file-unreadable)\n']);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['Créer une maison de santé']);
  });

  it('refuses an output in a folder that cannot be written, before any work, with exit 2', (context) => {
    if (!unprivileged.available) context.skip();
    const dir = folder({ 'a.md': atelier });
    mkdirSync(path.join(dir, 'ro'));
    chmodSync(path.join(dir, 'ro'), 0o555);
    expect(recolte(['--no-config', 'parse', 'a.md', '-o', 'ro/records.ndjson'], { cwd: dir, user: unprivileged.user })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --output ro/records.ndjson: cannot write in the folder ro (permission denied); choose another folder\n',
    });
    expect(recolte(['--no-config', 'synthesize', 'a.md', '-o', 'ro/out'], { cwd: dir, user: unprivileged.user })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: cannot write ro/out: permission denied; choose a folder you can write in\n',
    });
    expect(readdirSync(path.join(dir, 'ro'))).toEqual([]);
  });
});
