#!/usr/bin/env node
// What tagging adds to parse: the generated corpus's documents (bench/corpus.mjs) parsed in this
// process, then tagged as parse tags them (the document read once, then each record). Reports
// both times and their ratio, median of three runs. Run after `npm run build`:
//   node bench/tags-speed.mjs [CONTRIBUTIONS]      # default 20,000 (about 560 documents)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { ingest } from '../dist/ingest/document.js';
import { parseSource } from '../dist/parse/index.js';
import { tagDocument, taggerFor, tagRecord } from '../dist/tag/index.js';

const count = Number(process.argv[2] ?? 20_000);
const folder = mkdtempSync(path.join(tmpdir(), 'recolte-tags-speed-'));
writeCorpus(folder, count, Math.round(count / 36));
const documents = readdirSync(path.join(folder, 'documents')).map((name) => {
  const file = path.join(folder, 'documents', name);
  return { file: name, bytes: readFileSync(file) };
});
const megabytes = documents.reduce((sum, d) => sum + d.bytes.length, 0) / 2 ** 20;
const tagger = taggerFor();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const parseTimes = [];
const tagTimes = [];
let records = 0;
for (let run = 0; run < 3; run++) {
  let parsed = [];
  let started = performance.now();
  for (const { file, bytes } of documents) {
    const { source } = ingest(file, bytes);
    parsed.push({ text: source.text, records: parseSource(source, {}).records });
  }
  parseTimes.push(performance.now() - started);
  started = performance.now();
  records = 0;
  for (const document of parsed) {
    const read = tagDocument(tagger, document.text);
    for (const record of document.records) {
      tagRecord(tagger, record, read);
      records++;
    }
  }
  tagTimes.push(performance.now() - started);
  parsed = [];
}
rmSync(folder, { recursive: true, force: true });
const parse = median(parseTimes);
const tag = median(tagTimes);
console.log(`${documents.length} documents, ${megabytes.toFixed(1)} MB, ${records} records`);
console.log(`parse ${(parse / 1000).toFixed(2)} s, tag ${(tag / 1000).toFixed(2)} s (${((tag / parse) * 100).toFixed(0)} % of parse; ${((tag * 1000) / records).toFixed(1)} µs a record)`);
