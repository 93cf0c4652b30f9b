import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counted } from '../helpers/cluster.js';
import { applyAdd, documentsOfRecords, writeBase } from '../../src/base/build.js';
import { datasetteMetadata } from '../../src/base/metadata.js';
import { planAdd, pathsToCheck } from '../../src/base/plan.js';
import { catalogueRows, documentId, documentRows, territoryRow } from '../../src/base/rows.js';
import { FTS_TABLE, TABLES, VIEWS } from '../../src/base/schema.js';
import { loadSqlite, SqliteUnavailable, type SqliteDatabase } from '../../src/base/sqlite.js';
import { baseStats } from '../../src/base/stats.js';
import { checkBase, configure, dedupeInput, knownDocuments, type KnownDocument } from '../../src/base/store.js';
import type { TagCatalogue } from '../../src/tag/catalogue.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord } from '../../src/types/record.js';

const eure = { level: 'departement', code: '27', name: 'Eure' } as const;
const cote = { level: 'departement', code: '21', name: "Côte-d'Or" } as const;
const stenay = { level: 'commune', code: '55502', name: 'Stenay' } as const;

const catalogue: TagCatalogue = {
  dispositifs: [
    { code: 'CPTS', name: 'Communauté professionnelle territoriale de santé', description: 'Les professionnels d’un territoire organisés ensemble.', reference: 'Code de la santé publique, art. L1434-12', url: 'https://sante.gouv.fr/cpts', themes: ['COORDINATION'] },
    { code: 'TELEMEDECINE', name: 'Télémédecine', description: 'Téléconsultation et télé-expertise.', url: null, themes: ['ACCES_MEDECIN', 'NUMERIQUE'] },
    { code: 'MEDICOBUS', name: 'Médicobus', description: 'Un cabinet médical qui se déplace.', url: null, themes: [] },
  ],
  themes: [
    { code: 'ACCES_MEDECIN', name: 'Accès au médecin', description: 'Trouver un médecin traitant.' },
    { code: 'COORDINATION', name: 'Coordination', description: 'Les professionnels travaillent ensemble.' },
    { code: 'SANTE_MENTALE', name: 'Santé mentale', description: 'Psychiatrie, psychologues, bien-être.' },
  ],
};

const box: RecolteRecord = {
  id: 'a1',
  kind: 'initiative',
  text: 'Box médicale',
  details: 'Un cabinet connecté équipé de matériel de téléconsultation.',
  parent: null,
  axis: null,
  group: null,
  territory: eure,
  evidence: 'heading',
  source: { file: 'docs/digest.md', line: 3, column: 1, endLine: 4 },
  document: { title: 'Initiatives des départements', date: '2025-03-01', participants: null, hash: 'a'.repeat(64), dispositifs: ['MEDICOBUS', 'TELEMEDECINE'] },
  dispositifs: ['TELEMEDECINE'],
  themes: ['ACCES_MEDECIN'],
  mentions: [{ code: 'TELEMEDECINE', field: 'details', start: 42, end: 58 }],
};
const cpts: RecolteRecord = {
  id: 'a2',
  kind: 'initiative',
  text: 'Une CPTS pour tout le nord du département',
  details: null,
  parent: null,
  territory: cote,
  evidence: 'heading',
  source: { file: 'docs/digest.md', line: 6, column: 1, endLine: 6 },
  document: box.document!,
  dispositifs: ['CPTS'],
  themes: ['COORDINATION'],
  mentions: [{ code: 'CPTS', field: 'text', start: 4, end: 8 }],
};
const bus: RecolteRecord = {
  id: 'b1',
  kind: 'proposal',
  text: 'Faire venir un médicobus une fois par semaine',
  details: null,
  parent: null,
  territory: stenay,
  evidence: 'heading',
  source: { file: 'docs/atelier.md', line: 5, column: 1, endLine: 5 },
  document: { title: 'Atelier de Stenay', date: null, participants: 12, hash: 'b'.repeat(64), dispositifs: ['MEDICOBUS'] },
  dispositifs: ['MEDICOBUS'],
  themes: ['ACCES_MEDECIN'],
  mentions: [{ code: 'MEDICOBUS', field: 'text', start: 15, end: 24 }],
};
const need: RecolteRecord = {
  id: 'b2',
  kind: 'need',
  text: 'Un psychologue au collège',
  parent: 'b1',
  territory: stenay,
  source: { file: 'docs/atelier.md', line: 7 },
  document: bus.document!,
  themes: ['SANTE_MENTALE', 'JEUNES'],
};
const records = [box, cpts, bus, need];

function cluster(id: string, members: readonly RecolteRecord[]): Cluster {
  const territories = members.flatMap((m) => (m.territory ? [{ ...m.territory, count: 1 }] : []));
  return counted({
    id,
    kind: members[0]!.kind,
    text: members[0]!.text,
    size: members.length,
    territories,
    members: members.map((m) => ({ id: m.id, text: m.text, territory: m.territory ?? null, source: m.source, similarity: 1 })) as Cluster['members'],
  });
}
const clusters = [cluster('c1', [box, cpts]), cluster('c2', [bus]), cluster('c3', [need])];

async function memory(): Promise<SqliteDatabase> {
  const open = await loadSqlite();
  const db = new open(':memory:');
  configure(db);
  return db;
}

async function base(): Promise<SqliteDatabase> {
  const db = await memory();
  db.exec('BEGIN');
  writeBase(db, { documents: documentsOfRecords(records), clusters, catalogue, meta: { recolte_version: '0.0.0', threshold: '0.5' } });
  db.exec('COMMIT');
  return db;
}

const rows = (db: SqliteDatabase, sql: string): unknown[] => db.prepare(sql).all();

describe('the rows of a document', () => {
  it('flattens records, keeps each dispositif and mention with its excerpt, and the document its hash and own dispositifs', () => {
    const doc = documentRows([box, cpts], { path: 'docs/digest.md', hash: null, paths: ['docs/digest.md', 'copie/digest.md'] });
    const id = documentId('docs/digest.md');
    expect(doc.document).toEqual({
      id,
      path: 'docs/digest.md',
      hash: 'a'.repeat(64),
      title: 'Initiatives des départements',
      date: '2025-03-01',
      participants: null,
      territory_id: null,
      territory_level: null,
      territory_code: null,
      territory_name: null,
    });
    expect(doc.paths).toEqual([{ path: 'copie/digest.md', document_id: id }, { path: 'docs/digest.md', document_id: id }]);
    expect(doc.records[0]).toEqual({
      id: 'a1',
      kind: 'initiative',
      text: 'Box médicale',
      details: 'Un cabinet connecté équipé de matériel de téléconsultation.',
      parent: null,
      axis: null,
      group_name: null,
      territory_id: 'departement:27',
      territory_level: 'departement',
      territory_code: '27',
      territory_name: 'Eure',
      evidence: 'heading',
      source_file: 'docs/digest.md',
      source_line: 3,
      source_column: 1,
      source_end_line: 4,
      source_sheet: null,
      meeting: null,
      document_id: id,
      dispositifs: '["TELEMEDECINE"]',
      themes: '["ACCES_MEDECIN"]',
    });
    expect(doc.recordMentions).toEqual([
      { record_id: 'a1', dispositif: 'TELEMEDECINE', field: 'details', span_start: 42, span_end: 58, excerpt: 'téléconsultation' },
      { record_id: 'a2', dispositif: 'CPTS', field: 'text', span_start: 4, span_end: 8, excerpt: 'CPTS' },
    ]);
    expect(doc.documentDispositifs).toEqual([
      { document_id: id, dispositif: 'MEDICOBUS', position: 1 },
      { document_id: id, dispositif: 'TELEMEDECINE', position: 2 },
    ]);
    expect(doc.dispositifs).toEqual(['MEDICOBUS', 'TELEMEDECINE', 'CPTS']);
  });

  it('gives the document the territory all its records share, uses the file hash when records carry none, and empties unknown parents', () => {
    const bare = (r: RecolteRecord): RecolteRecord => ({ ...r, document: { title: 'Atelier', date: null, participants: null } });
    const doc = documentRows([bare(bus), bare({ ...need, parent: 'zz' })], { path: 'docs/atelier.md', hash: 'c'.repeat(64), paths: ['docs/atelier.md'] });
    expect(doc.document).toMatchObject({ hash: 'c'.repeat(64), territory_id: 'commune:55502', territory_name: 'Stenay' });
    expect(doc.records[1]).toMatchObject({ id: 'b2', parent: null, dispositifs: '[]', themes: '["SANTE_MENTALE","JEUNES"]' });
    expect(doc.unknownParents).toEqual([{ record: expect.objectContaining({ id: 'b2' }), parent: 'zz' }]);
  });

  it('places a territory in its département and région', () => {
    expect(territoryRow(stenay)).toEqual({ id: 'commune:55502', level: 'commune', code: '55502', name: 'Stenay', departement_code: '55', departement_name: 'Meuse', region_code: '44', region_name: 'Grand Est' });
    expect(territoryRow(cote)).toMatchObject({ departement_code: '21', region_code: '27', region_name: 'Bourgogne-Franche-Comté' });
    expect(territoryRow({ level: 'region', code: '27', name: 'Bourgogne-Franche-Comté' })).toMatchObject({ departement_code: null, departement_name: null, region_code: '27' });
    expect(territoryRow({ level: 'national', code: 'FR', name: 'France' })).toMatchObject({ departement_code: null, region_code: null });
    expect(territoryRow({ level: 'commune', code: '2A004', name: 'Ajaccio' })).toMatchObject({ departement_name: 'Corse-du-Sud', region_name: 'Corse' });
    expect(territoryRow({ level: 'commune', code: '97105', name: 'Basse-Terre' })).toMatchObject({ departement_code: '971', region_code: '01' });
    expect(territoryRow({ level: 'commune', code: '75111', name: 'Paris 11e Arrondissement' })).toMatchObject({ departement_code: '75', region_name: 'Île-de-France' });
  });

  it('lists the whole catalogue, and the codes records use that it lacks, without a name', () => {
    const { dispositifs, themes, dispositifThemes } = catalogueRows(catalogue, { dispositifs: ['CPTS', 'PTSM'], themes: ['JEUNES'] });
    expect(dispositifs.map((d) => d.code)).toEqual(['CPTS', 'MEDICOBUS', 'PTSM', 'TELEMEDECINE']);
    expect(dispositifs[2]).toEqual({ code: 'PTSM', name: null, description: null, reference: null, url: null });
    expect(dispositifs[0]).toMatchObject({ code: 'CPTS', reference: 'Code de la santé publique, art. L1434-12' });
    expect(themes.map((t) => [t.code, t.name])).toEqual([
      ['ACCES_MEDECIN', 'Accès au médecin'],
      ['COORDINATION', 'Coordination'],
      ['JEUNES', null],
      ['NUMERIQUE', null],
      ['SANTE_MENTALE', 'Santé mentale'],
    ]);
    expect(dispositifThemes).toEqual([
      { dispositif: 'CPTS', theme: 'COORDINATION' },
      { dispositif: 'TELEMEDECINE', theme: 'ACCES_MEDECIN' },
      { dispositif: 'TELEMEDECINE', theme: 'NUMERIQUE' },
    ]);
  });
});

describe('planning base add: a document is known by its content', () => {
  const doc = (path: string, hash: string | null, paths: string[] = [path]): KnownDocument => ({ id: documentId(path), path, hash, paths });
  const found = (entries: Record<string, string | null>): Map<string, string | null> => new Map(Object.entries(entries));

  it('reads new contents from their first path, and leaves unchanged ones alone', () => {
    const known = [doc('a.md', 'h1')];
    expect(planAdd(known, found({ 'a.md': 'h1', 'c.md': 'h3', 'b.md': 'h3' }))).toEqual({
      remove: [],
      read: [{ path: 'b.md', hash: 'h3', paths: ['b.md', 'c.md'] }],
      paths: [],
      unchanged: known,
    });
  });

  it('records the same content under another path beside the document', () => {
    const known = [doc('a.md', 'h1')];
    expect(planAdd(known, found({ 'copie/a.md': 'h1' }))).toEqual({ remove: [], read: [], paths: [{ document: known[0], paths: ['a.md', 'copie/a.md'] }], unchanged: [] });
  });

  it('replaces a changed document at a known path, and drops a path that now holds another content', () => {
    const known = [doc('a.md', 'h1'), doc('b.md', 'h2', ['b.md', 'x.md'])];
    // x.md now holds what a.md held: that content is read again from there.
    expect(planAdd(known, found({ 'a.md': 'h9', 'x.md': 'h1' }))).toEqual({
      remove: [known[0]],
      read: [
        { path: 'a.md', hash: 'h9', paths: ['a.md'] },
        { path: 'x.md', hash: 'h1', paths: ['x.md'] },
      ],
      paths: [{ document: known[1], paths: ['b.md'] }],
      unchanged: [],
    });
  });

  it('reads a document again from another of its paths when its own now holds something else', () => {
    const known = [doc('a.md', 'h1', ['a.md', 'b.md'])];
    expect(pathsToCheck(known, found({ 'a.md': 'h2' }))).toEqual(['b.md']);
    expect(pathsToCheck(known, found({ 'a.md': 'h1' }))).toEqual([]);
    expect(planAdd(known, found({ 'a.md': 'h2', 'b.md': 'h1' }))).toEqual({
      remove: known,
      read: [
        { path: 'a.md', hash: 'h2', paths: ['a.md'] },
        { path: 'b.md', hash: 'h1', paths: ['b.md'] },
      ],
      paths: [],
      unchanged: [],
    });
    // Gone from there too: nothing to read it from.
    expect(planAdd(known, found({ 'a.md': 'h2', 'b.md': null })).read).toEqual([{ path: 'a.md', hash: 'h2', paths: ['a.md'] }]);
  });

  it('reads again a document of unknown content once its path is read, and keeps one document per content', () => {
    const known = [doc('a.md', null), doc('b.md', 'h1'), doc('c.md', 'h1')];
    const plan = planAdd(known, found({ 'a.md': 'h5' }));
    expect(plan.remove).toEqual([known[0], known[2]]);
    expect(plan.read).toEqual([{ path: 'a.md', hash: 'h5', paths: ['a.md'] }]);
    expect(plan.paths).toEqual([{ document: known[1], paths: ['b.md', 'c.md'] }]);
    expect(planAdd([doc('a.md', null)], found({})).unchanged).toHaveLength(1);
  });

  it('changes nothing the second time', () => {
    const first = planAdd([], found({ 'a.md': 'h1', 'b.md': 'h1', 'c.md': 'h2' }));
    const known = first.read.map((r) => doc(r.path, r.hash, r.paths));
    expect(planAdd(known, found({ 'a.md': 'h1', 'b.md': 'h1', 'c.md': 'h2' }))).toEqual({ remove: [], read: [], paths: [], unchanged: known });
  });
});

describe('the base', () => {
  it('declares its foreign keys and holds none broken', async () => {
    const db = await base();
    checkBase(db);
    expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
    const keys = (table: string): string[] => (rows(db, `PRAGMA foreign_key_list(${table})`) as { from: string; table: string }[]).map((k) => `${k.from}→${k.table}`).sort();
    expect(keys('records')).toEqual(['document_id→documents', 'kind→kinds', 'parent→records', 'territory_id→territories']);
    expect(keys('record_dispositifs')).toEqual(['dispositif→dispositifs', 'record_id→records']);
    expect(keys('cluster_members')).toEqual(['cluster_id→clusters', 'record_id→records']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('finds "téléconsultation" when searched without accents, in the text or the details', async () => {
    const db = await base();
    const search = (query: string): unknown[] => rows(db, `SELECT r.id FROM ${FTS_TABLE} JOIN records r ON r.rowid = ${FTS_TABLE}.rowid WHERE ${FTS_TABLE} MATCH '${query}' ORDER BY r.id`);
    expect(search('teleconsultation')).toEqual([{ id: 'a1' }]);
    expect(search('MEDICOBUS')).toEqual([{ id: 'b1' }]);
    expect(search('psychologue')).toEqual([{ id: 'b2' }]);
  });

  it('answers "which dispositifs, where, running or asked for" in dispositifs_par_territoire', async () => {
    const db = await base();
    expect(rows(db, 'SELECT * FROM dispositifs_par_territoire')).toEqual([
      {
        dispositif: 'CPTS',
        nom: 'Communauté professionnelle territoriale de santé',
        territoire: "Côte-d'Or",
        niveau: 'departement',
        code_territoire: '21',
        departement: "Côte-d'Or",
        region: 'Bourgogne-Franche-Comté',
        statut: 'en place',
        type: 'initiative',
        contributions: 1,
        documents: 1,
        textes: 'Une CPTS pour tout le nord du département',
        sources: 'docs/digest.md:6',
      },
      {
        dispositif: 'MEDICOBUS',
        nom: 'Médicobus',
        territoire: 'Stenay',
        niveau: 'commune',
        code_territoire: '55502',
        departement: 'Meuse',
        region: 'Grand Est',
        statut: 'proposé',
        type: 'proposition',
        contributions: 1,
        documents: 1,
        textes: 'Faire venir un médicobus une fois par semaine',
        sources: 'docs/atelier.md:5',
      },
      {
        dispositif: 'TELEMEDECINE',
        nom: 'Télémédecine',
        territoire: 'Eure',
        niveau: 'departement',
        code_territoire: '27',
        departement: 'Eure',
        region: 'Normandie',
        statut: 'en place',
        type: 'initiative',
        contributions: 1,
        documents: 1,
        textes: 'Box médicale : Un cabinet connecté équipé de matériel de téléconsultation.',
        sources: 'docs/digest.md:3',
      },
    ]);
    // The README's examples: which départements ask for a médicobus.
    expect(
      rows(db, "SELECT departement, sum(contributions) AS demandes, group_concat(sources, '; ') AS sources FROM dispositifs_par_territoire WHERE dispositif = 'MEDICOBUS' AND statut = 'proposé' AND departement IS NOT NULL GROUP BY departement ORDER BY demandes DESC, departement"),
    ).toEqual([{ departement: 'Meuse', demandes: 1, sources: 'docs/atelier.md:5' }]);
    // Which CPTS run in Bourgogne-Franche-Comté.
    expect(rows(db, "SELECT territoire, textes, sources FROM dispositifs_par_territoire WHERE dispositif = 'CPTS' AND statut = 'en place' AND region = 'Bourgogne-Franche-Comté'")).toEqual([
      { territoire: "Côte-d'Or", textes: 'Une CPTS pour tout le nord du département', sources: 'docs/digest.md:6' },
    ]);
  });

  it('lists the ideas most widely shared first in idees, with their sources, dispositifs and themes', async () => {
    const db = await base();
    expect(rows(db, 'SELECT * FROM idees')).toEqual([
      {
        idee: 'c1',
        type: 'initiative',
        texte: 'Box médicale',
        contributions: 2,
        territoires: 2,
        reunions: 1,
        liste_territoires: "Eure (27); Côte-d'Or (21)",
        sources: 'docs/digest.md:3; docs/digest.md:6',
        dispositifs: 'CPTS, TELEMEDECINE',
        themes: 'ACCES_MEDECIN, COORDINATION',
      },
      { idee: 'c2', type: 'proposition', texte: 'Faire venir un médicobus une fois par semaine', contributions: 1, territoires: 1, reunions: 1, liste_territoires: 'Stenay (55502)', sources: 'docs/atelier.md:5', dispositifs: 'MEDICOBUS', themes: 'ACCES_MEDECIN' },
      { idee: 'c3', type: 'besoin', texte: 'Un psychologue au collège', contributions: 1, territoires: 1, reunions: 1, liste_territoires: 'Stenay (55502)', sources: 'docs/atelier.md:7', dispositifs: null, themes: 'JEUNES, SANTE_MENTALE' },
    ]);
  });

  it("answers the README's question on the ideas about santé mentale", async () => {
    const db = await base();
    expect(rows(db, "SELECT texte, territoires, liste_territoires, sources FROM idees WHERE idee IN (SELECT m.cluster_id FROM cluster_members m JOIN record_themes t ON t.record_id = m.record_id WHERE t.theme = 'SANTE_MENTALE') LIMIT 10")).toEqual([
      { texte: 'Un psychologue au collège', territoires: 1, liste_territoires: 'Stenay (55502)', sources: 'docs/atelier.md:7' },
    ]);
  });

  it('counts what it holds', async () => {
    const stats = baseStats(await base());
    expect(stats).toMatchObject({ documents: 2, paths: 2, records: 4, ideas: 3, grouped: 1, territories: 3, settings: { threshold: 0.5, synonyms: null, decisions: null } });
    expect(stats.dispositifs).toEqual([
      { code: 'CPTS', name: 'Communauté professionnelle territoriale de santé', records: 1, territories: 1, running: 1, asked: 0 },
      { code: 'MEDICOBUS', name: 'Médicobus', records: 1, territories: 1, running: 0, asked: 1 },
      { code: 'TELEMEDECINE', name: 'Télémédecine', records: 1, territories: 1, running: 1, asked: 0 },
    ]);
  });

  it('applies a plan: a new document adds exactly its records, a removed one takes its own away', async () => {
    const db = await base();
    const known = knownDocuments(db);
    expect(known.map((d) => [d.path, d.hash])).toEqual([
      ['docs/atelier.md', 'b'.repeat(64)],
      ['docs/digest.md', 'a'.repeat(64)],
    ]);
    const fresh: RecolteRecord = { id: 'n1', kind: 'proposal', text: 'Un CLSM pour le Nord', source: { file: 'docs/nouveau.md', line: 1 }, territory: eure, dispositifs: ['CLSM'] };
    db.exec('BEGIN');
    const plan = planAdd(known, new Map([['docs/nouveau.md', 'd'.repeat(64)], ['docs/atelier.md', 'e'.repeat(64)]]));
    const result = applyAdd(db, plan, new Map([['docs/nouveau.md', [fresh]], ['docs/atelier.md', null]]));
    db.exec('COMMIT');
    expect(result).toEqual({ added: [{ path: 'docs/nouveau.md', records: 1 }], removed: [{ path: 'docs/atelier.md' }], moved: [], unknownParents: [] });
    expect(dedupeInput(db).map((r) => r.id)).toEqual(['a1', 'a2', 'n1']);
    expect(rows(db, 'SELECT record_id FROM record_themes ORDER BY record_id')).toEqual([{ record_id: 'a1' }, { record_id: 'a2' }]);
    expect(rows(db, "SELECT count(*) AS n FROM cluster_members WHERE record_id LIKE 'b%'")).toEqual([{ n: 0 }]);
  });

  it('refuses a database that is not a recolte base', async () => {
    const db = await memory();
    expect(() => checkBase(db)).toThrow('is not a recolte base (it has no meta table)');
    db.exec("CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('format', 'recolte-base'), ('schema_version', '99')");
    expect(() => checkBase(db)).toThrow('is a recolte base of schema version 99, and this recolte reads version 2');
  });

  const sqlite3 = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  it.skipIf(sqlite3.status !== 0)("opens in the system's sqlite3 (older than better-sqlite3's), views and search included", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'recolte-base-')), 'base.sqlite');
    const open = await loadSqlite();
    const db = new open(file);
    configure(db);
    db.exec('BEGIN');
    writeBase(db, { documents: documentsOfRecords(records), clusters, catalogue, meta: {} });
    db.exec('COMMIT');
    db.close();
    const run = spawnSync('sqlite3', [file, "SELECT dispositif, territoire, statut FROM dispositifs_par_territoire; SELECT idee FROM idees; SELECT count(*) FROM records_fts WHERE records_fts MATCH 'teleconsultation'; PRAGMA foreign_key_check;"], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe("CPTS|Côte-d'Or|en place\nMEDICOBUS|Stenay|proposé\nTELEMEDECINE|Eure|en place\nc1\nc2\nc3\n1\n");
  });
});

describe('the Datasette metadata', () => {
  // The keys Datasette 0.65 documents (metadata.html, facets.html, full_text_search.html).
  const TOP = ['title', 'description', 'description_html', 'license', 'license_url', 'source', 'source_url', 'about', 'about_url', 'databases', 'plugins', 'extra_css_urls', 'extra_js_urls'];
  const DATABASE = ['title', 'description', 'description_html', 'license', 'license_url', 'source', 'source_url', 'about', 'about_url', 'tables', 'queries'];
  const TABLE = ['title', 'description', 'description_html', 'license', 'license_url', 'source', 'source_url', 'about', 'about_url', 'columns', 'units', 'sort', 'sort_desc', 'size', 'sortable_columns', 'label_column', 'hidden', 'facets', 'facet_size', 'fts_table', 'fts_pk', 'searchmode'];

  it('uses only documented keys, and describes every table, view and column of the base', async () => {
    const metadata = datasetteMetadata('base', '1.2.3') as unknown as Record<string, unknown>;
    expect(Object.keys(metadata).filter((k) => !TOP.includes(k))).toEqual([]);
    expect(metadata).toMatchObject({ title: 'Base des dispositifs de santé des territoires', license: 'Licence Ouverte / Open Licence 2.0 (Etalab)', about: 'recolte 1.2.3' });
    const database = (metadata.databases as Record<string, Record<string, unknown>>).base!;
    expect(Object.keys(database).filter((k) => !DATABASE.includes(k))).toEqual([]);
    const tables = database.tables as Record<string, Record<string, unknown>>;
    expect(Object.keys(tables).sort()).toEqual([...TABLES, ...VIEWS].sort());

    const db = await base();
    for (const [name, table] of Object.entries(tables)) {
      expect(Object.keys(table).filter((k) => !TABLE.includes(k)), name).toEqual([]);
      expect(typeof table.title, name).toBe('string');
      const columns = (rows(db, `PRAGMA table_info(${name})`) as { name: string }[]).map((c) => c.name);
      expect(Object.keys(table.columns as object), name).toEqual(columns);
      // A facet names a column of its table: `name`, or `{"array": name}` for JSON arrays.
      for (const facet of (table.facets ?? []) as (string | { array: string })[]) {
        const column = typeof facet === 'string' ? facet : facet.array;
        expect(columns, `${name} facet`).toContain(column);
      }
      if (table.label_column) expect(columns).toContain(table.label_column);
    }
    expect(tables.records).toMatchObject({ fts_table: FTS_TABLE, fts_pk: 'rowid', facets: ['territory_name', 'kind', { array: 'dispositifs' }, { array: 'themes' }] });
    // The facets on territory, dispositif, theme and kind the site offers.
    expect(tables.dispositifs_par_territoire!.facets).toEqual(['dispositif', 'statut', 'region', 'departement', 'type']);
    // An array facet runs json_each over the column: every value must be a JSON array.
    expect(rows(db, "SELECT count(*) AS n FROM records WHERE json_type(dispositifs) != 'array' OR json_type(themes) != 'array'")).toEqual([{ n: 0 }]);
    // Datasette finds the index by its content= table as well.
    expect(rows(db, `SELECT sql LIKE '%content="records"%' AS found FROM sqlite_master WHERE name = '${FTS_TABLE}'`)).toEqual([{ found: 1 }]);
  });
});

describe('the README', () => {
  it('documents every table, view and column of the base', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The base of dispositifs'), readme.indexOf('## Configuration'));
    const db = await base();
    const missing: string[] = [];
    for (const name of [...TABLES, ...VIEWS, FTS_TABLE]) {
      if (!section.includes(`\`${name}\``)) missing.push(name);
      if (name === FTS_TABLE) continue;
      for (const { name: column } of rows(db, `PRAGMA table_info(${name})`) as { name: string }[]) {
        if (!section.includes(`\`${column}\``)) missing.push(`${name}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('without better-sqlite3', () => {
  it('says what to install, and what building it needs', async () => {
    const missing = async (): Promise<never> => {
      throw Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await expect(loadSqlite(missing)).rejects.toThrow(SqliteUnavailable);
    await expect(loadSqlite(missing)).rejects.toThrow(
      'the base needs the optional package better-sqlite3, which is not installed here (module not found); install it with: npm install better-sqlite3@12 (it builds from source when no prebuilt binary can be downloaded, which needs python3, make and a C++ compiler)',
    );
    const unbuilt = async (): Promise<never> => {
      throw Object.assign(new Error('Could not locate the bindings file. Tried:\n → …'), {});
    };
    await expect(loadSqlite(unbuilt)).rejects.toThrow('(its native part could not be loaded: Could not locate the bindings file. Tried:)');
  });
});
