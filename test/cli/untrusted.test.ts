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

describe('a decisions file with a __proto__ key', () => {
  it('refuses the key as an unknown field, in YAML and in JSON, with exit 1', () => {
    const record = { id: 'r0', kind: 'proposal', text: 'Créer une maison de santé', details: null, parent: null, axis: null, group: null, territory: null, source: { file: 'a.md', line: 1, column: 1 }, document: null };
    const dir = folder({
      'records.ndjson': `${JSON.stringify(record)}\n`,
      'd.yaml': '__proto__:\n  polluted: oui\nsame: []\n',
      'd.json': '{"__proto__": {"polluted": "oui"}, "same": []}',
    });
    for (const file of ['d.yaml', 'd.json']) {
      const run = recolte(['--no-config', '-q', 'dedupe', 'records.ndjson', '--decisions', file], { cwd: dir });
      expect([run.code, run.stderr]).toEqual([1, `${file}:1:1: error: / has an unknown field "__proto__" (schema-additionalproperties)\n`]);
    }
  });
});

describe('bad files among good ones', () => {
  it('names each problem file, reads the others, and exits 1; a line or a nesting past its bound is a warning', () => {
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
      'imbrique.md:35:1: warning: Lists or quotes nested more than 32 levels deep: the deeper levels are read as level 32 (first here); check these lines, or raise the bound with --max-nesting (nesting-capped)',
      'ligne.txt:1:1: warning: Line of more than 100,000 characters: not read for contributions (accounted as unclassified); split it into paragraphs, or raise the bound with --max-line-length (line-too-long)',
      'vide.md: warning: The file is empty: nothing to read (file-empty)',
      '',
    ]);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; source: { file: string } });
    expect(records.find((r) => r.source.file === 'bom.md')?.text).toBe('Créer une maison de santé');
    expect(records.find((r) => r.source.file === 'compte rendu été.md')?.text).toBe('Ouvrir un centre de santé');
    expect(records.filter((r) => r.source.file === 'imbrique.md')).toHaveLength(200);
    expect(records.filter((r) => r.source.file === 'ligne.txt')).toEqual([]);
    // Under a bound raised past it, the line is read as any other.
    const raised = recolte(['--no-config', '-q', 'parse', 'ligne.txt', '--max-line-length', '2000000'], { cwd: dir });
    expect((JSON.parse(raised.stdout) as { text: string }).text).toHaveLength(999_999);
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
    expect(run.stderr).toBe('boucle.md: error: Too many symbolic links (a link loop?); point the link at a real file or folder (file-unreadable)\n');
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

describe('files given by name that are not what they seem', () => {
  it('names an image, a text with a NUL byte and a Windows-1252 text, and reads the others', () => {
    const dir = folder({ 'ok.md': '# Propositions\n\n- Créer une maison de santé\n' });
    // The first bytes of a PNG image.
    writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(dir, 'nul.md'), '# Propositions\n\n- Former\u0000 des médecins\n');
    writeFileSync(path.join(dir, 'ancien.txt'), Buffer.from('Propositions :\n- Cr\xe9er un centre de sant\xe9\n', 'latin1'));
    const run = recolte(['--no-config', 'parse', 'photo.png', 'nul.md', 'ancien.txt', 'ok.md'], { cwd: dir });
    const binary = 'error: Not a text file: it contains NUL bytes, as images, archives and binary office files do; skipped. Save it as text (.md, .txt, .csv), or under the extension of its format (.docx, .odt, .pdf, .xlsx, .ods) (binary-file)';
    expect(run.code).toBe(1);
    // Without the summary of each file read.
    expect(run.stderr.split('\n').filter((l) => !/: (synthesis|article|workshop), /.test(l))).toEqual([
      'ancien.txt:2:1: warning: Not valid UTF-8: read as Windows-1252; check the accents, or save the file as UTF-8 (encoding-invalid)',
      `nul.md: ${binary}`,
      `photo.png: ${binary}`,
      '',
    ]);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['Créer un centre de santé', 'Créer une maison de santé']);
  });

  it('refuses front matter in JavaScript or CoffeeScript under any of their names, without running it', () => {
    const code = 'require("fs").writeFileSync("PWNED", "x")';
    const dir = folder({
      'a.md': `---javascript\n${code}\n---\n\n# Propositions\n\n- Créer\n`,
      'b.md': `---coffee\n${code}\n---\n\n# Propositions\n\n- Ouvrir\n`,
    });
    const run = recolte(['--no-config', '-q', 'parse', 'a.md', 'b.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      ['javascript', 'coffee']
        .map((language, i) => `${'ab'[i]}.md:1:1: error: Front matter in "${language}" is code and was not run: recolte reads YAML front matter only; write it as YAML (key: value) (front-matter-language)\n`)
        .join(''),
    );
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['Créer', 'Ouvrir']);
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false);
  });
});
