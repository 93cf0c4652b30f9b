/**
 * Regression floor on the labelled contributions of fixtures/tags: the tagger must keep at least
 * these micro-F1 scores, on the rows it was tuned on and on the held-out rows another author
 * wrote and nobody tuned on. Raise the floors when tagging improves; never lower them quietly.
 * The figures themselves are measured by bench/tags-quality.mjs and published in BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taggerFor } from '../../src/tag/index.js';
import { prfOf, readTagRows, scoreTags } from '../../src/quality/tag-score.js';

const rows = (set: string) => readTagRows(readFileSync(new URL(`../../fixtures/tags/${set}.ndjson`, import.meta.url), 'utf8'));

describe.each([
  // Measured 2026-12-02 (BENCHMARKS.md, "Tagging"); the floors sit a little below.
  { set: 'tune', dispositifs: 0.97, themes: 0.85, lookalikes: 0 },
  { set: 'tune-2', dispositifs: 0.95, themes: 0.8, lookalikes: 2 },
  { set: 'holdout', dispositifs: 0.94, themes: 0.76, lookalikes: 3 },
])('tagging quality on fixtures/tags/$set', ({ set, dispositifs, themes, lookalikes }) => {
  it('keeps dispositif and theme F1 above their floors, and look-alikes untagged', () => {
    const score = scoreTags(taggerFor(), rows(set));
    expect(score.rows).toBeGreaterThanOrEqual(100);
    expect(prfOf(score.dispositifs).f1).toBeGreaterThanOrEqual(dispositifs);
    expect(prfOf(score.themes).f1).toBeGreaterThanOrEqual(themes);
    expect(score.lookalikesTagged).toBeLessThanOrEqual(lookalikes);
  });
});
