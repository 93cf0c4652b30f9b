/**
 * Records as weighted term sets. Term ids follow one global order — rarest first, ties by the
 * term itself — which both the prefix filter and the sorted-merge overlap rely on.
 */
import { termWeight } from './weights.js';

export interface Vector {
  /** Term ids, ascending (rarest first). */
  terms: Int32Array;
  /** Sum of the weights of its terms. */
  weight: number;
}

export interface Dictionary {
  /** The term of each id. */
  terms: string[];
  /** The weight of each id. */
  weights: Int32Array;
}

/** Builds the dictionary and the vector of each term list; `weak` terms count a quarter. */
export function vectorize(
  termLists: readonly (readonly string[])[],
  weak: ReadonlySet<string> = new Set(),
): { dictionary: Dictionary; vectors: Vector[] } {
  const df = new Map<string, number>();
  const sets = termLists.map((terms) => [...new Set(terms)]);
  for (const set of sets) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  const ordered = [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(ordered.map((term, id) => [term, id]));
  const n = Math.max(1, sets.length);
  const weights = Int32Array.from(ordered, (term) => {
    const weight = termWeight(df.get(term)!, n);
    return weak.has(term) ? Math.max(1, Math.floor(weight / 4)) : weight;
  });
  const vectors = sets.map((set) => {
    const terms = Int32Array.from(set, (t) => ids.get(t)!).sort();
    let weight = 0;
    for (const id of terms) weight += weights[id]!;
    return { terms, weight };
  });
  return { dictionary: { terms: ordered, weights }, vectors };
}

/** Total weight of the terms two vectors share (a merge of two sorted lists). */
export function overlap(a: Vector, b: Vector, weights: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      shared += weights[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The terms two vectors share, heaviest first (for --explain). */
export function sharedTerms(a: Vector, b: Vector, dictionary: Dictionary): string[] {
  const set = new Set(b.terms);
  return [...a.terms]
    .filter((t) => set.has(t))
    .sort((x, y) => dictionary.weights[y]! - dictionary.weights[x]! || x - y)
    .map((t) => dictionary.terms[t]!);
}
