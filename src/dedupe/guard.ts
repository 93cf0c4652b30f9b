/**
 * Pairs that must never be merged automatically, however close their wording: one negates
 * what the other says, they go opposite ways ("plus" / "moins"), or their numbers differ.
 * Such pairs go to review instead.
 */
import { FACETS } from '../vocabulary/fr.js';
import { OPPOSITES, type Analysis } from './analyze.js';

export type GuardReason = 'negation' | 'polarity' | 'numbers' | 'facet';

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Why two contributions may not be merged automatically, or null when nothing stops it. */
export function guard(a: Analysis, b: Analysis): GuardReason | null {
  if (!same(a.negations, b.negations)) return 'negation';
  for (const [x, y] of OPPOSITES) {
    if ((a.polarity.includes(x) && b.polarity.includes(y)) || (a.polarity.includes(y) && b.polarity.includes(x))) return 'polarity';
  }
  if (!same(a.numbers, b.numbers)) return 'numbers';
  if (facetConflict(a.facets, b.facets)) return 'facet';
  return null;
}

/**
 * True when, for some facet, both name values and none in common (jeunes / seniors), or, for a
 * strict facet, one names a value and the other none.
 */
function facetConflict(a: readonly string[], b: readonly string[]): boolean {
  const facet = (v: string): string => v.slice(0, v.indexOf(':'));
  for (const f of new Set([...a, ...b].map(facet))) {
    const mine = a.filter((v) => facet(v) === f);
    const theirs = b.filter((v) => facet(v) === f);
    if (!mine.length || !theirs.length) {
      if (FACETS[f]?.strict) return true;
      continue;
    }
    if (!mine.some((v) => theirs.includes(v))) return true;
  }
  return false;
}

/** A unit's guard data packed for fast comparison in the clustering loop. */
export interface GuardKey {
  negated: boolean;
  numbers: string;
  facets: readonly string[];
  /** The facets joined: two units naming the same facet values never conflict, so most pairs need no more. */
  facetKey: string;
  /** One bit per polarity word present, in OPPOSITES order: first word 2i, second 2i+1. */
  polarity: number;
}

/** Packs an analysis for `guarded`. */
export function guardKey(a: Analysis): GuardKey {
  let polarity = 0;
  OPPOSITES.forEach(([x, y], i) => {
    if (a.polarity.includes(x)) polarity |= 1 << (2 * i);
    if (a.polarity.includes(y)) polarity |= 1 << (2 * i + 1);
  });
  return { negated: a.negations.length > 0, numbers: a.numbers.join(' '), polarity, facets: a.facets, facetKey: a.facets.join(' ') };
}

// Bits of the first words of each opposite pair (0b0101…), to swap them with the second ones.
const FIRSTS = 0x55555555;

/** Same verdict as `guard(a, b) !== null`, from packed keys. */
export function guarded(a: GuardKey, b: GuardKey): boolean {
  if (a.negated !== b.negated || a.numbers !== b.numbers) return true;
  if (a.facetKey !== b.facetKey && facetConflict(a.facets, b.facets)) return true;
  const swapped = ((b.polarity & FIRSTS) << 1) | ((b.polarity >>> 1) & FIRSTS);
  return (a.polarity & swapped) !== 0;
}
