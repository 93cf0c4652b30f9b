import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recolte, root } from './run.js';

const seeds = path.join(root, 'fixtures', 'seeds');
const fresh = () => mkdtempSync(path.join(tmpdir(), 'recolte-synth-'));

describe('recolte synthesize', () => {
  it('writes the ten files from the seeds, and a report that validates', () => {
    const out = path.join(fresh(), 'out');
    const run = recolte(['synthesize', seeds, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['.recolte-synthesize', 'base.sqlite', 'clusters.ndjson', 'contributions.csv', 'dispositifs.csv', 'idees.csv', 'metadata.json', 'rapport.json', 'records.ndjson', 'synthese.html', 'synthese.md']);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^5 files, 76 records → \d+ ideas \(\d+ put forward more than once\); 10 files in .*out\/$/);
    const records = readFileSync(path.join(out, 'records.ndjson'), 'utf8').trim().split('\n');
    expect(records).toHaveLength(76);
    // The same records as recolte parse writes, in the same order.
    expect(records.join('\n')).toBe(recolte(['-q', 'parse', seeds]).stdout.trim());
    const clusters = readFileSync(path.join(out, 'clusters.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { size: number });
    expect(clusters.reduce((n, c) => n + c.size, 0)).toBe(76);
    for (const [schema, file] of [['record', 'records.ndjson'], ['cluster', 'clusters.ndjson'], ['synthesis-report', 'rapport.json']] as const) {
      expect(recolte(['validate', '--schema', schema, path.join(out, file)]).code).toBe(0);
    }
    const report = JSON.parse(readFileSync(path.join(out, 'rapport.json'), 'utf8')) as { parse: { totals: { records: number } }; dedupe: { records: number; clusters: number }; outputs: string[] };
    expect(report.parse.totals.records).toBe(76);
    expect(report.dedupe).toMatchObject({ records: 76, clusters: clusters.length });
    expect(report.outputs).toEqual(['records.ndjson', 'clusters.ndjson', 'contributions.csv', 'idees.csv', 'dispositifs.csv', 'synthese.md', 'synthese.html', 'base.sqlite', 'metadata.json', 'rapport.json']);
    // The dispositifs table is the one export csv --type dispositifs --excel writes from the same records.
    const dispositifs = readFileSync(path.join(out, 'dispositifs.csv'), 'utf8');
    expect(dispositifs.startsWith('\ufeffCode du dispositif;Dispositif;Niveau du territoire;Code du territoire;Territoire;Initiatives;Propositions;Autres mentions;Sources\r\n')).toBe(true);
    expect(dispositifs).toBe(recolte(['export', 'csv', '--type', 'dispositifs', '--excel', path.join(out, 'records.ndjson')]).stdout);
  });

  it('writes the review questions beside the folder with --review, and applies its answers the next time', () => {
    const dir = fresh();
    const out = path.join(dir, 'out');
    const review = path.join(dir, 'revue.csv');
    const consultation = path.join(root, 'fixtures', 'consultation', 'documents');
    const first = recolte(['synthesize', consultation, '-o', out, '--review', review, '--decisions', review, '--review-budget', '5', '--no-html', '--no-base']);
    expect(first.code).toBe(0);
    expect(first.stderr.trim().split('\n').at(-1)).toMatch(/; 5 questions to review in .*revue\.csv$/);
    expect(readdirSync(out)).not.toContain('revue.csv');
    const rows = readFileSync(review, 'utf8').split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(6);
    // Every answer "oui": the next run merges what was asked and asks five new questions.
    writeFileSync(review, rows.map((row, i) => (i ? row.replace(/^("\d+";)"";/, '$1"oui";') : row)).join('\r\n'));
    const ideas = (run: { stderr: string }) => Number(/→ (\d+) ideas/.exec(run.stderr)![1]);
    const second = recolte(['synthesize', consultation, '-o', out, '--review', review, '--decisions', review, '--review-budget', '5', '--no-html', '--no-base']);
    expect(second.code).toBe(0);
    expect(ideas(second)).toBeLessThan(ideas(first));
    const kept = readFileSync(review, 'utf8').split('\r\n').filter(Boolean);
    expect(kept).toHaveLength(11);
    expect(kept.slice(1, 6).every((row) => row.includes(';"oui";'))).toBe(true);
    expect(kept.slice(6).map((row) => row.split(';')[0])).toEqual(['"6"', '"7"', '"8"', '"9"', '"10"']);
  });

  it('writes the dispositifs table and the CSV headers in English with --lang en', () => {
    const out = path.join(fresh(), 'out');
    expect(recolte(['-q', 'synthesize', seeds, '-o', out, '--lang', 'en']).code).toBe(0);
    expect(readFileSync(path.join(out, 'dispositifs.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffDispositif code;Dispositif;Territory level;Territory code;Territory;Initiatives;Proposals;Other mentions;Sources');
    expect(readFileSync(path.join(out, 'contributions.csv'), 'utf8').split('\r\n')[0]).toContain(';Territory;Dispositifs;Themes;Source file;');
  });

  it('refuses a folder it did not make unless --force, and replaces its own outputs', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(recolte(['synthesize', seeds, '-o', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `recolte: --output ${dir} is not empty and was not made by recolte synthesize; choose another folder, or add --force to write into it\n`,
    });
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(recolte(['-q', 'synthesize', seeds, '-o', dir, '--force']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    // Its own folder: a second run needs no --force.
    const out = path.join(fresh(), 'out');
    expect(recolte(['-q', 'synthesize', seeds, '-o', out]).code).toBe(0);
    expect(recolte(['-q', 'synthesize', seeds, '-o', out]).code).toBe(0);
  });

  it('exits 2 when the output folder cannot be made, or a file stands there', () => {
    const dir = fresh();
    expect(recolte(['synthesize', seeds, '-o', path.join(dir, 'a', 'b')]).stderr).toBe(`recolte: --output ${path.join(dir, 'a', 'b')}: the folder ${path.join(dir, 'a')} does not exist; create it first, or choose another\n`);
    mkdirSync(path.join(dir, 'x'));
    writeFileSync(path.join(dir, 'f'), '');
    expect(recolte(['synthesize', seeds, '-o', path.join(dir, 'f')])).toEqual({ code: 2, stdout: '', stderr: `recolte: --output ${path.join(dir, 'f')} is a file, not a folder; choose a folder\n` });
  });

  it('still writes everything when an input is broken, and exits 1', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const out = path.join(dir, 'out');
    const run = recolte(['synthesize', seeds, path.join(dir, 'bad.md'), '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.md: error:');
    expect(readFileSync(path.join(out, 'records.ndjson'), 'utf8').trim().split('\n')).toHaveLength(76);
  });
});
