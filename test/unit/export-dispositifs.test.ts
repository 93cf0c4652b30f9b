import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { columnsOf, headerRow, itemRow, stringifyOptions, type CsvLayout } from '../../src/export/csv.js';
import { dispositifRows, USE_OF_KIND } from '../../src/export/dispositifs.js';
import type { Kind, RecolteRecord, Territory } from '../../src/types/record.js';
import { KIND_ORDER } from '../../src/vocabulary/labels.js';
import { catalogue } from '../helpers/catalogue.js';

const dep = (code: string, name: string): Territory => ({ level: 'departement', code, name });
const record = (id: string, kind: Kind, territory: Territory | null, at: string, dispositifs?: string[]): RecolteRecord => {
  const [file, line] = at.split(':');
  return { id, kind, text: `Texte de ${id}`, territory, source: { file: file!, line: Number(line) }, ...(dispositifs && { dispositifs }) };
};

// Written out of order on purpose: the rows must not depend on the input's order.
const records: RecolteRecord[] = [
  record('f2', 'pitfall', dep('55', 'Meuse'), 'meuse.md:2', ['ZZ_LOCAL']),
  record('g1', 'good_practice', dep('27', 'Eure'), 'eure.md:4', ['TELEMEDECINE', 'CPTS']),
  record('p2', 'lever', dep('55', 'Meuse'), 'meuse.md:7', ['CDS', 'CDS']),
  record('i2', 'experiment', dep('27', 'Eure'), 'digest.md:30', ['TELEMEDECINE']),
  record('n2', 'objective', dep('44', 'Loire-Atlantique'), 'la.md:5', ['CPTS']),
  record('f1', 'finding', null, 'notes.md:1', ['CPTS']),
  record('i1', 'initiative', dep('71', 'Saône-et-Loire'), 'digest.md:12', ['CDS']),
  record('n1', 'need', { level: 'region', code: '44', name: 'Pays de la Loire' }, 'pdl.md:2', ['CPTS']),
  record('p1', 'proposal', dep('55', 'Meuse'), 'meuse.md:3', ['CDS']),
  record('s2', 'proposal', dep('55', 'Meuse'), 'meuse.md:9'),
  record('e1', 'initiative', dep('55', 'Meuse'), 'meuse.md:11', []),
];

const layout = (over: Partial<CsvLayout> = {}): CsvLayout => ({ type: 'dispositif', columns: columnsOf('dispositif'), lang: null, excel: false, ...over });
const csv = (l: CsvLayout): string => stringify([headerRow(l), ...dispositifRows(records, catalogue).map((row) => itemRow(l, row))], stringifyOptions(l.excel));

describe('what a record says of the dispositifs it names, by kind', () => {
  it('runs here: initiatives, experiments, good practices', () => {
    expect(KIND_ORDER.filter((k) => USE_OF_KIND[k] === 'runs')).toEqual(['good_practice', 'experiment', 'initiative']);
  });
  it('asked for here: proposals, needs, objectives, first steps, levers', () => {
    expect(KIND_ORDER.filter((k) => USE_OF_KIND[k] === 'asked')).toEqual(['proposal', 'need', 'objective', 'first_step', 'lever']);
  });
  it('only mentioned: findings, pitfalls, questions, observations', () => {
    expect(KIND_ORDER.filter((k) => USE_OF_KIND[k] === 'other')).toEqual(['pitfall', 'finding', 'question', 'observation']);
  });
});

describe('the dispositifs table', () => {
  it('has one row per dispositif and territory, by code then territory (région 44 before département 44, no territory last)', () => {
    const rows = dispositifRows(records, catalogue);
    expect(rows.map((r) => [r.code, r.territory ? `${r.territory.level}:${r.territory.code}` : null, r.initiatives, r.proposals, r.otherMentions, r.records.map((x) => x.id)])).toEqual([
      ['CDS', 'departement:55', 0, 2, 0, ['p1', 'p2']],
      ['CDS', 'departement:71', 1, 0, 0, ['i1']],
      ['CPTS', 'departement:27', 1, 0, 0, ['g1']],
      ['CPTS', 'region:44', 0, 1, 0, ['n1']],
      ['CPTS', 'departement:44', 0, 1, 0, ['n2']],
      ['CPTS', null, 0, 0, 1, ['f1']],
      ['TELEMEDECINE', 'departement:27', 2, 0, 0, ['i2', 'g1']],
      ['ZZ_LOCAL', 'departement:55', 0, 0, 1, ['f2']],
    ]);
    expect(dispositifRows([...records].reverse(), catalogue)).toEqual(rows);
  });

  it('counts every record that names a dispositif once in its row, and no record without one', () => {
    const rows = dispositifRows(records, catalogue);
    const named = records.flatMap((r) => [...new Set(r.dispositifs ?? [])].map((code) => `${code} ${r.id}`)).sort();
    expect(rows.flatMap((row) => row.records.map((r) => `${row.code} ${r.id}`)).sort()).toEqual(named);
    expect(rows.reduce((n, row) => n + row.initiatives + row.proposals + row.otherMentions, 0)).toBe(named.length);
  });

  it('is an empty table when no record names a dispositif', () => {
    expect(dispositifRows([record('s2', 'proposal', null, 'a.md:1'), record('e1', 'initiative', null, 'a.md:2', [])], catalogue)).toEqual([]);
  });

  it('writes plain CSV for scripts: stable names, codes, a name left empty when the catalogue lacks it', () => {
    expect(csv(layout())).toBe(
      [
        'dispositif_code,dispositif_name,territory_level,territory_code,territory_name,initiatives,proposals,other_mentions,sources',
        'CDS,Centre de santé,departement,55,Meuse,0,2,0,meuse.md:3; meuse.md:7',
        'CDS,Centre de santé,departement,71,Saône-et-Loire,1,0,0,digest.md:12',
        'CPTS,Communauté professionnelle territoriale de santé,departement,27,Eure,1,0,0,eure.md:4',
        'CPTS,Communauté professionnelle territoriale de santé,region,44,Pays de la Loire,0,1,0,pdl.md:2',
        'CPTS,Communauté professionnelle territoriale de santé,departement,44,Loire-Atlantique,0,1,0,la.md:5',
        'CPTS,Communauté professionnelle territoriale de santé,,,,0,0,1,notes.md:1',
        'TELEMEDECINE,Télémédecine,departement,27,Eure,2,0,0,digest.md:30; eure.md:4',
        'ZZ_LOCAL,"+Santé, le dispositif du canton",departement,55,Meuse,0,0,1,meuse.md:2',
        '',
      ].join('\n'),
    );
    expect(csv(layout({ columns: ['dispositif_code', 'sources'] })).split('\n').slice(0, 2)).toEqual(['dispositif_code,sources', 'CDS,meuse.md:3; meuse.md:7']);
  });

  it('writes Excel-FR CSV: BOM, ";", CRLF, French headers, formulas neutralised', () => {
    expect(csv(layout({ lang: 'fr', excel: true }))).toBe(
      '\ufeff' +
        [
          'Code du dispositif;Dispositif;Niveau du territoire;Code du territoire;Territoire;Initiatives;Propositions;Autres mentions;Sources',
          'CDS;Centre de santé;departement;55;Meuse;0;2;0;"meuse.md:3; meuse.md:7"',
          'CDS;Centre de santé;departement;71;Saône-et-Loire;1;0;0;digest.md:12',
          'CPTS;Communauté professionnelle territoriale de santé;departement;27;Eure;1;0;0;eure.md:4',
          'CPTS;Communauté professionnelle territoriale de santé;region;44;Pays de la Loire;0;1;0;pdl.md:2',
          'CPTS;Communauté professionnelle territoriale de santé;departement;44;Loire-Atlantique;0;1;0;la.md:5',
          'CPTS;Communauté professionnelle territoriale de santé;;;;0;0;1;notes.md:1',
          'TELEMEDECINE;Télémédecine;departement;27;Eure;2;0;0;"digest.md:30; eure.md:4"',
          "ZZ_LOCAL;'+Santé, le dispositif du canton;departement;55;Meuse;0;0;1;meuse.md:2",
          '',
        ].join('\r\n'),
    );
  });

  it('gives English headers with --lang en', () => {
    expect(csv(layout({ lang: 'en', excel: true })).split('\r\n')[0]).toBe(
      '\ufeffDispositif code;Dispositif;Territory level;Territory code;Territory;Initiatives;Proposals;Other mentions;Sources',
    );
  });
});
