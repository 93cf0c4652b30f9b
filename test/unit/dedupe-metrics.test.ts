/** Pairwise and B-cubed scores of a clustering against gold labels, and the labelled fixture. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bcubedScores, pairwiseScores } from '../../src/dedupe/metrics.js';

/** A clustering from clusters written as strings of one-letter ids: 'abc de f'. */
function clusters(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  spec.split(' ').forEach((cluster, index) => {
    for (const id of cluster) map.set(id, `c${index}`);
  });
  return map;
}

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 12);

describe('pairwiseScores', () => {
  it('counts pairs from a small hand-computed example', () => {
    // gold {a,b,c} {d,e} {f}: 3 + 1 = 4 pairs; predicted {a,b} {c,d,e} {f}: 1 + 3 = 4 pairs;
    // shared pairs: ab and de.
    const scores = pairwiseScores(clusters('ab cde f'), clusters('abc de f'));
    expect(scores).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, truePairs: 2, predictedPairs: 4, goldPairs: 4 });
  });

  it('scores an over-merged prediction: all pairs found, some wrong', () => {
    // gold {a,b,c,d} {e}: 6 pairs; predicted {a..e}: 10 pairs, 6 of them right.
    const scores = pairwiseScores(clusters('abcde'), clusters('abcd e'));
    expect(scores).toMatchObject({ truePairs: 6, predictedPairs: 10, goldPairs: 6, precision: 0.6, recall: 1 });
    close(scores.f1, 0.75);
  });

  it('gives precision 1 and recall 0 when nothing is predicted as a pair', () => {
    const scores = pairwiseScores(clusters('a b c d e'), clusters('abcd e'));
    expect(scores).toEqual({ precision: 1, recall: 0, f1: 0, truePairs: 0, predictedPairs: 0, goldPairs: 6 });
  });

  it('gives precision 0 and recall 1 when everything is merged and the gold has no pair', () => {
    const scores = pairwiseScores(clusters('abcd'), clusters('a b c d'));
    expect(scores).toEqual({ precision: 0, recall: 1, f1: 0, truePairs: 0, predictedPairs: 6, goldPairs: 0 });
  });

  it('scores 1 when both sides agree, including all singletons, all in one and no records', () => {
    const perfect = { precision: 1, recall: 1, f1: 1 };
    expect(pairwiseScores(clusters('a b c'), clusters('a b c'))).toEqual({ ...perfect, truePairs: 0, predictedPairs: 0, goldPairs: 0 });
    expect(pairwiseScores(clusters('abc'), clusters('abc'))).toEqual({ ...perfect, truePairs: 3, predictedPairs: 3, goldPairs: 3 });
    expect(pairwiseScores(new Map(), new Map())).toEqual({ ...perfect, truePairs: 0, predictedPairs: 0, goldPairs: 0 });
  });

  it('ignores what the labels say: only who is with whom counts', () => {
    const predicted = new Map([['a', 'x'], ['b', 'x'], ['c', 'gold-1']]);
    const gold = new Map([['a', 'gold-1'], ['b', 'gold-1'], ['c', 'x']]);
    expect(pairwiseScores(predicted, gold)).toMatchObject({ precision: 1, recall: 1, truePairs: 1 });
  });

  it('swaps precision and recall when predicted and gold swap', () => {
    const forward = pairwiseScores(clusters('abcde'), clusters('abcd e'));
    const backward = pairwiseScores(clusters('abcd e'), clusters('abcde'));
    expect(backward.precision).toBe(forward.recall);
    expect(backward.recall).toBe(forward.precision);
  });
});

describe('bcubedScores', () => {
  it('averages per-record precision and recall on a small hand-computed example', () => {
    // predicted {a,b} {c,d,e} {f}, gold {a,b,c} {d,e} {f}
    // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3, f 1/1 → (14/3) / 6 = 7/9
    // recall:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2, f 1/1 → (14/3) / 6 = 7/9
    const scores = bcubedScores(clusters('ab cde f'), clusters('abc de f'));
    close(scores.precision, 7 / 9);
    close(scores.recall, 7 / 9);
    close(scores.f1, 7 / 9);
  });

  it('scores an over-merged prediction', () => {
    // predicted {a..e}, gold {a,b,c,d} {e}: precision a–d 4/5, e 1/5 → 17/25; recall 1.
    const scores = bcubedScores(clusters('abcde'), clusters('abcd e'));
    close(scores.precision, 17 / 25);
    expect(scores.recall).toBe(1);
    close(scores.f1, 17 / 21);
  });

  it('scores all singletons: precision 1, recall = gold clusters / records', () => {
    // recall: a–d 1/4 each, e 1/1 → 2 / 5
    const scores = bcubedScores(clusters('a b c d e'), clusters('abcd e'));
    expect(scores.precision).toBe(1);
    close(scores.recall, 2 / 5);
    close(scores.f1, 4 / 7);
  });

  it('scores all in one against all singletons: precision 1/n, recall 1', () => {
    const scores = bcubedScores(clusters('abcd'), clusters('a b c d'));
    close(scores.precision, 1 / 4);
    expect(scores.recall).toBe(1);
    close(scores.f1, 2 / 5);
  });

  it('scores 1 when both sides agree, and on no records', () => {
    expect(bcubedScores(clusters('ab c'), clusters('ab c'))).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubedScores(clusters('a b c'), clusters('a b c'))).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubedScores(new Map(), new Map())).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('id sets', () => {
  it.each([
    ['pairwiseScores', pairwiseScores],
    ['bcubedScores', bcubedScores],
  ] as const)('%s names an id that is missing on either side', (_name, score) => {
    expect(() => score(clusters('ab c'), clusters('ab'))).toThrow('Record id "c" is in the predicted clustering but has no gold label');
    expect(() => score(clusters('ab'), clusters('ab c'))).toThrow('Record id "c" has a gold label but is missing from the predicted clustering');
    expect(() => score(clusters('ab x'), clusters('ab y'))).toThrow('Record id "x"');
  });
});

describe('the labelled fixture (fixtures/dedup)', () => {
  const dir = new URL('../../fixtures/dedup/', import.meta.url);
  const readNdjson = <T>(name: string): T[] =>
    readFileSync(new URL(name, dir), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as T);
  const gold = new Map(readNdjson<{ id: string; label: string }>('gold.ndjson').map((row) => [row.id, row.label]));
  const records = readNdjson<{ id: string; territory: { code: string } }>('records.ndjson');

  it('is up to date with ideas.yaml', () => {
    const script = fileURLToPath(new URL('../../scripts/build-dedup-fixture.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("meets the product owner's minimums", () => {
    const ideas = parse(readFileSync(new URL('ideas.yaml', dir), 'utf8')) as { groups: { hard_negative_of?: string }[] };
    expect(records.map((r) => r.id)).toEqual([...gold.keys()]);
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(new Set(records.map((r) => r.territory.code)).size).toBeGreaterThanOrEqual(20);
    expect(ideas.groups.filter((g) => g.hard_negative_of).length).toBeGreaterThanOrEqual(60);
  });

  it('scores 1 / 1 / 1 against itself', () => {
    const pairwise = pairwiseScores(gold, gold);
    expect(pairwise).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pairwise.truePairs).toBeGreaterThan(0);
    expect(pairwise.predictedPairs).toBe(pairwise.goldPairs);
    expect(bcubedScores(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives all singletons precision 1 and recall 0 (pairwise), recall groups / records (B-cubed)', () => {
    const singletons = new Map([...gold.keys()].map((id) => [id, id]));
    expect(pairwiseScores(singletons, gold)).toMatchObject({ precision: 1, recall: 0, f1: 0, predictedPairs: 0 });
    const bcubed = bcubedScores(singletons, gold);
    expect(bcubed.precision).toBe(1);
    close(bcubed.recall, new Set(gold.values()).size / gold.size);
  });
});
