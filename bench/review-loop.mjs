#!/usr/bin/env node
// The review loop as a simulation: a perfect reviewer answers recolte's questions from a labelled
// set's gold, round after round, and the clustering is scored after each round. Run after
// `npm run build`:
//   node bench/review-loop.mjs [--budget 50] [--rounds 3] [--threshold 0.5] [--json]
// The sets are those of bench/dedupe-quality.mjs: fixtures/dedup whole (507 contributions), its
// tune and held-out parts, and fixtures/consultation. `--budget` is the number of questions per
// round for the whole set; the smaller sets get the same share per contribution (the issue's
// target: 150 answers for about 500 contributions). Prints one table per set: round, questions
// answered in all, same / different answers, pairwise P / R / F1 and B-cubed P / R / F1.
import { parseArgs } from 'node:util';
import { dedupe } from '../dist/dedupe/index.js';
import { synonymsFor } from '../dist/dedupe/analyze.js';
import { defaultSynonymTable } from '../dist/dedupe/synonyms.js';
import { bcubedScores, pairwiseScores } from '../dist/dedupe/metrics.js';
import { labelledSets } from './dedupe-quality.mjs';

/** Runs the loop on one set; returns one row per round (round 0: no answer yet). */
export async function simulate({ records, gold }, { budget, rounds, threshold }) {
  const synonyms = synonymsFor(await defaultSynonymTable());
  const same = [];
  const different = [];
  const rows = [];
  let answered = 0;
  for (let round = 0; ; round++) {
    const result = dedupe(records, { threshold: Math.round(threshold * 10_000), synonyms, same, different, reviewBudget: budget });
    const predicted = new Map(result.clusters.flatMap((c) => c.members.map((m) => [m.id, c.id])));
    rows.push({ round, answered, same: same.length, different: different.length, pairwise: pairwiseScores(predicted, gold), bcubed: bcubedScores(predicted, gold), clusters: result.clusters.length });
    if (round === rounds || !result.review.length) break;
    // The perfect reviewer: the two records shown are the same idea when their gold labels are.
    for (const q of result.review) {
      (gold.get(q.a.id) === gold.get(q.b.id) ? same : different).push([q.a.id, q.b.id]);
      answered++;
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      budget: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '3' },
      threshold: { type: 'string', default: '0.5' },
      json: { type: 'boolean', default: false },
    },
  });
  const sets = await labelledSets();
  const whole = sets.whole.records.length;
  const f = (x) => x.toFixed(3);
  for (const [name, set] of Object.entries(sets)) {
    const options = { budget: Math.max(1, Math.round((Number(values.budget) * set.records.length) / whole)), rounds: Number(values.rounds), threshold: Number(values.threshold) };
    const rows = await simulate(set, options);
    if (values.json) {
      console.log(JSON.stringify({ set: name, records: set.records.length, ...options, rows }));
      continue;
    }
    console.log(`\n${name}: ${set.records.length} contributions, ${options.budget} questions per round`);
    console.log('round  answers  same  diff | pairwise P    R      F1   | B-cubed P    R      F1   | clusters');
    for (const r of rows) {
      console.log(
        `${String(r.round).padStart(5)}  ${String(r.answered).padStart(7)}  ${String(r.same).padStart(4)}  ${String(r.different).padStart(4)} | ` +
          `${f(r.pairwise.precision)}  ${f(r.pairwise.recall)}  ${f(r.pairwise.f1)} | ${f(r.bcubed.precision)}  ${f(r.bcubed.recall)}  ${f(r.bcubed.f1)} | ${r.clusters}`,
      );
    }
  }
}
