/**
 * What a list item's form says about it, from its first words alone: an action to take (an
 * infinitive or an action noun first: "Créer …", "Création de …" → a proposal) or a lack
 * (a shortage, a distance, a worsening: "Manque de …" → a need or a finding). The wording is
 * data in src/vocabulary/fr.ts; verb forms come from the Lefff (src/vocabulary/verbs.ts).
 */
import { fold } from '../text/fold.js';
import { memoize } from '../text/memo.js';
import {
  ACTION_LEAD_INS,
  ACTION_NOUN_ENDINGS,
  ACTION_PHRASES,
  LACK_OPENERS,
  NOT_ACTION_NOUNS,
  NOUN_INFINITIVES,
} from '../vocabulary/fr.js';
import { LEADING_MARKUP, NUMBERING_PREFIX, termSource } from '../vocabulary/match.js';
import { infinitivesOf } from '../vocabulary/verbs.js';

/** What an item's form says: an action (→ proposal) or a lack (→ need or finding), and the word that said it. */
export interface ItemForm {
  form: 'action' | 'lack';
  /** An infinitive as the Lefff spells it ("créer"), a phrase as the vocabulary writes it ("mise en place", "manque"), or an action noun in lower case ("création"). */
  word: string;
}

/** Regex source for a phrase at the start of folded words: "de" also reads d', du, des; "à" also au, aux. */
function openerSource(phrase: string): string {
  return fold(phrase)
    .split(' ')
    .map((word) => {
      if (word === 'de') return "(?:de |d'|du |des )";
      if (word === 'a') return '(?:a|au|aux) ';
      return `${termSource(word)}(?: |$)`;
    })
    .join('');
}

/** Phrases compiled longest first, so a phrase wins over a shorter one it starts with. */
function compile(phrases: readonly string[]): { phrase: string; regex: RegExp }[] {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => ({ phrase, regex: new RegExp(`^${openerSource(phrase)}`) }));
}

const lackOpeners = compile(LACK_OPENERS);
const actionPhrases = compile(ACTION_PHRASES);
const leadIns = compile(ACTION_LEAD_INS);
const nounInfinitives = new Set(NOUN_INFINITIVES.map(fold));
const notActionNouns = new Set(NOT_ACTION_NOUNS.map(fold));
const MAX_LEAD_INS = 4;

/** The item's words in lower case, after list marks, numbering, quotes, emphasis and emoji. */
function firstWords(text: string): string[] {
  const lower = text.normalize('NFC').replace(/[’‘ʼ]/g, "'").toLowerCase();
  const start = lower.replace(LEADING_MARKUP, '').replace(/^[^\p{L}\p{N}]+/u, '').replace(NUMBERING_PREFIX, '');
  return start.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu)?.slice(0, 12) ?? [];
}

/** The first phrase the words open with, and how many words it takes. */
function matchAt(words: readonly string[], openers: ReturnType<typeof compile>): { phrase: string; length: number } | null {
  const folded = fold(words.join(' '));
  for (const { phrase, regex } of openers) {
    const m = regex.exec(folded);
    if (m) return { phrase, length: m[0].trim().split(' ').length };
  }
  return null;
}

/** The infinitive a word is, in its dictionary spelling, or null. */
const infinitive = (word: string): string | null => infinitivesOf(word, ['W'])[0] ?? null;

/** "Ne pas fermer", "Mieux les accompagner": the first infinitive after at most a few lead-ins. */
function leadingInfinitive(words: readonly string[]): string | null {
  let at = 0;
  for (let skipped = 0; skipped <= MAX_LEAD_INS && at < words.length; skipped++) {
    const verb = infinitive(words[at]!);
    if (verb) {
      if (!nounInfinitives.has(fold(verb))) return verb;
      return leadingInfinitive(words.slice(at + 1)) && verb;
    }
    const lead = matchAt(words.slice(at), leadIns);
    if (!lead) return null;
    at += lead.length;
  }
  return null;
}

/** The verb an action noun is made from ("création" → "créer"), when the noun is one. */
function actionNounVerb(noun: string): string | null {
  if (notActionNouns.has(fold(noun))) return null;
  const accented = fold(noun) !== noun;
  for (const { noun: ending, verb: verbEnding } of ACTION_NOUN_ENDINGS) {
    if (!noun.endsWith(ending) || noun.length <= ending.length + 1) continue;
    const candidate = noun.slice(0, -ending.length) + verbEnding;
    // A noun written with its accents must give the infinitive as written: "ménage" is not "mener".
    const verb = infinitivesOf(candidate, ['W']).find((v) => !accented || v === candidate);
    if (verb) return verb;
  }
  return null;
}

/**
 * Whether a list item is an action or a lack from its first words, or null when its form does
 * not tell ("Le centre de santé de Bar-le-Duc", "Des délais trop longs").
 */
export const itemForm = memoize((text: string): Readonly<ItemForm> | null => {
  const words = firstWords(text);
  if (!words.length) return null;
  const lack = matchAt(words, lackOpeners);
  if (lack) return { form: 'lack', word: lack.phrase };
  const phrase = matchAt(words, actionPhrases);
  if (phrase) return { form: 'action', word: phrase.phrase };
  const verb = leadingInfinitive(words);
  if (verb) return { form: 'action', word: verb };
  return actionNounVerb(words[0]!) ? { form: 'action', word: words[0]! } : null;
});
