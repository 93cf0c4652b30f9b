/** Ingest stage: bytes in, decoded text with its front matter read out. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { BinaryInputError, decode, type Encoding } from './decode.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { isBlank } from '../text/fold.js';
import type { ConvertedText } from './html.js';
import { boundText } from './bounds.js';
import { MAX_ELEMENTS } from './html-bounds.js';
import { DEFAULT_LIMITS, elementDepth, type Limits } from '../limits.js';

export interface SourceText {
  /** The file as the user named it, or "<stdin>". */
  file: string;
  /** Decoded text, \n line ends, front-matter lines blanked so positions stay exact. */
  text: string;
  /** The decoded lines, front matter included (index 0 is line 1). */
  lines: string[];
  frontMatter: FrontMatter;
  frontMatterLines: number;
  encoding: Encoding;
  /**
   * For converted documents, what each line of `text` (index 0 is line 1) stands for in the
   * original: the line of an HTML page, the paragraph of a Word or OpenDocument file, the page
   * of a PDF, the row of a workbook. Absent for text read as it is.
   */
  lineMap?: number[];
  /** Texts that situate the document without being part of it (a web page's <title>): read for its territory only. */
  context?: string[];
  /** For workbooks: the sheet the table was read from. */
  sheet?: string;
  /** Lines (1-based) not read (bounds.ts: too long, made of marks…): blank in `text`, whole in `lines`, so that they are accounted as unclassified. */
  unreadLines?: number[];
}

export interface Ingested {
  source: SourceText | null;
  diagnostics: Diagnostic[];
}

/**
 * Ingests any document: HTML pages, Word and OpenDocument files and PDF are converted to
 * Markdown first (Word through mammoth, PDF through pdf.js), text is read as it is.
 */
export async function ingestDocument(file: string, bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Promise<Ingested> {
  const lower = file.toLowerCase();
  if (/\.(csv|tsv)$/.test(lower)) return ingest(file, bytes);
  const ingested = await ingestAny(file, lower, bytes, limits);
  return ingested.source ? bounded(ingested.source, ingested.diagnostics, limits) : ingested;
}

async function ingestAny(file: string, lower: string, bytes: Uint8Array, limits: Limits): Promise<Ingested> {
  if (/\.(docx|odt|xlsx|ods)$/.test(lower)) {
    // Zip archives are checked before any library inflates them.
    const { checkArchive } = await import('./archive.js');
    const refused = checkArchive(file, bytes, limits);
    if (refused) return { source: null, diagnostics: [refused] };
  }
  if (lower.endsWith('.docx')) return ingestDocx(file, bytes, limits);
  if (lower.endsWith('.pdf')) return ingestPdf(file, bytes, limits);
  if (lower.endsWith('.odt')) return ingestOdt(file, bytes, limits);
  if (lower.endsWith('.xlsx') || lower.endsWith('.ods')) return ingestWorkbook(file, bytes, limits);
  if (!lower.endsWith('.html') && !lower.endsWith('.htm')) return ingest(file, bytes);
  const read = ingest(file, bytes);
  if (!read.source) return read;
  const { htmlToMarkdown } = await import('./html.js');
  const page = htmlToMarkdown(read.source.lines.join('\n'), limits);
  return { source: converted(file, page, read.source.encoding), diagnostics: [...read.diagnostics.filter((d) => d.rule !== 'front-matter-invalid'), ...cappedElements(file, page, limits)] };
}

/** The warning for a converted document whose elements were nested too deep (html.ts unwrapped them). */
function cappedElements(file: string, text: ConvertedText, limits: Limits, where: 'line' | 'file' = 'line'): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (text.countedAt !== undefined) {
    diagnostics.push(
      diagnostic(file, 'warning', 'elements-capped', `More than ${MAX_ELEMENTS.toLocaleString('en')} elements: the tags from here on are left out, their text read as it is; check the page, it is most likely broken`, where === 'line' ? text.countedAt : null, where === 'line' ? 1 : null),
    );
  }
  if (text.cappedAt === undefined) return diagnostics;
  const depth = elementDepth(limits);
  return [
    ...diagnostics,
    diagnostic(file, 'warning', 'nesting-capped', `Elements nested more than ${depth} levels deep: the deeper ones are read as text${where === 'line' ? ' (first here)' : ''}; check it, or raise the bound with --max-nesting (elements may nest eight times as deep as lists)`, where === 'line' ? text.cappedAt : null, where === 'line' ? 1 : null),
  ];
}

/** The source with its nesting capped and its overlong lines set apart (bounds.ts); tables are read as they are. */
function bounded(source: SourceText, diagnostics: Diagnostic[], limits: Limits): Ingested {
  if (source.sheet !== undefined) return { source, diagnostics };
  const bound = boundText(source.file, source.text, limits);
  if (bound.text === source.text) return { source, diagnostics };
  const lines = bound.text.split('\n');
  for (const line of bound.unreadLines) lines[line - 1] = source.lines[line - 1]!;
  return { source: { ...source, text: bound.text, lines, ...(bound.unreadLines.length ? { unreadLines: bound.unreadLines } : {}) }, diagnostics: [...diagnostics, ...bound.diagnostics] };
}

async function ingestDocx(file: string, bytes: Uint8Array, limits: Limits): Promise<Ingested> {
  const [{ default: mammoth }, { htmlToMarkdown }] = await Promise.all([import('mammoth'), import('./html.js')]);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    // Tables or lists nested thousands deep overflow mammoth's stack: say so, not the stack.
    const why = error instanceof RangeError && /call stack/.test(error.message) ? 'its tables or lists are nested too deeply' : (error as Error).message.split('\n')[0];
    return { source: null, diagnostics: [diagnostic(file, 'error', 'docx-invalid', `Not a readable Word file (${why}); skipped: open it in Word or LibreOffice and save it again as .docx`)] };
  }
  // One paragraph per line, so that the converted lines map to paragraph numbers; a table row,
  // whatever paragraphs its cells hold, is one.
  const numbered = numberParagraphs(html);
  const text = htmlToMarkdown(numbered, limits);
  return { source: converted(file, withMargins(text, await margins(() => import('./page-margins.js').then((m) => m.docxMargins(bytes)))), 'utf-8'), diagnostics: cappedElements(file, text, limits, 'file') };
}

/**
 * Mammoth's HTML with a line break after each paragraph, heading and list item, and after each
 * row of a table (whatever paragraphs its cells hold). A loop, not one regular expression:
 * `<table[\s\S]*?<\/table>` rescanned the rest of the text from every "<table" left open.
 */
function numberParagraphs(html: string): string {
  const TAG = /<table|<\/(?:p|h[1-6]|li)>/g;
  let out = '';
  let from = 0;
  let tablesClose = true;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<table') {
      const end = tablesClose ? html.indexOf('</table>', m.index + 6) : -1;
      // No table closes after this one: none after it will either.
      if (end < 0) {
        tablesClose = false;
        continue;
      }
      out += html.slice(from, m.index) + html.slice(m.index, end + 8).replace(/<\/tr>/g, '$&\n');
      from = TAG.lastIndex = end + 8;
    } else {
      out += `${html.slice(from, TAG.lastIndex)}\n`;
      from = TAG.lastIndex;
    }
  }
  return out + html.slice(from);
}

/** A document's running headers and footers, or none when they cannot be read: they only situate it. */
async function margins(read: () => Promise<string[]>): Promise<string[]> {
  try {
    return await read();
  } catch {
    return [];
  }
}

/** The converted text, situated also by the page's headers and footers. */
function withMargins(text: ConvertedText, lines: readonly string[]): ConvertedText {
  return lines.length ? { ...text, context: [...(text.context ?? []), ...lines] } : text;
}

async function ingestWorkbook(file: string, bytes: Uint8Array, limits: Limits): Promise<Ingested> {
  const { workbookTable, WorkbookTooLarge } = await import('./workbook.js');
  try {
    const table = await workbookTable(file, bytes, limits);
    // A workbook of many sheets gets one warning, not one per sheet.
    const diagnostics =
      table.skipped.length > 3
        ? [diagnostic(file, 'warning', 'sheet-skipped', `${table.skipped.length} other sheets are not read (${table.skipped.slice(0, 3).map((s) => `"${s}"`).join(', ')}…): only the first sheet with data ("${table.sheet}") is; save the others on their own`)]
        : table.skipped.map((sheet) => diagnostic(file, 'warning', 'sheet-skipped', `Sheet "${sheet}" is not read: only the first sheet with data ("${table.sheet}") is; save the others on their own`));
    return { source: { ...converted(file, table, 'utf-8'), sheet: table.sheet }, diagnostics };
  } catch (error) {
    if (error instanceof WorkbookTooLarge) return { source: null, diagnostics: [diagnostic(file, 'error', 'workbook-too-large', error.message)] };
    return { source: null, diagnostics: [diagnostic(file, 'error', 'workbook-invalid', `Not a readable workbook (${(error as Error).message.split('\n')[0]}); skipped: save it again as .xlsx, or export the sheet as .csv`)] };
  }
}

async function ingestOdt(file: string, bytes: Uint8Array, limits: Limits): Promise<Ingested> {
  const { odtToMarkdown } = await import('./odf.js');
  try {
    const lines = await margins(() => import('./page-margins.js').then((m) => m.odtMargins(bytes)));
    const text = odtToMarkdown(bytes, limits);
    return { source: converted(file, withMargins(text, lines), 'utf-8'), diagnostics: cappedElements(file, text, limits, 'file') };
  } catch (error) {
    return { source: null, diagnostics: [diagnostic(file, 'error', 'odt-invalid', `Not a readable OpenDocument text (${(error as Error).message.split('\n')[0]}); skipped: open it in LibreOffice and save it again as .odt`)] };
  }
}

async function ingestPdf(file: string, bytes: Uint8Array, limits: Limits): Promise<Ingested> {
  const { pdfToMarkdown, PdfTooManyPages } = await import('./pdf.js');
  try {
    return { source: converted(file, await pdfToMarkdown(bytes, limits), 'utf-8'), diagnostics: [] };
  } catch (error) {
    if (error instanceof PdfTooManyPages) return { source: null, diagnostics: [diagnostic(file, 'error', 'pdf-too-many-pages', error.message)] };
    return { source: null, diagnostics: [diagnostic(file, 'error', 'pdf-invalid', `Not a readable PDF (${(error as Error).message.split('\n')[0]}); skipped: a damaged or password-protected PDF cannot be read, export the text from its source document`)] };
  }
}

function converted(file: string, { text, lineMap, context }: { text: string; lineMap: number[]; context?: string[] }, encoding: Encoding): SourceText {
  return {
    file,
    text,
    lines: text.split('\n'),
    frontMatter: { title: null, date: null, participants: null, territory: null, places: [] },
    frontMatterLines: 0,
    encoding,
    lineMap,
    ...(context?.length ? { context } : {}),
  };
}

/** Decodes an input and reads its front matter; `source` is null when the bytes are not text. */
export function ingest(file: string, bytes: Uint8Array): Ingested {
  const diagnostics: Diagnostic[] = [];
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    if (!(error instanceof BinaryInputError)) throw error;
    return {
      source: null,
      diagnostics: [diagnostic(file, 'error', 'binary-file', `Not a text file: ${error.message}; skipped. Save it as text (.md, .txt, .csv), or under the extension of its format (.docx, .odt, .pdf, .xlsx, .ods)`)],
    };
  }
  if (decoded.invalidUtf8Line !== null) {
    diagnostics.push(
      diagnostic(
        file,
        'warning',
        'encoding-invalid',
        `Not valid UTF-8: read as ${decoded.encoding === 'iso-8859-15' ? 'ISO-8859-15' : 'Windows-1252'}; check the accents, or save the file as UTF-8`,
        decoded.invalidUtf8Line,
        1,
      ),
    );
  }
  const lines = decoded.text.split('\n');
  if (lines.every(isBlank)) {
    diagnostics.push(diagnostic(file, 'warning', 'file-empty', bytes.length ? 'The file holds only blank lines: nothing to read' : 'The file is empty: nothing to read'));
  }
  const fm = readFrontMatter(file, decoded.text);
  diagnostics.push(...fm.diagnostics);
  const text = fm.lineCount
    ? [...lines.slice(0, fm.lineCount).map(() => ''), ...lines.slice(fm.lineCount)].join('\n')
    : decoded.text;
  return {
    source: { file, text, lines, frontMatter: fm.data, frontMatterLines: fm.lineCount, encoding: decoded.encoding },
    diagnostics,
  };
}
