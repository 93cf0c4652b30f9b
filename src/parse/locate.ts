/**
 * Where a piece of a unit's text stands in the document: a unit joins the lines of a paragraph
 * into one text, so a sentence found inside it is looked for again in those lines.
 */
import type { Unit } from './units.js';

/** Line, column and end line of `length` characters at `offset` in the unit's text; the unit's own place when not found. */
export function locate(
  lines: readonly string[],
  unit: Pick<Unit, 'line' | 'endLine' | 'column'>,
  text: string,
  offset: number,
  length: number,
): { line: number; column: number; endLine: number } {
  const piece = text.slice(offset, offset + length);
  const head = squeeze(piece).slice(0, 24);
  const tail = squeeze(piece).slice(-16);
  let line = unit.line;
  let column = unit.column;
  let found = false;
  for (let l = unit.line; l <= unit.endLine && !found; l++) {
    const at = (lines[l - 1] ?? '').indexOf(head);
    if (at >= 0) {
      line = l;
      column = at + 1;
      found = true;
    }
  }
  let endLine = found ? line : unit.endLine;
  if (found) for (let l = line; l <= unit.endLine; l++) if ((lines[l - 1] ?? '').includes(tail)) { endLine = l; break; }
  return { line, column, endLine: Math.max(line, endLine) };
}

/** The first words as they may stand in one line: no run of spaces, no line break. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
