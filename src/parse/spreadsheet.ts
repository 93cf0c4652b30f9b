/**
 * Contributions exported as a table (CSV, TSV: online consultation platforms, facilitators'
 * spreadsheets): one record per row. Columns are found from their headers (TABLE_COLUMNS)
 * or given by the user (`--map text=Contribution,kind=Type`); every non-blank line is
 * accounted for, and a row that cannot become a record is a warning naming its line.
 */
import { finished } from 'node:stream/promises';
import { parse as parseCsvStream, type Options as CsvOptions } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import type { SourceText } from '../ingest/document.js';
import { fold, isBlank, withoutInvisibles } from '../text/fold.js';
import { memoize } from '../text/memo.js';
import { resolvePostalCode, resolveSpec } from '../territory/index.js';
import type { Evidence, Kind, RecolteRecord, Territory } from '../types/record.js';
import type { KindCounts, LineAccounting } from '../types/report.js';
import { TABLE_COLUMNS } from '../vocabulary/fr.js';
import { headingKind, useHeadingExtensions } from '../vocabulary/match.js';
import { findDates } from './dates.js';
import { recordId } from './ids.js';
import type { ParseResult } from './result.js';

import { DEFAULT_ROW_KIND, FIELDS, type Field } from './fields.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

export { FIELDS, type Field };

export interface SpreadsheetOptions {
  /** Column header (or 1-based number) for each field, over the recognised ones. */
  map?: Partial<Record<Field, string>>;
  /** Kind of rows that give none. */
  defaultKind?: Kind | null;
  /** Territory of rows that give none. */
  territory?: Territory | null;
  /** Keep only rows whose kind was recognised in these ways (`parse --evidence`). */
  evidence?: readonly Evidence[] | null;
  /** A project's own kind names (config vocabulary.headings), for the kind column. */
  headings?: Readonly<Record<string, Kind>>;
  /** A cell longer than `lineLength` leaves its row unread. */
  limits?: Partial<Pick<Limits, 'lineLength'>>;
}

/** Why a row gives no record: its warning's rule and message. */
interface Skip {
  rule: 'row-skipped' | 'line-too-long';
  message: string;
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
  /** Its lines that hold more than whitespace. */
  nonBlank: number;
}

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The delimiter of a table: the candidate that splits the header and the first rows into the
 * same number of cells, more than one, outside quotes; `;` (French Excel) wins ties.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.slice(0, 1 << 16).split('\n').filter((l) => l.trim()).slice(0, 20);
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

// relax_quotes: a quote inside an unquoted cell ("Le "désert médical"") is kept as text.
const CSV_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true } as const;

/** What csv-parse tells on_record of where it is: the line a row ends on, the empty lines skipped so far. */
interface CsvContext {
  lines: number;
  empty_lines: number;
}

/**
 * csv-parse's options, with every row handed to `onRow` as read, with its first and last line
 * (quoted cells may span lines) and its lines that hold more than whitespace, read off the
 * source's lines. Returning null keeps csv-parse from gathering the rows. Neither its `info`
 * nor its `raw` option is used: each builds an object or a string per row, a third of the time
 * of a large table. (Its typings know no context argument to on_record, hence the cast.)
 */
function csvOptions(lines: readonly string[], delimiter: string, onRow: (row: Row) => void, toLine?: number): CsvOptions {
  let lastLine = 0;
  let skipped = 0;
  const onRecord = (cells: string[], context: CsvContext): null => {
    // Blank lines before the row were skipped, and counted.
    const line = lastLine + 1 + (context.empty_lines - skipped);
    const endLine = context.lines;
    lastLine = endLine;
    skipped = context.empty_lines;
    let nonBlank = 0;
    for (let l = line; l <= endLine; l++) if (!isBlank(lines[l - 1] ?? '')) nonBlank++;
    onRow({ cells, line, endLine, nonBlank });
    return null;
  };
  return { ...CSV_OPTIONS, delimiter, ...(toLine && { to_line: toLine }), on_record: onRecord } as unknown as CsvOptions;
}

/** Every row of the text, handed over as read; a row that cannot be read throws, after the rows before it. */
function readRows(source: SourceText, delimiter: string, onRow: (row: Row) => void, toLine?: number): void {
  parseCsv(source.text, csvOptions(source.lines, delimiter, onRow, toLine));
}

/** The first row only. */
function readHeader(source: SourceText, delimiter: string): string[] {
  let header: string[] = [];
  readRows(source, delimiter, (row) => (header = row.cells), 1);
  return header;
}

/** The delimiter of a table file: tab for .tsv, else sniffed. */
function delimiterOf(source: SourceText): string {
  return source.file.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(source.text);
}

/** The delimiter, the header and which column fills which field. */
export function tableLayout(source: SourceText, options: SpreadsheetOptions = {}, read?: { delimiter: string; header: string[] }): TableLayout {
  const delimiter = read?.delimiter ?? delimiterOf(source);
  const cells = read?.header ?? readHeader(source, delimiter);
  const diagnostics: Diagnostic[] = [];
  const columns: Partial<Record<Field, ColumnChoice>> = {};
  // A note under the name, on a line of its own in the cell ("Contenu\ntexte"), is not the name.
  const folded = cells.map((h) => fold(h.split('\n')[0]!).replace(/(?<![*:])[*:]+$/, '').trim());
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
    const index = recognised(folded, TABLE_COLUMNS[field], columns);
    if (index >= 0) columns[field] = { index, header: cells[index]!, how: 'recognised' };
  }
  // A title or subject column holds the contributions only where no column is named for them.
  const title = columns.text ? -1 : recognised(folded, TABLE_COLUMNS.title, columns);
  if (title >= 0) columns.text = { index: title, header: cells[title]!, how: 'recognised' };
  if (!columns.text && !diagnostics.length) {
    diagnostics.push(
      diagnostic(source.file, 'error', 'column-unknown', `No column holds the contributions; name it with --map text=COLUMN (the columns are ${cells.map((h) => `"${h}"`).join(', ')})`, 1, 1),
    );
  }
  return { delimiter, header: cells, columns, diagnostics };
}

/** The first column, not taken yet, whose folded header is one of `names`; -1 if none. */
function recognised(folded: readonly string[], names: readonly string[], taken: Partial<Record<Field, ColumnChoice>>): number {
  const wanted = names.map((n) => fold(n));
  return folded.findIndex((h, i) => wanted.includes(h) && !Object.values(taken).some((c) => c.index === i));
}

/** Parses a table of contributions into records, one per row. */
export function parseSpreadsheet(source: SourceText, options: SpreadsheetOptions = {}): ParseResult {
  useHeadingExtensions(options.headings);
  const delimiter = delimiterOf(source);
  const rows = rowsInto(source, options, delimiter);
  let failure: unknown = null;
  try {
    readRows(source, delimiter, rows.add);
  } catch (error) {
    failure = error;
  }
  const table = rows.reader();
  return { ...table.finish(failure), records: table.take() };
}

/** A date cell as an ISO date; exports repeat a few dates over many rows. */
const dateOfCell = memoize((value: string): string | null => findDates(value)[0]?.iso ?? null);

/** Rows handed to the table's reader, made from the first row (the header) when it comes. */
function rowsInto(source: SourceText, options: SpreadsheetOptions, delimiter: string): { add: (row: Row) => void; pending: () => number; reader: () => TableReader } {
  let reader: TableReader | null = null;
  return {
    add: (row) => {
      reader ??= tableReader(source, tableLayout(source, options, { delimiter, header: row.cells }), options);
      reader.add(row);
    },
    pending: () => reader?.pending() ?? 0,
    // A table without a single row still gets its lines counted.
    reader: () => (reader ??= tableReader(source, tableLayout(source, options, { delimiter, header: [] }), options, false)),
  };
}

/** Rows read from a table streamed: how many are handed over at once. */
const BATCH = 5_000;

/**
 * Parses a table as `parseSpreadsheet` does, handing its records over in batches as the rows
 * are read, so that a table of a million rows never holds its records all at once. The result
 * carries no records: they have all gone to `onRecords`.
 */
export async function streamSpreadsheet(source: SourceText, options: SpreadsheetOptions, onRecords: (records: RecolteRecord[]) => Promise<void>): Promise<ParseResult> {
  useHeadingExtensions(options.headings);
  const delimiter = delimiterOf(source);
  const rows = rowsInto(source, options, delimiter);
  // Rows are taken as csv-parse reads them, so those before an unreadable one are kept.
  const parser = parseCsvStream(csvOptions(source.lines, delimiter, rows.add)).resume();
  const done = finished(parser);
  // The text goes in by slices; records go out by batches in between.
  const SLICE = 1 << 20;
  for (let at = 0; at < source.text.length && !parser.destroyed; ) {
    let end = Math.min(at + SLICE, source.text.length);
    // Never between the two halves of an emoji: csv-parse encodes each slice to UTF-8 on its own.
    const last = source.text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < source.text.length) end--;
    parser.write(source.text.slice(at, end));
    at = end;
    while (rows.pending() >= BATCH) await onRecords(rows.reader().take(BATCH));
  }
  if (!parser.destroyed) parser.end();
  let failure: unknown = null;
  await done.catch((error: unknown) => (failure = error));
  const table = rows.reader();
  while (table.pending()) await onRecords(table.take(BATCH));
  return { ...table.finish(failure), records: [] };
}

interface TableReader {
  /** Reads one row: the first is the header. */
  add(row: Row): void;
  pending(): number;
  /** The records read and not yet taken, the first `limit` of them. */
  take(limit?: number): RecolteRecord[];
  /** The figures of the whole table; `failure` is the error that stopped the reading, if one did. */
  finish(failure: unknown): Omit<ParseResult, 'records'>;
}

/** Turns rows into records as they come, counting their lines and kinds. */
function tableReader(source: SourceText, layout: TableLayout, options: SpreadsheetOptions, expectHeader = true): TableReader {
  const diagnostics: Diagnostic[] = [...layout.diagnostics];
  let records: RecolteRecord[] = [];
  const kinds: KindCounts = {};
  const lines: LineAccounting = { nonBlank: 0, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: 0, ...(options.evidence ? { filtered: 0 } : {}) };
  let header = expectHeader;
  let lastLine = 0;
  const { columns } = layout;
  const cell = (row: Row, field: Field): string => (columns[field] ? (row.cells[columns[field]!.index] ?? '').trim() : '');

  const longest = options.limits?.lineLength ?? DEFAULT_LIMITS.lineLength;
  // A row gives a record, a reason to skip it (its warning's rule and message), or nothing.
  const read = (row: Row): RecolteRecord | Skip | null => {
    if (!columns.text) return null;
    // A cell of megabytes is no contribution anyone wrote (a broken export): no rule runs over it.
    const long = row.cells.findIndex((value) => value.length > longest);
    if (long >= 0) return { rule: 'line-too-long', message: `Cell of more than ${longest.toLocaleString('en')} characters in column ${long + 1}: row not read (accounted as unclassified); split the cell, or raise the bound with --max-line-length` };
    const text = withoutInvisibles(cell(row, 'text')).replace(/\s+/g, ' ').trim();
    if (!text) return { rule: 'row-skipped', message: `Row without a contribution in column "${columns.text.header}"; skipped (if the text is in another column, name it with --map text=COLUMN)` };
    const kindValue = cell(row, 'kind');
    const kind = kindValue ? (headingKind(fold(kindValue))?.kind ?? null) : (options.defaultKind ?? DEFAULT_ROW_KIND);
    if (!kind) return { rule: 'row-skipped', message: `Type "${kindValue}" is not a kind recolte knows (proposition, besoin, levier, frein…); skipped — map it in the config's vocabulary.headings` };
    const territory = rowTerritory(cell(row, 'territory'), cell(row, 'postcode'), options.territory ?? null);
    if (territory.problem) {
      diagnostics.push(diagnostic(source.file, 'warning', 'territory-unknown', territory.problem.message, row.line, columns[territory.problem.field]!.index + 1));
    }
    const dateValue = cell(row, 'date');
    const date = dateValue ? dateOfCell(dateValue) : null;
    const meeting = withoutInvisibles(cell(row, 'meeting')).replace(/\s+/g, ' ').trim();
    if (dateValue && !date) diagnostics.push(diagnostic(source.file, 'warning', 'date-invalid', `Date "${dateValue}" is not a date (write 2025-06-17, 17/06/2025 or 17 juin 2025)`, row.line, columns.date!.index + 1));
    return {
      id: recordId(source.file, row.line, 1, text),
      kind,
      text,
      details: null,
      parent: null,
      axis: cell(row, 'axis') || null,
      group: cell(row, 'group') || null,
      territory: territory.value,
      evidence: kindValue ? 'row' : 'default',
      source: { file: source.file, line: row.line, column: 1, endLine: row.endLine },
      ...(meeting ? { meeting } : {}),
      document: date ? { title: null, date, participants: null } : null,
    };
  };

  return {
    add(row) {
      lastLine = row.endLine;
      if (header) {
        header = false;
        lines.heading += row.nonBlank;
        return;
      }
      const found = read(row);
      if (!found || !('id' in found)) {
        if (found) diagnostics.push(diagnostic(source.file, 'warning', found.rule, found.message, row.line, 1));
        lines.unclassified += row.nonBlank;
        return;
      }
      if (options.evidence && !options.evidence.includes(found.evidence!)) {
        lines.filtered! += row.nonBlank;
        return;
      }
      records.push(found);
      kinds[found.kind] = (kinds[found.kind] ?? 0) + 1;
      lines.record += row.nonBlank;
    },
    pending: () => records.length,
    take(limit = Infinity) {
      if (limit >= records.length) {
        const taken = records;
        records = [];
        return taken;
      }
      return records.splice(0, limit);
    },
    finish(failure) {
      if (failure) diagnostics.push(unreadable(source, failure, lastLine));
      // Lines no row took (those after a row that could not be read) are unclassified.
      for (const text of source.lines) if (!isBlank(text)) lines.nonBlank++;
      lines.unclassified += lines.nonBlank - lines.record - lines.heading - lines.unclassified - (lines.filtered ?? 0);
      return { file: source.file, layout: 'spreadsheet', kinds, lines, diagnostics: diagnostics.sort(compareDiagnostics) };
    },
  };
}

/**
 * The error that stopped reading a table, at the line where the row it could not read starts:
 * csv-parse names the line where it gave up, the end of the file for a quote never closed.
 */
function unreadable(source: SourceText, failure: unknown, lastLine: number): Diagnostic {
  let line = lastLine + 1;
  while (line < source.lines.length && isBlank(source.lines[line - 1]!)) line++;
  const { code, message } = failure as { code?: string; message?: string };
  const what =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? `a quote opened in the row of line ${line} is never closed, so this row and the rest of the table are not read; close the quote, or double it ("") inside a cell`
      : `${String(message).replace(/^[^:]*: /, '')}; the rows from line ${line} on are not read`;
  return diagnostic(source.file, 'error', 'csv-invalid', `Not a readable table: ${what}`, line, 1);
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
      const message = `Territory "${value}" ${found.status === 'ambiguous' ? 'names several places; give its code' : 'matches no commune, département or région; check its spelling, or give its INSEE code (55, 2A, 55502)'}`;
      return { value: fallback, problem: { field: 'territory', message } };
    }
  }
  if (postcode) {
    const found = resolvePostalCode(postcode);
    if (found.status === 'found') return { value: found.territory };
    const message = `Postal code "${postcode}" ${found.status === 'ambiguous' ? 'is shared by communes of several départements; give the département' : 'is not a French postal code; check it, or give the commune'}`;
    return { value: fallback, problem: { field: 'postcode', message } };
  }
  return { value: fallback };
}
