/**
 * The base as a file: better-sqlite3 loaded only now, a new base written to a temporary file in
 * one transaction and renamed into place, an existing one updated in one transaction, the
 * Datasette metadata written beside it, and the settings kept in its `meta`.
 */
import { rmSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SqliteDatabase, SqliteLoader, SqliteOpen } from '../base/sqlite.js';
import type { Meta } from '../base/store.js';
import { displayPath, trackTemporary, writeFailure, writeFileAtomic } from './output.js';
import { OutputError, UsageError } from './streams.js';
import { VERSION } from './version.js';

/** Loads better-sqlite3; when it is missing, a usage error (exit 2) saying what to install. */
export async function openSqlite(loader?: SqliteLoader): Promise<SqliteOpen> {
  const { loadSqlite, SqliteUnavailable } = await import('../base/sqlite.js');
  try {
    return await loadSqlite(loader);
  } catch (error) {
    if (error instanceof SqliteUnavailable) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Writes a new base at `target`: a temporary file in the same folder, filled in one
 * transaction, renamed into place when complete. An interrupted run leaves no partial base
 * and the previous file, if any, untouched.
 */
export async function writeNewBase<T>(open: SqliteOpen, cwd: string, target: string, fill: (db: SqliteDatabase) => T | Promise<T>): Promise<T> {
  const file = path.resolve(cwd, target);
  const shown = displayPath(cwd, file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const journal = `${temporary}-journal`;
  await rm(temporary, { force: true });
  await rm(journal, { force: true });
  let db: SqliteDatabase | null = null;
  const untrack = trackTemporary(temporary, shown, () => {
    rmSync(journal, { force: true });
  });
  try {
    db = openFile(open, temporary, shown);
    const { configure } = await import('../base/store.js');
    configure(db);
    db.exec('BEGIN IMMEDIATE');
    const result = await fill(db);
    db.exec('COMMIT');
    db.close();
    db = null;
    await rename(temporary, file).catch((error: unknown) => {
      throw writeFailure(shown, error);
    });
    return result;
  } catch (error) {
    if (db?.inTransaction) db.exec('ROLLBACK');
    db?.close();
    await rm(temporary, { force: true });
    await rm(journal, { force: true });
    throw sqliteFailure(shown, 'write', error);
  } finally {
    untrack();
  }
}

/**
 * Updates the existing base at `file` in one transaction: the run holds the base's write lock
 * from the start (another `base add` waits, readers go on reading the last complete state),
 * and a run stopped before it commits leaves the base as it was (SQLite rolls the journal back
 * when the base is next opened).
 */
export async function updateBase<T>(open: SqliteOpen, file: string, shown: string, work: (db: SqliteDatabase) => Promise<T>): Promise<T> {
  const { checkBase, configure, BaseFormatError } = await import('../base/store.js');
  const db = openFile(open, file, shown);
  try {
    try {
      checkBase(db);
    } catch (error) {
      if (error instanceof BaseFormatError) throw new UsageError(`--db ${shown} ${error.message}; give another file, or a new name to create a base`);
      throw error;
    }
    configure(db);
    db.exec('BEGIN IMMEDIATE');
    const result = await work(db);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    throw sqliteFailure(shown, 'write', error);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}

/** Opens a base for reading only; a file that is not a base is a usage error. */
export async function readBase<T>(open: SqliteOpen, file: string, shown: string, read: (db: SqliteDatabase) => T): Promise<T> {
  if (!(await stat(file).then((s) => s.isFile(), () => false))) throw new UsageError(`--db ${shown}: no such base; create one with recolte base add DOCUMENTS --db ${shown}`);
  const { checkBase, BaseFormatError } = await import('../base/store.js');
  const db = openFile(open, file, shown, true);
  try {
    checkBase(db);
    return read(db);
  } catch (error) {
    if (error instanceof BaseFormatError) throw new UsageError(`--db ${shown} ${error.message}`);
    throw sqliteFailure(shown, 'read', error);
  } finally {
    db.close();
  }
}

/** Writes `metadata.json` beside the base, for `datasette BASE -m metadata.json`. */
export async function writeMetadata(cwd: string, base: string): Promise<string> {
  const { datasetteMetadata } = await import('../base/metadata.js');
  const file = path.join(path.dirname(path.resolve(cwd, base)), 'metadata.json');
  const database = path.basename(base).replace(/\.[^.]*$/, '');
  await writeFileAtomic(file, cwd, `${JSON.stringify(datasetteMetadata(database, VERSION), null, 2)}\n`);
  return file;
}

/** The dedupe settings a base was built with, as `meta` keeps them: files relative to the base's folder. */
export interface BaseSettings {
  threshold: number;
  /** Absolute paths, or null when not used. */
  synonyms: string | null;
  decisions: string | null;
}

/** The `meta` entries for a base written now with these settings. */
export function settingsMeta(settings: BaseSettings, folder: string): Meta {
  const relative = (file: string | null): string | null => (file === null ? null : path.relative(folder, file).split(path.sep).join('/'));
  return {
    recolte_version: VERSION,
    threshold: String(settings.threshold),
    synonyms_file: relative(settings.synonyms),
    decisions_file: relative(settings.decisions),
  };
}

/** SQLite's own codes for a file that cannot be written, as the message to print. */
const SQLITE_FAILURES: ReadonlyMap<string, string> = new Map([
  ['SQLITE_FULL', 'the disk is full; free some space or write elsewhere'],
  ['SQLITE_READONLY', 'the file or its folder is read-only; choose a folder you can write in'],
  ['SQLITE_CANTOPEN', 'it cannot be opened; check that its folder exists and can be written in'],
  ['SQLITE_BUSY', 'another run is writing it; wait for it to end and try again'],
  ['SQLITE_NOTADB', 'it is not an SQLite database; give another file, or a new name to create a base'],
  ['SQLITE_CORRUPT', 'the file is damaged; restore it from a copy, or give a new name to create a base'],
  ['SQLITE_PERM', 'permission denied; choose a folder you can write in'],
]);

function openFile(open: SqliteOpen, file: string, shown: string, readonly = false): SqliteDatabase {
  try {
    return new open(file, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw sqliteFailure(shown, 'open', error);
  }
}

/** A failure of the file (full disk, read-only, not a database) as an output error (exit 2); any other error as it is. */
function sqliteFailure(shown: string, verb: 'open' | 'read' | 'write', error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const reason = SQLITE_FAILURES.get(code) ?? (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') ? `${(error as Error).message}; check the disk and the folder's permissions` : null);
  return reason ? new OutputError(`cannot ${verb} ${shown}: ${reason}`) : error;
}
