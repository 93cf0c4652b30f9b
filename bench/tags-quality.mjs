#!/usr/bin/env node
// Quality of the tagger (dispositifs and themes) on the labelled contributions of fixtures/tags/:
// micro-averaged precision, recall and F1 over (row, code) pairs. holdout.ndjson was written by
// another author and never read while tuning: its errors are never printed, only its figures.
// Run after `npm run build`:
//   node bench/tags-quality.mjs             # both sets, a Markdown table
//   node bench/tags-quality.mjs --errors    # the tune set's rows the tagger gets wrong
//   node bench/tags-quality.mjs --json bench/results/tags-quality.json
import { readFileSync, writeFileSync } from 'node:fs';
import { taggerFor } from '../dist/tag/index.js';
import { prfOf, readTagRows, scoreTags } from '../dist/quality/tag-score.js';

const root = new URL('../', import.meta.url).pathname;
const args = process.argv.slice(2);
const tagger = taggerFor();
const f = (x) => x.toFixed(3);

const results = {};
console.log('| set | rows | look-alikes given a dispositif | dispositifs P / R / F1 | themes P / R / F1 |');
console.log('|---|---|---|---|---|');
for (const set of ['tune', 'holdout']) {
  const rows = readTagRows(readFileSync(`${root}fixtures/tags/${set}.ndjson`, 'utf8'));
  const score = scoreTags(tagger, rows);
  const d = prfOf(score.dispositifs);
  const t = prfOf(score.themes);
  results[set] = { rows: score.rows, lookalikes: score.lookalikes, lookalikesTagged: score.lookalikesTagged, dispositifs: { ...score.dispositifs, ...d }, themes: { ...score.themes, ...t } };
  console.log(`| ${set} | ${score.rows} | ${score.lookalikesTagged} of ${score.lookalikes} | ${f(d.precision)} / ${f(d.recall)} / **${f(d.f1)}** | ${f(t.precision)} / ${f(t.recall)} / **${f(t.f1)}** |`);
  if (set === 'tune' && args.includes('--errors')) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const e of score.errors) {
      const row = byId.get(e.id);
      console.error(`${e.id} ${e.field} missed [${e.missed}] extra [${e.extra}]: ${row.text.slice(0, 110)}${row.details ? ` ‖ ${row.details.slice(0, 80)}` : ''}${row.axis ? ` ‖ axis: ${row.axis.slice(0, 50)}` : ''}`);
    }
  }
}
const json = args.indexOf('--json');
if (json >= 0) writeFileSync(args[json + 1], `${JSON.stringify(results, null, 2)}\n`);
