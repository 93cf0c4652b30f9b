/**
 * Tables inside documents (Markdown, and HTML, Word, OpenDocument and PDF through their
 * Markdown): what each column holds, from the header row or, when the header row is empty (no
 * row was marked as one), from a first row that names the columns; then each row read into the
 * items it holds and their context. Columns are named as in spreadsheets (TABLE_COLUMNS), or by
 * a kind ("| Constat | Proposition |").
 */
import { fold } from '../text/fold.js';
import { parseTerritoryHeading, resolvePostalCode, resolveSpec } from '../territory/index.js';
import type { Kind, Territory } from '../types/record.js';
import { columnRole, headingKind, isTextColumnName, type ColumnRole } from '../vocabulary/match.js';
import { BLOCK_KINDS } from '../vocabulary/fr.js';
import { statusKind } from './status.js';
import type { Cell, Unit } from './units.js';

export interface TableShape {
  /** What each column holds; null for a column recolte does not read. */
  roles: (ColumnRole | null)[];
  /** The column names as written, for messages. */
  names: string[];
  /** The header row was empty: the first row tells whether it names the columns. */
  open: boolean;
}

/**
 * How the rows give records: `kinds`, one per filled cell of a column that names a kind;
 * `texts`, one per row from its text column, of the kind the row, its section or --kind gives;
 * `none`, no column says (the rows are read as lines).
 */
export type TableMode = 'kinds' | 'texts' | 'none';

export interface RowItem {
  kind: Kind;
  text: string;
  column: number;
  details: string | null;
}

export interface RowProblem {
  value: string;
  status: 'unknown' | 'ambiguous' | 'invalid';
  column: number;
}

export interface Row {
  items: RowItem[];
  /** Index in `items` of the proposal or initiative the other items of the row belong to. */
  owner: number | null;
  territory: Territory | null;
  axis: string | null;
  group: string | null;
  problems: RowProblem[];
  /** Why a row with filled cells gives no record, when it should. */
  skipped: string | null;
}

/** A first row with a cell this long holds data, not column names. */
const MAX_NAME_WORDS = 5;

/** The table a header row opens. */
export function tableShape(header: readonly Cell[]): TableShape {
  if (header.every((cell) => !cell.text)) return { roles: [], names: [], open: true };
  return { roles: settle(header), names: header.map((cell) => cell.head), open: false };
}

/**
 * The first row of a table whose header row was empty, as Word and LibreOffice tables come:
 * it is the header when it names at least one column and every cell is short enough to be a
 * name; else it is data, and the table has no named column.
 */
export function openTable(cells: readonly Cell[]): { shape: TableShape; header: boolean } {
  const shape = tableShape(cells);
  const names = shape.roles.some((role) => role !== null) && cells.every((cell) => cell.text.split(/\s+/).length <= MAX_NAME_WORDS);
  return names ? { shape, header: true } : { shape: { roles: [], names: [], open: false }, header: false };
}

/** The cells that name a table's columns: its header, or the first row of an empty header that names them. */
export function headerCells(units: readonly Unit[], index: number): readonly Cell[] {
  const header = units[index]!;
  const first = units[index + 1];
  if (header.cells.every((cell) => !cell.text) && first?.type === 'table-row' && openTable(first.cells).header) return first.cells;
  return header.cells;
}

/** How the rows of a table give records. */
export function tableMode(shape: TableShape): TableMode {
  if (shape.roles.some((role) => role?.role === 'kind')) return 'kinds';
  return shape.roles.some((role) => role?.role === 'text') ? 'texts' : 'none';
}

/**
 * The role of each column, settled for the whole table: a column named by a kind that is also
 * a name of the text ("Proposition") holds the text when a column gives each row's kind
 * ("Type"); one text column at most, else a title, else a description stands for it.
 */
function settle(header: readonly Cell[]): (ColumnRole | null)[] {
  const roles = header.map((cell) => columnRole(cell.head));
  const has = (name: string): boolean => roles.some((role) => role?.role === name);
  if (has('type')) {
    header.forEach((cell, i) => {
      if (roles[i]?.role === 'kind' && isTextColumnName(cell.head)) roles[i] = { role: 'text' };
    });
  }
  // Columns named by kinds hold the items: a text or a title beside them is not read.
  if (has('kind')) return roles.map((role) => (role?.role === 'text' || role?.role === 'title' ? null : role));
  // One text per row: the first text column, else a title, else a description standing alone.
  const standIn = ['text', 'title', 'details'].find(has);
  if (!standIn) return roles;
  const at = roles.findIndex((role) => role?.role === standIn);
  return roles.map((role, i) => (i === at ? { role: 'text' } : role?.role === 'text' || role?.role === 'title' ? null : role));
}

/**
 * Reads a body row against the table's columns; empty cells hold nothing. `rowKind` is the kind
 * of a row whose table has a text column and whose own kind cell names none; null when such rows
 * are prose (under a context heading).
 */
export function readRow(shape: TableShape, cells: readonly Cell[], rowKind: Kind | null): Row {
  const row: Row = { items: [], owner: null, territory: null, axis: null, group: null, problems: [], skipped: null };
  let text: Cell | null = null;
  let postcode: Cell | null = null;
  let details: string | null = null;
  let type: string | null = null;
  let status: Kind | null = null;
  for (const [i, cell] of cells.entries()) {
    const role = shape.roles[i];
    if (!cell.text || !role) continue;
    if (role.role === 'kind') {
      // A row is one contribution: its proposal owns the constat, levers or steps beside it.
      if (row.owner === null && BLOCK_KINDS.includes(role.kind)) row.owner = row.items.length;
      // "Faiblesses" over a cell of three lines (a SWOT matrix, a Word cell of bullets): three
      // findings. A proposal's cell stays one item: its lines are its wording.
      const parts = !BLOCK_KINDS.includes(role.kind) && cell.parts.length > 1 ? cell.parts : [cell.text];
      for (const part of parts) row.items.push({ kind: role.kind, text: part, column: cell.column, details: null });
    } else if (role.role === 'text') text = cell;
    else if (role.role === 'details') details = cell.text;
    else if (role.role === 'type') type = cell.text;
    else if (role.role === 'axis') row.axis = cell.text;
    else if (role.role === 'group') row.group = cell.text;
    else if (role.role === 'territory') placeIn(row, cell, placeOf(cell.text));
    else if (role.role === 'postcode') postcode = cell;
    else if (role.role === 'status') status = statusKind(cell.text);
  }
  if (!row.territory && postcode) placeIn(row, postcode, resolvePostalCode(postcode.text));
  // A type cell that names no kind ("Former", "Attirer") groups the rows.
  const typeKind = type ? (headingKind(fold(type))?.kind ?? null) : null;
  if (type && !typeKind) row.group ??= type;
  const kind = typeKind ?? rowKind;
  if (text && kind) row.items.push({ kind, text: text.text, column: text.column, details: null });
  // "○ À engager" in the status column: the action is still to come, whatever its column said.
  if (status) for (const item of row.items) if (item.kind === 'initiative' || item.kind === 'proposal') item.kind = status;
  const holder = row.items[row.owner ?? 0];
  if (holder) holder.details = details;
  if (tableMode(shape) === 'texts' && !text && cells.some((cell) => cell.text)) {
    const column = shape.names[shape.roles.findIndex((role) => role?.role === 'text')] ?? '';
    row.skipped = `Table row without a text in its "${column}" column; skipped`;
  }
  return row;
}

/** A count or a share: "143", "42,7 %", "1 350", "–". */
const FIGURE = /^(?:[-–—]|\d[\d.,]*(?:\s+[\d.,]+)*\s*%?)$/u;
/** An answer's label in a table of results is short: "Moins de 30 ans", "Oui, si quelqu'un m'accompagne". */
const MAX_LABEL_WORDS = 6;

/**
 * A row of a table of results ("Moins de 30 ans | 13 | 9,1 %"): a short label and figures, one of
 * them a share. Statistics are no records.
 */
export function isStatisticRow(cells: readonly Cell[]): boolean {
  const [label, ...rest] = cells.filter((cell) => cell.text);
  if (!label || !rest.length || label.text.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  return rest.every((cell) => FIGURE.test(cell.text.trim())) && rest.some((cell) => cell.text.includes('%'));
}

/** "Meuse (55)" and "55 - Meuse" are how tables write départements; else a name or a code. */
export function placeOf(value: string): ReturnType<typeof resolveSpec> {
  const heading = parseTerritoryHeading(value);
  return heading ? { status: 'found', territory: heading } : resolveSpec(value);
}

function placeIn(row: Row, cell: Cell, found: ReturnType<typeof resolveSpec>): void {
  if (found.status === 'found') row.territory = found.territory;
  else row.problems.push({ value: cell.text, status: found.status, column: cell.column });
}
