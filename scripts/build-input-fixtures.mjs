#!/usr/bin/env node
// Writes the table fixtures of fixtures/inputs/ with real tools: csv-stringify for the CSV and
// TSV, iconv-lite for the Windows-1252 bytes French Excel saves. Deterministic: the same files
// on every run. Usage: node scripts/build-input-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { generate } from '../bench/generate.mjs';

// A real postal code for each département: that of its first commune in the official data.
const communes = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'));
const postalOf = new Map();
for (const c of communes) if (c.type === 'commune-actuelle' && c.codesPostaux?.length && !postalOf.has(c.departement)) postalOf.set(c.departement, c.codesPostaux[0]);

const out = (name) => new URL(`../fixtures/inputs/${name}`, import.meta.url);
const KIND = { proposal: 'Proposition', lever: 'Levier', finding: 'Constat' };

// 1,700 contributions as an online platform exports them for French Excel: ";", CRLF,
// Windows-1252, a postal code or a département, the date in French form.
const rows = [['Date', 'Département', 'Code postal', 'Type', 'Contribution']];
let n = 0;
for (const record of generate(1700, 7)) {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  // One row in ten gives only its postal code, as some platforms do.
  const postal = n % 10 === 0 ? postalOf.get(record.territory.code) : '';
  rows.push([`${day}/${month}/2025`, postal ? '' : record.territory.code, postal, KIND[record.kind], record.text.replace(/’/g, "'")]);
  n++;
}
writeFileSync(out('plateforme-1252.csv'), iconv.encode(stringify(rows, { delimiter: ';', record_delimiter: '\r\n' }), 'win1252'));

// A facilitator's table: UTF-8, ",", a cell over two lines, quotes, a kind in its own words,
// a commune by name, a row without a contribution and one with an unknown type.
const small = [
  ['Idée', 'Territoire', 'Catégorie', 'Thème'],
  ['Créer une maison de santé pluriprofessionnelle', 'Stenay', 'Proposition', 'Accès aux soins'],
  ['Un bus santé qui passe dans les villages,\nle mardi et le vendredi', '55', 'proposition', 'Mobilité'],
  ['Le "désert médical" fait fuir les jeunes médecins', 'Meuse', 'Frein', 'Attractivité'],
  ['', '55', 'Proposition', ''],
  ['Former les secrétaires médicales', 'Verdun', 'Vœu pieux', ''],
];
writeFileSync(out('atelier.csv'), stringify(small));
writeFileSync(out('atelier.tsv'), stringify(small.slice(0, 4), { delimiter: '\t' }));

// The same workshop report as Markdown (written by hand, fixtures/inputs/atelier-sante.md),
// as a Word file written with the docx library, and as a web page rendered by the unified
// tools, with the navigation, cookie banner and footer a saved page carries.
const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
const { fromMarkdown } = await import('mdast-util-from-markdown');
const { toHast } = await import('mdast-util-to-hast');
const { toHtml } = await import('hast-util-to-html');
const markdown = readFileSync(out('atelier-sante.md'), 'utf8');
const tree = fromMarkdown(markdown);
const paragraphs = [];
for (const node of tree.children) {
  const text = (n) => (n.value ?? '') + (n.children ?? []).map(text).join('');
  if (node.type === 'heading') paragraphs.push(new Paragraph({ text: text(node), heading: node.depth === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
  else if (node.type === 'list') {
    for (const item of node.children) {
      paragraphs.push(new Paragraph({ children: [new TextRun(text(item))], ...(node.ordered ? { numbering: { reference: 'numbers', level: 0 } } : { bullet: { level: 0 } }) }));
    }
  } else paragraphs.push(new Paragraph(text(node)));
}
const doc = new Document({
  creator: 'recolte fixtures',
  numbering: { config: [{ reference: 'numbers', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }] },
  sections: [{ children: paragraphs }],
});
// The docx library stamps the time of writing into the file: a new run changes those bytes
// only, never the text recolte reads.
writeFileSync(out('atelier-sante.docx'), await Packer.toBuffer(doc));
const body = toHtml(toHast(tree));
writeFileSync(
  out('atelier-sante.html'),
  `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Atelier santé de Stenay</title></head>\n<body>\n<nav><a href="/">Accueil</a> <a href="/actualites">Actualités</a></nav>\n<div class="cookie-banner">Ce site utilise des cookies. <button>Accepter</button></div>\n<main>\n${body}\n</main>\n<div class="share">Partager sur Facebook</div>\n<footer>Mentions légales – Contact</footer>\n</body>\n</html>\n`,
);

// The same report as a two-page PDF written with pdfkit, a title and a footer repeated on
// every page as slide decks and exported reports carry them.
const { default: PDFDocument } = await import('pdfkit');
const pdf = new PDFDocument({ size: 'A4', margin: 60, info: { Title: 'Atelier santé de Stenay', CreationDate: new Date(Date.UTC(2025, 5, 17)) } });
const chunks = [];
pdf.on('data', (chunk) => chunks.push(chunk));
const done = new Promise((resolve) => pdf.on('end', resolve));
const pageChrome = (page) => {
  // The footer stands in the bottom margin: lift the margin while writing it, or pdfkit breaks the page.
  const bottom = pdf.page.margins.bottom;
  pdf.page.margins.bottom = 0;
  pdf.fontSize(9).font('Helvetica').text('Conseil départemental de la Meuse – Atelier santé', 60, 30, { lineBreak: false });
  pdf.text(`Page ${page}`, 60, 800, { lineBreak: false });
  pdf.page.margins.bottom = bottom;
  pdf.text('', 60, 80);
};
pageChrome(1);
let page = 1;
for (const node of tree.children) {
  const text = (n) => (n.value ?? '') + (n.children ?? []).map(text).join('');
  if (node.type === 'heading' && node.depth === 2 && text(node) === 'Leviers') {
    pdf.addPage();
    pageChrome(++page);
  }
  if (node.type === 'heading') pdf.font('Helvetica-Bold').fontSize(node.depth === 1 ? 18 : 14).text(text(node)).moveDown(0.5);
  else if (node.type === 'list') {
    node.children.forEach((item, i) => pdf.font('Helvetica').fontSize(12).text(`${node.ordered ? `${i + 1}.` : '•'} ${text(item)}`));
    pdf.moveDown(0.5);
  }
}
pdf.end();
await done;
writeFileSync(out('atelier-sante.pdf'), Buffer.concat(chunks));

// The same report as OpenDocument text, written by LibreOffice itself from the page's content,
// when LibreOffice is installed (apt-get install libreoffice-writer-nogui); otherwise the file
// in the repository stays as it is.
const { execFileSync } = await import('node:child_process');
const { mkdtempSync, copyFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
try {
  const dir = mkdtempSync(join(tmpdir(), 'recolte-lo-'));
  writeFileSync(join(dir, 'atelier-sante.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  execFileSync('soffice', ['--headless', '--convert-to', 'odt:writer8', '--outdir', dir, join(dir, 'atelier-sante.html')], { stdio: 'ignore' });
  copyFileSync(join(dir, 'atelier-sante.odt'), out('atelier-sante.odt'));
  // The facilitator's table as Excel and Calc workbooks, imported from the CSV by LibreOffice.
  copyFileSync(out('atelier.csv'), join(dir, 'atelier.csv'));
  for (const format of ['xlsx', 'ods']) {
    execFileSync('soffice', ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', format, '--outdir', dir, join(dir, 'atelier.csv')], { stdio: 'ignore' });
    copyFileSync(join(dir, `atelier.${format}`), out(`atelier.${format}`));
  }
} catch (error) {
  console.error(`LibreOffice (soffice) not available, the .odt, .xlsx and .ods fixtures are left as they are: ${error.message}`);
}
