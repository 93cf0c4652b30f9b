/**
 * Scores a clustering of records against gold labels.
 *
 * A clustering is a map from record id to cluster label: two records are in the same cluster
 * when they have the same label, and the label's text means nothing else. Both functions need
 * the predicted and the gold clustering over exactly the same ids.
 *
 * Edge cases, the same in both functions:
 * - precision is 1 when the prediction makes no pair (pairwise) or has no items (B-cubed):
 *   a prediction that merges nothing claims nothing wrong;
 * - recall is 1 when the gold has no pair (pairwise) or no items (B-cubed): there is nothing
 *   to find;
 * - F1 is the harmonic mean of the two, and 0 when both are 0.
 * So all-singletons scored against a gold with pairs gives precision 1, recall 0, F1 0, and
 * two empty clusterings score 1 / 1 / 1.
 */

/** Pairwise precision, recall and F1, with the pair counts they come from. */
export interface PairwiseScores {
  /** truePairs / predictedPairs, or 1 when predictedPairs is 0. */
  precision: number;
  /** truePairs / goldPairs, or 1 when goldPairs is 0. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  /** Unordered pairs of records in the same predicted cluster and the same gold cluster. */
  truePairs: number;
  /** Unordered pairs of records in the same predicted cluster. */
  predictedPairs: number;
  /** Unordered pairs of records in the same gold cluster. */
  goldPairs: number;
}

/** B-cubed precision, recall and F1. */
export interface BCubedScores {
  /** Mean over records of |predicted cluster ∩ gold cluster| / |predicted cluster|. */
  precision: number;
  /** Mean over records of |predicted cluster ∩ gold cluster| / |gold cluster|. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

/** Counts shared by both scores: cluster sizes on each side and the sizes of their intersections. */
interface Contingency {
  predictedSizes: Map<string, number>;
  goldSizes: Map<string, number>;
  /** One cell per (predicted label, gold label) pair that holds at least one record. */
  cells: { predicted: string; gold: string; size: number }[];
}

/** Pairwise precision, recall and F1 of `predicted` against `gold` (both record id → cluster label). */
export function pairwiseScores(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PairwiseScores {
  const { predictedSizes, goldSizes, cells } = contingency(predicted, gold);
  const truePairs = sum(cells.map((cell) => pairs(cell.size)));
  const predictedPairs = sum([...predictedSizes.values()].map(pairs));
  const goldPairs = sum([...goldSizes.values()].map(pairs));
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return { precision, recall, f1: harmonicMean(precision, recall), truePairs, predictedPairs, goldPairs };
}

/** B-cubed precision, recall and F1 of `predicted` against `gold` (both record id → cluster label). */
export function bcubedScores(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubedScores {
  const { predictedSizes, goldSizes, cells } = contingency(predicted, gold);
  const items = predicted.size;
  if (items === 0) return { precision: 1, recall: 1, f1: 1 };
  // Each of the `size` records of a cell has `size` records of its predicted cluster in its
  // gold cluster (itself included), so the cell adds size × size / |cluster| to the sum.
  let precisionSum = 0;
  let recallSum = 0;
  for (const { predicted: p, gold: g, size } of cells) {
    precisionSum += (size * size) / predictedSizes.get(p)!;
    recallSum += (size * size) / goldSizes.get(g)!;
  }
  const precision = precisionSum / items;
  const recall = recallSum / items;
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** Cluster sizes and intersection sizes, after checking both clusterings cover the same ids. */
function contingency(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Contingency {
  for (const id of predicted.keys()) {
    if (!gold.has(id)) throw new Error(`Record id "${id}" is in the predicted clustering but has no gold label`);
  }
  // Same size and predicted ⊆ gold, so the sets are equal unless a gold id is missing.
  if (gold.size !== predicted.size) {
    for (const id of gold.keys()) {
      if (!predicted.has(id)) throw new Error(`Record id "${id}" has a gold label but is missing from the predicted clustering`);
    }
  }
  const predictedSizes = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  // Nested maps rather than a joined key, so no label can collide with another pair of labels.
  const table = new Map<string, Map<string, number>>();
  for (const [id, p] of predicted) {
    const g = gold.get(id)!;
    predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    let row = table.get(p);
    if (row === undefined) table.set(p, (row = new Map()));
    row.set(g, (row.get(g) ?? 0) + 1);
  }
  const cells: Contingency['cells'] = [];
  for (const [p, row] of table) for (const [g, size] of row) cells.push({ predicted: p, gold: g, size });
  return { predictedSizes, goldSizes, cells };
}

/** Unordered pairs among n items: n·(n−1)/2. */
function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Sum of the values. */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** F1: the harmonic mean of precision and recall, 0 when both are 0. */
function harmonicMean(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
