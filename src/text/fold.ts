/**
 * Folds text for comparison: NFKC, typographic apostrophes to ', ligatures spelled out,
 * accents removed, lower case, whitespace collapsed. Never used for output text.
 */
export function fold(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    folded = foldUncached(text);
    cache.set(text, folded);
  }
  return folded;
}

// The parser classifies each line in several passes; folding is its most frequent work.
const CACHE_SIZE = 20_000;
const cache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘ʼ´`]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a line holds nothing but whitespace, including zero-width and no-break spaces. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text);
}
