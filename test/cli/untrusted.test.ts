import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recolte } from './run.js';

/** A folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recolte-untrusted-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('untrusted input', () => {
  it('refuses a config with a __proto__ key as an unknown field (exit 2)', () => {
    const dir = folder({ 'recolte.config.json': '{"__proto__": {"lang": "en"}, "territory": "55"}\n', 'a.md': '# Propositions\n\n- Créer une maison de santé\n' });
    const run = recolte(['parse', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('recolte.config.json:1:1: error: / has an unknown field "__proto__" (config-invalid)\n');
    expect(run.stdout).toBe('');
  });

  it('reads YAML tags in front matter as plain text and never runs JavaScript front matter', () => {
    const dir = folder({
      'tags.md': '---\n__proto__:\n  polluted: oui\ntitre: !!js/function "function () { return 1 }"\n---\n\n# Propositions\n\n- Créer une maison de santé\n',
      'code.md': '---js\nmodule.exports = { title: require("fs").writeFileSync("PWNED", "x") }\n---\n\n# Propositions\n\n- Créer\n',
    });
    const run = recolte(['parse', 'tags.md', 'code.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; document: { title: string | null } | null });
    expect(records.map((r) => [r.text, r.document?.title ?? null])).toEqual([
      ['Créer', null],
      ['Créer une maison de santé', 'function () { return 1 }'],
    ]);
    expect(run.stderr).toContain('code.md:1:1: error: Front matter in "js" is code and was not run: recolte reads YAML front matter only; write it as YAML (key: value) (front-matter-language)\n');
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false);
  });

  it('takes __proto__ and constructor in a synonyms file as words', () => {
    const dir = folder({
      'syn.yaml': 'maison:\n  - __proto__\n__proto__:\n  - constructor\n',
      'records.ndjson': ['Créer une maison de santé', 'Le constructor de santé'].map((text, i) => JSON.stringify({ id: `r${i}`, kind: 'proposal', text, details: null, parent: null, axis: null, group: null, territory: null, source: { file: 'a.md', line: i + 1, column: 1 }, document: null })).join('\n') + '\n',
    });
    const run = recolte(['-q', 'dedupe', 'records.ndjson', '--synonyms', 'syn.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('bad files among good ones', () => {
  it('names each problem file, reads the others, and exits 1', () => {
    const dir = folder({
      'vide.md': '',
      'blancs.txt': '   \n\t\n  \n',
      'archive.txt': 'PK\u0003\u0004\u0014\u0000\u0000\u0000binary\u0000data',
      'bom.md': '# Propositions\n\n- Créer \ufeffune maison de santé\n',
      'compte rendu été.md': '# Propositions\n\n- Ouvrir un centre de santé\n',
      'ligne.txt': `Proposition : ${'mot '.repeat(250_000)}`,
      'imbrique.md': `# Propositions\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')}\n`,
    });
    const run = recolte(['--no-config', 'parse', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => !/: (synthesis|article|workshop|digest|restitution), /.test(l))).toEqual([
      'archive.txt: error: Not a text file: it contains NUL bytes, as images, archives and binary office files do; skipped. Save it as text (.md, .txt, .csv), or under the extension of its format (.docx, .odt, .pdf, .xlsx, .ods) (binary-file)',
      'blancs.txt: warning: The file holds only blank lines: nothing to read (file-empty)',
      'vide.md: warning: The file is empty: nothing to read (file-empty)',
      '',
    ]);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; source: { file: string } });
    expect(records.find((r) => r.source.file === 'bom.md')?.text).toBe('Créer une maison de santé');
    expect(records.find((r) => r.source.file === 'compte rendu été.md')?.text).toBe('Ouvrir un centre de santé');
    expect(records.filter((r) => r.source.file === 'imbrique.md')).toHaveLength(200);
    expect(records.find((r) => r.source.file === 'ligne.txt')?.text).toHaveLength(999_999);
  });
});

describe('symbolic link loops', () => {
  it('name a file that links to itself, and read a folder that links back to itself once', () => {
    const dir = folder({});
    symlinkSync('boucle.md', path.join(dir, 'boucle.md'));
    mkdirSync(path.join(dir, 'd'));
    symlinkSync('../d', path.join(dir, 'd', 'self'));
    writeFileSync(path.join(dir, 'd', 'a.md'), '# Propositions\n\n- Créer une maison de santé\n');
    const run = recolte(['--no-config', '-q', 'parse', 'boucle.md', 'd'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('boucle.md: error: Too many symbolic links (a link loop?) (file-unreadable)\n');
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { file: string } }).source.file)).toEqual(['d/a.md']);
  });
});

describe('line ends and invisible characters', () => {
  it('read CRLF, CR and LF in one file alike, and drop zero-width characters from the text', () => {
    const dir = folder({ 'melange.md': '# Propositions\r\n\r\n- Créer\u00a0une\u200b maison\r- Ouvrir un\u202fcentre\n- Former\u2060 des médecins ;\r\n' });
    const run = recolte(['--no-config', '-q', 'parse', 'melange.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; source: { line: number } });
    expect(records.map((r) => [r.source.line, r.text])).toEqual([
      [3, 'Créer une maison'],
      [4, 'Ouvrir un centre'],
      [5, 'Former des médecins'],
    ]);
  });
});

describe('a folder of 10,000 small files', () => {
  it('gives one record per file, in file order', () => {
    const dir = folder({});
    for (let i = 0; i < 10_000; i++) writeFileSync(path.join(dir, `n${String(i).padStart(5, '0')}.md`), `# Propositions\n\n- Idée ${i}\n`);
    const run = recolte(['--no-config', '-q', 'parse', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    const texts = run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    expect(texts).toEqual(Array.from({ length: 10_000 }, (_, i) => `Idée ${i}`));
  }, 60_000);
});

describe('--fail-fast', () => {
  it('stops at the first error with exit 1, and writes no output', () => {
    const dir = folder({ 'a.md': '# Propositions\n\n- Créer une maison de santé\n', 'b.txt': 'PK\u0003\u0004\u0000binaire', 'c.md': '# Propositions\n\n- Ouvrir un centre\n' });
    const run = recolte(['--no-config', '--fail-fast', '-q', 'parse', '.', '-o', 'records.ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'b.txt: error: Not a text file: it contains NUL bytes, as images, archives and binary office files do; skipped. Save it as text (.md, .txt, .csv), or under the extension of its format (.docx, .odt, .pdf, .xlsx, .ods) (binary-file)\n' +
        'recolte: stopped at the first error (--fail-fast)\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.txt', 'c.md']);
    // Without it, the other files are read and the output is written.
    const all = recolte(['--no-config', '-q', 'parse', '.', '-o', 'records.ndjson'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(existsSync(path.join(dir, 'records.ndjson'))).toBe(true);
  });
});
