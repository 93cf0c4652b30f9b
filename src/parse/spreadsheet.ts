/**
 * Contributions exported as a table (CSV, TSV: online consultation platforms, facilitators'
 * spreadsheets): one record per row. Columns are found from their headers (SPREADSHEET_COLUMNS)
 * or given by the user (`--map text=Contribution,kind=Type`); every non-blank line is
 * accounted for, and a row that cannot become a record is a warning naming its line.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import type { SourceText } from '../ingest/document.js';
import { fold, isBlank } from '../text/fold.js';
import { resolvePostalCode, resolveSpec } from '../territory/index.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';
import type { KindCounts, LineAccounting } from '../types/report.js';
import { SPREADSHEET_COLUMNS } from '../vocabulary/fr.js';
import { headingKind, useHeadingExtensions } from '../vocabulary/match.js';
import { findDates } from './dates.js';
import { recordId } from './ids.js';
import type { ParseResult } from './index.js';

import { FIELDS, type Field } from './fields.js';

export { FIELDS, type Field };

export interface SpreadsheetOptions {
  /** Column header (or 1-based number) for each field, over the recognised ones. */
  map?: Partial<Record<Field, string>>;
  /** Kind of rows that give none. */
  defaultKind?: Kind | null;
  /** Territory of rows that give none. */
  territory?: Territory | null;
  /** A project's own kind names (config vocabulary.headings), for the kind column. */
  headings?: Readonly<Record<string, Kind>>;
}

export interface ColumnChoice {
  /** 0-based index of the column. */
  index: number;
  header: string;
  how: 'given' | 'recognised';
}

export interface TableLayout {
  delimiter: string;
  header: string[];
  columns: Partial<Record<Field, ColumnChoice>>;
  /** Problems with the mapping itself (a --map naming no column, no text column). */
  diagnostics: Diagnostic[];
}

interface Row {
  cells: string[];
  line: number;
  endLine: number;
}

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The delimiter of a table: the candidate that splits the header and the first rows into the
 * same number of cells, more than one, outside quotes; `;` (French Excel) wins ties.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, 20);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((c) => c === header).length;
    const score = consistent * 1000 + header;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Rows with their first and last line; quoted cells may span lines. */
function readRows(text: string, delimiter: string): Row[] {
  const parsed = parseCsv(text, { delimiter, info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as {
    record: string[];
    raw: string;
    info: { lines: number };
  }[];
  return parsed.map(({ record, raw, info }) => {
    // The raw text starts with the blank lines skipped before the row; the row itself ends at info.lines.
    const own = raw.replace(/^\n+/, '').replace(/\n$/, '');
    return { cells: record, line: info.lines - (own.match(/\n/g)?.length ?? 0), endLine: info.lines };
  });
}

/** The delimiter of a table file: tab for .tsv, else sniffed. */
function delimiterOf(source: SourceText): string {
  return source.file.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(source.text);
}

/** The delimiter, the header and which column fills which field. */
export function tableLayout(source: SourceText, options: SpreadsheetOptions = {}, read?: { delimiter: string; header: string[] }): TableLayout {
  const delimiter = read?.delimiter ?? delimiterOf(source);
  const cells = read?.header ?? readRows(source.text, delimiter)[0]?.cells ?? [];
  const diagnostics: Diagnostic[] = [];
  const columns: Partial<Record<Field, ColumnChoice>> = {};
  const folded = cells.map((h) => fold(h).replace(/[*:]+$/, '').trim());
  for (const field of FIELDS) {
    const given = options.map?.[field];
    if (given !== undefined) {
      const index = /^\d+$/.test(given) ? Number(given) - 1 : folded.indexOf(fold(given).trim());
      if (index < 0 || index >= cells.length) {
        diagnostics.push(diagnostic(source.file, 'error', 'column-unknown', `--map ${field}=${given}: no such column; the columns are ${cells.map((h) => `"${h}"`).join(', ')}`, 1, 1));
        continue;
      }
      columns[field] = { index, header: cells[index]!, how: 'given' };
      continue;
    }
    const names = SPREADSHEET_COLUMNS[field].map((n) => fold(n));
    const index = folded.findIndex((h, i) => names.includes(h) && !Object.values(columns).some((c) => c.index === i));
    if (index >= 0) columns[field] = { index, header: cells[index]!, how: 'recognised' };
  }
  if (!columns.text && !diagnostics.length) {
    diagnostics.push(
      diagnostic(source.file, 'error', 'column-unknown', `No column holds the contributions; name it with --map text=COLUMN (the columns are ${cells.map((h) => `"${h}"`).join(', ')})`, 1, 1),
    );
  }
  return { delimiter, header: cells, columns, diagnostics };
}

/** Parses a table of contributions into records, one per row. */
export function parseSpreadsheet(source: SourceText, options: SpreadsheetOptions = {}): ParseResult {
  useHeadingExtensions(options.headings);
  const delimiter = delimiterOf(source);
  let rows: Row[];
  try {
    rows = readRows(source.text, delimiter);
  } catch (error) {
    // csv-parse stops at the first row it cannot read; it names that line.
    const line = (error as { lines?: number }).lines ?? 1;
    const d = diagnostic(source.file, 'error', 'csv-invalid', `Not a readable table: ${(error as Error).message.replace(/^[^:]*: /, '')}`, line, 1);
    return { file: source.file, layout: 'spreadsheet', records: [], kinds: {}, lines: emptyLines(source), diagnostics: [d] };
  }
  const layout = tableLayout(source, options, { delimiter, header: rows[0]?.cells ?? [] });
  const diagnostics: Diagnostic[] = [...layout.diagnostics];
  const records: RecolteRecord[] = [];
  const classes = new Map<number, 'record' | 'heading' | 'unclassified'>();
  const mark = (row: Row, cls: 'record' | 'heading' | 'unclassified'): void => {
    for (let line = row.line; line <= row.endLine; line++) classes.set(line, cls);
  };
  if (rows[0]) mark(rows[0], 'heading');
  const { columns } = layout;
  const cell = (row: Row, field: Field): string => (columns[field] ? (row.cells[columns[field]!.index] ?? '').trim() : '');

  for (const row of rows.slice(1)) {
    const problem = (message: string): void => {
      diagnostics.push(diagnostic(source.file, 'warning', 'row-skipped', message, row.line, 1));
      mark(row, 'unclassified');
    };
    if (!columns.text) {
      mark(row, 'unclassified');
      continue;
    }
    const text = cell(row, 'text').replace(/\s+/g, ' ');
    if (!text) {
      problem(`Row without a contribution in column "${columns.text.header}"; skipped`);
      continue;
    }
    const kindValue = cell(row, 'kind');
    const kind = kindValue ? (headingKind(fold(kindValue))?.kind ?? null) : (options.defaultKind ?? 'proposal');
    if (!kind) {
      problem(`Type "${kindValue}" is not a kind recolte knows (proposition, besoin, levier, frein…); skipped — map it in the config's vocabulary.headings`);
      continue;
    }
    const territory = rowTerritory(cell(row, 'territory'), cell(row, 'postcode'), options.territory ?? null);
    if (territory.problem) {
      diagnostics.push(diagnostic(source.file, 'warning', 'territory-unknown', territory.problem.message, row.line, columns[territory.problem.field]!.index + 1));
    }
    const dateValue = cell(row, 'date');
    const date = dateValue ? (findDates(dateValue)[0]?.iso ?? null) : null;
    if (dateValue && !date) diagnostics.push(diagnostic(source.file, 'warning', 'date-invalid', `Date "${dateValue}" is not a date (write 2025-06-17, 17/06/2025 or 17 juin 2025)`, row.line, columns.date!.index + 1));
    records.push({
      id: recordId(source.file, row.line, 1, text),
      kind,
      text,
      details: null,
      parent: null,
      axis: cell(row, 'axis') || null,
      group: cell(row, 'group') || null,
      territory: territory.value,
      source: { file: source.file, line: row.line, column: 1, endLine: row.endLine },
      document: date ? { title: null, date, participants: null } : null,
    });
    mark(row, 'record');
  }

  const lines: LineAccounting = { nonBlank: 0, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: 0 };
  source.lines.forEach((text, i) => {
    if (isBlank(text)) return;
    lines.nonBlank++;
    lines[classes.get(i + 1) ?? 'unclassified']++;
  });
  const kinds: KindCounts = {};
  for (const record of records) kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
  return { file: source.file, layout: 'spreadsheet', records, kinds, lines, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** Every non-blank line counted as unclassified, for a table that could not be read. */
function emptyLines(source: SourceText): LineAccounting {
  const nonBlank = source.lines.filter((l) => !isBlank(l)).length;
  return { nonBlank, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: nonBlank };
}

/** A row's territory: its territory cell (code or name), else its postal code, else the default. */
function rowTerritory(
  value: string,
  postcode: string,
  fallback: Territory | null,
): { value: Territory | null; problem?: { field: 'territory' | 'postcode'; message: string } } {
  if (value) {
    const found = resolveSpec(value);
    if (found.status === 'found') return { value: found.territory };
    if (!postcode) {
      const message = `Territory "${value}" ${found.status === 'ambiguous' ? 'names several places; give its code' : 'matches no commune, département or région'}`;
      return { value: fallback, problem: { field: 'territory', message } };
    }
  }
  if (postcode) {
    const found = resolvePostalCode(postcode);
    if (found.status === 'found') return { value: found.territory };
    const message = `Postal code "${postcode}" ${found.status === 'ambiguous' ? 'is shared by communes of several départements; give the département' : 'is not a French postal code'}`;
    return { value: fallback, problem: { field: 'postcode', message } };
  }
  return { value: fallback };
}
