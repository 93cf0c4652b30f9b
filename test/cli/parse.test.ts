import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cliFixtures, recolte, root } from './run.js';

const seedsExpected = readdirSync(path.join(root, 'fixtures/seeds'))
  .filter((f) => f.endsWith('.expected.ndjson'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'fixtures/seeds', f), 'utf8'))
  .join('');

describe('recolte parse', () => {
  it('parses the seed folder into the reviewed records, with a summary per file on stderr', () => {
    const run = recolte(['parse', 'fixtures/seeds'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(seedsExpected);
    expect(run.stderr).toBe(
      [
        'fixtures/seeds/000_b600dedc8a1867aa.txt: workshop, 21 records (2 proposal, 6 need, 6 objective, 7 first_step); lines: 21 record, 9 heading, 1 prose, 8 chrome, 0 unclassified',
        'fixtures/seeds/001_22478583f2afa263.txt: article, 5 records (5 lever); lines: 5 record, 6 heading, 10 prose, 7 chrome, 0 unclassified',
        'fixtures/seeds/002_2b2acc795888ac01.txt: synthesis, 27 records (5 pitfall, 6 lever, 5 good_practice, 5 finding, 1 experiment, 1 question, 4 observation); lines: 27 record, 9 heading, 4 prose, 2 chrome, 0 unclassified',
        'fixtures/seeds/003_af5fc1a58d52cf5f.txt: digest, 7 records (7 initiative); lines: 36 record, 8 heading, 3 prose, 0 chrome, 0 unclassified',
        'fixtures/seeds/004_eda9a92ff47e6300.txt: restitution, 16 records (16 proposal); lines: 16 record, 12 heading, 19 prose, 2 chrome, 0 unclassified',
        '',
      ].join('\n'),
    );
  });

  it('gives the same records whatever the order of the inputs', () => {
    const a = recolte(['parse', '-q', 'fixtures/seeds/004_eda9a92ff47e6300.txt', 'fixtures/seeds/000_b600dedc8a1867aa.txt'], { cwd: root });
    const b = recolte(['parse', '-q', 'fixtures/seeds/000_b600dedc8a1867aa.txt', 'fixtures/seeds/004_eda9a92ff47e6300.txt'], { cwd: root });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n')[0]).toContain('"file":"fixtures/seeds/000_b600dedc8a1867aa.txt"');
  });

  it('keeps the order of the inputs when many documents are parsed on worker threads', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-pool-'));
    const names = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}-atelier.md`);
    names.forEach((name, i) => writeFileSync(path.join(dir, name), `# Propositions\n\n- Idée numéro ${i}\n- Autre idée ${i}\n\n${'Texte de contexte sans proposition.\n'.repeat(1000)}`));
    const run = recolte(['parse', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; source: { file: string } });
    expect(records.map((r) => r.text)).toEqual(names.flatMap((_, i) => [`Idée numéro ${i}`, `Autre idée ${i}`]));
    expect(run.stderr.trim().split('\n').map((l) => l.split(':')[0])).toEqual(names);
  });

  it('reads front matter, links a need to its proposal and skips chrome', () => {
    const run = recolte(['parse', 'workshop.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(cliFixtures, 'workshop.expected.ndjson'), 'utf8'));
    expect(run.stderr).toBe(
      'workshop.md: workshop, 3 records (1 proposal, 1 need, 1 lever); lines: 3 record, 2 heading, 0 prose, 6 chrome, 0 unclassified\n',
    );
  });

  it('names a missing file, still parses the others, and exits 1', () => {
    const run = recolte(['parse', 'missing.md', 'workshop.md', 'nothing/*.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(readFileSync(path.join(cliFixtures, 'workshop.expected.ndjson'), 'utf8'));
    expect(run.stderr).toBe(
      [
        'missing.md: error: No such file or folder; check the path, and quote a name that holds spaces (file-not-found)',
        'nothing/*.md: error: No file matches this pattern; check its spelling and its extension (no-match)',
        'workshop.md: workshop, 3 records (1 proposal, 1 need, 1 lever); lines: 3 record, 2 heading, 0 prose, 6 chrome, 0 unclassified',
        '',
      ].join('\n'),
    );
  });

  it('warns about list items outside any known section; exits 0, or 1 with --strict', () => {
    const warning =
      'unclassified.md:3:1: warning: List item outside any section recolte recognises: "Une maison de santé dans chaque canton"; add a heading such as "Propositions :" or pass --kind (unclassified-line)\n';
    const run = recolte(['parse', 'unclassified.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(warning)).toBe(true);
    expect(recolte(['--strict', 'parse', 'unclassified.md']).code).toBe(1);
    const quiet = recolte(['--quiet', 'parse', 'unclassified.md']);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
  });

  it('--kind gives those items a kind', () => {
    const run = recolte(['parse', 'unclassified.md', '--kind', 'proposal']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).kind)).toEqual(['proposal', 'proposal']);
  });

  it('refuses JavaScript front matter without running it, and still reads the document', () => {
    const run = recolte(['parse', 'evil-front-matter.md']);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(cliFixtures, 'PWNED'))).toBe(false);
    expect(run.stderr).toBe(
      'evil-front-matter.md:1:1: error: Front matter in "js" is code and was not run: recolte reads YAML front matter only; write it as YAML (key: value) (front-matter-language)\n' +
        'evil-front-matter.md: synthesis, 1 record (1 finding); lines: 1 record, 1 heading, 0 prose, 3 chrome, 0 unclassified\n',
    );
    expect(JSON.parse(run.stdout).text).toBe('Les médecins partent à la retraite');
  });

  it('points at the front-matter line of invalid YAML', () => {
    const run = recolte(['parse', 'bad-yaml.md']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      'bad-yaml.md:3:15: error: Invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ]; the document is read without it: fix the YAML between the --- lines (front-matter-invalid)',
    );
  });

  it('reads standard input, under the name given with --stdin-name', () => {
    const input = '## Leviers\n- Les bourses d’études\n';
    const run = recolte(['parse', '-', '--stdin-name', 'notes.md'], { input });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'lever', text: 'Les bourses d’études', source: { file: 'notes.md', line: 2 } });
    const implicit = recolte(['parse'], { input });
    expect(JSON.parse(implicit.stdout).source.file).toBe('<stdin>');
  });

  it('writes -o and --report files, and the report validates against its schema', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const run = recolte(['-q', 'parse', path.join(root, 'fixtures/seeds'), '-o', path.join(dir, 'r.ndjson'), '--report', path.join(dir, 'report.json')]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(path.join(dir, 'r.ndjson'), 'utf8').split('\n')).toHaveLength(77);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.totals).toEqual({
      files: 5,
      records: 76,
      kinds: { proposal: 18, need: 6, objective: 6, first_step: 7, lever: 11, pitfall: 5, good_practice: 5, finding: 5, experiment: 1, question: 1, observation: 4, initiative: 7 },
      lines: { nonBlank: 205, record: 105, heading: 44, prose: 37, chrome: 19, unclassified: 0 },
      errors: 0,
      warnings: 0,
    });
    expect(readdirSync(dir).sort()).toEqual(['r.ndjson', 'report.json']);
    const check = recolte(['validate', '--schema', 'report', path.join(dir, 'report.json')]);
    expect([check.code, check.stderr]).toEqual([0, `${path.join(dir, 'report.json')}: 1 document, 1 valid\n`]);
  });

  it('exits 2 on usage errors, with one clear line', () => {
    expect(recolte(['parse', 'workshop.md', '--layout', 'poster'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --layout must be one of workshop, synthesis, restitution, digest, article (got "poster")\n',
    });
    expect(recolte(['parse', 'workshop.md', '--kind', 'idea']).stderr).toBe(
      'recolte: --kind must be one of proposal, need, objective, first_step, pitfall, lever, good_practice, finding, experiment, initiative, question, observation (got "idea")\n',
    );
    const ambiguous = recolte(['parse', 'workshop.md', '--territory', 'Beaulieu']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^recolte: --territory "Beaulieu" names several places: Beaulieu \(commune 07028\), /);
    expect(recolte(['parse', 'workshop.md', '-o', 'no/such/folder/out.ndjson'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --output no/such/folder/out.ndjson: the folder no/such/folder does not exist; create it first, or choose another\n',
    });
    const unknown = recolte(['parse', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("error: unknown option '--frobnicate'\n(run recolte help parse for usage)\n");
  });

  it('--evidence keeps the records recognised in the ways given, and counts the others as filtered', () => {
    const run = recolte(['parse', 'workshop.md', '--evidence', 'label,lead-in']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'workshop.md: workshop, 0 records; lines: 0 record, 2 heading, 0 prose, 6 chrome, 0 unclassified, 3 filtered\n',
    );
    const bad = recolte(['parse', 'workshop.md', '--evidence', 'heading,guess']);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --evidence takes a comma-separated list among heading, label, lead-in, table, row, default, form, cue (got "guess")\n',
    });
  });

  it('--territory applies to documents that name none', () => {
    const run = recolte(['parse', '-q', 'unclassified.md', '--kind', 'proposal', '--territory', 'Saone et Loire']);
    expect(JSON.parse(run.stdout.split('\n')[0]!).territory).toEqual({ level: 'departement', code: '71', name: 'Saône-et-Loire' });
  });

  it('ends quietly with exit 0 when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [bin, 'parse', 'fixtures/seeds', 'fixtures/seeds/003_af5fc1a58d52cf5f.txt'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toContain('internal error');
  });
});
