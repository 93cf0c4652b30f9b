/**
 * The base that `synthesize` writes in its folder: base.sqlite, and metadata.json for
 * Datasette beside it. Without better-sqlite3, the other outputs are still written and a
 * warning says what to install.
 */
import path from 'node:path';
import type { Cluster } from '../types/cluster.js';
import type { RecolteRecord } from '../types/record.js';
import { diagnostic } from '../diagnostics.js';
import type { CommandContext } from './context.js';
import { displayPath } from './output.js';
import { settingsMeta, writeMetadata, writeNewBase, type BaseSettings } from './base-file.js';
import { loadTagCatalogue } from './tag-catalogue.js';

/** The files of the base, in the order synthesize lists them. */
export const BASE_OUTPUTS = ['base.sqlite', 'metadata.json'] as const;

export interface SynthesisBase {
  context: CommandContext;
  folder: string;
  records: readonly RecolteRecord[];
  clusters: readonly Cluster[];
  settings: BaseSettings;
}

/**
 * The jobs that write the base, as one lane of synthesize's outputs; none, with a
 * `sqlite-unavailable` warning, when better-sqlite3 cannot be loaded.
 */
export async function baseJobs({ context, folder, records, clusters, settings }: SynthesisBase): Promise<(readonly [(typeof BASE_OUTPUTS)[number], () => Promise<void>])[][]> {
  const { loadSqlite, SqliteUnavailable } = await import('../base/sqlite.js');
  const file = path.join(folder, 'base.sqlite');
  let open;
  try {
    open = await loadSqlite();
  } catch (error) {
    if (!(error instanceof SqliteUnavailable)) throw error;
    context.reporter.diagnostic(diagnostic(displayPath(context.cwd, file), 'warning', 'sqlite-unavailable', `not written: ${error.message}`));
    return [];
  }
  const sqlite = open;
  return [
    [
      [
        'base.sqlite',
        async () => {
          const [{ writeBase, documentsOfRecords }, catalogue] = await Promise.all([import('../base/build.js'), loadTagCatalogue(context)]);
          const now = new Date().toISOString();
          const meta = { ...settingsMeta(settings, folder), clusters_file: null, created_at: now, updated_at: now };
          // The parser has just checked these records: a parent is always one of its document's.
          await writeNewBase(sqlite, context.cwd, file, (db) => writeBase(db, { documents: documentsOfRecords(records), clusters, catalogue, meta }));
        },
      ],
      ['metadata.json', async () => void (await writeMetadata(context.cwd, file))],
    ],
  ];
}
