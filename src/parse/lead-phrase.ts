/**
 * A paragraph opened by a phrase that names what it is about, then tells it: "Un cabinet équipé à
 * la maison de santé de Lessay. La communauté de communes y a aménagé un cabinet meublé …". In a
 * press release or a plan page the phrase is the measure (written in bold, a weight plain text and
 * PDF lose) and the sentences after it are its description.
 */
import { fold } from '../text/fold.js';
import { infinitivesOf } from '../vocabulary/verbs.js';
import { sentences } from './sentences.js';

/** A lead phrase is short. */
const MAX_PHRASE_WORDS = 16;
const MIN_PHRASE_WORDS = 3;
/** Finite forms of the third persons: a phrase holding one is a sentence, not a title. */
const FINITE = ['P3', 'P6', 'I3', 'I6', 'J3', 'J6', 'F3', 'F6', 'C3', 'C6'];
/** After one of these a word is a noun, whatever verb shares its spelling ("une place", "l'aide"). */
const DETERMINER = /^(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|chaque)$/;

/** The phrase that opens a paragraph of several sentences and the description after it, or null. */
export function leadPhrase(text: string): { phrase: string; description: string } | null {
  const parts = sentences(text);
  if (parts.length < 2) return null;
  const phrase = parts[0]!.text;
  if (/[?!:;]\s*$/.test(phrase)) return null;
  // Accents kept: "équipé" is a participle, "équipe" a verb.
  const words = phrase.toLowerCase().replace(/’/g, "'").replace(/(?<![.…])[.…]+$/, '').split(/\s+/);
  if (words.length < MIN_PHRASE_WORDS || words.length > MAX_PHRASE_WORDS) return null;
  const verb = words.some((word, i) => {
    const bare = word.replace(/^\p{L}+'/u, '').replace(/[^\p{L}-]/gu, '');
    const before = i > 0 ? fold(words[i - 1]!.replace(/[^\p{L}']/gu, '')) : '';
    const elided = fold(/^\p{L}+'/u.exec(word)?.[0] ?? '');
    return bare.length > 2 && !DETERMINER.test(before) && !DETERMINER.test(elided) && infinitivesOf(bare, FINITE, true).length > 0;
  });
  return verb ? null : { phrase, description: text.slice(parts[1]!.offset).trim() };
}
