import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recolte, root } from './run.js';

const inputs = path.join(root, 'fixtures', 'inputs');

describe('recolte parse on tables', () => {
  it('imports a 1,700-row Windows-1252 export with ";" in one command', () => {
    const run = recolte(['parse', 'plateforme-1252.csv'], { cwd: inputs });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1700);
    expect(run.stderr.split('\n').at(-2)).toBe('plateforme-1252.csv: spreadsheet, 1700 records (807 proposal, 526 lever, 367 finding); lines: 1700 record, 1 heading, 0 prose, 0 chrome, 0 unclassified');
    expect(run.stderr.split('\n')[0]).toBe('plateforme-1252.csv:1:1: warning: Not valid UTF-8: read as Windows-1252; check the accents, or save the file as UTF-8 (encoding-invalid)');
  });

  it('streams a table of 4 MB and more in batches, with the same records and summary as any table', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-table-'));
    const rows = Array.from({ length: 50_000 }, (_, i) => `"Idée n° ${i} : ouvrir une maison de santé, avec ""tous"" les acteurs du territoire";55;${i % 3 ? 'Proposition' : 'Levier'}`);
    writeFileSync(path.join(dir, 'export.csv'), `Contribution;Département;Type\r\n${rows.join('\r\n')}\r\n`);
    const run = recolte(['parse', 'export.csv', '-o', 'records.ndjson'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('export.csv: spreadsheet, 50000 records (33333 proposal, 16667 lever); lines: 50000 record, 1 heading, 0 prose, 0 chrome, 0 unclassified\n');
    const records = readFileSync(path.join(dir, 'records.ndjson'), 'utf8').trim().split('\n');
    expect(records).toHaveLength(50_000);
    expect(JSON.parse(records[49_999]!)).toMatchObject({ text: 'Idée n° 49999 : ouvrir une maison de santé, avec "tous" les acteurs du territoire', source: { line: 50_001 } });
  });

  it('--map meeting=COLUMN carries each row\'s meeting, and a meeting counts once per idea', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-meeting-'));
    writeFileSync(
      path.join(dir, 'reunions.csv'),
      'Contribution;Réunion;Département\nDévelopper la télémédecine en zone rurale;Verdun, 3 mars;55\nDévelopper la télémédecine en zone rurale;Verdun, 3 mars;55\nDévelopper la télémédecine en zone rurale;Évreux;27\n',
    );
    const parsed = recolte(['-q', 'parse', 'reunions.csv', '--map', 'meeting=Réunion'], { cwd: dir });
    expect(parsed.code).toBe(0);
    expect(parsed.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { meeting?: string }).meeting)).toEqual(['Verdun, 3 mars', 'Verdun, 3 mars', 'Évreux']);
    const clusters = recolte(['-q', 'dedupe', '-'], { cwd: dir, input: parsed.stdout });
    expect(clusters.code).toBe(0);
    expect(JSON.parse(clusters.stdout)).toMatchObject({
      size: 3,
      counts: { contributions: 3, documents: 2, territories: 2 },
      documents: [{ file: 'reunions.csv', meeting: 'Verdun, 3 mars', count: 2 }, { file: 'reunions.csv', meeting: 'Évreux', count: 1 }],
    });
    // Without the mapping, the file is the one document; no column is taken for a meeting by its name.
    const plain = recolte(['-q', 'parse', 'reunions.csv'], { cwd: dir });
    expect(plain.stdout).not.toContain('"meeting"');
    expect(JSON.parse(recolte(['-q', 'dedupe', '-'], { cwd: dir, input: plain.stdout }).stdout)).toMatchObject({ counts: { contributions: 3, documents: 1, territories: 2 }, documents: [{ file: 'reunions.csv', count: 3 }] });
  });

  it('--inspect prints how the table would be read, and nothing else', () => {
    expect(recolte(['-q', 'parse', '--inspect', 'atelier.csv', '--map', 'axis=4'], { cwd: inputs })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'atelier.csv: utf-8, comma (,), 4 columns, about 6 rows',
        '  text      column 1 "Idée" (recognised)',
        '  kind      column 3 "Catégorie" (recognised)',
        '  territory column 2 "Territoire" (recognised)',
        '  postcode  —',
        '  date      —',
        '  axis      column 4 "Thème" (given)',
        '  group     —',
        '  meeting   —',
        '',
      ].join('\n'),
    });
  });

  it('names a --map column that is not there (exit 1) and a --map that is not field=column (exit 2)', () => {
    const missing = recolte(['parse', 'atelier.csv', '--map', 'text=Verbatim'], { cwd: inputs });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.split('\n')[0]).toBe('atelier.csv:1:1: error: --map text=Verbatim: no such column; the columns are "Idée", "Territoire", "Catégorie", "Thème" (column-unknown)');
    expect(recolte(['parse', 'atelier.csv', '--map', 'texte=Idée'], { cwd: inputs })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --map takes field=column pairs with fields among text, kind, territory, postcode, date, axis, group, meeting (got "texte=Idée")\n',
    });
  });
});
