/**
 * Pairs that must never be merged automatically, however close their wording: one negates
 * what the other says, they go opposite ways ("plus" / "moins"), or their numbers differ.
 * Such pairs go to review instead.
 */
import { OPPOSITES, type Analysis } from './analyze.js';

export type GuardReason = 'negation' | 'polarity' | 'numbers';

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Why two contributions may not be merged automatically, or null when nothing stops it. */
export function guard(a: Analysis, b: Analysis): GuardReason | null {
  if (!same(a.negations, b.negations)) return 'negation';
  for (const [x, y] of OPPOSITES) {
    if ((a.polarity.includes(x) && b.polarity.includes(y)) || (a.polarity.includes(y) && b.polarity.includes(x))) return 'polarity';
  }
  if (!same(a.numbers, b.numbers)) return 'numbers';
  return null;
}
