/**
 * Records as weighted term sets. Term ids follow one global order — rarest first, ties by the
 * term itself — which both the prefix filter and the sorted-merge overlap rely on. Vectors are
 * packed in flat typed arrays: at 10^6 records, one small array per record would cost more
 * memory than the terms themselves.
 */
import { termWeight } from './weights.js';

/**
 * Weight of a synonym concept ("#msp", "#cabinet_mobile"), in percent of a word of the same
 * rarity. A concept stands for a wording of 1.6 words on average (vocabulary/synonyms.fr.yaml),
 * and two contributions that name it in different words have said the same thing, which two
 * shared ordinary words say less surely. Chosen on the tune half of fixtures/dedup
 * (bench/dedupe-quality.mjs): pairwise F1 0.683 at 100 %, 0.705 at 130 %, 0.734 at 150 %,
 * precision 0.96–0.97 throughout; 130 % is the largest weight at which the whole labelled set
 * keeps its pairwise precision above 0.95 (0.959; 0.946 at 140 %).
 */
const CONCEPT_WEIGHT = 130;

/** Vectors as flat arrays: the term ids of vector i are terms[offsets[i] … offsets[i+1]), ascending. */
export interface PackedVectors {
  offsets: Int32Array;
  terms: Int32Array;
  /** Sum of the weights of each vector's terms. */
  totals: Int32Array;
}

export interface Dictionary {
  /** The term of each id. */
  terms: string[];
  /** The weight of each id. */
  weights: Int32Array;
}

/** Builds the dictionary and the vectors of the term lists; `weak` terms count a quarter, synonym concepts 1.3 times. */
export function vectorize(
  termLists: readonly (readonly string[])[],
  weak: ReadonlySet<string> = new Set(),
): { dictionary: Dictionary; vectors: PackedVectors } {
  const df = new Map<string, number>();
  const sets = termLists.map((terms) => [...new Set(terms)]);
  for (const set of sets) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  const ordered = [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(ordered.map((term, id) => [term, id]));
  const n = Math.max(1, sets.length);
  const weights = Int32Array.from(ordered, (term) => {
    const weight = termWeight(df.get(term)!, n);
    if (weak.has(term)) return Math.max(1, Math.floor(weight / 4));
    return term.startsWith('#') ? Math.floor((weight * CONCEPT_WEIGHT) / 100) : weight;
  });
  const offsets = new Int32Array(sets.length + 1);
  sets.forEach((set, i) => (offsets[i + 1] = offsets[i]! + set.length));
  const terms = new Int32Array(offsets[sets.length]!);
  const totals = new Int32Array(sets.length);
  sets.forEach((set, i) => {
    const run = terms.subarray(offsets[i]!, offsets[i + 1]!);
    set.forEach((term, j) => (run[j] = ids.get(term)!));
    run.sort();
    for (const id of run) totals[i]! += weights[id]!;
  });
  return { dictionary: { terms: ordered, weights }, vectors: { offsets, terms, totals } };
}

/** Total weight of the terms vectors a and b share (a merge of two sorted runs). */
export function overlap(vectors: PackedVectors, weights: Int32Array, a: number, b: number): number {
  const { offsets, terms } = vectors;
  let i = offsets[a]!;
  let j = offsets[b]!;
  const iEnd = offsets[a + 1]!;
  const jEnd = offsets[b + 1]!;
  let shared = 0;
  while (i < iEnd && j < jEnd) {
    const x = terms[i]!;
    const y = terms[j]!;
    if (x === y) {
      shared += weights[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The terms vectors a and b share, heaviest first (for --explain). */
export function sharedTerms(vectors: PackedVectors, dictionary: Dictionary, a: number, b: number): string[] {
  const { offsets, terms } = vectors;
  const set = new Set(terms.subarray(offsets[b]!, offsets[b + 1]!));
  return [...terms.subarray(offsets[a]!, offsets[a + 1]!)]
    .filter((t) => set.has(t))
    .sort((x, y) => dictionary.weights[y]! - dictionary.weights[x]! || x - y)
    .map((t) => dictionary.terms[t]!);
}
