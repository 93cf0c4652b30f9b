/**
 * The similarity of two contributions, in ten-thousandths, from integers only: the mean of
 * weighted Jaccard (shared / union) and weighted containment (shared / lighter side).
 * Containment keeps "Développer la télémédecine … notamment à Bar-le-Duc" with its shorter
 * twin; Jaccard keeps a one-word contribution from joining every long one that contains it.
 */
import { overlap, type Vector } from './vectors.js';

export const SCALE = 10_000;

/** Score of two vectors in 0…10000. */
export function score(a: Vector, b: Vector, weights: Int32Array): number {
  const shared = overlap(a, b, weights);
  if (shared === 0) return 0;
  const union = a.weight + b.weight - shared;
  const lighter = Math.min(a.weight, b.weight);
  const jaccard = Math.floor((SCALE * shared) / union);
  const containment = Math.floor((SCALE * shared) / lighter);
  return Math.floor((jaccard + containment) / 2);
}

/**
 * The smallest weighted Jaccard a pair scoring at least `threshold` can have: containment is
 * at most 1, so Jaccard ≥ 2·threshold − 1. Used to skip pairs of very different weights.
 */
export function minJaccard(threshold: number): number {
  return Math.max(0, 2 * threshold - SCALE);
}
