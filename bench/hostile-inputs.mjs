// The hostile inputs of issue 14 ("recolte under hostile input: bounded time and memory"),
// one generator each. Every generator takes the folder to write into and a size (depth,
// count or bytes: small for the CLI tests, the issue's figure by default, which the bench
// uses), writes one file and resolves to its path. Big files are written in chunks and zips
// are built with fflate's streaming Zip, so a part that inflates to 1.5 GB never sits in
// memory: building one takes under 100 MB (the 10,000-page PDF, 300 MB: pdfkit keeps every
// page's objects) and at most half a minute (the bombs, deflated at level 9). In the zip-based
// files (.docx, .xlsx, .ods, .odt) every other part is a valid minimal part, so the only
// problem is the hostile one. Types for the TypeScript tests: hostile-inputs.d.mts.
//   import { HOSTILE_INPUTS, goodMarkdown } from '../../bench/hostile-inputs.mjs';
//   for (const input of HOSTILE_INPUTS) await input.build(dir, ...input.small);
import { closeSync, createWriteStream, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Sizes are in decimal megabytes, as the issue gives them. */
const MB = 1e6;
/** Bytes written at a time. */
const CHUNK = 1 << 20;

/** `unit` repeated `count` times, in chunks of about a megabyte. */
function* repeat(unit, count) {
  const perChunk = Math.max(1, Math.floor(CHUNK / Math.max(1, unit.length)));
  const full = unit.repeat(Math.min(perChunk, count));
  for (let left = count; left > 0; left -= perChunk) yield left >= perChunk ? full : unit.repeat(left);
}

/** `f(i)` for i from 0 to count - 1, joined in chunks of about a megabyte. */
function* each(count, f) {
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += f(i);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Writes the pieces (strings, byte arrays or iterables of them) to dir/name, a chunk at a time. */
function writeFile(dir, name, ...pieces) {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  try {
    for (const chunk of chunks(pieces)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return file;
}

/** The byte arrays of nested pieces, strings encoded as UTF-8. */
function* chunks(pieces) {
  for (const piece of pieces) {
    if (typeof piece === 'string') yield Buffer.from(piece, 'utf8');
    else if (piece instanceof Uint8Array) yield piece;
    else yield* chunks(piece);
  }
}

/**
 * A zip of the given parts, written as it is deflated (level 9): `parts` maps each name to its
 * pieces (see writeFile). `stored` names parts kept uncompressed (an OpenDocument's mimetype).
 */
function writeZip(dir, name, parts, stored = []) {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  let failure = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else writeSync(fd, data);
  });
  try {
    for (const [part, pieces] of Object.entries(parts)) {
      const entry = stored.includes(part) ? new ZipPassThrough(part) : new ZipDeflate(part, { level: 9 });
      zip.add(entry);
      for (const chunk of chunks([pieces])) entry.push(chunk);
      entry.push(new Uint8Array(0), true);
      if (failure) throw failure;
    }
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
  return file;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const PROPOSALS = ['Créer une maison de santé à Bar-le-Duc', 'Ouvrir un centre de soins non programmés'];

// ---- The good file, read beside each hostile one ----------------------------------------

/** A tiny valid workshop report: two proposals. */
export async function goodMarkdown(dir) {
  return writeFile(dir, 'good.md', `# Atelier\n\n## Propositions\n\n${PROPOSALS.map((p) => `- ${p}\n`).join('')}`);
}

// ---- Deep nesting -----------------------------------------------------------------------

/** Markdown: `> > > … texte`, `depth` blockquotes inside each other (20,000: 40 KB). */
export async function nestedBlockquotes(dir, depth = 20_000) {
  return writeFile(dir, 'blockquotes.md', repeat('> ', depth), 'texte\n');
}

/** HTML: `depth` <div> inside each other around one sentence (100,000: 1.1 MB). */
export async function nestedDivs(dir, depth = 100_000) {
  return writeFile(dir, 'divs.html', '<!doctype html>\n<html lang="fr"><body>\n', repeat('<div>', depth), PROPOSALS[0], repeat('</div>', depth), '\n</body></html>\n');
}

/** HTML: `depth` <ul><li> inside each other, each item with its text (20,000: 0.46 MB). */
export async function nestedHtmlLists(dir, depth = 20_000) {
  return writeFile(dir, 'lists.html', '<!doctype html>\n<html lang="fr"><body>\n<h2>Propositions</h2>\n', repeat('<ul><li>Idée', depth), repeat('</li></ul>', depth), '\n</body></html>\n');
}

/** Markdown: a list nested `depth` levels deep, two spaces a level (500: 0.25 MB, 1,000: 1 MB, 2,000: 4 MB). */
export async function nestedMarkdownList(dir, depth = 1_000) {
  return writeFile(dir, `list-${depth}.md`, '# Propositions\n\n', each(depth, (i) => `${'  '.repeat(i)}- niveau ${i}\n`));
}

/**
 * Word: tables nested `depth` deep, each in the one cell of the table around it (5,000: a few
 * kilobytes on disk). Every cell ends with a paragraph, as the schema wants.
 */
export async function docxNestedTables(dir, depth = 5_000) {
  const open = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>';
  const close = '</w:tc></w:tr></w:tbl><w:p/>';
  const body = [paragraph('Atelier', 'Heading1'), paragraph('Propositions', 'Heading2'), repeat(open, depth), paragraph(PROPOSALS[0]), repeat(close, depth)];
  return writeDocx(dir, 'nested-tables.docx', body);
}

// ---- Long lines -------------------------------------------------------------------------

/** Markdown: one line of `bytes` letters without a space (10 MB). */
export async function longWord(dir, bytes = 10 * MB) {
  return writeFile(dir, 'long-word.md', repeat('a', bytes), '\n');
}

/** Markdown: one line `a a a …` of `bytes` bytes (10 MB). */
export async function longWords(dir, bytes = 10 * MB) {
  return writeFile(dir, 'long-words.md', repeat('a ', Math.floor(bytes / 2)), '\n');
}

/** Markdown: one line of `count` `[` (1,000,000). */
export async function longBrackets(dir, count = 1_000_000) {
  return writeFile(dir, 'brackets.md', repeat('[', count), '\n');
}

/** Markdown: one line of `count` `*` (1,000,000). */
export async function longStars(dir, count = 1_000_000) {
  return writeFile(dir, 'stars.md', repeat('*', count), '\n');
}

/** CSV: a header and one row whose contribution cell holds `bytes` bytes of words (50 MB), quoted. */
export async function csvLongCell(dir, bytes = 50 * MB) {
  const words = 'Créer une maison de santé ';
  return writeFile(dir, 'long-cell.csv', 'Contribution,Territoire\n"', repeat(words, Math.floor(bytes / Buffer.byteLength(words))), '",55\n');
}

/** CSV: a header and one row of `columns` columns each (1,000,000: 4 MB), the contribution first. */
export async function csvWideRow(dir, columns = 1_000_000) {
  return writeFile(dir, 'columns.csv', 'Contribution', repeat(',c', columns - 1), '\n', PROPOSALS[0], repeat(',x', columns - 1), '\n');
}

/** Markdown: a table of one row under its header, `columns` columns wide (100,000: 1.9 MB). */
export async function markdownWideTable(dir, columns = 100_000) {
  return writeFile(dir, 'wide-table.md', '# Propositions\n\n', each(columns, (i) => `| c${i} `), '|\n', repeat('| --- ', columns), '|\n', repeat('| a ', columns), '|\n');
}

// ---- Front matter -----------------------------------------------------------------------

/** Markdown whose YAML front matter holds `depth` flow sequences inside each other `[[[…]]]` (100,000: 200 KB). */
export async function yamlNestedSequences(dir, depth = 100_000) {
  return writeFile(dir, 'yaml-nested.md', '---\ntitre: ', repeat('[', depth), repeat(']', depth), '\n---\n\n# Propositions\n\n', `- ${PROPOSALS[0]}\n`);
}

/**
 * Markdown whose YAML front matter is the "billion laughs": `levels` anchors, each a list of
 * ten aliases to the one before (9 levels: 10⁹ strings once expanded, 1 KB on disk).
 */
export async function yamlAliasBomb(dir, levels = 9) {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`titre: *a${levels}`);
  return writeFile(dir, 'yaml-aliases.md', `---\n${lines.join('\n')}\n---\n\n# Propositions\n\n- ${PROPOSALS[0]}\n`);
}

// ---- HTML -------------------------------------------------------------------------------

/** HTML: `count` <b> never closed, before one sentence (1,000,000: 3 MB). */
export async function htmlUnclosedBold(dir, count = 1_000_000) {
  return writeFile(dir, 'unclosed-b.html', '<!doctype html>\n<html lang="fr"><body>\n<h2>Propositions</h2>\n<p>', repeat('<b>', count), PROPOSALS[0], '</p>\n</body></html>\n');
}

/** HTML: a list item with an attribute value of `bytes` bytes (10 MB). */
export async function htmlLongAttribute(dir, bytes = 10 * MB) {
  return writeFile(dir, 'long-attribute.html', '<!doctype html>\n<html lang="fr"><body>\n<h2>Propositions</h2>\n<ul><li title="', repeat('a', bytes), `">${PROPOSALS[0]}</li></ul>\n</body></html>\n`);
}

/** HTML: a page of `count` <br> one after the other, not nested (1,000,000: 4 MB). */
export async function htmlManyElements(dir, count = 1_000_000) {
  return writeFile(dir, 'elements.html', '<!doctype html>\n<html lang="fr"><body>\n<h2>Propositions</h2>\n<ul><li>', PROPOSALS[0], '</li></ul>\n', repeat('<br>', count), '\n</body></html>\n');
}

/** Markdown: `lines` lines of 1,000 `[`, a blank line between each (1,000: 1 MB). */
export async function bracketLines(dir, lines = 1_000) {
  return writeFile(dir, 'bracket-lines.md', repeat(`${'['.repeat(1_000)}\n\n`, lines));
}

/** Markdown: a proposal, then `count` link definitions "[dN]: https://…" (100,000: 2.9 MB). */
export async function linkDefinitions(dir, count = 100_000) {
  return writeFile(dir, 'definitions.md', `# Propositions\n\n- ${PROPOSALS[0]}\n\n`, each(count, (i) => `[d${i}]: https://exemple.fr/${i}\n`));
}

// ---- PDF --------------------------------------------------------------------------------

/**
 * PDF written by pdfkit: a heading, then `pages` pages of one short bulleted line each
 * (10,000), halfway down the page so that it is not taken for a running footer; streamed to disk.
 */
export async function manyPagesPdf(dir, pages = 10_000) {
  const { default: PDFDocument } = await import('pdfkit');
  const file = path.join(dir, 'pages.pdf');
  const out = createWriteStream(file);
  const pdf = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false, info: { Title: 'Atelier', CreationDate: new Date(Date.UTC(2025, 5, 17)) } });
  pdf.pipe(out);
  for (let page = 1; page <= pages; page++) {
    pdf.addPage();
    if (page === 1) pdf.font('Helvetica-Bold').fontSize(16).text('Propositions', 60, 380);
    pdf.font('Helvetica').fontSize(12).text(`• ${PROPOSALS[page % 2]} (${page})`, 60, 420);
    // Let the stream drain now and then, so that the document is never held whole.
    if (page % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  pdf.end();
  await once(out, 'finish');
  return file;
}

/**
 * PDF written by pdfkit: one page of `count` tiny "x", 250 to a baseline (200,000: 0.6 MB), under
 * a heading and a bulleted proposal.
 */
export async function pdfManyItems(dir, count = 200_000) {
  const { default: PDFDocument } = await import('pdfkit');
  const file = path.join(dir, 'items.pdf');
  const out = createWriteStream(file);
  const pdf = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Atelier', CreationDate: new Date(Date.UTC(2025, 5, 17)) } });
  pdf.pipe(out);
  pdf.font('Helvetica-Bold').fontSize(16).text('Propositions', 60, 380);
  pdf.font('Helvetica').fontSize(12).text(`• ${PROPOSALS[0]}`, 60, 420);
  pdf.fontSize(2);
  for (let i = 0; i < count; i++) pdf.text('x', (i % 250) * 2.3, 450 + (Math.floor(i / 250) % 350), { lineBreak: false });
  pdf.end();
  await once(out, 'finish');
  return file;
}

// ---- Word -------------------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A Word paragraph, in a style if given. */
function paragraph(text, style = null) {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A minimal valid .docx: content types, relationships, styles (two headings) and the body's pieces. */
function writeDocx(dir, name, body) {
  const heading = (level) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`;
  return writeZip(dir, name, {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading(1)}${heading(2)}</w:styles>`,
    'word/document.xml': [`${XML}<w:document xmlns:w="${W}"><w:body>`, body, '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'],
  });
}

/**
 * Word: a workshop report whose word/document.xml inflates to `bytes` of spaces (1.5 GB: 1.5 MB
 * on disk), between its last paragraph and the section properties, where XML allows them.
 */
export async function docxBomb(dir, bytes = 1.5e9) {
  const body = [paragraph('Atelier', 'Heading1'), paragraph('Propositions', 'Heading2'), ...PROPOSALS.map((p) => paragraph(p)), repeat(' ', bytes)];
  return writeDocx(dir, 'bomb.docx', body);
}

// ---- OpenDocument -----------------------------------------------------------------------

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

/** A minimal valid OpenDocument package: mimetype first and stored, manifest, styles, and the content's pieces. */
function writeOdf(dir, name, kind, content) {
  const mimetype = `application/vnd.oasis.opendocument.${kind}`;
  return writeZip(
    dir,
    name,
    {
      mimetype,
      'META-INF/manifest.xml':
        `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
        `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimetype}"/>` +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      'styles.xml': `${XML}<office:document-styles ${ODF_NS} office:version="1.3"><office:styles/></office:document-styles>`,
      'content.xml': [`${XML}<office:document-content ${ODF_NS} office:version="1.3"><office:body>`, content, '</office:body></office:document-content>'],
    },
    ['mimetype'],
  );
}

/** OpenDocument text: a workshop report whose content.xml inflates to `bytes` of spaces (1.5 GB). */
export async function odtBomb(dir, bytes = 1.5e9) {
  const items = PROPOSALS.map((p) => `<text:list-item><text:p>${escapeXml(p)}</text:p></text:list-item>`).join('');
  const text = `<text:h text:outline-level="1">Atelier</text:h><text:h text:outline-level="2">Propositions</text:h><text:list>${items}</text:list>`;
  return writeOdf(dir, 'bomb.odt', 'text', ['<office:text>', text, repeat(' ', bytes), '</office:text>']);
}

/** OpenDocument spreadsheet: a table of contributions whose content.xml inflates to `bytes` of spaces (1.5 GB). */
export async function odsBomb(dir, bytes = 1.5e9) {
  const cell = (v) => `<table:table-cell office:value-type="string"><text:p>${escapeXml(v)}</text:p></table:table-cell>`;
  const rows = [['Contribution', 'Territoire'], ...PROPOSALS.map((p) => [p, '55'])].map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  return writeOdf(dir, 'bomb.ods', 'spreadsheet', ['<office:spreadsheet><table:table table:name="Feuille1">', rows, repeat(' ', bytes), '</table:table></office:spreadsheet>']);
}

// ---- Excel ------------------------------------------------------------------------------

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A column's letters: 1 → A, 16,384 → XFD. */
function columnName(n) {
  let name = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A minimal valid .xlsx: content types, relationships, styles, the shared `strings`, and
 * `count` sheets, `sheet(i)` giving the XML of sheet i (from 1).
 */
function writeXlsx(dir, name, strings, count, sheet) {
  const indexes = Array.from({ length: count }, (_, i) => i + 1);
  const sst = `${XML}<sst xmlns="${S}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`;
  const parts = {
    '[Content_Types].xml': [
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
      each(count, (i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
      '</Types>',
    ],
    '_rels/.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': [`${XML}<workbook xmlns="${S}" xmlns:r="${OFFICE_REL}"><sheets>`, each(count, (i) => `<sheet name="Feuil${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`), '</sheets></workbook>'],
    'xl/_rels/workbook.xml.rels': [
      `${XML}<Relationships xmlns="${RELS}">`,
      each(count, (i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
      `<Relationship Id="rId${count + 1}" Type="${OFFICE_REL}/styles" Target="styles.xml"/>`,
      `<Relationship Id="rId${count + 2}" Type="${OFFICE_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
      '</Relationships>',
    ],
    'xl/styles.xml':
      `${XML}<styleSheet xmlns="${S}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml': sst,
  };
  for (const i of indexes) parts[`xl/worksheets/sheet${i}.xml`] = sheet(i);
  return writeZip(dir, name, parts);
}

/** A sheet's XML: its dimension and rows of { ref: shared string index }. */
function sheetXml(dimension, rows) {
  const body = rows.map(([r, cells]) => `<row r="${r}">${cells.map(([ref, s]) => `<c r="${ref}" t="s"><v>${s}</v></c>`).join('')}</row>`).join('');
  return `${XML}<worksheet xmlns="${S}"><dimension ref="${dimension}"/><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * Excel: a sheet that declares `<dimension ref="A1:XFD1048576"/>` (by default: rows × columns,
 * the most Excel allows, 17 billion cells), with a header, two contributions and one cell at
 * the declared corner. A few kilobytes on disk.
 */
export async function xlsxHugeDimension(dir, rows = 1_048_576, columns = 16_384) {
  const corner = `${columnName(columns)}${rows}`;
  const strings = ['Contribution', ...PROPOSALS, 'fin'];
  const sheet = sheetXml(`A1:${corner}`, [
    [1, [['A1', 0]]],
    [2, [['A2', 1]]],
    [3, [['A3', 2]]],
    [rows, [[corner, 3]]],
  ]);
  return writeXlsx(dir, 'dimension.xlsx', strings, 1, () => sheet);
}

/** Excel: a workbook of `sheets` sheets (5,000), each a header and one contribution. */
export async function xlsxManySheets(dir, sheets = 5_000) {
  const strings = ['Contribution', ...PROPOSALS];
  return writeXlsx(dir, 'sheets.xlsx', strings, sheets, (i) =>
    sheetXml('A1:A2', [
      [1, [['A1', 0]]],
      [2, [['A2', 1 + (i % 2)]]],
    ]),
  );
}

// ---- The list the bench and the tests walk ------------------------------------------------

/**
 * Every hostile input: its name, its generator, the arguments after the folder for the
 * issue's size (`full`, what the bench builds) and for a quick one (`small`, for the tests).
 */
export const HOSTILE_INPUTS = [
  { name: 'md-blockquotes', build: nestedBlockquotes, full: [20_000], small: [200], what: 'Markdown, 20,000 nested blockquotes' },
  { name: 'html-divs', build: nestedDivs, full: [100_000], small: [1_000], what: 'HTML, 100,000 nested <div>' },
  { name: 'html-lists', build: nestedHtmlLists, full: [20_000], small: [200], what: 'HTML, 20,000 nested <ul><li>' },
  { name: 'md-list-500', build: nestedMarkdownList, full: [500], small: [50], what: 'Markdown list nested 500 deep' },
  { name: 'md-list-1000', build: nestedMarkdownList, full: [1_000], small: [100], what: 'Markdown list nested 1,000 deep' },
  { name: 'md-list-2000', build: nestedMarkdownList, full: [2_000], small: [150], what: 'Markdown list nested 2,000 deep' },
  { name: 'docx-bomb', build: docxBomb, full: [1.5e9], small: [1e6], what: '.docx, document.xml inflating to 1.5 GB of spaces' },
  { name: 'line-no-space', build: longWord, full: [10 * MB], small: [100_000], what: 'a 10 MB line without a space' },
  { name: 'line-words', build: longWords, full: [10 * MB], small: [100_000], what: 'a 10 MB line `a a a …`' },
  { name: 'csv-cell-50mb', build: csvLongCell, full: [50 * MB], small: [100_000], what: 'CSV, one cell of 50 MB' },
  { name: 'line-brackets', build: longBrackets, full: [1_000_000], small: [10_000], what: 'a line of 1,000,000 `[`' },
  { name: 'line-stars', build: longStars, full: [1_000_000], small: [10_000], what: 'a line of 1,000,000 `*`' },
  { name: 'pdf-10000-pages', build: manyPagesPdf, full: [10_000], small: [20], what: 'PDF of 10,000 pages (pdfkit)' },
  { name: 'xlsx-dimension', build: xlsxHugeDimension, full: [1_048_576, 16_384], small: [100, 30], what: '.xlsx declaring A1:XFD1048576, a cell at XFD1048576' },
  { name: 'xlsx-5000-sheets', build: xlsxManySheets, full: [5_000], small: [5], what: '.xlsx of 5,000 sheets' },
  { name: 'ods-bomb', build: odsBomb, full: [1.5e9], small: [1e6], what: '.ods, content.xml inflating to 1.5 GB of spaces' },
  { name: 'odt-bomb', build: odtBomb, full: [1.5e9], small: [1e6], what: '.odt, content.xml inflating to 1.5 GB of spaces' },
  { name: 'csv-1m-columns', build: csvWideRow, full: [1_000_000], small: [1_000], what: 'CSV, a row of 1,000,000 columns' },
  { name: 'yaml-nested', build: yamlNestedSequences, full: [100_000], small: [100], what: 'front matter, 100,000 nested `[`' },
  { name: 'yaml-aliases', build: yamlAliasBomb, full: [9], small: [2], what: 'front matter, YAML alias bomb (billion laughs)' },
  { name: 'html-unclosed-b', build: htmlUnclosedBold, full: [1_000_000], small: [1_000], what: 'HTML, 1,000,000 unclosed <b>' },
  { name: 'html-long-attribute', build: htmlLongAttribute, full: [10 * MB], small: [100_000], what: 'HTML, an attribute of 10 MB' },
  { name: 'docx-nested-tables', build: docxNestedTables, full: [5_000], small: [20], what: '.docx, tables nested 5,000 deep' },
  { name: 'md-wide-table', build: markdownWideTable, full: [100_000], small: [100], what: 'Markdown table, 1 row × 100,000 columns' },
  { name: 'html-1m-elements', build: htmlManyElements, full: [1_000_000], small: [60_000], what: 'HTML, 1,000,000 <br> side by side' },
  { name: 'md-bracket-lines', build: bracketLines, full: [1_000], small: [20], what: 'Markdown, 1,000 lines of 1,000 `[`' },
  { name: 'md-definitions', build: linkDefinitions, full: [100_000], small: [1_200], what: 'Markdown, 100,000 link definitions' },
  { name: 'pdf-200k-items', build: pdfManyItems, full: [200_000], small: [5_000], what: 'PDF, one page of 200,000 text items' },
];
