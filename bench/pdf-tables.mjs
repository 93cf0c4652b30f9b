#!/usr/bin/env node
// What the tables of a PDF give against the same document in Markdown or Word: for each
// fixture of fixtures/tables/, the records the reference gives (by kind), those the PDF gives,
// and how many of the reference's the PDF gives alike (kind, text, details, axis, territory).
// Prints a Markdown table for BENCHMARKS.md. Runs the build: npm run build first.
// Usage: node bench/pdf-tables.mjs [DIST] (DIST: another build's dist/, to read the PDFs with it)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const load = async (dist) => ({
  ...(await import(new URL('ingest/document.js', dist).href)),
  ...(await import(new URL('parse/index.js', dist).href)),
});
const current = await load(new URL('../dist/', import.meta.url));
const reader = process.argv[2] ? await load(pathToFileURL(process.argv[2].replace(/\/?$/, '/'))) : current;

const FIXTURES = [
  ['rencontre-commercy.md', 'rencontre-commercy.pdf', '3 tables printed by LibreOffice from an HTML page: header cells and rows centred, a narrow column'],
  ['atelier-vaucouleurs.docx', 'atelier-vaucouleurs.pdf', 'a Word table (no padding between rows), one row with a single cell filled'],
];

const records = async (name, { ingestDocument, parseSource }) => {
  const file = `fixtures/tables/${name}`;
  const { source } = await ingestDocument(file, readFileSync(new URL(`../${file}`, import.meta.url)));
  return parseSource(source).records.map((r) => ({ kind: r.kind, key: JSON.stringify([r.kind, r.text, r.details, r.axis, r.territory?.code ?? null]) }));
};
const byKind = (list) => {
  const counts = new Map();
  for (const r of list) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return `${list.length}: ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}`;
};

console.log('| PDF | layout | records expected (the same document in Markdown or Word) | records found in the PDF | found alike | found but not expected |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [reference, pdf, layout] of FIXTURES) {
  const [expected, found] = await Promise.all([records(reference, current), records(pdf, reader)]);
  const left = expected.map((r) => r.key);
  let alike = 0;
  for (const r of found) {
    const at = left.indexOf(r.key);
    if (at >= 0) {
      left.splice(at, 1);
      alike++;
    }
  }
  console.log(`| \`${pdf}\` | ${layout} | ${byKind(expected)} | ${byKind(found)} | ${alike} / ${expected.length} | ${found.length - alike} |`);
}
