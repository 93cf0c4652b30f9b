import { fold } from './fold.js';

/** Text as a regular expression matches it literally: every character that means something there is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of words, folded and escaped, longest first: "(?:maison de sante|msp)". Each
 * once: two words that fold alike ("également", "egalement") under a repetition would let it
 * match one text in exponentially many ways.
 */
export function foldedWords(list: readonly string[]): string {
  return `(?:${[...new Set(list.map((w) => escapeRegExp(fold(w))))].sort((a, b) => b.length - a.length).join('|')})`;
}
