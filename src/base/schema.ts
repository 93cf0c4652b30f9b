/**
 * The base's tables, full-text index and views, as SQL. Tables are named in snake_case English,
 * the views people read in French; every foreign key is declared. The views use only SQL that
 * SQLite 3.31 (2020) already runs (a test runs them in the system's sqlite3), so the sqlite3 of any current system, DB Browser for
 * SQLite and Datasette's Python can open the base: no `->>`, no ORDER BY inside aggregates.
 */

/** What `meta.format` holds in every recolte base: how a base is told from another database. */
export const BASE_FORMAT = 'recolte-base';
/** Raised when a table, column or view changes meaning; a base of another version is refused. */
export const BASE_SCHEMA_VERSION = 2;

/** The tables, in the order they are created (parents before children). */
export const TABLES = [
  'meta',
  'kinds',
  'territories',
  'dispositifs',
  'themes',
  'dispositif_themes',
  'documents',
  'document_paths',
  'document_dispositifs',
  'records',
  'record_dispositifs',
  'record_mentions',
  'record_themes',
  'clusters',
  'cluster_members',
] as const;
export type TableName = (typeof TABLES)[number];

export const VIEWS = ['dispositifs_par_territoire', 'idees'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The full-text index over records' text and details. */
export const FTS_TABLE = 'records_fts';

/** Creates every table, index, the full-text index and the views, in an empty database. */
export const SCHEMA_SQL = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE kinds (
  kind TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('en place', 'proposé', 'évoqué')),
  position INTEGER NOT NULL
);

CREATE TABLE territories (
  id TEXT PRIMARY KEY,
  level TEXT NOT NULL CHECK (level IN ('commune', 'departement', 'region', 'national')),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  departement_code TEXT,
  departement_name TEXT,
  region_code TEXT,
  region_name TEXT,
  UNIQUE (level, code)
);

CREATE TABLE dispositifs (
  code TEXT PRIMARY KEY,
  name TEXT,
  description TEXT,
  reference TEXT,
  url TEXT
);

CREATE TABLE themes (
  code TEXT PRIMARY KEY,
  name TEXT,
  description TEXT
);

CREATE TABLE dispositif_themes (
  dispositif TEXT NOT NULL REFERENCES dispositifs (code) ON DELETE CASCADE,
  theme TEXT NOT NULL REFERENCES themes (code) ON DELETE CASCADE,
  PRIMARY KEY (dispositif, theme)
);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT,
  title TEXT,
  date TEXT,
  participants INTEGER,
  territory_id TEXT REFERENCES territories (id),
  territory_level TEXT,
  territory_code TEXT,
  territory_name TEXT
);
CREATE INDEX documents_hash ON documents (hash);

CREATE TABLE document_paths (
  path TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX document_paths_document ON document_paths (document_id);

CREATE TABLE document_dispositifs (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  dispositif TEXT NOT NULL REFERENCES dispositifs (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (document_id, dispositif)
);
CREATE INDEX document_dispositifs_dispositif ON document_dispositifs (dispositif);

CREATE TABLE records (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL REFERENCES kinds (kind),
  text TEXT NOT NULL,
  details TEXT,
  parent TEXT REFERENCES records (id) ON DELETE SET NULL,
  axis TEXT,
  group_name TEXT,
  territory_id TEXT REFERENCES territories (id),
  territory_level TEXT,
  territory_code TEXT,
  territory_name TEXT,
  evidence TEXT,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  source_column INTEGER,
  source_end_line INTEGER,
  source_sheet TEXT,
  meeting TEXT,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  dispositifs TEXT NOT NULL DEFAULT '[]',
  themes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX records_document ON records (document_id);
CREATE INDEX records_territory ON records (territory_id);
CREATE INDEX records_kind ON records (kind);
CREATE INDEX records_source ON records (source_file, source_line, source_column);
CREATE INDEX records_parent ON records (parent);

CREATE TABLE record_dispositifs (
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  dispositif TEXT NOT NULL REFERENCES dispositifs (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (record_id, dispositif)
);
CREATE INDEX record_dispositifs_dispositif ON record_dispositifs (dispositif);

CREATE TABLE record_mentions (
  record_id TEXT NOT NULL,
  dispositif TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('text', 'details')),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  excerpt TEXT,
  PRIMARY KEY (record_id, dispositif, field, span_start),
  FOREIGN KEY (record_id, dispositif) REFERENCES record_dispositifs (record_id, dispositif) ON DELETE CASCADE
);

CREATE TABLE record_themes (
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  theme TEXT NOT NULL REFERENCES themes (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (record_id, theme)
);
CREATE INDEX record_themes_theme ON record_themes (theme);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL REFERENCES kinds (kind),
  text TEXT NOT NULL,
  size INTEGER NOT NULL,
  territory_count INTEGER NOT NULL,
  document_count INTEGER NOT NULL,
  territories TEXT
);

CREATE TABLE cluster_members (
  cluster_id TEXT NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  similarity REAL NOT NULL,
  PRIMARY KEY (cluster_id, record_id)
);
CREATE INDEX cluster_members_record ON cluster_members (record_id);

CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5 (
  text,
  details,
  content="records",
  tokenize="unicode61 remove_diacritics 2"
);

CREATE VIEW dispositifs_par_territoire AS
SELECT
  g.dispositif AS dispositif,
  coalesce(d.name, g.dispositif) AS nom,
  g.territory_name AS territoire,
  g.territory_level AS niveau,
  g.territory_code AS code_territoire,
  t.departement_name AS departement,
  t.region_name AS region,
  k.status AS statut,
  k.label AS type,
  g.contributions AS contributions,
  g.documents AS documents,
  g.textes AS textes,
  g.sources AS sources
FROM (
  SELECT
    o.dispositif, o.territory_id, o.territory_level, o.territory_code, o.territory_name, o.kind,
    count(*) AS contributions,
    count(DISTINCT o.document_id) AS documents,
    group_concat(o.item, char(10)) AS textes,
    group_concat(o.source, '; ') AS sources
  FROM (
    SELECT
      rd.dispositif, r.territory_id, r.territory_level, r.territory_code, r.territory_name, r.kind, r.document_id,
      r.text || coalesce(' : ' || replace(r.details, char(10), ' '), '') AS item,
      r.source_file || ':' || r.source_line AS source
    FROM record_dispositifs rd
    JOIN records r ON r.id = rd.record_id
    ORDER BY r.source_file, r.source_line, r.source_column
  ) o
  GROUP BY o.dispositif, o.territory_id, o.kind
) g
JOIN kinds k ON k.kind = g.kind
LEFT JOIN dispositifs d ON d.code = g.dispositif
LEFT JOIN territories t ON t.id = g.territory_id
ORDER BY g.dispositif, t.region_name, t.departement_name, g.territory_name, k.position;

CREATE VIEW idees AS
SELECT
  c.id AS idee,
  k.label AS type,
  c.text AS texte,
  c.size AS contributions,
  c.territory_count AS territoires,
  c.document_count AS reunions,
  c.territories AS liste_territoires,
  (
    SELECT group_concat(o.source, '; ') FROM (
      SELECT r.source_file || ':' || r.source_line AS source
      FROM cluster_members m JOIN records r ON r.id = m.record_id
      WHERE m.cluster_id = c.id
      ORDER BY m.position
    ) o
  ) AS sources,
  (
    SELECT group_concat(o.dispositif, ', ') FROM (
      SELECT DISTINCT rd.dispositif
      FROM cluster_members m JOIN record_dispositifs rd ON rd.record_id = m.record_id
      WHERE m.cluster_id = c.id
      ORDER BY rd.dispositif
    ) o
  ) AS dispositifs,
  (
    SELECT group_concat(o.theme, ', ') FROM (
      SELECT DISTINCT rt.theme
      FROM cluster_members m JOIN record_themes rt ON rt.record_id = m.record_id
      WHERE m.cluster_id = c.id
      ORDER BY rt.theme
    ) o
  ) AS themes
FROM clusters c
JOIN kinds k ON k.kind = c.kind
ORDER BY c.territory_count DESC, c.document_count DESC, c.size DESC, c.text, c.id;
`;
