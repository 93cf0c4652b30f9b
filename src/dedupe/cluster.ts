/**
 * Grouping without chaining. Plain connected components over "similar enough" pairs chain
 * unrelated ideas through intermediate wordings into giant clusters. Instead pairs are taken
 * from the most to the least similar, and two groups merge only when the *average* similarity
 * of all their cross pairs (average linkage) still reaches the threshold, and none of those
 * pairs is guarded (negation, polarity, numbers) or marked different by a reviewer.
 */
import { pairAt, type PairList, type ScoredPair } from './candidates.js';

export interface Unit {
  /** How many records share this exact normalised wording. */
  count: number;
}

export interface ClusterInput {
  units: readonly Unit[];
  /** Candidate pairs, best first; those at or above `threshold` are merge candidates. */
  pairs: PairList;
  threshold: number;
  /** Exact score of any two units (0…10000). */
  similarity: (a: number, b: number) => number;
  /** True when two units may never share a cluster (guarded, or decided different). */
  forbidden: (a: number, b: number) => boolean;
  /** Unit pairs a reviewer decided are the same: merged first, whatever their score. */
  same: readonly (readonly [number, number])[];
}

export interface MergeEvent {
  pair: ScoredPair;
  /** Average similarity of the two groups at the merge. */
  average: number;
}

export interface ClusterOutput {
  /** Cluster number of each unit. */
  clusterOf: Int32Array;
  merges: MergeEvent[];
}

/** Groups compared by average linkage are represented by at most this many units each. */
const MAX_LINKAGE_UNITS = 40;

/** Clusters the units. */
export function cluster(input: ClusterInput): ClusterOutput {
  const { units, pairs, threshold, similarity, forbidden } = input;
  const parent = Int32Array.from(units, (_, i) => i);
  // Each group keeps its heaviest units (by count, then index), which stand for it in linkage.
  const heavier = (x: number, y: number): number => units[y]!.count - units[x]!.count || x - y;
  const reps: number[][] = units.map((_, i) => [i]);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // A group's version changes when it grows; a refusal between two versions stands, since a
  // later pair between the same two groups has the same members and so the same average.
  const version = new Int32Array(units.length);
  const refusedAt = new Map<number, number>();
  const n = units.length;
  const join = (a: number, b: number): void => {
    const [keep, drop] = a < b ? [a, b] : [b, a];
    parent[drop] = keep;
    version[keep]!++;
    reps[keep] = mergeSorted(reps[keep]!, reps[drop]!, heavier).slice(0, MAX_LINKAGE_UNITS);
    reps[drop] = [];
  };
  const representatives = (root: number): number[] => reps[root]!;

  for (const [a, b] of input.same) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) join(ra, rb);
  }

  const merges: MergeEvent[] = [];
  for (let i = 0; i < pairs.length && pairs.score[i]! >= threshold; i++) {
    const pa = pairs.a[i]!;
    const pb = pairs.b[i]!;
    const ra = find(pa);
    const rb = find(pb);
    if (ra === rb) continue;
    if (forbidden(pa, pb)) continue;
    const key = ra < rb ? ra * n + rb : rb * n + ra;
    const stamp = ra < rb ? version[ra]! * n + version[rb]! : version[rb]! * n + version[ra]!;
    if (refusedAt.get(key) === stamp) continue;
    const left = representatives(ra);
    const right = representatives(rb);
    let total = 0;
    let weight = 0;
    let blocked = false;
    for (const u of left) {
      for (const v of right) {
        if (forbidden(u, v)) blocked = true;
        const w = units[u]!.count * units[v]!.count;
        total += w * similarity(u, v);
        weight += w;
      }
      if (blocked) break;
    }
    const average = blocked ? 0 : Math.floor(total / weight);
    if (blocked || average < threshold) {
      refusedAt.set(key, stamp);
      continue;
    }
    join(ra, rb);
    merges.push({ pair: pairAt(pairs, i), average });
  }

  const clusterOf = new Int32Array(units.length);
  for (let u = 0; u < units.length; u++) clusterOf[u] = find(u);
  return { clusterOf, merges };
}

/** Merges two sorted lists into one sorted list. */
function mergeSorted(a: readonly number[], b: readonly number[], compare: (x: number, y: number) => number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
