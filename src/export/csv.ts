/**
 * CSV export as plain data: the columns of records, clusters and the dispositifs table, one row
 * of cells per item, and the options csv-stringify writes them with. The CLI only reads inputs
 * and streams rows.
 */
import type { Options } from 'csv-stringify';
import type { Cluster } from '../types/cluster.js';
import type { RecolteRecord } from '../types/record.js';
import {
  CLUSTER_COLUMNS, CLUSTER_HEADERS, DISPOSITIF_COLUMNS, DISPOSITIF_HEADERS, RECORD_COLUMNS, RECORD_HEADERS,
  type ClusterColumn, type DispositifColumn, type RecordColumn,
} from '../vocabulary/csv-headers.js';
import { KIND_LABELS, type Lang } from '../vocabulary/labels.js';
import { sourcesOf, type DispositifRow } from './dispositifs.js';

/** What the input lines are. */
export type ItemType = 'record' | 'cluster';
/** What one row of a CSV is: an input item, or a dispositif in a territory (from records). */
export type TableType = ItemType | 'dispositif';
export type Cell = string | number;

export interface CsvLayout {
  type: TableType;
  /** Stable column names, in output order. */
  columns: readonly string[];
  /** Readable headers and kind labels in this language; null for the stable names and kind values. */
  lang: Lang | null;
  /** Neutralise cells a spreadsheet would read as a formula. */
  excel: boolean;
}

const RECORD_CELLS: Record<RecordColumn, (r: RecolteRecord) => Cell | null | undefined> = {
  id: (r) => r.id,
  kind: (r) => r.kind,
  text: (r) => r.text,
  details: (r) => r.details,
  axis: (r) => r.axis,
  group: (r) => r.group,
  territory_level: (r) => r.territory?.level,
  territory_code: (r) => r.territory?.code,
  territory_name: (r) => r.territory?.name,
  // Codes, not names: short, the same in every language, and what a spreadsheet filter looks for.
  dispositifs: (r) => r.dispositifs?.join(', '),
  themes: (r) => r.themes?.join(', '),
  source_file: (r) => r.source.file,
  source_line: (r) => r.source.line,
  parent: (r) => r.parent,
  document_title: (r) => r.document?.title,
  document_date: (r) => r.document?.date,
};

const CLUSTER_CELLS: Record<ClusterColumn, (c: Cluster) => Cell> = {
  cluster_id: (c) => c.id,
  kind: (c) => c.kind,
  text: (c) => c.text,
  size: (c) => c.size,
  territory_count: (c) => c.counts.territories,
  document_count: (c) => c.counts.documents,
  territories: (c) => c.territories.map((t) => `${t.name} (${t.code})`).join('; '),
  member_ids: (c) => c.members.map((m) => m.id).join('; '),
  sources: (c) => c.members.map((m) => `${m.source.file}:${m.source.line}`).join('; '),
};

const DISPOSITIF_CELLS: Record<DispositifColumn, (d: DispositifRow) => Cell | null | undefined> = {
  dispositif_code: (d) => d.code,
  dispositif_name: (d) => d.name,
  territory_level: (d) => d.territory?.level,
  territory_code: (d) => d.territory?.code,
  territory_name: (d) => d.territory?.name,
  initiatives: (d) => d.initiatives,
  proposals: (d) => d.proposals,
  other_mentions: (d) => d.otherMentions,
  sources: (d) => sourcesOf(d.records).join('; '),
};

const TABLES = {
  record: { columns: RECORD_COLUMNS, headers: RECORD_HEADERS, cells: RECORD_CELLS },
  cluster: { columns: CLUSTER_COLUMNS, headers: CLUSTER_HEADERS, cells: CLUSTER_CELLS },
  dispositif: { columns: DISPOSITIF_COLUMNS, headers: DISPOSITIF_HEADERS, cells: DISPOSITIF_CELLS },
} as const;

/** The stable column names of a type, in their default order. */
export function columnsOf(type: TableType): readonly string[] {
  return TABLES[type].columns;
}

/** The names among `wanted` that the type has no column for. */
export function unknownColumns(type: TableType, wanted: readonly string[]): string[] {
  const known = new Set(columnsOf(type));
  return wanted.filter((name) => !known.has(name));
}

/** The header row: the stable names, or their readable headers in `layout.lang`. */
export function headerRow(layout: CsvLayout): string[] {
  if (!layout.lang) return [...layout.columns];
  const headers: Readonly<Record<string, string>> = TABLES[layout.type].headers[layout.lang];
  return layout.columns.map((name) => headers[name]!);
}

/** The cells of one record, cluster or dispositif row, in the layout's columns; absent values are empty cells. */
export function itemRow(layout: CsvLayout, item: RecolteRecord | Cluster | DispositifRow): Cell[] {
  const cells = TABLES[layout.type].cells as Readonly<Record<string, (item: RecolteRecord | Cluster | DispositifRow) => Cell | null | undefined>>;
  return layout.columns.map((name) => {
    const value = name === 'kind' && layout.lang && 'kind' in item ? KIND_LABELS[layout.lang][item.kind].one : cells[name]!(item);
    if (value === null || value === undefined) return '';
    return layout.excel && typeof value === 'string' ? neutralise(value) : value;
  });
}

// OWASP's list (https://owasp.org/www-community/attacks/CSV_Injection), plus the full-width
// forms Apple Numbers folds into them, as csv-stringify's escape_formulas does.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes a single quote to a cell a spreadsheet would run as a formula. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** csv-stringify options: RFC 4180 quoting always; Excel adds a BOM, `;` and CRLF. */
export function stringifyOptions(excel: boolean): Options {
  // Given a record delimiter, csv-stringify stops quoting cells that hold a lone \r or \n
  // unless told to, and such a cell would split its row when read back.
  const quoting = { quote_record_delimiter: true };
  return excel ? { ...quoting, bom: true, delimiter: ';', record_delimiter: '\r\n' } : { ...quoting, delimiter: ',', record_delimiter: '\n' };
}
