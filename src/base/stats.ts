/** What `recolte base stats` tells of a base: its size, its settings, and what it holds by kind and dispositif. */
import type { SqliteDatabase } from './sqlite.js';
import { readMeta } from './store.js';

export interface BaseStats {
  documents: number;
  /** Paths where the documents' contents stand (more than documents when a content has several names). */
  paths: number;
  records: number;
  ideas: number;
  /** Ideas put forward by more than one contribution. */
  grouped: number;
  territories: number;
  byKind: { kind: string; label: string; records: number }[];
  /** Dispositifs named, the most widely present first. */
  dispositifs: { code: string; name: string | null; records: number; territories: number; running: number; asked: number }[];
  settings: { threshold: number | null; synonyms: string | null; decisions: string | null };
  recolte: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** Counts the base's contents. */
export function baseStats(db: SqliteDatabase): BaseStats {
  const count = (sql: string): number => (db.prepare(sql).raw().get() as [number])[0];
  const meta = readMeta(db);
  return {
    documents: count('SELECT count(*) FROM documents'),
    paths: count('SELECT count(*) FROM document_paths'),
    records: count('SELECT count(*) FROM records'),
    ideas: count('SELECT count(*) FROM clusters'),
    grouped: count('SELECT count(*) FROM clusters WHERE size > 1'),
    territories: count('SELECT count(*) FROM territories'),
    byKind: db
      .prepare('SELECT k.kind, k.label, count(r.id) AS records FROM kinds k JOIN records r ON r.kind = k.kind GROUP BY k.kind ORDER BY k.position')
      .all() as BaseStats['byKind'],
    dispositifs: db
      .prepare(
        `SELECT rd.dispositif AS code, d.name AS name, count(*) AS records,
           count(DISTINCT r.territory_id) AS territories,
           sum(k.status = 'en place') AS running, sum(k.status = 'proposé') AS asked
         FROM record_dispositifs rd
         JOIN records r ON r.id = rd.record_id
         JOIN kinds k ON k.kind = r.kind
         LEFT JOIN dispositifs d ON d.code = rd.dispositif
         GROUP BY rd.dispositif
         ORDER BY territories DESC, records DESC, code`,
      )
      .all() as BaseStats['dispositifs'],
    settings: {
      threshold: meta.threshold ? Number(meta.threshold) : null,
      synonyms: meta.synonyms_file ?? null,
      decisions: meta.decisions_file ?? null,
    },
    recolte: meta.recolte_version ?? null,
    createdAt: meta.created_at ?? null,
    updatedAt: meta.updated_at ?? null,
  };
}
