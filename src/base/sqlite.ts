/**
 * The SQLite library, loaded only when a base is read or written: better-sqlite3 is an optional
 * dependency (it builds from source where no prebuilt binary can be downloaded, and needs a
 * compiler), so every other command starts, and `npm ci` succeeds, without it.
 *
 * Only the part of better-sqlite3's API the base uses is typed here, so that type-checking does
 * not depend on the optional package either.
 */

/** A prepared statement. */
export interface SqliteStatement {
  run(...parameters: unknown[]): { changes: number };
  get(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
  /** Rows as arrays of values instead of objects. */
  raw(toggle?: boolean): SqliteStatement;
}

/** An open database. */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): SqliteDatabase;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): void;
  readonly inTransaction: boolean;
}

/** better-sqlite3's constructor. */
export type SqliteOpen = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDatabase;

/** Loads the module; replaced in tests to simulate a machine without it. */
export type SqliteLoader = () => Promise<{ default: unknown }>;

/** better-sqlite3 is not installed (or did not build): the base cannot be read or written. */
export class SqliteUnavailable extends Error {
  constructor(readonly reason: string) {
    super(
      'the base needs the optional package better-sqlite3, which is not installed here' +
        ` (${reason}); install it with: npm install better-sqlite3@12` +
        ' (it builds from source when no prebuilt binary can be downloaded, which needs python3, make and a C++ compiler)',
    );
  }
}

const defaultLoader: SqliteLoader = () => import('better-sqlite3' as string) as Promise<{ default: unknown }>;

/** Loads better-sqlite3, or throws {@link SqliteUnavailable} saying what to install. */
export async function loadSqlite(loader: SqliteLoader = defaultLoader): Promise<SqliteOpen> {
  let loaded: { default: unknown };
  try {
    loaded = await loader();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    // A package that is there but whose native part did not build fails with its own error.
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new SqliteUnavailable('module not found');
    if (code === 'ERR_DLOPEN_FAILED' || /\.node\b|bindings file/.test(message ?? '')) throw new SqliteUnavailable(`its native part could not be loaded: ${firstLine(message)}`);
    throw error;
  }
  return loaded.default as SqliteOpen;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.trim();
}
