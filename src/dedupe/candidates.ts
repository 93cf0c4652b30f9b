/**
 * Candidate pairs without comparing every pair: a prefix-filtered set-similarity join.
 *
 * Terms are ordered rarest first. A pair scoring at least t has containment ≥ t, so the
 * lighter record X shares with the other at least t·w(X); the first shared term therefore lies
 * in X's prefix — its rarest terms up to the point where what is left weighs less than t·w(X).
 * Probing only X's prefix terms finds every such pair (exact, not approximate), and the rarest
 * terms have the shortest posting lists. Pairs whose weights differ too much to reach the
 * Jaccard floor that the threshold implies (minJaccard) are skipped before scoring.
 */
import { minJaccard, score, SCALE } from './score.js';
import type { Vector } from './vectors.js';

export interface ScoredPair {
  /** Indices into the vectors, a < b. */
  a: number;
  b: number;
  score: number;
}

/**
 * Pairs as parallel typed arrays, best first (score descending, then indices): at 10^6 records
 * there are tens of millions, and an object per pair would not fit in memory.
 */
export interface PairList {
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
  length: number;
}

/** Every pair of the same group (kind) scoring at least `threshold` (in ten-thousandths), best first. */
export function candidatePairs(
  vectors: readonly Vector[],
  weights: Int32Array,
  group: Int32Array,
  threshold: number,
): PairList {
  return sortPairs(joinPart(vectors, weights, group, threshold, 0, 1));
}

/** Pairs from flat triples (a, b, score), best first, ties by indices. */
export function sortPairs(...parts: Int32Array[]): PairList {
  const triples = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    triples.set(part, offset);
    offset += part.length;
  }
  const length = triples.length / 3;
  const order = new Uint32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  order.sort((x, y) => triples[3 * y + 2]! - triples[3 * x + 2]! || triples[3 * x]! - triples[3 * y]! || triples[3 * x + 1]! - triples[3 * y + 1]!);
  const list: PairList = { a: new Int32Array(length), b: new Int32Array(length), score: new Int32Array(length), length };
  order.forEach((from, to) => {
    list.a[to] = triples[3 * from]!;
    list.b[to] = triples[3 * from + 1]!;
    list.score[to] = triples[3 * from + 2]!;
  });
  return list;
}

/** The i-th pair of a list as an object. */
export function pairAt(list: PairList, i: number): ScoredPair {
  return { a: list.a[i]!, b: list.b[i]!, score: list.score[i]! };
}

/**
 * The pairs found by probing the records x with x ≡ part (mod parts), as flat triples
 * (a, b, score): the parts of one join can run on different cores and together find each pair once.
 */
export function joinPart(
  vectors: readonly Vector[],
  weights: Int32Array,
  group: Int32Array,
  threshold: number,
  part: number,
  parts: number,
): Int32Array {
  const n = vectors.length;
  // Rank by weight, then index: each pair is probed once, from its lighter side.
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => vectors[x]!.weight - vectors[y]!.weight || x - y);
  const rank = new Int32Array(n);
  order.forEach((v, r) => (rank[v] = r));

  // Posting lists hold records by rank, so a probe starts past its own rank and stops at the
  // first record too heavy for the Jaccard floor.
  // Only the index side's own prefix is indexed: the pair's Jaccard is at least the floor, so its first
  // shared term also lies in the heavier record's prefix for that bound, and the most common
  // terms, at the end of most records, never fill a posting list.
  const jaccardFloor = minJaccard(threshold);
  // Posting lists interleave each record with the weight of its terms after this one.
  const postings = new Map<number, number[]>();
  for (const v of order) {
    const vector = vectors[v]!;
    let rest = vector.weight;
    for (const t of vector.terms) {
      if (rest * SCALE < jaccardFloor * vector.weight) break;
      rest -= weights[t]!;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(v, rest);
    }
  }

  const seen = new Int32Array(n).fill(-1);
  const found: number[] = [];
  for (let x = part; x < n; x += parts) {
    const vx = vectors[x]!;
    if (vx.weight === 0) continue;
    let rest = vx.weight;
    for (const t of vx.terms) {
      if (rest * SCALE < threshold * vx.weight) break;
      rest -= weights[t]!;
      const list = postings.get(t);
      if (!list) continue;
      for (let i = firstAbove(list, rank, rank[x]!); i < list.length; i += 2) {
        const y = list[i]!;
        const vy = vectors[y]!;
        if (vx.weight * SCALE < jaccardFloor * vy.weight) break;
        if (seen[y] === x || group[y] !== group[x]) continue;
        seen[y] = x;
        // This is their first shared term: what both still hold bounds the overlap (positional filter).
        if ((weights[t]! + Math.min(rest, list[i + 1]!)) * SCALE < threshold * vx.weight) continue;
        const s = score(vx, vy, weights);
        if (s >= threshold) found.push(Math.min(x, y), Math.max(x, y), s);
      }
    }
  }
  return Int32Array.from(found);
}

/** Index (even) of the first record of an interleaved rank-sorted list whose rank is above `r`. */
function firstAbove(list: readonly number[], rank: Int32Array, r: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank[list[2 * mid]!]! <= r) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}
