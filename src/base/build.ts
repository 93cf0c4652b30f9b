/**
 * A base written whole (export sqlite, synthesize) or updated document by document (base add),
 * inside the caller's transaction.
 */
import type { Cluster } from '../types/cluster.js';
import type { RecolteRecord } from '../types/record.js';
import type { TagCatalogue } from '../tag/catalogue.js';
import type { AddPlan } from './plan.js';
import { documentRows, recordsByFile, type DocumentFacts, type DocumentRows } from './rows.js';
import type { SqliteDatabase } from './sqlite.js';
import { createSchema, deleteDocument, insertDocument, refreshDerived, replaceClusters, setDocumentPaths, writeMeta, type Meta } from './store.js';

/** A record whose parent names no record of its document: the base leaves its parent empty. */
export interface UnknownParent {
  record: RecolteRecord;
  parent: string;
}

export interface BaseContent {
  documents: readonly { records: readonly RecolteRecord[]; facts: DocumentFacts }[];
  clusters: readonly Cluster[];
  catalogue: TagCatalogue;
  meta: Meta;
}

/** The documents of a records file: one per source file, known by the hash its records carry, if any. */
export function documentsOfRecords(records: Iterable<RecolteRecord>): BaseContent['documents'] {
  return [...recordsByFile(records)].map(([file, list]) => ({ records: list, facts: { path: file, hash: list[0]!.document?.hash ?? null, paths: [file] } }));
}

/** Writes a whole base into an empty database. */
export function writeBase(db: SqliteDatabase, content: BaseContent): UnknownParent[] {
  createSchema(db);
  const unknown: UnknownParent[] = [];
  for (const { records, facts } of content.documents) unknown.push(...insert(db, documentRows(records, facts)));
  finishBase(db, content.clusters, content.catalogue, content.meta);
  return unknown;
}

/** What `base add` changed. */
export interface AddResult {
  added: { path: string; records: number }[];
  removed: { path: string }[];
  /** Documents whose list of paths changed: the paths where their content now also stands, and those where it no longer does. */
  moved: { path: string; added: string[]; dropped: string[] }[];
  unknownParents: UnknownParent[];
}

/**
 * Applies a plan: removes the documents it drops, inserts the contents read (`parsed` holds
 * the records of each path read, or null when it could not be parsed: that content is not
 * added, and will be read again next time), and updates the paths of the documents kept.
 */
export function applyAdd(db: SqliteDatabase, plan: AddPlan, parsed: ReadonlyMap<string, readonly RecolteRecord[] | null>): AddResult {
  const result: AddResult = { added: [], removed: [], moved: [], unknownParents: [] };
  for (const document of plan.remove) {
    deleteDocument(db, document.id);
    result.removed.push({ path: document.path });
  }
  for (const { document, paths } of plan.paths) {
    setDocumentPaths(db, document.id, paths);
    result.moved.push({ path: document.path, added: paths.filter((p) => !document.paths.includes(p)), dropped: document.paths.filter((p) => !paths.includes(p)) });
  }
  for (const read of plan.read) {
    const records = parsed.get(read.path);
    if (!records) continue;
    result.unknownParents.push(...insert(db, documentRows(records, read)));
    result.added.push({ path: read.path, records: records.length });
  }
  return result;
}

/** Replaces the ideas, then refreshes the catalogue, territories, full-text index and settings. */
export function finishBase(db: SqliteDatabase, clusters: readonly Cluster[], catalogue: TagCatalogue, meta: Meta): void {
  replaceClusters(db, clusters);
  refreshDerived(db, catalogue);
  writeMeta(db, meta);
}

function insert(db: SqliteDatabase, rows: DocumentRows): UnknownParent[] {
  insertDocument(db, rows);
  return rows.unknownParents;
}
