/**
 * French-aware analysis of a contribution for comparison: the terms it is made of, and the
 * negations and numbers that must match before two contributions may be merged.
 */
import { createRequire } from 'node:module';
import { verbOfActionNoun } from '../vocabulary/action-nouns.js';
import { ELISIONS, FACETS, HEAD_ONLY_POLARITY, KEEP_OPEN, LACK, MEANINGFUL_STOP_WORDS, NEGATION_WORDS, NUMBER_WORDS, OPPOSITE_WORDS, WEAK_WORDS } from '../vocabulary/fr.js';
import { plainStem, verbLemma } from './lemmas.js';
import { withoutPlaces } from './places.js';
import { readPhrases } from './readings.js';
import { compileSynonyms, type Synonyms, type SynonymTable } from './synonyms.js';

const require = createRequire(import.meta.url);
const STOP_WORDS = new Set(
  (require('stopwords-iso') as { fr: string[] }).fr.filter((w) => !MEANINGFUL_STOP_WORDS.includes(w)),
);

export interface Analysis {
  /** Terms in reading order: stems without accents, or synonym concepts ("#msp"). */
  terms: string[];
  /** ["neg"] when the text negates ("ne … pas", "sans", "aucun"…), else []. */
  negations: string[];
  /** Polarity words present ("plus", "moins", "pour", "contre"), sorted. */
  polarity: string[];
  /** Numbers written in the text ("2", "24h"), sorted. */
  numbers: string[];
  /** Facet values named ("public:jeunes", "profession:kines"), sorted. */
  facets: string[];
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

/**
 * Words the guard reads as they are: "plus" is also a form of plaire, "pas" a noun, "ont" of
 * avoir in a lack ("n'ont pas de médecin").
 */
const NOT_LEMMATISED = new Set([...NEGATION_WORDS, ...OPPOSITE_WORDS.flat(), ...KEEP_OPEN.cues, ...LACK.verbs, ...LACK.negations]);

/**
 * The word as its verb, when it is an action noun ("création" → créer, "ouverture" → ouvrir,
 * vocabulary/action-nouns.fr.tsv) or a form of a verb of the Lefff ("mise" → mettre, "fait" →
 * faire, "ouvert" → ouvrir), irregular verbs first; else the word. Snowball alone leaves these
 * apart from their infinitive. Words of three letters or fewer are left as written.
 */
export function lemma(word: string): string {
  if (word.length < 4 || NOT_LEMMATISED.has(word)) return word;
  return verbOfActionNoun(word) ?? verbLemma(word) ?? word;
}

/** Snowball stem of a lower-case accented word's lemma, then accents folded (the stemmer needs them), cut to six letters. */
export function stem(word: string): string {
  let found = stemCache.get(word);
  if (found === undefined) {
    found = /\p{N}/u.test(word)
      ? word
      : plainStem(lemma(word));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, found);
  }
  return found;
}

// A Map, not the object itself: a word such as "constructor" must not find Object's own properties.
const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));

/** Stems of a text's meaningful words, in order, before synonyms. */
export function stems(text: string): string[] {
  return readPhrases(words(text), stem, CLOSURES)
    .map((w) => NUMBER_WORD.get(w) ?? w.replace(/^(\d+)(?:e|eme|ème|ieme|ième)$/u, '$1e'))
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

const CLOSURES = new Set(KEEP_OPEN.closures.map(stem));

const NEGATIONS = new Set(NEGATION_WORDS.map(stem));
const POLARITY = new Set(OPPOSITE_WORDS.flat().map(stem));
const HEAD_ONLY = new Set(HEAD_ONLY_POLARITY.map(stem));

/**
 * Analyses a contribution's text. Negation and polarity words are read for the guard, then left
 * out of the terms: "plus de médecins" and "des médecins" name the same thing, and the guard
 * already keeps "ne pas fermer" from "fermer". Places named after a preposition are left out.
 */
export function analyze(text: string, synonyms: Synonyms): Analysis {
  const all = synonyms.apply(stems(withoutPlaces(text))).filter((t, i) => i === 0 || !HEAD_ONLY.has(t));
  const unique = (keep: (t: string) => boolean): string[] => [...new Set(all.filter(keep))].sort();
  return {
    terms: all.filter((t) => !NEGATIONS.has(t) && !POLARITY.has(t)),
    negations: all.some((t) => NEGATIONS.has(t)) ? ['neg'] : [],
    polarity: unique((t) => POLARITY.has(t)),
    numbers: unique((t) => /\p{N}/u.test(t)),
    facets: [...new Set(all.flatMap((t) => FACET_OF.get(t) ?? []))].sort(),
  };
}

/**
 * An analysis as one string, cheap to pass between threads and usable as a grouping key: the
 * distinct terms (sorted), negations, polarity, numbers and facets, each space-separated
 * (no term holds a space), the fields separated by U+0001.
 */
export function packAnalysis(a: Analysis): string {
  return [[...new Set(a.terms)].sort(), a.negations, a.polarity, a.numbers, a.facets].map((list) => list.join(' ')).join('\u0001');
}

/** The analysis packed by packAnalysis, with its distinct terms sorted in place of the reading order. */
export function unpackAnalysis(packed: string): Analysis {
  const [terms, negations, polarity, numbers, facets] = packed.split('\u0001').map((field) => (field ? field.split(' ') : []));
  return { terms: terms!, negations: negations!, polarity: polarity!, numbers: numbers!, facets: facets! };
}

/** Term → the facet values it names. */
const FACET_OF = new Map<string, string[]>();
for (const [facet, { values }] of Object.entries(FACETS)) {
  for (const [value, words] of Object.entries(values)) {
    for (const word of words) {
      const term = word.startsWith('#') ? word : stem(word);
      FACET_OF.set(term, [...(FACET_OF.get(term) ?? []), `${facet}:${value}`]);
    }
  }
}

/** The opposite pairs in stem form, for the polarity guard. */
export const OPPOSITES: readonly (readonly [string, string])[] = OPPOSITE_WORDS.map(([a, b]) => [stem(a), stem(b)] as const);

/** The weak terms (see WEAK_WORDS) as the analyser writes them: stems, or "#concept". */
export const WEAK_TERMS: ReadonlySet<string> = new Set(WEAK_WORDS.map((w) => (w.startsWith('#') ? w : stem(w))));

/** Compiles a synonym table with this analyser's stems; no wording may stand for a negation or polarity word alone. */
export function synonymsFor(table: SynonymTable): Synonyms {
  return compileSynonyms(table, stems, new Set([...NEGATIONS, ...POLARITY]));
}
