#!/usr/bin/env node
// Quality of dedupe on the labelled set (fixtures/dedup): pairwise and B-cubed precision,
// recall and F1 at several thresholds. Run after `npm run build`:
//   node bench/dedupe-quality.mjs [threshold …]
import { readFileSync } from 'node:fs';
import { dedupe } from '../dist/dedupe/index.js';
import { synonymsFor } from '../dist/dedupe/analyze.js';
import { defaultSynonymTable } from '../dist/dedupe/synonyms.js';
import { bcubedScores, pairwiseScores } from '../dist/dedupe/metrics.js';

const read = (file) => readFileSync(new URL(`../fixtures/dedup/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** Scores of dedupe on the labelled set at one threshold (0…1). */
export async function evaluate(threshold) {
  const records = read('records.ndjson');
  const gold = new Map(read('gold.ndjson').map((g) => [g.id, g.label]));
  const synonyms = synonymsFor(await defaultSynonymTable());
  const t = Math.round(threshold * 10_000);
  const { clusters } = dedupe(records, { threshold: t, synonyms });
  const predicted = new Map(clusters.flatMap((c) => c.members.map((m) => [m.id, c.id])));
  return { threshold, pairwise: pairwiseScores(predicted, gold), bcubed: bcubedScores(predicted, gold), clusters: clusters.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const thresholds = process.argv.slice(2).map(Number);
  const list = thresholds.length ? thresholds : [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
  const f = (x) => x.toFixed(3);
  console.log('threshold  pairwise P    R      F1   | B-cubed P    R      F1   | clusters');
  for (const t of list) {
    const { pairwise: p, bcubed: b, clusters } = await evaluate(t);
    console.log(`${t.toFixed(2).padStart(9)}  ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)} | ${f(b.precision)}  ${f(b.recall)}  ${f(b.f1)} | ${clusters}`);
  }
}
