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

/** The Markdown of a PDF's text, with the page of each line. */
export async function pdfToMarkdown(bytes: Uint8Array): Promise<ConvertedText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // No code from the file ever runs (isEvalSupported), and no font is loaded: only text is read.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
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
        last.text = `${last.text} ${piece.text}`.replace(/\s+/g, ' ');
        last.height = Math.max(last.height, piece.height);
        last.pieces.push(piece);
      } else lines.push({ page: number, y: piece.y, height: piece.height, text: piece.text.trim(), pieces: [piece] });
    }
  }
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
  for (const table of findTables(body, bodyHeight)) table.lines.forEach((line, i) => tableAt.set(line, i ? null : table));
  for (const line of body) {
    const table = tableAt.get(line);
    // The header and delimiter rows stand on the first row's page.
    if (table) push(tableMarkdown(table.rows), [line.page, line.page, ...table.pages]);
    if (table !== undefined) continue;
    const level = sizes.indexOf(Math.round(line.height));
    push([level >= 0 ? `${'#'.repeat(Math.min(level + 1, 6))} ${line.text}` : line.text.replace(/^[•●▪◦‣∙·]\s*/, '- ')], [line.page]);
  }
  await document.destroy();
  return { text: text.join('\n'), lineMap };
}

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
