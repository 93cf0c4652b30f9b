import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runExportCsv } from '../../src/cli/commands/export-csv.js';
import { commandContext } from '../../src/cli/context.js';
import type { RecolteRecord } from '../../src/types/record.js';
import { bin, cliFixtures, recolte, root } from './run.js';

const cwd = path.join(cliFixtures, 'export');
const records = readFileSync(path.join(cwd, 'records.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RecolteRecord);
const readCsv = (text: string, excel = false): string[][] => parse(text, excel ? { delimiter: ';', bom: true } : {});

/** The cells recolte should write for each fixture record, in the default column order. */
const cellsOf = (r: RecolteRecord): string[] =>
  [
    r.id, r.kind, r.text, r.details, r.axis, r.group, r.territory?.level, r.territory?.code, r.territory?.name, r.dispositifs?.join(', '), r.themes?.join(', '), r.source.file,
    String(r.source.line), r.parent, r.document?.title, r.document?.date,
  ].map((v) => v ?? '');

const FORMULAS = ['=SUM(A1)', '+33 3 29 00 00 00 : un numéro unique', '-x', '@x', '\tune tabulation en tête', '\run retour chariot en tête\r\net une fin de ligne Windows'];

describe('recolte export csv', () => {
  it('writes records as plain CSV for scripts: stable names, kind values, every cell as it is', () => {
    const run = recolte(['export', 'csv', 'records.ndjson'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'id,kind,text,details,axis,group,territory_level,territory_code,territory_name,dispositifs,themes,source_file,source_line,parent,document_title,document_date',
      `r1,proposal,"Créer une maison de santé à Verdun; ouverte le soir, même le week-end",,Axe 1 – L'accès aux soins,Attirer,departement,55,Meuse,MSP,"ACCES_MEDECIN, SOINS_NON_PROGRAMMES",atelier-meuse.md,4,,,`,
      'r2,need,"Un ""guichet unique"" pour les internes","Accueil, logement et stage au même endroit",Axe 1 – L\'accès aux soins,Attirer,departement,55,Meuse,STAGE_INTERNES,ATTRACTIVITE,atelier-meuse.md,5,r1,,',
    ]);
    expect(run.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(run.stdout.endsWith(',formules.md,6,,,\n')).toBe(true);
    const rows = readCsv(run.stdout);
    expect(rows[0]).toEqual([
      'id', 'kind', 'text', 'details', 'axis', 'group', 'territory_level', 'territory_code', 'territory_name', 'dispositifs', 'themes', 'source_file', 'source_line', 'parent',
      'document_title', 'document_date',
    ]);
    expect(rows.slice(1)).toEqual(records.map(cellsOf));
    // Cells that look like formulas come out untouched.
    expect(rows.slice(5).map((row) => row[2])).toEqual(FORMULAS);
  });

  it('--excel writes a BOM, ";", CRLF, French headers and kind labels, and neutralises formulas', () => {
    const run = recolte(['export', 'csv', 'records.ndjson', '--excel'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.startsWith('\ufeffIdentifiant;Type;Texte;Détails;Axe;Groupe;Niveau du territoire;Code du territoire;Territoire;Dispositifs;Thèmes;Fichier source;Ligne source;Parent;Titre du document;Date du document\r\n')).toBe(true);
    expect(run.stdout).toContain('\r\nr1;proposition;"Créer une maison de santé à Verdun; ouverte le soir, même le week-end";;Axe 1 – L\'accès aux soins;Attirer;departement;55;Meuse;MSP;ACCES_MEDECIN, SOINS_NON_PROGRAMMES;atelier-meuse.md;4;;;\r\n');
    expect(run.stdout).toContain('\r\nr5;proposition;\'=SUM(A1);;;;;;;;;formules.md;1;;;\r\n');
    // Every row ends with CRLF (r10's text holds one more); the only bare LF is inside r3's text.
    expect(run.stdout.split('\r\n')).toHaveLength(records.length + 3);
    expect(run.stdout.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1);
    const rows = readCsv(run.stdout, true);
    expect(rows[0]![0]).toBe('Identifiant');
    const labels: Record<string, string> = { proposal: 'proposition', need: 'besoin', finding: 'constat', good_practice: 'bonne pratique', pitfall: 'écueil', lever: 'levier', observation: 'observation', question: 'question' };
    const expected = records.map((r) => {
      const cells = cellsOf(r);
      cells[1] = labels[r.kind]!;
      cells[2] = FORMULAS.includes(r.text) ? `'${r.text}` : r.text;
      return cells;
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows[4]![2]).toBe('Coût = 0 € pour le patient');
  });

  it('writes clusters with their territories, members and sources joined in one cell each, most widely shared first', () => {
    const run = recolte(['export', 'csv', 'clusters.ndjson'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        'cluster_id,kind,text,size,territory_count,document_count,territories,member_ids,sources',
        'c1,proposal,Développer la télémédecine en zone rurale,3,2,2,Meuse (55); Eure (27),m3; m1; m2,eure.md:8; meuse.md:3; meuse.md:9',
        'c3,finding,"Manque de médecins, de kinés; d\'infirmiers",2,1,1,Stenay (55502),s1; s2,stenay.md:2; stenay.md:7',
        'c2,need,"=HYPERLINK(""http://exemple.fr"";""voir"")",2,0,1,,n1; n2,notes.txt:1; notes.txt:4',
        '',
      ].join('\n'),
    );
    const excel = recolte(['export', 'csv', 'clusters.ndjson', '--excel', '--lang', 'en'], { cwd });
    expect(readCsv(excel.stdout, true)).toEqual([
      ['Idea ID', 'Kind', 'Text', 'Contributions', 'Territories (count)', 'Meetings (count)', 'Territories', 'Contribution IDs', 'Sources'],
      ['c1', 'proposal', 'Développer la télémédecine en zone rurale', '3', '2', '2', 'Meuse (55); Eure (27)', 'm3; m1; m2', 'eure.md:8; meuse.md:3; meuse.md:9'],
      ['c3', 'finding', "Manque de médecins, de kinés; d'infirmiers", '2', '1', '1', 'Stenay (55502)', 's1; s2', 'stenay.md:2; stenay.md:7'],
      ['c2', 'need', '\'=HYPERLINK("http://exemple.fr";"voir")', '2', '0', '1', '', 'n1; n2', 'notes.txt:1; notes.txt:4'],
    ]);
  });

  it('--count chooses what clusters are ordered by first; a bad value is a usage error', () => {
    const ids = (count: string) => recolte(['export', 'csv', 'clusters.ndjson', '--count', count, '--columns', 'cluster_id'], { cwd }).stdout.trim().split('\n').slice(1);
    expect(ids('territories')).toEqual(['c1', 'c3', 'c2']);
    // c2 and c3: as many contributions and meetings; c3 has a territory.
    expect(ids('contributions')).toEqual(['c1', 'c3', 'c2']);
    expect(recolte(['export', 'csv', 'clusters.ndjson', '--count', 'meetings'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --count must be one of territories, documents, contributions (got "meetings")\n',
    });
  });

  it('--columns chooses and orders the columns by their stable names, whatever the headers', () => {
    const run = recolte(['export', 'csv', 'records.ndjson', '--columns', 'source_line,id,kind'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['source_line,id,kind', '4,r1,proposal', '5,r2,need']);
    const fr = recolte(['export', 'csv', 'records.ndjson', '--lang', 'fr', '--columns', 'kind,text'], { cwd });
    expect(fr.stdout.split('\n').slice(0, 2)).toEqual(['Type,Texte', 'proposition,"Créer une maison de santé à Verdun; ouverte le soir, même le week-end"']);
  });

  it('an unknown column is a usage error listing the columns of the input\'s type, with nothing written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const out = path.join(dir, 'out.csv');
    const run = recolte(['export', 'csv', 'clusters.ndjson', '--columns', 'cluster_id,id', '-o', out], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --columns: clusters have no column "id"; their columns are cluster_id, kind, text, size, territory_count, document_count, territories, member_ids, sources\n',
    });
    expect(existsSync(out)).toBe(false);
    const nowhere = recolte(['export', 'csv', 'records.ndjson', '--columns', 'id,colour'], { cwd });
    expect(nowhere).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'recolte: --columns: no column "colour"; records have id, kind, text, details, axis, group, territory_level, territory_code, territory_name, dispositifs, themes, source_file, source_line, parent, document_title, document_date; ' +
        'clusters have cluster_id, kind, text, size, territory_count, document_count, territories, member_ids, sources\n',
    });
  });

  it('a language other than fr or en is a usage error', () => {
    expect(recolte(['export', 'csv', 'records.ndjson', '--lang', 'de'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'recolte: --lang must be one of fr, en (got "de")\n' });
  });

  it('takes the type of the first item: clusters after records are errors, skipped', () => {
    // Files are read in name order: broken.ndjson (records) comes first.
    const run = recolte(['export', 'csv', 'clusters.ndjson', 'broken.ndjson', '--columns', 'id'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "broken.ndjson:2:56: error: Not valid JSON: Expected ',' or '}' after property value; each line must be one whole JSON record, as recolte parse writes them (json-invalid)\n" +
        [1, 2, 3]
          .map((line) => `clusters.ndjson:${line}:1: error: The input began with records, but this line is a cluster; records and clusters cannot be mixed, it is skipped: give them in separate runs (mixed-input)\n`)
          .join(''),
    );
    expect(run.stdout).toBe('id\nb1\nb3\n');
  });

  it('names a broken line and still writes the other rows', () => {
    const run = recolte(['export', 'csv', 'broken.ndjson', '--columns', 'id,text,territory_name'], { cwd });
    expect(run).toEqual({
      code: 1,
      stdout: 'id,text,territory_name\nb1,Ouvrir un centre de soins non programmés,Eure\nb3,Des transports vers les spécialistes,Meuse\n',
      stderr: "broken.ndjson:2:56: error: Not valid JSON: Expected ',' or '}' after property value; each line must be one whole JSON record, as recolte parse writes them (json-invalid)\n",
    });
  });

  it('-o writes the same CSV to a file, and nothing to stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const out = path.join(dir, 'records.csv');
    const run = recolte(['export', 'csv', 'records.ndjson', '--excel', '-o', out], { cwd });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(recolte(['export', 'csv', 'records.ndjson', '--excel'], { cwd }).stdout);
  });

  it('reads records from a pipe and loses none', () => {
    const parsed = recolte(['-q', 'parse', 'fixtures/seeds'], { cwd: root });
    const run = recolte(['export', 'csv', '-'], { input: parsed.stdout });
    expect(run.code).toBe(0);
    const expected = parsed.stdout.trim().split('\n').map((l) => cellsOf(JSON.parse(l) as RecolteRecord));
    expect(readCsv(run.stdout).slice(1)).toEqual(expected);
  });

  it('ends quietly with exit 0 when the reader closes the pipe', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const input = path.join(dir, 'many.ndjson');
    const line = (i: number) => JSON.stringify({ id: `x${i}`, kind: 'need', text: `Besoin numéro ${i}, écrit pour remplir le tube`, source: { file: 'x.md', line: i } });
    writeFileSync(input, `${Array.from({ length: 20_000 }, (_, i) => line(i + 1)).join('\n')}\n`);
    // POSIX sh has no PIPESTATUS: recolte's exit code goes to stderr, past head.
    const run = spawnSync('sh', ['-c', `{ "${process.execPath}" "${bin}" export csv "${input}"; echo "exit $?" >&2; } | head -n 2`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    expect(run.stdout).toBe('id,kind,text,details,axis,group,territory_level,territory_code,territory_name,dispositifs,themes,source_file,source_line,parent,document_title,document_date\nx1,need,"Besoin numéro 1, écrit pour remplir le tube",,,,,,,,,x.md,1,,,\n');
    expect(run.stderr).toBe('exit 0\n');
  });

  it('--excel takes the project\'s language from the config, and --lang over it', async () => {
    const firstLine = async (flags: { excel?: boolean; lang?: string }): Promise<string> => {
      const stdout = new PassThrough();
      let text = '';
      stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      const options = { argv: [], env: {}, cwd, stdin: new PassThrough(), stdout, stderr: new PassThrough() };
      const context = commandContext(options, {}, { config: { lang: 'en' }, file: null });
      expect(await runExportCsv(context, ['records.ndjson'], { ...flags, columns: 'id,kind' })).toBe(0);
      return text.split(/\r?\n/).slice(0, 2).join('|');
    };
    expect(await firstLine({ excel: true })).toBe('\ufeffID;Kind|r1;proposal');
    expect(await firstLine({ excel: true, lang: 'fr' })).toBe('\ufeffIdentifiant;Type|r1;proposition');
    // Without --excel or --lang, output is for scripts whatever the config says.
    expect(await firstLine({})).toBe('id,kind|r1,proposal');
  });
});

describe('recolte export csv --type', () => {
  // The names of the codes come from the built-in vocabulary; the unit tests check them with a
  // catalogue of their own, so these rows leave the name column out.
  const columns = 'dispositif_code,territory_level,territory_code,territory_name,initiatives,proposals,other_mentions,sources';

  it('dispositifs: one row per dispositif and territory, by code then territory, with the counts and sources', () => {
    const run = recolte(['export', 'csv', 'tagged.ndjson', '--type', 'dispositifs', '--columns', columns], { cwd });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        columns,
        'ASALEE,departement,71,Saône-et-Loire,1,0,0,digest.md:12',
        'CDS,departement,55,Meuse,0,1,0,meuse.md:3',
        'CDS,departement,71,Saône-et-Loire,1,0,0,digest.md:12',
        'CPTS,departement,55,Meuse,0,0,1,meuse.md:8',
        'IPA,departement,71,Saône-et-Loire,1,0,0,digest.md:12',
        'TELEMEDECINE,departement,27,Eure,1,0,0,digest.md:20',
        'TELEMEDECINE,departement,55,Meuse,0,1,0,meuse.md:4',
        'TELEMEDECINE,,,,0,1,0,notes.md:2',
        '',
      ].join('\n'),
    });
    expect(recolte(['export', 'csv', 'tagged.ndjson', '--type', 'dispositifs'], { cwd }).stdout.split('\n')[0]).toBe(
      'dispositif_code,dispositif_name,territory_level,territory_code,territory_name,initiatives,proposals,other_mentions,sources',
    );
  });

  it('dispositifs with --excel: BOM, ";", CRLF, French headers, or English ones with --lang en', () => {
    const run = recolte(['export', 'csv', 'tagged.ndjson', '--type', 'dispositifs', '--excel', '--columns', columns], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '\ufeff' +
        [
          'Code du dispositif;Niveau du territoire;Code du territoire;Territoire;Initiatives;Propositions;Autres mentions;Sources',
          'ASALEE;departement;71;Saône-et-Loire;1;0;0;digest.md:12',
          'CDS;departement;55;Meuse;0;1;0;meuse.md:3',
          'CDS;departement;71;Saône-et-Loire;1;0;0;digest.md:12',
          'CPTS;departement;55;Meuse;0;0;1;meuse.md:8',
          'IPA;departement;71;Saône-et-Loire;1;0;0;digest.md:12',
          'TELEMEDECINE;departement;27;Eure;1;0;0;digest.md:20',
          'TELEMEDECINE;departement;55;Meuse;0;1;0;meuse.md:4',
          'TELEMEDECINE;;;;0;1;0;notes.md:2',
          '',
        ].join('\r\n'),
    );
    const en = recolte(['export', 'csv', 'tagged.ndjson', '--type', 'dispositifs', '--excel', '--lang', 'en'], { cwd });
    expect(en.stdout.split('\r\n')[0]).toBe('\ufeffDispositif code;Dispositif;Territory level;Territory code;Territory;Initiatives;Proposals;Other mentions;Sources');
  });

  it('dispositifs of records that name none, or of schema 2, is the header alone', () => {
    const run = recolte(['export', 'csv', 'broken.ndjson', '--type', 'dispositifs', '--excel'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('\ufeffCode du dispositif;Dispositif;Niveau du territoire;Code du territoire;Territoire;Initiatives;Propositions;Autres mentions;Sources\r\n');
  });

  it('skips lines of the other type with an error naming --type, and still writes the header', () => {
    expect(recolte(['export', 'csv', 'clusters.ndjson', '--type', 'dispositifs', '--columns', 'dispositif_code'], { cwd })).toEqual({
      code: 1,
      stdout: 'dispositif_code\n',
      stderr: [1, 2, 3].map((line) => `clusters.ndjson:${line}:1: error: --type dispositifs reads records, but this line is a cluster; it is skipped (mixed-input)\n`).join(''),
    });
    expect(recolte(['export', 'csv', 'tagged.ndjson', '--type', 'cluster', '--columns', 'cluster_id'], { cwd }).stdout).toBe('cluster_id\n');
    expect(recolte(['export', 'csv', 'records.ndjson', '--type', 'record', '--columns', 'id'], { cwd }).stdout.split('\n').slice(0, 2)).toEqual(['id', 'r1']);
  });

  it('an unknown type, or a column the type lacks, is a usage error', () => {
    expect(recolte(['export', 'csv', 'tagged.ndjson', '--type', 'themes'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --type must be one of record, cluster, dispositifs (got "themes")\n',
    });
    expect(recolte(['export', 'csv', 'tagged.ndjson', '--type', 'dispositifs', '--columns', 'id'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'recolte: --columns: dispositifs rows have no column "id"; their columns are dispositif_code, dispositif_name, territory_level, territory_code, territory_name, initiatives, proposals, other_mentions, sources\n',
    });
  });
});
