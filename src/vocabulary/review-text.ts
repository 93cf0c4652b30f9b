/**
 * The words of the spreadsheet review file (`dedupe --review review.csv`), in French (the
 * default) and English: its column headers, the words it writes, and the words it reads back
 * from a reviewer, who may answer in either language, in any case, with or without accents.
 */
import type { Lang } from './labels.js';

/** Stable names of the review file's columns, in the order they are written. */
export const REVIEW_COLUMNS = [
  'number', 'decision', 'question', 'text_a', 'text_b', 'size_a', 'size_b', 'territories_a', 'territories_b', 'shared', 'score', 'chance',
  'source_a', 'source_b', 'id_a', 'id_b',
] as const;

export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** Without these columns a file is not a review: a row is known by its number and its two ids. */
export const REVIEW_KEY_COLUMNS = ['number', 'decision', 'id_a', 'id_b'] as const satisfies readonly ReviewColumn[];

export interface ReviewText {
  /** The header of each column. The decision's says what to write in it: no other instruction line is needed. */
  headers: Readonly<Record<ReviewColumn, string>>;
  /** The question column: merge two clusters, or take a record out of one. */
  question: Readonly<Record<'merge' | 'split', string>>;
  /** The answer written back in the decision column. */
  answer: Readonly<Record<'same' | 'different', string>>;
  /** A similarity between 0 and 1: "0,43" / "0.43". */
  decimal: (value: number) => string;
  /** A chance between 0 and 1: "35 %" / "35%". */
  percent: (value: number) => string;
}

export const REVIEW_TEXT: Readonly<Record<Lang, ReviewText>> = {
  fr: {
    headers: {
      number: 'n°',
      decision: 'décision (oui / non)',
      question: 'question',
      text_a: 'texte A',
      text_b: 'texte B',
      size_a: 'contributions A',
      size_b: 'contributions B',
      territories_a: 'territoires A',
      territories_b: 'territoires B',
      shared: 'en commun',
      score: 'similarité',
      chance: 'chance',
      source_a: 'source A',
      source_b: 'source B',
      id_a: 'id A',
      id_b: 'id B',
    },
    question: { merge: 'fusion', split: 'séparation' },
    answer: { same: 'oui', different: 'non' },
    decimal: (value) => value.toFixed(2).replace('.', ','),
    // A plain space, not the typographic narrow no-break one: Excel's Windows-1252 has no such character.
    percent: (value) => `${Math.round(value * 100)} %`,
  },
  en: {
    headers: {
      number: 'number',
      decision: 'decision (yes / no)',
      question: 'question',
      text_a: 'text A',
      text_b: 'text B',
      size_a: 'contributions A',
      size_b: 'contributions B',
      territories_a: 'territories A',
      territories_b: 'territories B',
      shared: 'shared words',
      score: 'similarity',
      chance: 'chance',
      source_a: 'source A',
      source_b: 'source B',
      id_a: 'id A',
      id_b: 'id B',
    },
    question: { merge: 'merge', split: 'split' },
    answer: { same: 'yes', different: 'no' },
    decimal: (value) => value.toFixed(2),
    percent: (value) => `${Math.round(value * 100)}%`,
  },
};

/**
 * Other headers a reader recognises for the columns it needs, besides those above in either
 * language; compared folded (no accents, no case) with everything but letters and digits
 * removed, and any "(…)" dropped: "N°", "nº", "Décision", "ID_A", "idA" all match.
 */
export const REVIEW_HEADER_ALIASES: Readonly<Partial<Record<ReviewColumn, readonly string[]>>> = {
  number: ['n', 'no', 'num', 'numero', 'number'],
  decision: ['decision', 'reponse', 'answer', 'avis'],
  id_a: ['id a', 'identifiant a'],
  id_b: ['id b', 'identifiant b'],
};

/**
 * The answers a reviewer may write in the decision column, folded: "Oui", "OUI", "même",
 * "✓" all say the two sides are the same idea. An empty cell is no answer yet. VRAI / TRUE
 * are what a spreadsheet shows of a ticked box.
 */
export const ANSWER_WORDS: Readonly<Record<'same' | 'different', readonly string[]>> = {
  same: ['oui', 'o', 'yes', 'y', '1', 'x', '✓', '✔', 'meme', 'same', 'vrai', 'true'],
  different: ['non', 'n', 'no', '0', 'different', 'differente', 'differents', 'differentes', 'faux', 'false', '✗', '✘'],
};
