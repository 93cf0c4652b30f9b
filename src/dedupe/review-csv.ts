/**
 * The spreadsheet form of the review (`dedupe --review review.csv`): the questions written as
 * a CSV a reviewer opens in Excel or LibreOffice, and the file read back as those save it.
 *
 * A spreadsheet rewrites what looks like a number: an all-digit record id becomes
 * 1.23457E+15, loses its leading zeros or its last digits, and "12e45…" becomes 1.20E+46.
 * Quoting does not stop it. So the ids are written behind a visible "id:" mark, which no
 * spreadsheet reads as a number (checked with LibreOffice in test/unit/review-csv.test.ts);
 * a row read back without its mark had its id changed, and is left out with a warning.
 */
import { parse as parseCsv, CsvError, type Options as CsvOptions } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import { neutralise, stringifyOptions } from '../export/csv.js';
import { BinaryInputError, decode } from '../ingest/decode.js';
import { sniffDelimiter } from '../parse/spreadsheet.js';
import { fold, isBlank } from '../text/fold.js';
import type { Lang } from '../vocabulary/labels.js';
import {
  ANSWER_WORDS, REVIEW_COLUMNS, REVIEW_HEADER_ALIASES, REVIEW_KEY_COLUMNS, REVIEW_TEXT, type ReviewColumn,
} from '../vocabulary/review-text.js';
import type { Answer, AnsweredQuestion, Suggestion } from './review-types.js';

/** The columns shown to the reviewer, besides the number, the decision and the ids. */
export type ShownColumn = Exclude<ReviewColumn, (typeof REVIEW_KEY_COLUMNS)[number]>;

/** A question as read back from a review CSV, with what is needed to write it again. */
export interface ReviewCsvRow extends AnsweredQuestion {
  /**
   * The other cells of the row, as read (a spreadsheet may have reformatted the similarity or
   * the chance; they are only shown), written back unchanged; empty for a column the file lacks.
   */
  shown: Readonly<Record<ShownColumn, string>>;
}

/** The mark before every id: letters and a colon, which no spreadsheet reads as a number, a date or a time. */
export const ID_MARK = 'id:';

const SHOWN_COLUMNS = REVIEW_COLUMNS.filter((c): c is ShownColumn => !(REVIEW_KEY_COLUMNS as readonly string[]).includes(c));

/**
 * The review file: a header row, then the questions already asked (as read, each with its
 * answer in `lang`'s words, or none), then the new suggestions in the order given, their
 * decision empty. Excel's French CSV: UTF-8 with a BOM, `;`, CRLF, every cell quoted, no
 * cell a spreadsheet would run as a formula.
 */
export function reviewCsv(input: { answered: readonly ReviewCsvRow[]; suggestions: readonly Suggestion[] }, lang: Lang = 'fr'): string {
  const text = REVIEW_TEXT[lang];
  const rows: string[][] = [REVIEW_COLUMNS.map((column) => text.headers[column])];
  for (const row of input.answered) rows.push(cellsOf(row, row.answer === null ? '' : text.answer[row.answer]));
  for (const suggestion of input.suggestions) rows.push(cellsOf(suggestionRow(suggestion, lang), ''));
  return stringify(rows, { ...stringifyOptions(true), quoted: true, quoted_empty: true });
}

/** What a row of the file holds besides its decision. */
type RowCells = Pick<ReviewCsvRow, 'number' | 'a' | 'b' | 'shown'>;

/** A suggestion as a row of the review file, in `lang`'s words. */
function suggestionRow(suggestion: Suggestion, lang: Lang): RowCells {
  const text = REVIEW_TEXT[lang];
  const { a, b } = suggestion;
  return {
    number: suggestion.number,
    a: a.id,
    b: b.id,
    shown: {
      question: text.question[suggestion.question],
      text_a: a.text,
      text_b: b.text,
      size_a: String(a.size),
      size_b: String(b.size),
      territories_a: a.territories.join('; '),
      territories_b: b.territories.join('; '),
      shared: suggestion.shared.join(', '),
      score: text.decimal(suggestion.score),
      chance: text.percent(suggestion.chance),
      source_a: `${a.source.file}:${a.source.line}`,
      source_b: `${b.source.file}:${b.source.line}`,
    },
  };
}

function cellsOf(row: RowCells, decision: string): string[] {
  return REVIEW_COLUMNS.map((column) => {
    switch (column) {
      case 'number': return String(row.number);
      case 'decision': return decision;
      case 'id_a': return ID_MARK + row.a;
      case 'id_b': return ID_MARK + row.b;
      default: return neutralise(row.shown[column]);
    }
  });
}

/**
 * Reads a review CSV back as a spreadsheet saved it: UTF-8 with or without BOM, Windows-1252,
 * UTF-16 with a BOM; `;`, `,` or tab (told from the header line); headers in French or English
 * in any order, other columns ignored. Each row is known by its number; a row that cannot be
 * trusted (its number or an id changed, its answer unreadable) is a warning naming its line.
 */
export function readReviewCsv(file: string, bytes: Uint8Array): { rows: ReviewCsvRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rows: ReviewCsvRow[] = [];
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (error) {
    if (!(error instanceof BinaryInputError)) throw error;
    return { rows, diagnostics: [diagnostic(file, 'error', 'binary-file', `not a review file: ${error.message}`)] };
  }
  const records = readRecords(file, text, diagnostics);
  const headerAt = records.findIndex((record) => !isBlankRow(record.cells));
  const columns = columnIndexes(headerAt < 0 ? [] : records[headerAt]!.cells);
  const missing = REVIEW_KEY_COLUMNS.filter((column) => columns[column] === undefined);
  if (missing.length) {
    const names = missing.map((column) => bothHeaders(column)).join(', ');
    const all = REVIEW_KEY_COLUMNS.map((column) => bothHeaders(column)).join(', ');
    diagnostics.push(
      diagnostic(file, 'error', 'review-columns-missing', `not a review file: no column ${names}; a review has the columns ${all}`, headerAt < 0 ? null : records[headerAt]!.line),
    );
    return { rows, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  const seen = new Map<number, number>();
  for (const record of records.slice(headerAt + 1)) {
    if (isBlankRow(record.cells)) continue;
    const row = readRow(file, record, columns, seen, diagnostics);
    if (row) rows.push(row);
  }
  // A row csv-parse could not read was found before the rows above it were checked.
  return { rows, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/**
 * One question: its number (unseen so far, noted in `seen` with its line), its two ids behind
 * their mark and its answer; null, after a warning, for a row that cannot be trusted.
 */
function readRow(
  file: string,
  { cells, line }: CsvRecord,
  columns: Partial<Record<ReviewColumn, number>>,
  seen: Map<number, number>,
  diagnostics: Diagnostic[],
): ReviewCsvRow | null {
  const cell = (column: ReviewColumn): string => {
    const index = columns[column];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const warn = (rule: string, message: string): null => {
    diagnostics.push(diagnostic(file, 'warning', rule, message, line));
    return null;
  };
  const numberCell = cell('number').trim();
  const number = /^\d+$/.test(numberCell) ? Number(numberCell) : 0;
  if (number < 1 || !Number.isSafeInteger(number)) {
    return warn('review-number-invalid', `${numberCell ? `"${numberCell}" is not a question number` : 'no question number'}; the row is ignored`);
  }
  const earlier = seen.get(number);
  if (earlier !== undefined) return warn('review-number-invalid', `question ${number} is already on line ${earlier}; this row is ignored`);
  seen.set(number, line);
  const [a, b] = [unmark(cell('id_a')), unmark(cell('id_b'))];
  if (a === null || b === null) {
    const changed = [a === null ? `id A "${cell('id_a')}"` : '', b === null ? `id B "${cell('id_b')}"` : ''].filter(Boolean).join(' and ');
    return warn('review-id-changed', `${changed} ${a === null && b === null ? 'lost their' : 'lost its'} "${ID_MARK}" mark: a spreadsheet seems to have changed the id; the row (question ${number}) is ignored`);
  }
  let answer = readAnswer(cell('decision'));
  if (answer === undefined) {
    warn('review-answer-unknown', `"${cell('decision').trim()}" is not an answer to question ${number}: write oui or non (yes or no), or leave the cell empty; the question is left unanswered`);
    answer = null;
  }
  const shown = Object.fromEntries(SHOWN_COLUMNS.map((column) => [column, cell(column)])) as Record<ShownColumn, string>;
  return { number, a, b, answer, line, shown };
}

interface CsvRecord {
  cells: string[];
  /** 1-based line the row starts on. */
  line: number;
}

/**
 * The rows of the text, each with the line it starts on (a quoted cell may span lines). A row
 * csv-parse cannot read (a quote never closed) is an error; the rows before it are kept.
 */
function readRecords(file: string, text: string, diagnostics: Diagnostic[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  // Blank lines are kept as rows (and skipped later) so that each row starts where the last ended.
  // Its typings know no context argument to on_record, hence the cast.
  const options = {
    delimiter: sniffDelimiter(text.split('\n').find((line) => !isBlank(line)) ?? ''),
    relax_column_count: true,
    relax_quotes: true,
    on_record: (cells: string[], context: { lines: number }): null => {
      records.push({ cells, line: lastLine + 1 });
      lastLine = context.lines;
      return null;
    },
  } as unknown as CsvOptions;
  try {
    parseCsv(text, options);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse names the line where it gave up (the end of the file, for a quote never closed), not where the row starts.
    const line = lastLine + 1;
    const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quote opened in the row of line ${line} is never closed` : error.message.replace(/^[^:]*: /, '');
    diagnostics.push(diagnostic(file, 'error', 'csv-invalid', `not a readable table: ${what}; the rows from line ${line} on are not read`, line));
  }
  return records;
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => isBlank(cell));
}

/** A header as compared: folded, "(…)" dropped, letters and digits only ("Décision (oui / non)" → "decision"). */
function headerKey(header: string): string {
  return fold(header).replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

const COLUMN_BY_KEY: ReadonlyMap<string, ReviewColumn> = new Map(
  REVIEW_COLUMNS.flatMap((column) =>
    [REVIEW_TEXT.fr.headers[column], REVIEW_TEXT.en.headers[column], ...(REVIEW_HEADER_ALIASES[column] ?? [])].map((header) => [headerKey(header), column] as const),
  ),
);

/** Where each known column is in the header row; the first of two columns of the same name counts. */
function columnIndexes(header: readonly string[]): Partial<Record<ReviewColumn, number>> {
  const indexes: Partial<Record<ReviewColumn, number>> = {};
  header.forEach((name, index) => {
    const column = COLUMN_BY_KEY.get(headerKey(name));
    if (column !== undefined && indexes[column] === undefined) indexes[column] = index;
  });
  return indexes;
}

/** A column's French header, then its English one when it differs, without instructions: "décision (decision)". */
function bothHeaders(column: ReviewColumn): string {
  const [fr, en] = (['fr', 'en'] as const).map((lang) => REVIEW_TEXT[lang].headers[column].replace(/\s*\([^)]*\)/, ''));
  return fr === en ? fr! : `${fr} (${en})`;
}

/** The id behind its mark, or null when the mark is gone (the spreadsheet read the id as something else). */
function unmark(cell: string): string | null {
  const trimmed = cell.trimStart();
  // Case aside: an autocorrecting spreadsheet may have capitalised it, never the id behind it.
  return trimmed.slice(0, ID_MARK.length).toLowerCase() === ID_MARK && trimmed.length > ID_MARK.length ? trimmed.slice(ID_MARK.length) : null;
}

const ANSWER_BY_WORD: ReadonlyMap<string, Answer> = new Map(
  (['same', 'different'] as const).flatMap((answer) => ANSWER_WORDS[answer].map((word) => [fold(word), answer] as const)),
);

/** The answer a decision cell gives: null when empty, undefined when it is no answer recolte knows. */
function readAnswer(cell: string): Answer | null | undefined {
  const word = fold(cell);
  return word === '' ? null : ANSWER_BY_WORD.get(word);
}
