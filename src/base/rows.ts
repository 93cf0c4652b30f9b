/**
 * Records, clusters and the tag catalogue as the base's rows: plain data, one array per table,
 * with no database in sight, so what goes into the base can be tested on its own.
 */
import { createHash } from 'node:crypto';
import type { Cluster } from '../types/cluster.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';
import type { TagCatalogue } from '../tag/catalogue.js';
import { USE_OF_KIND, type DispositifUse } from '../export/dispositifs.js';
import { departementCodeOf } from '../territory/contain.js';
import { areaData } from '../territory/data.js';
import { KIND_LABELS, KIND_ORDER } from '../vocabulary/labels.js';

/** Row types, column for column as in schema.ts (values SQLite stores: string, number, null). */
export type Value = string | number | null;
export type Row = Readonly<Record<string, Value>>;

/**
 * Whether a kind tells of a dispositif already running, one asked for, or one only spoken of:
 * the uses dispositifs.csv and the synthesis count (export/dispositifs.ts), in French.
 */
const STATUS: Readonly<Record<DispositifUse, 'en place' | 'proposé' | 'évoqué'>> = { runs: 'en place', asked: 'proposé', other: 'évoqué' };

/** The `kinds` table: every kind with its French label and status, in the synthesis order. */
export function kindRows(): Row[] {
  return KIND_ORDER.map((kind: Kind, i) => ({ kind, label: KIND_LABELS.fr[kind].one, status: STATUS[USE_OF_KIND[kind]], position: i + 1 }));
}

/** A document's id: 16 hex digits of SHA-256 over the path its records were read from. */
export function documentId(path: string): string {
  return createHash('sha256').update(JSON.stringify(['document', path])).digest('hex').slice(0, 16);
}

/** A territory's id in the base: `departement:55`, `commune:55502`, `national:FR`. */
export function territoryId(t: Territory): string {
  return `${t.level}:${t.code}`;
}

/** What is known of a document's file besides its records. */
export interface DocumentFacts {
  /** The path its records were read from (relative to the base's folder in a base). */
  path: string;
  /** SHA-256 of its bytes, when known. */
  hash: string | null;
  /** Every path where the same content was found, `path` included. */
  paths: readonly string[];
}

/** One document's rows, ready to insert. */
export interface DocumentRows {
  document: Row;
  paths: Row[];
  records: Row[];
  recordDispositifs: Row[];
  recordMentions: Row[];
  recordThemes: Row[];
  documentDispositifs: Row[];
  /** Territories its records and itself are in, for the `territories` table. */
  territories: Territory[];
  /** Codes its rows name, for the `dispositifs` and `themes` tables. */
  dispositifs: string[];
  themes: string[];
  /** Parents that name no record of the document: left empty in the base. */
  unknownParents: { record: RecolteRecord; parent: string }[];
}

/** Groups records by source file, files in order of first appearance, records in input order. */
export function recordsByFile(records: Iterable<RecolteRecord>): Map<string, RecolteRecord[]> {
  const files = new Map<string, RecolteRecord[]>();
  for (const record of records) {
    const list = files.get(record.source.file);
    if (list) list.push(record);
    else files.set(record.source.file, [record]);
  }
  return files;
}

/**
 * The rows of one document and its records. `facts.hash` is used when the records do not
 * carry `document.hash` (records from before the tagger, or from another tool).
 */
export function documentRows(records: readonly RecolteRecord[], facts: DocumentFacts): DocumentRows {
  const id = documentId(facts.path);
  const first = records[0];
  const info = first?.document ?? null;
  const territory = sharedTerritory(records);
  const territories = new Map<string, Territory>();
  const dispositifs = new Set<string>();
  const themes = new Set<string>();
  const ids = new Set(records.map((r) => r.id));
  const rows: DocumentRows = {
    document: {
      id,
      path: facts.path,
      hash: info?.hash ?? facts.hash,
      title: info?.title ?? null,
      date: info?.date ?? null,
      participants: info?.participants ?? null,
      territory_id: territory ? territoryId(territory) : null,
      territory_level: territory?.level ?? null,
      territory_code: territory?.code ?? null,
      territory_name: territory?.name ?? null,
    },
    paths: [...new Set([facts.path, ...facts.paths])].sort(byText).map((path) => ({ path, document_id: id })),
    records: [],
    recordDispositifs: [],
    recordMentions: [],
    recordThemes: [],
    documentDispositifs: (info?.dispositifs ?? []).filter(unique).map((code, i) => ({ document_id: id, dispositif: code, position: i + 1 })),
    territories: [],
    dispositifs: [],
    themes: [],
    unknownParents: [],
  };
  for (const code of info?.dispositifs ?? []) dispositifs.add(code);
  if (territory) territories.set(territoryId(territory), territory);
  for (const record of records) {
    const t = record.territory ?? null;
    if (t) territories.set(territoryId(t), t);
    let parent = record.parent ?? null;
    if (parent !== null && !ids.has(parent)) {
      rows.unknownParents.push({ record, parent });
      parent = null;
    }
    // A code named only by a mention still links the record: a mention explains a link.
    const codes = [...(record.dispositifs ?? []), ...(record.mentions ?? []).map((m) => m.code)].filter(unique);
    const recordThemes = (record.themes ?? []).filter(unique);
    rows.records.push({
      id: record.id,
      kind: record.kind,
      text: record.text,
      details: record.details ?? null,
      parent,
      axis: record.axis ?? null,
      group_name: record.group ?? null,
      territory_id: t ? territoryId(t) : null,
      territory_level: t?.level ?? null,
      territory_code: t?.code ?? null,
      territory_name: t?.name ?? null,
      evidence: record.evidence ?? null,
      source_file: record.source.file,
      source_line: record.source.line,
      source_column: record.source.column ?? null,
      source_end_line: record.source.endLine ?? null,
      source_sheet: record.source.sheet ?? null,
      meeting: record.meeting ?? null,
      document_id: id,
      dispositifs: JSON.stringify(codes),
      themes: JSON.stringify(recordThemes),
    });
    codes.forEach((code, i) => {
      dispositifs.add(code);
      rows.recordDispositifs.push({ record_id: record.id, dispositif: code, position: i + 1 });
    });
    const spans = new Set<string>();
    for (const m of record.mentions ?? []) {
      const key = `${m.code}\u0000${m.field}\u0000${m.start}`;
      if (spans.has(key)) continue;
      spans.add(key);
      const field = m.field === 'details' ? record.details ?? '' : record.text;
      rows.recordMentions.push({
        record_id: record.id,
        dispositif: m.code,
        field: m.field,
        span_start: m.start,
        span_end: m.end,
        excerpt: field.slice(m.start, m.end) || null,
      });
    }
    recordThemes.forEach((code, i) => {
      themes.add(code);
      rows.recordThemes.push({ record_id: record.id, theme: code, position: i + 1 });
    });
  }
  rows.territories = [...territories.values()];
  rows.dispositifs = [...dispositifs];
  rows.themes = [...themes];
  return rows;
}

/** The territory every record of a document has; null when they differ or one has none. */
function sharedTerritory(records: readonly RecolteRecord[]): Territory | null {
  const first = records[0]?.territory ?? null;
  if (!first) return null;
  return records.every((r) => r.territory && r.territory.level === first.level && r.territory.code === first.code) ? first : null;
}

/** A `territories` row: the territory with the département and région that hold it (read off its code). */
export function territoryRow(t: Territory): Row {
  const { departements, regions } = areaData();
  const code = departementCodeOf(t);
  const departement = t.level === 'departement' ? t.code : code !== null && departements.byCode.has(code) ? code : null;
  const region = t.level === 'region' ? t.code : departement === null ? null : departements.byCode.get(departement)?.region ?? null;
  return {
    id: territoryId(t),
    level: t.level,
    code: t.code,
    name: t.name,
    departement_code: departement,
    departement_name: departement === null ? null : departements.byCode.get(departement)?.territory.name ?? null,
    region_code: region,
    region_name: region === null ? null : regions.byCode.get(region)?.territory.name ?? null,
  };
}

/** The `dispositifs`, `themes` and `dispositif_themes` rows: the catalogue, and the codes used that it lacks. */
export function catalogueRows(catalogue: TagCatalogue, used: { dispositifs: Iterable<string>; themes: Iterable<string> }): { dispositifs: Row[]; themes: Row[]; dispositifThemes: Row[] } {
  const dispositifs = new Map<string, Row>();
  const themes = new Map<string, Row>();
  for (const d of catalogue.dispositifs) dispositifs.set(d.code, { code: d.code, name: d.name, description: d.description, reference: d.reference ?? null, url: d.url });
  for (const t of catalogue.themes) themes.set(t.code, { code: t.code, name: t.name, description: t.description });
  const dispositifThemes: Row[] = [];
  for (const d of catalogue.dispositifs) {
    for (const theme of d.themes.filter(unique)) {
      if (!themes.has(theme)) themes.set(theme, { code: theme, name: null, description: null });
      dispositifThemes.push({ dispositif: d.code, theme });
    }
  }
  for (const code of used.dispositifs) if (!dispositifs.has(code)) dispositifs.set(code, { code, name: null, description: null, reference: null, url: null });
  for (const code of used.themes) if (!themes.has(code)) themes.set(code, { code, name: null, description: null });
  const byCode = (a: Row, b: Row): number => byText(String(a.code), String(b.code));
  return { dispositifs: [...dispositifs.values()].sort(byCode), themes: [...themes.values()].sort(byCode), dispositifThemes };
}

/** The `clusters` and `cluster_members` rows. */
export function clusterRows(clusters: readonly Cluster[]): { clusters: Row[]; members: Row[] } {
  const rows: Row[] = [];
  const members: Row[] = [];
  for (const c of clusters) {
    rows.push({
      id: c.id,
      kind: c.kind,
      text: c.text,
      size: c.size,
      territory_count: c.counts.territories,
      document_count: c.counts.documents,
      territories: c.territories.length ? c.territories.map((t) => `${t.name} (${t.code})`).join('; ') : null,
    });
    c.members.forEach((m, i) => members.push({ cluster_id: c.id, record_id: m.id, position: i + 1, similarity: m.similarity }));
  }
  return { clusters: rows, members };
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
