/**
 * Markdown tables whose header names kinds ("| Constat | Proposition |") or context
 * ("| Département | Thème | … |"): reads one row into the items it holds and their context.
 */
import { parseTerritoryHeading, resolveSpec } from '../territory/index.js';
import type { Kind, Territory } from '../types/record.js';
import { columnRole, type ColumnRole } from '../vocabulary/match.js';
import { BLOCK_KINDS } from '../vocabulary/fr.js';
import type { Cell } from './units.js';

export interface RowItem {
  kind: Kind;
  text: string;
  column: number;
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
}

/** The role of each column, from the header row. */
export function columnRoles(header: readonly Cell[]): (ColumnRole | null)[] {
  return header.map((cell) => columnRole(cell.text));
}

/** True when at least one column names a kind, so rows hold items rather than a flat list. */
export function namesKinds(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.some((r) => r?.role === 'kind');
}

/** Reads a body row against the header's column roles; empty cells hold nothing. */
export function readRow(roles: readonly (ColumnRole | null)[], cells: readonly Cell[]): Row {
  const row: Row = { items: [], owner: null, territory: null, axis: null, group: null, problems: [] };
  cells.forEach((cell, i) => {
    const role = roles[i];
    if (!cell.text || !role) return;
    if (role.role === 'kind') {
      // A row is one contribution: its proposal owns the constat, levers or steps beside it.
      if (row.owner === null && BLOCK_KINDS.includes(role.kind)) row.owner = row.items.length;
      row.items.push({ kind: role.kind, text: cell.text, column: cell.column });
    } else if (role.role === 'axis') row.axis = cell.text;
    else if (role.role === 'group') row.group = cell.text;
    else {
      // "Meuse (55)" and "55 - Meuse" are how tables write départements; else a name or code.
      const heading = parseTerritoryHeading(cell.text);
      const found = heading ? { status: 'found' as const, territory: heading } : resolveSpec(cell.text);
      if (found.status === 'found') row.territory = found.territory;
      else row.problems.push({ value: cell.text, status: found.status, column: cell.column });
    }
  });
  return row;
}
