import { memoize } from './memo.js';

/**
 * Folds text for comparison: NFKC, typographic apostrophes to ', ligatures spelled out,
 * accents removed, lower case, whitespace collapsed. Never used for output text.
 */
export const fold = memoize(foldUncached);

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

/**
 * Removes zero-width spaces, word joiners and byte-order marks: invisible in what people read,
 * they split or glue words unseen in what recolte compares and exports. Joiners that build
 * emoji (U+200C, U+200D) are kept.
 */
export function withoutInvisibles(text: string): string {
  return text.replace(/[\u200b\u2060\ufeff]/g, '');
}
