/**
 * The Datasette metadata file written beside a base, so that `datasette base.sqlite -m
 * metadata.json` serves it as a searchable site with French titles, descriptions and facets.
 *
 * Format: Datasette 0.65's metadata.json, as its documentation describes it —
 * - docs.datasette.io/en/0.65/metadata.html: top-level `title`, `description`, `license`,
 *   `license_url`, `source`, `source_url`, `about`; `databases` → name → the same keys and
 *   `tables` → name → `title`, `description`, `columns` (column → description), `sort`,
 *   `sort_desc`, `size`, `sortable_columns`, `label_column`, `hidden`; views go under `tables`
 *   too;
 * - docs.datasette.io/en/0.65/facets.html, "Facets in metadata.json": a table's `facets` is a
 *   list of column names, or `{"array": column}` for a column of JSON arrays, and
 *   `facet_size` sets how many values each shows;
 * - docs.datasette.io/en/0.65/full_text_search.html: `fts_table` and `fts_pk` name a table's
 *   full-text index (Datasette also finds it by the index's `content="records"`).
 * In Datasette 1.0 facets move to datasette.yaml; 0.65 is the stable release these follow.
 */
import { BASE_TEXT, TABLE_TEXT } from '../vocabulary/base-text.js';
import { FTS_TABLE, TABLES, VIEWS } from './schema.js';

type Facet = string | { array: string };

interface TableMetadata {
  title: string;
  description: string;
  columns: Record<string, string>;
  label_column?: string;
  facets?: Facet[];
  facet_size?: number;
  fts_table?: string;
  fts_pk?: string;
  sort?: string;
  sort_desc?: string;
}

export interface DatasetteMetadata {
  title: string;
  description: string;
  license: string;
  license_url: string;
  source: string;
  about: string;
  databases: Record<string, { title: string; description: string; tables: Record<string, TableMetadata> }>;
}

/** What each table adds to its texts: the column that labels its rows in links, facets, search. */
const TABLE_OPTIONS: Readonly<Record<string, Omit<TableMetadata, 'title' | 'description' | 'columns'>>> = {
  kinds: { label_column: 'label' },
  territories: { label_column: 'name', facets: ['level', 'region_name', 'departement_name'] },
  dispositifs: { label_column: 'name' },
  themes: { label_column: 'name' },
  documents: { label_column: 'title', facets: ['territory_name'] },
  records: {
    label_column: 'text',
    facets: ['territory_name', 'kind', { array: 'dispositifs' }, { array: 'themes' }],
    facet_size: 20,
    fts_table: FTS_TABLE,
    fts_pk: 'rowid',
  },
  record_dispositifs: { facets: ['dispositif'] },
  record_themes: { facets: ['theme'] },
  clusters: { label_column: 'text', facets: ['kind'], sort_desc: 'territory_count' },
  dispositifs_par_territoire: { facets: ['dispositif', 'statut', 'region', 'departement', 'type'], facet_size: 20 },
  idees: { facets: ['type'] },
};

/** The metadata for a base served under `database` (Datasette names it after the file: `base` for base.sqlite). */
export function datasetteMetadata(database: string, version: string): DatasetteMetadata {
  const tables: Record<string, TableMetadata> = {};
  for (const name of [...VIEWS, ...TABLES]) {
    const text = TABLE_TEXT[name]!;
    tables[name] = { title: text.title, description: text.description, columns: { ...text.columns }, ...TABLE_OPTIONS[name] };
  }
  return {
    title: BASE_TEXT.title,
    description: BASE_TEXT.description,
    license: BASE_TEXT.license,
    license_url: BASE_TEXT.licenseUrl,
    source: BASE_TEXT.source,
    about: `recolte ${version}`,
    databases: { [database]: { title: BASE_TEXT.title, description: BASE_TEXT.description, tables } },
  };
}
