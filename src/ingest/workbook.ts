/**
 * Workbooks (.xlsx from Excel, .ods from LibreOffice Calc) as the table text the spreadsheet
 * parser reads: the first sheet that holds data, one CSV line per row, each mapped back to the
 * row's number in the sheet. Excel files are read by exceljs; OpenDocument spreadsheets are a
 * zip whose content.xml is read as the .odt path reads it (fflate, xast-util-from-xml).
 */
import { stringify } from 'csv-stringify/sync';
import type { Element as XmlElement, Nodes as XmlNodes } from 'xast';
import { capXmlDepth, odfContent } from './odf.js';
import { partStart, zipEntries } from './archive.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

export interface WorkbookTable {
  /** The sheet's rows as CSV (comma-separated, RFC 4180). */
  text: string;
  /** For each line of `text`, the row number in the sheet. */
  lineMap: number[];
  sheet: string;
  /** Other sheets that hold data and were not read. */
  skipped: string[];
}

interface Sheet {
  name: string;
  rows: { number: number; cells: string[] }[];
}

/** A workbook past `limits.workbookSheets` or `limits.workbookCells`: refused before its sheets are read. */
export class WorkbookTooLarge extends Error {}

/** The first sheet with data of an .xlsx or .ods file. */
export async function workbookTable(file: string, bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<WorkbookTable> {
  const ods = file.toLowerCase().endsWith('.ods');
  if (!ods) checkXlsx(bytes, limits);
  const sheets = (ods ? odsSheets(bytes, limits) : await xlsxSheets(bytes)).filter((s) => s.rows.length);
  const first = sheets[0];
  if (!first) throw new Error('no sheet holds any data');
  const lines: string[] = [];
  const lineMap: number[] = [];
  for (const row of first.rows) {
    const csv = stringify([row.cells], { record_delimiter: '\n', quote_record_delimiter: true }).replace(/\n$/, '');
    for (const line of csv.split('\n')) {
      lines.push(line);
      lineMap.push(row.number);
    }
  }
  return { text: lines.join('\n'), lineMap, sheet: first.name, skipped: sheets.slice(1).map((s) => s.name) };
}

type WorkbookLimits = Pick<Limits, 'workbookSheets' | 'workbookCells'>;

/**
 * The sheets an .xlsx holds and the cells each declares (`<dimension ref="A1:XFD1048576">`),
 * read from the zip before exceljs, which would make room for every row it declares.
 */
function checkXlsx(bytes: Uint8Array, limits: WorkbookLimits): void {
  const sheets = (zipEntries(bytes) ?? []).filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name));
  tooManySheets(sheets.length, limits);
  for (const sheet of sheets) {
    const head = new TextDecoder().decode(partStart(bytes, sheet, 4096));
    const ref = /<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"/.exec(head);
    if (!ref) continue;
    const rows = Number(ref[4] ?? ref[2]) - Number(ref[2]) + 1;
    const columns = columnNumber(ref[3] ?? ref[1]!) - columnNumber(ref[1]!) + 1;
    tooManyCells(rows, columns, limits);
  }
}

function tooManySheets(count: number, limits: WorkbookLimits): void {
  if (count > limits.workbookSheets) {
    throw new WorkbookTooLarge(`Refused, nothing of it read: ${count.toLocaleString('en')} sheets, over the limit of ${limits.workbookSheets.toLocaleString('en')}; save the sheet that holds the contributions on its own, or raise limits.workbookSheets in the config`);
  }
}

function tooManyCells(rows: number, columns: number, limits: WorkbookLimits): void {
  if (rows * columns > limits.workbookCells) {
    throw new WorkbookTooLarge(
      `Refused, nothing of it read: a sheet spans ${rows.toLocaleString('en')} rows × ${columns.toLocaleString('en')} columns, over the limit of ${limits.workbookCells.toLocaleString('en')} cells; save the used range on its own (or as .csv), or raise limits.workbookCells in the config`,
    );
  }
}

/** "A" → 1, "XFD" → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}

async function xlsxSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: Sheet['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cell.text ?? ''));
      rows.push({ number, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { name: sheet.name, rows };
  });
}

function odsSheets(bytes: Uint8Array, limits: WorkbookLimits): Sheet[] {
  const xml = odfContent(bytes);
  // A sheet's rows and cells sit a few levels down; deeper structure is read as text (odf.ts).
  capXmlDepth(xml, 24);
  const sheets: Sheet[] = [];
  const text = (node: XmlNodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    if (node.name === 'text:s' || node.name === 'text:tab') return ' ';
    const inner = node.children.map(text).join('');
    return node.name === 'text:p' ? `${inner}\n` : inner;
  };
  const visit = (node: XmlNodes): void => {
    if (node.type === 'element' && node.name === 'table:table') {
      tooManySheets(sheets.length + 1, limits);
      const rows: Sheet['rows'] = [];
      let number = 0;
      for (const row of node.children.filter((c): c is XmlElement => c.type === 'element' && c.name === 'table:table-row')) {
        const repeat = Number(row.attributes['table:number-rows-repeated'] ?? 1);
        const cells: string[] = [];
        for (const cell of row.children.filter((c): c is XmlElement => c.type === 'element' && (c.name === 'table:table-cell' || c.name === 'table:covered-table-cell'))) {
          const value = text(cell).replace(/\n$/, '');
          const times = Number(cell.attributes['table:number-columns-repeated'] ?? 1);
          // Trailing empty cells are repeated to the sheet's edge: only the ones before data count.
          for (let i = 0; i < Math.min(times, 1024); i++) cells.push(value);
        }
        while (cells.length && !cells.at(-1)) cells.pop();
        if (cells.length) rows.push({ number: number + 1, cells });
        number += repeat;
      }
      sheets.push({ name: String(node.attributes['table:name'] ?? `Sheet${sheets.length + 1}`), rows });
      return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(xml);
  return sheets;
}
