/**
 * Reading and writing the base through an open database. Callers hold the transaction: these
 * functions only run statements, so that a whole `base add` or export is one transaction.
 */
import type { DedupeRecord } from '../dedupe/index.js';
import type { Cluster } from '../types/cluster.js';
import type { Kind, Territory } from '../types/record.js';
import type { TagCatalogue } from '../tag/catalogue.js';
import { catalogueRows, clusterRows, kindRows, territoryRow, type DocumentRows, type Row } from './rows.js';
import { BASE_FORMAT, BASE_SCHEMA_VERSION, FTS_TABLE, SCHEMA_SQL, TABLES } from './schema.js';
import type { SqliteDatabase, SqliteStatement } from './sqlite.js';

/** The database is not a recolte base, or one of another schema version. */
export class BaseFormatError extends Error {}

/** Settings and facts kept in `meta`, by key. */
export type Meta = Record<string, string | null>;

/** Pragmas every connection needs: declared foreign keys enforced, checked at commit. */
export function configure(db: SqliteDatabase): void {
  db.pragma('foreign_keys = ON');
  // Rows are written children and parents in any order inside one transaction.
  db.pragma('defer_foreign_keys = ON');
}

/** Creates the tables, views and index of an empty base, with its fixed rows. */
export function createSchema(db: SqliteDatabase): void {
  db.exec(SCHEMA_SQL);
  insertRows(db, 'kinds', kindRows());
  writeMeta(db, { format: BASE_FORMAT, schema_version: String(BASE_SCHEMA_VERSION) });
}

/** Checks that the database is a recolte base this version reads; throws {@link BaseFormatError} if not. */
export function checkBase(db: SqliteDatabase): void {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  if (!tables.has('meta')) throw new BaseFormatError('is not a recolte base (it has no meta table)');
  const meta = readMeta(db);
  if (meta.format !== BASE_FORMAT) throw new BaseFormatError('is not a recolte base (its meta table does not say format = recolte-base)');
  if (meta.schema_version !== String(BASE_SCHEMA_VERSION)) {
    throw new BaseFormatError(`is a recolte base of schema version ${meta.schema_version ?? '(none)'}, and this recolte reads version ${BASE_SCHEMA_VERSION}`);
  }
  const missing = TABLES.filter((t) => !tables.has(t));
  if (missing.length) throw new BaseFormatError(`is a recolte base with tables missing: ${missing.join(', ')}`);
}

/** Every `meta` entry. */
export function readMeta(db: SqliteDatabase): Meta {
  const meta: Meta = Object.create(null) as Meta;
  for (const { key, value } of db.prepare('SELECT key, value FROM meta ORDER BY key').all() as { key: string; value: string | null }[]) meta[key] = value;
  return meta;
}

/** Sets `meta` entries (null stores an empty value: the setting is not used). */
export function writeMeta(db: SqliteDatabase, entries: Meta): void {
  const upsert = statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(entries)) upsert.run(key, value);
}

/** Inserts one document with its records, tags and territories. */
export function insertDocument(db: SqliteDatabase, rows: DocumentRows): void {
  ensureTerritories(db, rows.territories);
  ensureCodes(db, 'dispositifs', rows.dispositifs);
  ensureCodes(db, 'themes', rows.themes);
  insertRows(db, 'documents', [rows.document]);
  insertRows(db, 'document_paths', rows.paths);
  insertRows(db, 'document_dispositifs', rows.documentDispositifs);
  insertRows(db, 'records', rows.records);
  insertRows(db, 'record_dispositifs', rows.recordDispositifs);
  insertRows(db, 'record_mentions', rows.recordMentions);
  insertRows(db, 'record_themes', rows.recordThemes);
}

/** Deletes a document; its paths, records and their tags and memberships go with it (ON DELETE CASCADE). */
export function deleteDocument(db: SqliteDatabase, id: string): void {
  statement(db, 'DELETE FROM documents WHERE id = ?').run(id);
}

/** Replaces the paths where a kept document's content stands. */
export function setDocumentPaths(db: SqliteDatabase, id: string, paths: readonly string[]): void {
  statement(db, 'DELETE FROM document_paths WHERE document_id = ?').run(id);
  insertRows(db, 'document_paths', paths.map((path) => ({ path, document_id: id })));
}

/** A document as the base knows it: id, the path its records came from, hash, every path of its content. */
export interface KnownDocument {
  id: string;
  path: string;
  hash: string | null;
  paths: string[];
}

/** Every document of the base, by path. */
export function knownDocuments(db: SqliteDatabase): KnownDocument[] {
  const documents = db.prepare('SELECT id, path, hash FROM documents ORDER BY path').all() as Omit<KnownDocument, 'paths'>[];
  const paths = new Map<string, string[]>();
  for (const { path, document_id } of db.prepare('SELECT path, document_id FROM document_paths ORDER BY path').all() as { path: string; document_id: string }[]) {
    const list = paths.get(document_id);
    if (list) list.push(path);
    else paths.set(document_id, [path]);
  }
  return documents.map((d) => ({ ...d, paths: paths.get(d.id) ?? [d.path] }));
}

/** The records as dedupe reads them, by id. */
export function dedupeInput(db: SqliteDatabase): DedupeRecord[] {
  const rows = db
    .prepare('SELECT id, kind, text, territory_level, territory_code, territory_name, source_file, source_line, source_column, source_end_line, source_sheet, meeting FROM records ORDER BY id')
    .raw()
    .iterate() as IterableIterator<[string, Kind, string, Territory['level'] | null, string | null, string | null, string, number, number | null, number | null, string | null, string | null]>;
  const territories = new Map<string, Territory>();
  const records: DedupeRecord[] = [];
  for (const [id, kind, text, level, code, name, file, line, column, endLine, sheet, meeting] of rows) {
    let territory: Territory | null = null;
    if (level !== null && code !== null) {
      const key = `${level}:${code}:${name}`;
      territory = territories.get(key) ?? { level, code, name: name ?? code };
      territories.set(key, territory);
    }
    records.push({
      id,
      kind,
      text,
      territory,
      source: { file, line, ...(column !== null && { column }), ...(endLine !== null && { endLine }), ...(sheet !== null && { sheet }) },
      // A table's meeting is a document of its own when the ideas are counted again.
      ...(meeting !== null && { meeting }),
    });
  }
  return records;
}

/** Replaces every idea by the clusters given. */
export function replaceClusters(db: SqliteDatabase, clusters: readonly Cluster[]): void {
  db.exec('DELETE FROM cluster_members; DELETE FROM clusters;');
  const rows = clusterRows(clusters);
  insertRows(db, 'clusters', rows.clusters);
  insertRows(db, 'cluster_members', rows.members);
}

/**
 * Brings the tables that follow from the records up to date: the catalogue's dispositifs and
 * themes (and the codes records use that it lacks), territories no record or document is in
 * any more, and the full-text index.
 */
export function refreshDerived(db: SqliteDatabase, catalogue: TagCatalogue): void {
  const used = (sql: string): string[] => (db.prepare(sql).raw().all() as [string][]).map(([code]) => code);
  const rows = catalogueRows(catalogue, {
    dispositifs: used('SELECT dispositif FROM record_dispositifs UNION SELECT dispositif FROM document_dispositifs'),
    themes: used('SELECT theme FROM record_themes'),
  });
  db.exec('DELETE FROM dispositif_themes; DELETE FROM dispositifs; DELETE FROM themes;');
  insertRows(db, 'dispositifs', rows.dispositifs);
  insertRows(db, 'themes', rows.themes);
  insertRows(db, 'dispositif_themes', rows.dispositifThemes);
  db.exec(`
    DELETE FROM territories WHERE id NOT IN (
      SELECT territory_id FROM records WHERE territory_id IS NOT NULL
      UNION SELECT territory_id FROM documents WHERE territory_id IS NOT NULL
    );
    INSERT INTO ${FTS_TABLE} (${FTS_TABLE}) VALUES ('rebuild');
  `);
}

/** Inserts the territories not in the base yet. */
function ensureTerritories(db: SqliteDatabase, territories: readonly Territory[]): void {
  const exists = statement(db, 'SELECT 1 FROM territories WHERE id = ?');
  const fresh = territories.filter((t) => !exists.get(`${t.level}:${t.code}`));
  insertRows(db, 'territories', fresh.map(territoryRow));
}

/** Inserts placeholder rows for codes not in the table yet; refreshDerived fills them from the catalogue. */
function ensureCodes(db: SqliteDatabase, table: 'dispositifs' | 'themes', codes: readonly string[]): void {
  const insert = statement(db, `INSERT OR IGNORE INTO ${table} (code) VALUES (?)`);
  for (const code of codes) insert.run(code);
}

const cache = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();

/** A prepared statement, prepared once per connection. */
function statement(db: SqliteDatabase, sql: string): SqliteStatement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** Inserts rows that all have the columns of the first one. */
export function insertRows(db: SqliteDatabase, table: string, rows: readonly Row[]): void {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const insert = statement(db, `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  for (const row of rows) insert.run(row);
}
