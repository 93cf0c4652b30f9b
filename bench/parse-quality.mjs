#!/usr/bin/env node
// Quality of `recolte parse` on the corpus of real-page documents (fixtures/real/): precision,
// recall and F1 per document, per kind and per set, with parent, axis and territory accuracy.
// The held-out set (fixtures/real/holdout) is reported apart: nothing was tuned on it.
// Run after `npm run build`:
//   node bench/parse-quality.mjs                 # both sets, Markdown tables
//   node bench/parse-quality.mjs --set tune      # one set only
//   node bench/parse-quality.mjs --show 09       # what a tuning document misses and adds
//   node bench/parse-quality.mjs --json bench/results/parse-quality.json
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseDocument } from '../dist/parse/document.js';
import { readGoldFolder } from '../dist/quality/gold.js';
import { prf, scoreDocument, total } from '../dist/quality/parse-score.js';

const root = new URL('../', import.meta.url).pathname;
const SETS = ['tune', 'holdout'];

/** Parses every document of a set and scores it; returns one row per document. */
export async function evaluateSet(set, options = {}) {
  const folder = `${root}fixtures/real/${set}`;
  if (!existsSync(folder)) return [];
  const rows = [];
  for (const gold of readGoldFolder(folder)) {
    const file = gold.file.slice(root.length);
    const parsed = await parseDocument(file, readFileSync(gold.file), options);
    const records = parsed.result?.records ?? [];
    rows.push({ name: file.split('/').pop(), file, records, score: scoreDocument(records, gold.records) });
  }
  return rows;
}

const f = (x) => x.toFixed(2);
const acc = (a) => (a.total ? `${f(a.right / a.total)} (${a.right}/${a.total})` : '–');

/** A set's summary line. */
export function summarize(rows) {
  const t = total(rows.map((r) => r.score));
  const empty = rows.filter((r) => r.score.gold > 0 && r.score.predicted === 0).length;
  return { ...t, ...prf(t), documents: rows.length, empty };
}

function printSet(set, rows) {
  const s = summarize(rows);
  console.log(`\n### ${set}: ${rows.length} documents\n`);
  console.log('| document | gold | found | matched | P | R | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, score } of rows) {
    const p = prf(score);
    console.log(`| ${name} | ${score.gold} | ${score.predicted} | ${score.truePositives} | ${f(p.precision)} | ${f(p.recall)} | ${f(p.f1)} |`);
  }
  console.log(`| **all** | ${s.gold} | ${s.predicted} | ${s.truePositives} | **${f(s.precision)}** | **${f(s.recall)}** | **${f(s.f1)}** |`);
  console.log('\n| kind | gold | found | matched | P | R | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, c] of Object.entries(s.byKind).sort((a, b) => b[1].gold - a[1].gold)) {
    const p = prf(c);
    console.log(`| ${kind} | ${c.gold} | ${c.predicted} | ${c.truePositives} | ${f(p.precision)} | ${f(p.recall)} | ${f(p.f1)} |`);
  }
  console.log(`\nparent ${acc(s.parent)} · axis ${acc(s.axis)} · territory ${acc(s.territory)} · documents with items but no record: ${s.empty}`);
  return s;
}

function show(rows, prefix) {
  for (const { name, score } of rows.filter((r) => r.name.startsWith(prefix))) {
    console.log(`\n## ${name}`);
    for (const g of score.missed) console.log(`  missed ${g.kind.padEnd(12)} ${g.text}`);
    for (const p of score.extra) console.log(`  extra  ${p.kind.padEnd(12)} ${p.text}  (line ${p.source.line})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const showPrefix = at('--show');
  const results = {};
  const only = at('--set');
  for (const set of only ? [only] : SETS) {
    const rows = await evaluateSet(set);
    if (showPrefix !== undefined) {
      // The held-out documents stay unread while the parser is tuned.
      if (set === 'tune' || args.includes('--holdout-too')) show(rows, showPrefix);
      continue;
    }
    const s = printSet(set, rows);
    results[set] = { summary: s, documents: rows.map(({ name, score }) => ({ name, gold: score.gold, found: score.predicted, matched: score.truePositives, ...prf(score) })) };
  }
  const json = at('--json');
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
}
