import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { counted } from '../helpers/cluster.js';
import { columnsOf, headerRow, itemRow, neutralise, stringifyOptions, unknownColumns, type CsvLayout } from '../../src/export/csv.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord } from '../../src/types/record.js';

const meuse = { level: 'departement', code: '55', name: 'Meuse' } as const;
const eure = { level: 'departement', code: '27', name: 'Eure' } as const;

const record: RecolteRecord = {
  id: 'r2',
  kind: 'good_practice',
  text: 'Un "guichet unique"; pour les internes',
  details: 'Une permanence le samedi.\nAvec la CPTS.',
  parent: 'r1',
  axis: "Axe 1 – L'accès aux soins",
  group: null,
  territory: meuse,
  source: { file: 'atelier.md', line: 5, column: 3 },
  document: { title: 'Atelier de Verdun', date: '2025-06-17', participants: 12 },
  dispositifs: ['STAGE_INTERNES', 'CPTS'],
  themes: ['ATTRACTIVITE'],
  mentions: [{ code: 'STAGE_INTERNES', field: 'text', start: 25, end: 38 }, { code: 'CPTS', field: 'details', start: 36, end: 40 }],
};
const bare: RecolteRecord = { id: 'r5', kind: 'proposal', text: '=SUM(A1)', source: { file: 'f.md', line: 1 } };

const cluster: Cluster = counted({
  id: 'c1',
  kind: 'proposal',
  text: 'Développer la télémédecine',
  size: 3,
  territories: [{ ...meuse, count: 2 }, { ...eure, count: 1 }],
  members: [
    { id: 'm3', text: 'x', territory: eure, source: { file: 'eure.md', line: 8 }, similarity: 0.9 },
    { id: 'm1', text: 'x', territory: meuse, source: { file: 'meuse.md', line: 3 }, similarity: 1 },
    { id: 'm2', text: 'x', territory: meuse, source: { file: 'meuse.md', line: 9 }, similarity: 1 },
  ],
});

const layout = (type: CsvLayout['type'], over: Partial<CsvLayout> = {}): CsvLayout => ({ type, columns: columnsOf(type), lang: null, excel: false, ...over });

describe('CSV columns', () => {
  it('names the columns of records and clusters in a stable order', () => {
    expect(columnsOf('record')).toEqual([
      'id', 'kind', 'text', 'details', 'axis', 'group', 'territory_level', 'territory_code', 'territory_name', 'dispositifs', 'themes', 'source_file', 'source_line', 'parent',
      'document_title', 'document_date',
    ]);
    expect(columnsOf('cluster')).toEqual(['cluster_id', 'kind', 'text', 'size', 'territory_count', 'document_count', 'territories', 'member_ids', 'sources']);
  });

  it('lists the names a type does not have, in the order given', () => {
    expect(unknownColumns('record', ['text', 'size', 'id', 'nope'])).toEqual(['size', 'nope']);
    expect(unknownColumns('cluster', ['cluster_id', 'id'])).toEqual(['id']);
  });

  it('gives readable headers in French and English, the stable names otherwise', () => {
    expect(headerRow(layout('record'))).toEqual(columnsOf('record'));
    expect(headerRow(layout('record', { lang: 'fr' }))).toEqual([
      'Identifiant', 'Type', 'Texte', 'Détails', 'Axe', 'Groupe', 'Niveau du territoire', 'Code du territoire', 'Territoire', 'Dispositifs', 'Thèmes', 'Fichier source',
      'Ligne source', 'Parent', 'Titre du document', 'Date du document',
    ]);
    expect(headerRow(layout('record', { lang: 'en', columns: ['dispositifs', 'themes'] }))).toEqual(['Dispositifs', 'Themes']);
    expect(headerRow(layout('cluster', { lang: 'fr' }))).toEqual([
      "Identifiant de l'idée", 'Type', 'Texte', 'Contributions', 'Territoires (nombre)', 'Réunions (nombre)', 'Territoires', 'Identifiants des contributions', 'Sources',
    ]);
    expect(headerRow(layout('cluster', { lang: 'en', columns: ['size', 'cluster_id'] }))).toEqual(['Contributions', 'Idea ID']);
  });
});

describe('CSV rows', () => {
  it('gives a record its cells as they are, with empty cells for absent values', () => {
    expect(itemRow(layout('record'), record)).toEqual([
      'r2', 'good_practice', 'Un "guichet unique"; pour les internes', 'Une permanence le samedi.\nAvec la CPTS.', "Axe 1 – L'accès aux soins", '', 'departement', '55', 'Meuse',
      'STAGE_INTERNES, CPTS', 'ATTRACTIVITE', 'atelier.md', 5, 'r1', 'Atelier de Verdun', '2025-06-17',
    ]);
    expect(itemRow(layout('record'), bare)).toEqual(['r5', 'proposal', '=SUM(A1)', '', '', '', '', '', '', '', '', 'f.md', 1, '', '', '']);
  });

  it('joins dispositif and theme codes with ", " in the order the record gives them; none, or no field (schema 2), is an empty cell', () => {
    const columns = ['dispositifs', 'themes'];
    expect(itemRow(layout('record', { columns, lang: 'fr', excel: true }), record)).toEqual(['STAGE_INTERNES, CPTS', 'ATTRACTIVITE']);
    expect(itemRow(layout('record', { columns }), { ...bare, dispositifs: [], themes: ['PREVENTION'] })).toEqual(['', 'PREVENTION']);
    expect(itemRow(layout('record', { columns }), bare)).toEqual(['', '']);
  });

  it('names kinds in the language asked for, and keeps the order of --columns', () => {
    expect(itemRow(layout('record', { lang: 'fr', columns: ['kind', 'id'] }), record)).toEqual(['bonne pratique', 'r2']);
    expect(itemRow(layout('record', { lang: 'en', columns: ['kind'] }), record)).toEqual(['good practice']);
  });

  it('joins a cluster\'s territories, members and sources in the cluster\'s order', () => {
    expect(itemRow(layout('cluster'), cluster)).toEqual([
      'c1', 'proposal', 'Développer la télémédecine', 3, 2, 2, 'Meuse (55); Eure (27)', 'm3; m1; m2', 'eure.md:8; meuse.md:3; meuse.md:9',
    ]);
    expect(itemRow(layout('cluster', { columns: ['territory_count', 'territories'] }), { ...cluster, counts: { ...cluster.counts, territories: 0 }, territories: [] })).toEqual([0, '']);
    // Two members from meuse.md count once there: two documents for three contributions.
    expect(itemRow(layout('cluster', { columns: ['size', 'document_count', 'territory_count'] }), cluster)).toEqual([3, 2, 2]);
  });

  it('neutralises formula-like cells only for Excel', () => {
    expect(itemRow(layout('record', { columns: ['text', 'source_line'] }), bare)).toEqual(['=SUM(A1)', 1]);
    expect(itemRow(layout('record', { columns: ['text', 'source_line'], excel: true }), bare)).toEqual(["'=SUM(A1)", 1]);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+33 3 29 00 00 00', "'+33 3 29 00 00 00"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"],
  ])('prefixes %j with a quote', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it.each(['Coût = 0 €', 'a-b', ' =1', "'=1", ''])('leaves %j alone', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe('CSV format', () => {
  const rows = [['id', 'text'], ['a', 'x, y; "z"'], ['b', 'lf\nonly'], ['c', 'cr\ronly']];

  it('writes plain RFC 4180 CSV by default: comma, LF, quotes only where needed', () => {
    expect(stringify(rows, stringifyOptions(false))).toBe('id,text\na,"x, y; ""z"""\nb,"lf\nonly"\nc,"cr\ronly"\n');
  });

  it('writes a BOM, semicolons and CRLF for Excel', () => {
    expect(stringify(rows, stringifyOptions(true))).toBe('\ufeffid;text\r\na;"x, y; ""z"""\r\nb;"lf\nonly"\r\nc;"cr\ronly"\r\n');
  });
});
