/**
 * PDF (exported reports, slide decks) into the Markdown the parser reads, with pdf.js, Mozilla's
 * maintained PDF reader. Text comes in reading order, line by line; lines in a larger type than
 * the body become headings; "•" bullets become list items; text that lines up in columns over
 * three rows or more becomes a table (pdf-tables.ts); a line repeated at the top or bottom of
 * most pages (a running title, "Page 3") is page chrome and left out. Each line of the Markdown
 * maps back to its page.
 */
import type { ConvertedText } from './html.js';
import { findTables, tableMarkdown, type PdfTable, type TextLine as Line } from './pdf-tables.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

/** A PDF with more pages than `limits.pdfPages`: refused before any page is read. */
export class PdfTooManyPages extends Error {}

/** The Markdown of a PDF's text, with the page of each line. */
export async function pdfToMarkdown(bytes: Uint8Array, limits: Pick<Limits, 'pdfPages'> = DEFAULT_LIMITS): Promise<ConvertedText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // No code from the file ever runs (isEvalSupported), and no font is loaded: only text is read.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  if (document.numPages > limits.pdfPages) {
    await document.destroy();
    throw new PdfTooManyPages(
      `Refused, nothing of it read: ${document.numPages.toLocaleString('en')} pages, over the limit of ${limits.pdfPages.toLocaleString('en')}; split it into smaller PDFs, or raise the bound with --max-pdf-pages`,
    );
  }
  const lines: Line[] = [];
  const pageHeights: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    pageHeights[number] = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    const pieces = items
      .filter((item): item is typeof item & { str: string; transform: number[]; width: number; height: number } => 'str' in item && item.str.trim() !== '')
      .map((item) => ({ x: item.transform[4]!, y: item.transform[5]!, width: item.width, height: item.height, text: item.str }))
      .sort((a, b) => b.y - a.y || a.x - b.x);
    for (const piece of pieces) {
      const last = lines.at(-1);
      // Pieces on the same baseline (within a third of the type size) form one line.
      if (last && last.page === number && Math.abs(last.y - piece.y) < piece.height / 3) {
        last.height = Math.max(last.height, piece.height);
        last.pieces.push(piece);
      } else lines.push({ page: number, y: piece.y, height: piece.height, text: '', pieces: [piece] });
    }
  }
  // A line's text is joined once its pieces are all there: joined piece by piece, a line of
  // 100,000 pieces on one baseline was copied 100,000 times.
  for (const line of lines) line.text = line.pieces.map((piece, i) => (i ? piece.text : piece.text.trim())).join(' ').replace(/\s+/g, ' ');
  const chrome = runningLines(lines, pageHeights, document.numPages);
  const bodyHeight = mostCommonHeight(lines.filter((l) => !chrome.has(l)));
  const sizes = [...new Set(lines.filter((l) => !chrome.has(l) && l.height > bodyHeight * 1.15).map((l) => Math.round(l.height)))].sort((a, b) => b - a);
  const text: string[] = [];
  const lineMap: number[] = [];
  /** Adds a block after a blank line; `pages` holds the page of each of its lines. */
  const push = (block: readonly string[], pages: readonly number[]): void => {
    if (text.length) {
      text.push('');
      lineMap.push(pages[0]!);
    }
    block.forEach((line, i) => {
      text.push(line);
      lineMap.push(pages[i] ?? pages.at(-1)!);
    });
  };
  const body = lines.filter((l) => !chrome.has(l));
  // Where the text lines up in columns, a table; a table's lines give its rows, in its place.
  const tableAt = new Map<Line, PdfTable | null>();
  for (const table of findTables(body, bodyHeight)) {
    // A header row set apart (bold, more space below it) is left out by the rows' alignment: the
    // line just above, with one short piece per column, names the columns.
    const above = body[body.indexOf(table.lines[0]!) - 1];
    const width = Math.max(...table.rows.map((r) => r.length));
    const names = above && !tableAt.has(above) && above.page === table.lines[0]!.page && above.y - table.lines[0]!.y <= above.height * HEADER_GAP ? above.pieces.map((p) => p.text.trim()) : [];
    if (names.length === width && names.every((n) => n && n.split(/\s+/).length <= MAX_HEADER_WORDS)) {
      table.lines.unshift(above!);
      table.rows.unshift(names);
      table.pages.unshift(above!.page);
    }
    table.lines.forEach((line, i) => tableAt.set(line, i ? null : table));
  }
  /** The lines of the paragraph or heading being gathered, with their pages. */
  interface Block {
    lines: string[];
    pages: number[];
    level: number;
    last: Line;
  }
  let block = null as Block | null;
  // The left edges of the bullets of the list being read, outermost first: a bullet further
  // right is nested, and a paragraph further right than the outermost goes on with an item.
  const bulletEdges: number[] = [];
  const nesting = (line: Line, bulleted: boolean, level: number): number => {
    const x = line.pieces[0]?.x ?? 0;
    const tolerance = line.height / 2;
    if (level >= 0) bulletEdges.length = 0;
    if (level >= 0 || !bulletEdges.length) {
      if (bulleted) bulletEdges.push(x);
      return 0;
    }
    while (bulletEdges.length && x < bulletEdges.at(-1)! - tolerance) bulletEdges.pop();
    if (!bulleted) {
      // "Premières étapes :" under an item, indented like its text: part of that item.
      const depth = bulletEdges.filter((edge) => x > edge + tolerance).length;
      if (!depth) bulletEdges.length = 0;
      return depth;
    }
    if (!bulletEdges.length || x > bulletEdges.at(-1)! + tolerance) bulletEdges.push(x);
    return bulletEdges.length - 1;
  };
  const flush = (): void => {
    // A heading's lines are one line; a word cut at a line's end ("Saône-et-" / "Loire") is joined whole.
    const heading = (lines: readonly string[]): string => lines.reduce((all, line) => (/\p{L}-$/u.test(all) ? `${all}${line}` : `${all} ${line}`));
    if (block) push(block.level >= 0 ? [`${'#'.repeat(Math.min(block.level + 1, 6))} ${heading(block.lines)}`] : block.lines, block.level >= 0 ? [block.pages[0]!] : block.pages);
    block = null;
  };
  for (const line of body) {
    const table = tableAt.get(line);
    if (table !== undefined) flush();
    // The header and delimiter rows stand on the first row's page.
    if (table) push(tableMarkdown(table.rows), [line.page, line.page, ...table.pages]);
    if (table !== undefined) continue;
    const level = sizes.indexOf(Math.round(line.height));
    const bulleted = level < 0 && BULLET.test(line.text);
    const text = level >= 0 ? line.text : line.text.replace(BULLET, '- ');
    // A line right below the last one, in the same type, goes on with its paragraph or heading;
    // a bullet or a number opens a new one. Markdown then joins a wrapped line to its item.
    const open = block;
    const close = !!open && open.last.page === line.page && open.level === level && open.last.y - line.y <= line.height * LINE_GAP;
    if (open && close && (level >= 0 || (!OPENS_ITEM.test(text) && !OPENS_LABEL.test(text)))) {
      open.lines.push(text);
      open.pages.push(line.page);
      open.last = line;
      continue;
    }
    flush();
    block = { lines: [`${'  '.repeat(nesting(line, bulleted, level))}${text}`], pages: [line.page], level, last: line };
  }
  flush();
  await document.destroy();
  return { text: text.join('\n'), lineMap };
}

/** The bullets a PDF's lists are drawn with, turned into Markdown's "- ". */
const BULLET = /^[•●▪◦‣∙·☑☐☒✓✔✅➢►▶■□◆❖]\s*/u;

/** How far above a table, in lines of type, a line of column names may stand, and how long each name may be. */
const HEADER_GAP = 3;
const MAX_HEADER_WORDS = 5;
/** How far below the last line, in lines of type, a line still goes on with its paragraph. */
const LINE_GAP = 1.6;
/** What opens an item rather than going on with a paragraph: a dash (BULLET's bullets are dashes by then), a number, a label with a number. */
const OPENS_ITEM = /^(?:[-–—→]\s|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)°:–—-]\s|[a-h][).]\s|\p{Lu}[\p{L} ]{0,30}\s(?:n°\s*)?\d{1,3}(?:\.\d{1,3})*\s*[:.–—-]\s)/u;

/**
 * A label of a few words opening a line ("Concrètement :", "Objectif : …") starts a paragraph of
 * its own: under a numbered item it announces the item's steps or aim, it does not go on with it.
 */
const OPENS_LABEL = /^\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}\s?:(?:\s|$)/u;

/**
 * Lines repeated in the top or bottom eighth of at least two pages and most of them, numbers
 * aside ("Page 2", "Page 3"): running titles and footers.
 */
function runningLines(lines: readonly Line[], heights: readonly number[], pages: number): Set<Line> {
  const edge = (l: Line): boolean => l.y > heights[l.page]! * 0.875 || l.y < heights[l.page]! * 0.125;
  const key = (l: Line): string => l.text.replace(/\d+/g, '#').toLowerCase();
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines.filter(edge)) pagesOf.set(key(line), (pagesOf.get(key(line)) ?? new Set()).add(line.page));
  const running = (l: Line): boolean => {
    const seen = pagesOf.get(key(l))?.size ?? 0;
    return seen >= 2 && seen * 2 >= pages;
  };
  return new Set(lines.filter((l) => edge(l) && running(l)));
}

function mostCommonHeight(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.height), (counts.get(Math.round(l.height)) ?? 0) + l.text.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
