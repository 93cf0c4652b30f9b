/**
 * Tables in a PDF, rebuilt from where the text stands: pdf.js gives positioned text and no
 * table structure. Lines close together form a band (a table row, or a paragraph); a band whose
 * text stands in two or more blocks separated by gutters is a row, and three bands or more in a
 * row whose blocks line up in the same columns make a table. Text that pdf.js ran across a
 * gutter ("Prévention Les associations…", where a cell is full) is cut at the space nearest the
 * column's edge, its glyphs' widths estimated from their shapes.
 */

export interface Piece {
  x: number;
  width: number;
  y: number;
  text: string;
}

export interface TextLine {
  page: number;
  /** Baseline. */
  y: number;
  height: number;
  text: string;
  pieces: Piece[];
}

export interface PdfTable {
  /** The lines the table stands on, in reading order. */
  lines: TextLine[];
  /** Its cells, row by row; the first row as it comes (the parser tells whether it names the columns). */
  rows: string[][];
  /** The page of each row. */
  pages: number[];
}

interface Span {
  from: number;
  to: number;
}

interface Band {
  lines: TextLine[];
  /** The blocks of text across the band, left to right, separated by gutters. */
  blocks: Span[];
}

/**
 * Lines further apart than this many line pitches start a new band. Between the rows of a
 * tight table (no padding, no spacing after paragraphs, as Word's default table) the lines
 * stand only a border further apart than within a cell: 12.1 points for 11.5.
 */
const BAND_GAP = 1.03;
/** Bands further apart than this many line pitches are not rows of one table. */
const ROW_GAP = 4;
/**
 * Pieces closer than this many type sizes are one block. pdf.js already joins the words of a
 * run of text, spaces included, so pieces stand apart where the text moves: to another cell, or
 * to another font (then a space apart, about a quarter of the type size). A cell filled to its
 * edge may stand no further than that from the next, so a single line does not tell; the rows
 * together do (columnsOf, compatible).
 */
const GUTTER = 0.1;
/** Positions closer than this (points) are the same. */
const TOLERANCE = 1.5;
const MIN_ROWS = 3;
/** A cell holding nothing but list markers ("•", "• •", "-", "►"), or nothing. */
const BULLETS_ONLY = /^[\s•◦▪▫●○■□►▸➢✓✔✅→*-]*$/u;
/** Distances between baselines this close (points) are the same pitch. */
const PITCH_TOLERANCE = 0.15;
/** Lines in a type this much larger than the body's are headings. */
const HEADING_SIZE = 1.15;

/** The tables among a page's lines (in reading order), each with the lines it takes. */
export function findTables(lines: readonly TextLine[], bodyHeight: number): PdfTable[] {
  const pitchOf = linePitches(lines);
  const pitch = pitchOf(bodyHeight);
  const tables: PdfTable[] = [];
  let region: Band[] = [];
  let pending: Band[] = [];
  const close = (): void => {
    const table = region.length >= MIN_ROWS ? tableOf(region) : null;
    if (table) tables.push(table);
    region = [];
    pending = [];
  };
  let previous: Band | null = null;
  for (const band of bands(lines, pitchOf, bodyHeight)) {
    const near = previous !== null && follows(previous.lines.at(-1)!, band.lines[0]!, pitch);
    previous = band;
    // A heading ends a table: its type is larger than the body's.
    if (band.lines.some((l) => l.height > bodyHeight * HEADING_SIZE)) close();
    else if (band.blocks.length >= 2) {
      if (region.length && near && compatible(region, band)) {
        region.push(...pending, band);
        pending = [];
      } else {
        close();
        region = [band];
      }
    } else if (region.length && near && fitsBetweenRows(region, band)) {
      // A row whose text pdf.js ran across the gutter, kept when a row follows.
      pending.push(band);
    } else close();
  }
  close();
  return tables;
}

/**
 * The GFM lines of a table: an empty header row, for the parser to take the first row as the
 * header when it names the columns, the delimiter row, then a line a row.
 */
export function tableMarkdown(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line([]), `|${' --- |'.repeat(width)}`, ...rows.map(line)];
}

/** Whether a line stands close enough below another to be the next row: on the same page, or first on the next one. */
function follows(above: TextLine, line: TextLine, pitch: number): boolean {
  return line.page === above.page ? above.y - line.y <= ROW_GAP * pitch : line.page === above.page + 1;
}

/**
 * The distance between the baselines of two lines of one paragraph, for each type size: the
 * smallest distance between lines of that size that recurs (paragraphs and table rows stand
 * further apart).
 */
function linePitches(lines: readonly TextLine[]): (height: number) => number {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [above, line] = [lines[i - 1]!, lines[i]!];
    const size = Math.round(line.height);
    const gap = above.y - line.y;
    if (above.page === line.page && Math.round(above.height) === size && gap >= size * 0.95 && gap <= size * 1.6) gaps.set(size, [...(gaps.get(size) ?? []), gap]);
  }
  const pitches = new Map<number, number>();
  for (const [size, found] of gaps) {
    const recurring = found.filter((gap) => found.filter((other) => Math.abs(other - gap) <= PITCH_TOLERANCE).length >= 2);
    if (recurring.length) pitches.set(size, Math.min(...recurring));
  }
  return (height) => pitches.get(Math.round(height)) ?? height * 1.2;
}

/** Lines grouped into bands: a paragraph, or a table row whose cells may sit on staggered baselines. */
function bands(lines: readonly TextLine[], pitchOf: (height: number) => number, bodyHeight: number): Band[] {
  const result: TextLine[][] = [];
  for (const line of lines) {
    const last = result.at(-1)?.at(-1);
    if (last && last.page === line.page && last.y - line.y <= pitchOf(Math.max(last.height, line.height)) * BAND_GAP) result.at(-1)!.push(line);
    else result.push([line]);
  }
  return result.map((group) => ({ lines: group, blocks: blocksOf(group.flatMap((l) => l.pieces.map(extent)), bodyHeight * GUTTER) }));
}

/** Spans merged where they overlap or stand closer than `gap`. */
function blocksOf(spans: readonly Span[], gap: number): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && span.from - last.to < gap) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether a row's blocks fit the table's columns so far: none spans two of them. */
function compatible(region: readonly Band[], band: Band): boolean {
  const columns = columnsOf(region);
  return band.blocks.every((block) => columns.filter((c) => c.from < block.to && block.from < c.to).length <= 1);
}

/**
 * Whether a band that is not a row by itself may be one between rows: it starts in the first
 * column, not left of it as the paragraphs around a table do, and at most one of its lines runs
 * across a gutter (a line running across them all is a paragraph).
 */
function fitsBetweenRows(region: readonly Band[], band: Band): boolean {
  const first = columnsOf(region)[0]!;
  return band.blocks[0]!.from >= first.from - TOLERANCE && band.lines.filter((l) => l.pieces.some((p) => crosses(region, p))).length <= 1;
}

/** The columns of a table: the blocks of its rows merged where they overlap. */
function columnsOf(region: readonly Band[]): Span[] {
  return blocksOf(region.filter((b) => b.blocks.length >= 2).flatMap((b) => b.blocks), 0);
}

/** Whether a piece runs past the left edge of a column after the one it starts in. */
function crosses(region: readonly Band[], piece: Piece): boolean {
  const { from, to } = extent(piece);
  return columnsOf(region).some((c) => c.from > from + TOLERANCE && c.from < to - TOLERANCE);
}

/** The table that the bands make, or null when fewer than two of its columns recur. */
function tableOf(region: readonly Band[]): PdfTable | null {
  const starts = columnsOf(region)
    .map((c) => c.from)
    .filter((x) => region.filter((band) => band.lines.some((l) => l.pieces.some((p) => Math.abs(extent(p).from - x) <= TOLERANCE))).length >= 2);
  if (starts.length < 2) return null;
  const rows = region.map((band) => {
    const cells: Piece[][] = starts.map(() => []);
    for (const piece of band.lines.flatMap((l) => l.pieces)) {
      for (const part of cut(piece, starts)) cells[columnAt(starts, extent(part).from)]!.push(part);
    }
    return cells.map((pieces) =>
      pieces
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((p) => p.text.trim())
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  });
  // A column of bullets and blanks beside the text is an indented list, not a table.
  if (rows.every((row) => BULLETS_ONLY.test(row[0]!))) return null;
  // A table that goes on to the next page may repeat its first row there: it is not a row again.
  const again = (band: Band, i: number): boolean => i > 0 && band.lines[0]!.page !== region[i - 1]!.lines[0]!.page && rows[i]!.join('|') === rows[0]!.join('|');
  const kept = region.map((band, i) => !again(band, i));
  return { lines: region.flatMap((b) => b.lines), rows: rows.filter((_, i) => kept[i]), pages: region.filter((_, i) => kept[i]).map((b) => b.lines[0]!.page) };
}

function columnAt(starts: readonly number[], x: number): number {
  let index = 0;
  starts.forEach((start, i) => x >= start - TOLERANCE && (index = i));
  return index;
}

/** A piece cut where it runs past a column's left edge, at the last space before that edge. */
function cut(piece: Piece, starts: readonly number[]): Piece[] {
  const { from, to } = extent(piece);
  const edge = starts.find((x) => x > from + TOLERANCE && x < to - TOLERANCE);
  if (edge === undefined) return [piece];
  const offsets = glyphOffsets(piece);
  let at = -1;
  for (let i = 0; i < piece.text.length; i++) if (piece.text[i] === ' ' && piece.x + offsets[i]! <= edge) at = i;
  if (at <= 0) return [piece];
  const rest: Piece = { x: piece.x + offsets[at + 1]!, width: piece.width - offsets[at + 1]!, y: piece.y, text: piece.text.slice(at + 1) };
  // The rest starts at the column's edge: the estimate only chose the space.
  rest.width += rest.x - edge;
  rest.x = edge;
  return [{ ...piece, width: offsets[at]!, text: piece.text.slice(0, at) }, ...cut(rest, starts)];
}

/** Where a piece's visible text starts and ends, without its leading and trailing spaces. */
function extent(piece: Piece): Span {
  const offsets = glyphOffsets(piece);
  const lead = piece.text.length - piece.text.trimStart().length;
  const end = piece.text.trimEnd().length;
  return { from: piece.x + offsets[lead]!, to: piece.x + offsets[end]! };
}

/**
 * The offset of each glyph of a piece from its start (and of its end, last): pdf.js gives only
 * the width of the whole piece, shared out here by the glyphs' usual widths in a proportional
 * type — narrow i, l, punctuation and spaces, wide capitals, m and w.
 */
function glyphOffsets(piece: Piece): number[] {
  const weights = [...piece.text].map(glyphWeight);
  // Surrogate pairs count as one glyph but two UTF-16 units: spread over both.
  const units = [...piece.text].flatMap((char, i) => (char.length === 2 ? [weights[i]! / 2, weights[i]! / 2] : [weights[i]!]));
  const total = units.reduce((a, b) => a + b, 0) || 1;
  const offsets = [0];
  for (const w of units) offsets.push(offsets.at(-1)! + (w / total) * piece.width);
  return offsets;
}

function glyphWeight(char: string): number {
  if (/\s/.test(char)) return 0.25;
  if (/[iljtfr'’.,;:!|()[\]]/.test(char)) return 0.3;
  if (/[mwMW]/.test(char)) return 0.8;
  if (/\p{Lu}/u.test(char)) return 0.67;
  return 0.5;
}
