/**
 * The questions worth a reviewer's time, ranked by expected gain.
 *
 * Lexical similarity cannot tell every paraphrase from a look-alike, so the loop asks a person
 * about the cases where the answer is uncertain and moves many contributions. Two kinds of
 * question:
 * - merge: two clusters the tool kept apart whose closest wordings are similar; "same" joins
 *   them (and every record of each), "different" keeps them apart for good;
 * - split: a wording the tool put in a cluster while it resembles the cluster's canonical
 *   wording only weakly; "different" takes it out (a cannot-link the clustering honours).
 * Expected gain = uncertainty × contributions moved. The uncertainty is the probability that the
 * answer changes what the tool did: the chance of "same" for a merge, of "different" for a split
 * (see `chanceOf`). A merge moves the records of both clusters, a split the member's.
 *
 * Each cluster is asked about at most once per round: its answer changes the cluster, and the
 * next question about it is better chosen once that answer is in. Measured with a perfect
 * reviewer on fixtures/dedup (bench/review-loop.mjs), 150 answers: pairwise F1 0.843 without
 * this rule, 0.852 with it.
 */
import type { Suggestion } from './review-types.js';
import { scoreOf } from './score.js';
import { overlap, type PackedVectors } from './vectors.js';

export interface SuggestInput {
  vectors: PackedVectors;
  weights: Int32Array;
  /** Units of different groups (kinds) are never compared. */
  group: Int32Array;
  /** The cluster of each unit: the unit index of its root. */
  clusterOf: Int32Array;
  /** Records in each unit. */
  unitSize: Int32Array;
  /** The canonical unit of each cluster, by root. */
  canonical: ReadonlyMap<number, number>;
  /** Records in each cluster, by root. */
  clusterSize: ReadonlyMap<number, number>;
  /** Unit pairs a reviewer answered "different" (cluster pairs holding one are never asked). */
  different: readonly (readonly [number, number])[];
  /** Units a reviewer placed with "same" (their cluster membership is never questioned). */
  confirmed: ReadonlySet<number>;
  /** True when the guard keeps two units apart (negation, polarity, numbers, facet). */
  guarded: (a: number, b: number) => boolean;
  threshold: number;
  /** How many questions to return. */
  budget: number;
}

/** A question before it is dressed for the reviewer: two units and what asking is worth. */
export interface RawSuggestion {
  question: Suggestion['question'];
  /** The unit standing for each side: canonical units for a merge; the canonical and the member for a split. */
  a: number;
  b: number;
  /** Roots of the two clusters (the same root for a split). */
  rootA: number;
  rootB: number;
  score: number;
  chance: number;
  gain: number;
}

/**
 * Terms shared by more wordings than this are not used to find merge candidates: they cost the
 * square of their frequency and a pair that shares only such terms is not a paraphrase worth
 * asking about. Pairs found through rarer terms are scored on all their terms.
 */
const MAX_POSTING = 400;

/** Merge candidates under this similarity are not asked about. */
const FLOOR = 1_500;

/**
 * Estimated probability that two sides scoring `score` are the same idea: a logistic curve
 * centred on the auto-merge threshold, 0.09 wide. Among the cluster pairs the tool keeps apart
 * on fixtures/dedup, the share that are the same idea is 0.08 at 0.1–0.2, 0.18 at 0.2–0.3,
 * 0.31 at 0.3–0.4 and 0.70 at 0.4–0.5 when the guard lets them meet, and 0.08 overall when it
 * does not (GUARDED_CHANCE). Only the order matters for ranking, and the width was chosen by
 * the simulation (0.07 to 0.12 give F1 0.851 to 0.854 after 150 answers).
 */
export function chanceOf(score: number, threshold: number): number {
  return 1 / (1 + Math.exp(-(score - threshold) / CHANCE_WIDTH));
}
const CHANCE_WIDTH = 900;
/** A guarded pair (negation, opposite polarity, other numbers, other public…) is this much less likely the same. */
const GUARDED_CHANCE = 0.3;
/**
 * A wording the tool put in a cluster passed the fit test there: at the same similarity to the
 * canonical wording, it is likelier the same idea than two clusters kept apart. Of 52 split
 * questions a perfect reviewer answered on fixtures/dedup, 46 were "same". Chosen on the tune
 * half (bench/review-loop.mjs): F1 after the rounds 0.867 without the shift, 0.884 with it.
 */
const SPLIT_SHIFT = 1_000;

/**
 * How similar two clusters are: the mean score over pairs of their wordings (each weighted by
 * its records), over at most this many wordings a side. The closest pair alone (single link)
 * ranks big clusters too high: one odd member is enough (F1 0.80 against 0.85 with the mean).
 */
const LINK_WORDINGS = 30;

/** The `budget` questions of highest expected gain, highest first. */
export function suggest(input: SuggestInput): RawSuggestion[] {
  const candidates = [...mergeCandidates(input), ...splitCandidates(input)];
  candidates.sort((p, q) => q.gain - p.gain || q.score - p.score || p.a - q.a || p.b - q.b);
  const asked = new Set<number>();
  const chosen: RawSuggestion[] = [];
  for (const c of candidates) {
    if (chosen.length >= input.budget) break;
    if (c.question === 'merge' && (asked.has(c.rootA) || asked.has(c.rootB))) continue;
    if (c.question === 'merge') asked.add(c.rootA).add(c.rootB);
    chosen.push(c);
  }
  return chosen;
}

function mergeCandidates(input: SuggestInput): RawSuggestion[] {
  const { vectors, weights, group, clusterOf, threshold } = input;
  const { offsets, terms, totals } = vectors;
  const n = totals.length;
  const blocked = new Set(input.different.map(([a, b]) => pairKey(clusterOf[a]!, clusterOf[b]!, n)));
  // Postings: units by term, so that only units sharing a not-too-common term are compared.
  const postings = new Map<number, number[]>();
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const t = terms[p]!;
      const list = postings.get(t);
      if (list) list.push(u);
      else postings.set(t, [u]);
    }
  }
  // Pairs of clusters with at least one pair of wordings above the floor.
  const near = new Set<number>();
  const seen = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const ru = clusterOf[u]!;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      const list = postings.get(terms[p]!)!;
      if (list.length > MAX_POSTING) continue;
      for (const v of list) {
        if (v <= u || seen[v] === u || group[v] !== group[u]) continue;
        seen[v] = u;
        const rv = clusterOf[v]!;
        if (rv === ru) continue;
        const key = pairKey(ru, rv, n);
        if (blocked.has(key)) continue;
        if (scoreOf(overlap(vectors, weights, u, v), totals[u]!, totals[v]!) >= FLOOR) near.add(key);
      }
    }
  }
  const found: RawSuggestion[] = [];
  const members = new Map<number, number[]>();
  clusterOf.forEach((root, u) => {
    const list = members.get(root);
    if (list) list.push(u);
    else members.set(root, [u]);
  });
  const sc = (a: number, b: number): number => scoreOf(overlap(vectors, weights, a, b), totals[a]!, totals[b]!);
  for (const key of near) {
    const [x, y] = [Math.floor(key / n), key % n];
    let total = 0;
    let count = 0;
    for (const a of members.get(x)!.slice(0, LINK_WORDINGS)) {
      for (const b of members.get(y)!.slice(0, LINK_WORDINGS)) {
        const w = input.unitSize[a]! * input.unitSize[b]!;
        total += w * sc(a, b);
        count += w;
      }
    }
    const s = Math.round(total / count);
    if (s < FLOOR) continue;
    // The larger cluster first: the reviewer reads the established idea, then the newcomer.
    const [rootA, rootB] = input.clusterSize.get(x)! >= input.clusterSize.get(y)! ? [x, y] : [y, x];
    const a = input.canonical.get(rootA)!;
    const b = input.canonical.get(rootB)!;
    const chance = chanceOf(s, threshold) * (input.guarded(a, b) ? GUARDED_CHANCE : 1);
    const moved = input.clusterSize.get(rootA)! + input.clusterSize.get(rootB)!;
    found.push({ question: 'merge', a, b, rootA, rootB, score: s, chance, gain: chance * moved });
  }
  return found;
}

function splitCandidates(input: SuggestInput): RawSuggestion[] {
  const { vectors, weights, clusterOf, threshold } = input;
  const found: RawSuggestion[] = [];
  clusterOf.forEach((root, u) => {
    const canonical = input.canonical.get(root)!;
    if (u === canonical || input.confirmed.has(u)) return;
    const s = scoreOf(overlap(vectors, weights, u, canonical), vectors.totals[u]!, vectors.totals[canonical]!);
    const chance = chanceOf(s + SPLIT_SHIFT, threshold);
    found.push({ question: 'split', a: canonical, b: u, rootA: root, rootB: root, score: s, chance, gain: (1 - chance) * input.unitSize[u]! });
  });
  return found;
}

const pairKey = (a: number, b: number, n: number): number => (a < b ? a * n + b : b * n + a);
