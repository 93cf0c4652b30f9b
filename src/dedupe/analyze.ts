/**
 * French-aware analysis of a contribution for comparison: the terms it is made of, and the
 * negations and numbers that must match before two contributions may be merged.
 */
import { createRequire } from 'node:module';
import { newStemmer } from 'snowball-stemmers';
import { ELISIONS, MEANINGFUL_STOP_WORDS, NEGATION_WORDS, OPPOSITE_WORDS } from '../vocabulary/fr.js';
import type { Synonyms } from './synonyms.js';

const require = createRequire(import.meta.url);
const STOP_WORDS = new Set(
  (require('stopwords-iso') as { fr: string[] }).fr.filter((w) => !MEANINGFUL_STOP_WORDS.includes(w)),
);
const stemmer = newStemmer('french');

export interface Analysis {
  /** Terms in reading order: stems without accents, or synonym concepts ("#msp"). */
  terms: string[];
  /** Negation stems present ("ne", "pas", "sans"…), sorted. */
  negations: string[];
  /** Polarity words present ("plus", "moins", "pour", "contre"), sorted. */
  polarity: string[];
  /** Numbers written in the text ("2", "24h"), sorted. */
  numbers: string[];
}

const ELISION = new RegExp(`(?<![\\p{L}\\p{N}])(${ELISIONS.join('|')})'(?=\\p{L})`, 'gu');
const stemCache = new Map<string, string>();

/** Lower-cased words without elisions, hyphenated parts joined ("aller-vers" → "allervers"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase()
    // "n'y a plus" keeps its negation; other elided articles and pronouns go.
    .replace(ELISION, (_, word: string) => (word === 'n' ? 'ne ' : ' '))
    .replace(/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Snowball stem of a lower-case accented word, then accents folded (the stemmer needs them). */
export function stem(word: string): string {
  let found = stemCache.get(word);
  if (found === undefined) {
    found = /\p{N}/u.test(word) ? word : stemmer.stem(word).normalize('NFD').replace(/\p{M}+/gu, '').replace(/œ/g, 'oe');
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, found);
  }
  return found;
}

/** Stems of a text's meaningful words, in order, before synonyms. */
export function stems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

const NEGATIONS = new Set(NEGATION_WORDS.map(stem));
const POLARITY = new Set(OPPOSITE_WORDS.flat().map(stem));

/** Analyses a contribution's text. */
export function analyze(text: string, synonyms: Synonyms): Analysis {
  const terms = synonyms.apply(stems(text));
  const unique = (keep: (t: string) => boolean): string[] => [...new Set(terms.filter(keep))].sort();
  return {
    terms,
    negations: unique((t) => NEGATIONS.has(t)),
    polarity: unique((t) => POLARITY.has(t)),
    numbers: unique((t) => /\p{N}/u.test(t)),
  };
}

/** The opposite pairs in stem form, for the polarity guard. */
export const OPPOSITES: readonly (readonly [string, string])[] = OPPOSITE_WORDS.map(([a, b]) => [stem(a), stem(b)] as const);
