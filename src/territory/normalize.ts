/** Compare-ready form of a French place name: "St-Dié-des-Vosges" → "saint die des vosges". */
export function normalizePlaceName(s: string): string {
  return (
    s
      .normalize('NFKC')
      .replace(/[’‘ʼ]/g, "'")
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // NFKC leaves these ligatures alone, and people type "oe" for "œ" (Cœuvres-et-Valsery).
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/&/g, ' et ')
      // Hyphens, apostrophes, dots, underscores, brackets: all just word separators.
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/(?<=^| )st(e?)(?= |$)/g, 'saint$1')
  );
}

/** Normalized name without its leading article: "le puy en velay" → "puy en velay". */
export function stripArticle(normalized: string): string {
  return normalized.replace(/^(?:le|la|les|l) (?=.)/, '');
}
