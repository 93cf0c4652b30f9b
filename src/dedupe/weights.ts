/**
 * Integer term weights. Similarity must be the same on every machine, so weights and scores
 * are computed with integers only (all values stay below 2^53, where doubles are exact).
 */

/** Fixed-point scale of weights and logarithms: 1024 stands for 1.0. */
export const ONE = 1024;

/** floor(1024 · log2(x)) for a whole number x ≥ 1, by repeated squaring in exact integer steps. */
export function log2Fixed(x: number): number {
  if (!Number.isInteger(x) || x < 1) throw new RangeError(`log2Fixed needs a whole number ≥ 1, got ${x}`);
  const whole = Math.floor(Math.log2(x + 0.5));
  // Correct the float estimate, so the integer part is exact.
  let int = whole;
  while (2 ** int > x) int--;
  while (2 ** (int + 1) <= x) int++;
  // y holds x / 2^int in [1, 2) with 20 fractional bits.
  let y = int <= 20 ? x * 2 ** (20 - int) : Math.floor(x / 2 ** (int - 20));
  let fraction = 0;
  for (let bit = 0; bit < 10; bit++) {
    y = Math.floor((y * y) / 2 ** 20);
    fraction *= 2;
    if (y >= 2 ** 21) {
      y = Math.floor(y / 2);
      fraction += 1;
    }
  }
  return int * ONE + fraction;
}

/**
 * Weight of a term found in `df` of `n` records: one unit, plus half its inverse document
 * frequency, so rare words ("téléconsultation") count more than common ones ("santé").
 */
export function termWeight(df: number, n: number): number {
  return ONE + Math.floor((log2Fixed(n) - log2Fixed(df)) / 2);
}
