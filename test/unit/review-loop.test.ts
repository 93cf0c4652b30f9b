/**
 * Regression floor of the review loop on the labelled set (fixtures/dedup): a perfect reviewer
 * answering three rounds of 50 questions must lift pairwise F1 to the floor below, at precision
 * 0.95 or more, and F1 must never fall from one round to the next. The figures themselves live
 * in BENCHMARKS.md (bench/review-loop.mjs); this only guards against regressions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synonymsFor } from '../../src/dedupe/analyze.js';
import { dedupe } from '../../src/dedupe/index.js';
import { pairwiseScores } from '../../src/dedupe/metrics.js';
import { defaultSynonymTable } from '../../src/dedupe/synonyms.js';

const read = <T>(file: string): T[] =>
  readFileSync(new URL(`../../fixtures/dedup/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);

describe('the review loop with a perfect reviewer', () => {
  it('reaches F1 0.85 at precision 0.95 within 150 answers, never falling from one round to the next', async () => {
    const records = read<Parameters<typeof dedupe>[0][number]>('records.ndjson');
    const gold = new Map(read<{ id: string; label: string }>('gold.ndjson').map((g) => [g.id, g.label]));
    const synonyms = synonymsFor(await defaultSynonymTable());
    const same: [string, string][] = [];
    const different: [string, string][] = [];
    const f1: number[] = [];
    let answered = 0;
    for (let round = 0; round <= 3; round++) {
      const { clusters, review } = dedupe(records, { threshold: 5000, synonyms, same, different, reviewBudget: 50 });
      const scores = pairwiseScores(new Map(clusters.flatMap((c) => c.members.map((m) => [m.id, c.id] as const))), gold);
      expect(scores.precision).toBeGreaterThanOrEqual(0.95);
      f1.push(scores.f1);
      for (const q of round < 3 ? review : []) {
        (gold.get(q.a.id) === gold.get(q.b.id) ? same : different).push([q.a.id, q.b.id]);
        answered++;
      }
    }
    expect(answered).toBe(150);
    for (let i = 1; i < f1.length; i++) expect(f1[i]).toBeGreaterThanOrEqual(f1[i - 1]!);
    expect(f1.at(-1)).toBeGreaterThanOrEqual(0.85);
  });
});
