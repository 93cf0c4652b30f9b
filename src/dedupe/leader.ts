/**
 * Leader clustering over a prefix-filtered index.
 *
 * Why leaders: plain connected components over "similar enough" pairs chain unrelated ideas
 * through intermediate wordings into giant clusters, and any method that looks at every
 * similar pair costs the square of an idea's size (an idea put forward 250 times has 31,000
 * pairs). Here wordings are taken in a stable order — the most repeated first, then the
 * lightest (shortest), then by first record id — and each joins the *leader* it is most similar
 * to, when that similarity reaches the threshold and nothing forbids it (guard, reviewer
 * decision); otherwise it leads a new cluster. Every member is thus within the threshold of its
 * leader, so a cluster cannot drift, and each wording is compared with leaders only (and with
 * the first members of the clusters it could join, see FIT_MEMBERS).
 *
 * Finding the leaders worth scoring is a prefix-filtered join. Terms are ordered rarest first.
 * A pair scoring at least t shares at least t times the lighter side's weight (containment ≥
 * score) and at least `minJaccard(t)` times the heavier side's (Jaccard ≥ that floor), so their
 * first shared term lies in the lighter side's t-prefix and in the heavier side's floor-prefix
 * (the rarest terms up to where what is left weighs less than that share). Leaders are indexed
 * twice: by their t-prefix, read when the leader is the lighter side, and by their floor-prefix,
 * read when it is the heavier side. No pair reaching t is missed (a test checks it against
 * scoring every pair), and the most common terms, at the end of every wording, are never read.
 */
import { SCALE, minJaccard, scoreOf } from './score.js';
import { overlap, type PackedVectors } from './vectors.js';

export interface LeaderInput {
  vectors: PackedVectors;
  weights: Int32Array;
  /** Units of different groups (kinds) are never compared. */
  group: Int32Array;
  /** The order in which units are taken. */
  order: Int32Array;
  threshold: number;
  /** True when unit u may not join leader l (guarded, or decided different from its cluster). */
  forbidden: (u: number, l: number, leaderOf: Int32Array) => boolean;
}

export interface LeaderOutput {
  /** The leader of each unit (itself for a leader). */
  leaderOf: Int32Array;
  /** Each unit's score against its leader (SCALE for a leader). */
  score: Int32Array;
  /** Each unit's average score against its leader and the first members when it joined. */
  fit: Int32Array;
}

/**
 * A wording joins a cluster when its average similarity to the leader and to the cluster's
 * first members (up to this many in all) reaches the threshold: a short, general leader
 * ("développer la prévention") would otherwise gather every wording that contains it. Measured
 * on fixtures/dedup at the default threshold: pairwise precision 0.910 with the leader alone,
 * 0.951 with up to 4 or 8 (bench/dedupe-quality.mjs).
 */
const FIT_MEMBERS = 8;

/** Groups the units around leaders. */
export function leaderCluster(input: LeaderInput): LeaderOutput {
  const { vectors, weights, group, order, threshold, forbidden } = input;
  const { offsets, terms, totals } = vectors;
  const n = totals.length;
  const jaccardFloor = minJaccard(threshold);
  const groups = group.reduce((m, g) => Math.max(m, g + 1), 1);
  // Posting lists per (term, group) hold triples: leader, weight of its terms after this one, its total.
  const lighter: (number[] | undefined)[] = new Array(weights.length * groups);
  const heavier: (number[] | undefined)[] = new Array(weights.length * groups);
  const leaderOf = new Int32Array(n).fill(-1);
  const score = new Int32Array(n);
  const fit = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);

  let best = -1;
  let bestAverage = -1;
  let bestPair = -1;
  // The leader and the first members that joined it, which a newcomer must resemble on average.
  const firstMembers: number[][] = [];
  const fitness = (u: number, l: number, s: number): number => {
    const list = firstMembers[l]!;
    let total = s;
    for (let i = 1; i < list.length; i++) total += scoreOf(overlap(vectors, weights, u, list[i]!), totals[u]!, totals[list[i]!]!);
    return Math.floor(total / list.length);
  };
  // The least score a leader must reach to matter to the unit being placed: the threshold, then
  // the best score so far. It only grows.
  let need = threshold;
  const updateNeed = (): void => {
    need = best >= 0 ? bestPair : threshold;
  };
  const probe = (u: number, index: (number[] | undefined)[], share: number, leaderIsLighter: boolean): void => {
    const wu = totals[u]!;
    const g = group[u]!;
    let rest = wu;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      if (rest * SCALE < share * wu) break;
      // A leader first met from here on shares at most `rest`, and scores at most as much as
      // one made of exactly those terms.
      if (scoreOf(rest, wu, rest) < need) break;
      const t = terms[p]!;
      rest -= weights[t]!;
      const list = index[t * groups + g];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i += 3) {
        const wl = list[i + 2]!;
        if (leaderIsLighter ? wl > wu : wl <= wu) continue;
        if (wl * SCALE < jaccardFloor * wu || wu * SCALE < jaccardFloor * wl) continue;
        const l = list[i]!;
        if (seen[l] === u) continue;
        seen[l] = u;
        // This is their first shared term: what both still hold bounds the overlap.
        if (scoreOf(weights[t]! + Math.min(rest, list[i + 1]!), wu, wl) < need) continue;
        const s = scoreOf(overlap(vectors, weights, u, l), wu, wl);
        if (s < need) continue;
        const average = s >= threshold && (s > bestPair || (s === bestPair && l < best)) ? fitness(u, l, s) : -1;
        if (average >= threshold && !forbidden(u, l, leaderOf)) {
          best = l;
          bestAverage = average;
          bestPair = s;
          updateNeed();
        }
      }
    }
  };
  const index = (u: number, list: (number[] | undefined)[], share: number): void => {
    const wu = totals[u]!;
    let rest = wu;
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      if (rest * SCALE < share * wu) break;
      const t = terms[p]!;
      rest -= weights[t]!;
      const key = t * groups + group[u]!;
      (list[key] ??= []).push(u, rest, wu);
    }
  };

  for (const u of order) {
    if (totals[u] === 0) {
      leaderOf[u] = u;
      score[u] = SCALE;
      fit[u] = SCALE;
      continue;
    }
    best = -1;
    bestAverage = -1;
    bestPair = -1;
    updateNeed();
    probe(u, lighter, jaccardFloor, true);
    probe(u, heavier, threshold, false);
    if (best >= 0) {
      if (firstMembers[best]!.length < FIT_MEMBERS) firstMembers[best]!.push(u);
      leaderOf[u] = best;
      score[u] = bestPair;
      fit[u] = bestAverage;
      continue;
    }
    leaderOf[u] = u;
    firstMembers[u] = [u];
    score[u] = SCALE;
    fit[u] = SCALE;
    index(u, lighter, threshold);
    index(u, heavier, jaccardFloor);
  }
  return { leaderOf, score, fit };
}
