/**
 * Questionnaires reported question by question ("Question 7 – Selon vous, que devrait faire la
 * commune ?" then the free answers): the question says what its answers are, and answers that
 * say nothing ("Aucune", "RAS", "Merci !") are no records. Words come from the vocabulary.
 */
import { fold } from '../text/fold.js';
import type { Kind } from '../types/record.js';
import { NON_ANSWERS, NOTHING_ANSWERS, SURVEY_ADDRESS, SURVEY_ASKS, THANKS_WORDS } from '../vocabulary/fr-prose.js';
import { foldedWords as words } from '../text/regexp.js';

const ADDRESS = new RegExp(`(?:^|[\\s'-])${words(SURVEY_ADDRESS)}(?![\\p{L}])`, 'u');
const ASKS = SURVEY_ASKS.map(({ kind, words: said }) => ({ kind, regex: new RegExp(`(?<![\\p{L}])${words(said)}(?![\\p{L}])`, 'u') }));
const NON_ANSWER = new RegExp(`^${words([...NOTHING_ANSWERS, ...NON_ANSWERS])}(?![\\p{L}])`, 'u');
const NOTHING = new RegExp(`^${words(NOTHING_ANSWERS)}\\s*,`, 'u');
const THANKS = new RegExp(`^${words(THANKS_WORDS)}(?![\\p{L}])`, 'u');
/** "Je ne sais pas, le bus peut-être": a non-answer goes on for a few words at most. */
const MAX_NON_ANSWER_WORDS = 5;

/**
 * The kind of the answers to a question put to the reader ("… avez-vous rencontrées ?" gives
 * remarks, "… que devrait faire la commune ?" proposals), or null for a question that is none.
 */
export function surveyKind(folded: string): Kind | null {
  const question = folded.trim();
  if (!/\?$/.test(question) || !ADDRESS.test(question)) return null;
  return ASKS.find(({ regex }) => regex.test(question))?.kind ?? 'observation';
}

/** An answer that says nothing, or only thanks: "Aucune", "RAS, j'ai gardé mon médecin", "Merci de vous battre pour ça." */
export function saysNothing(text: string): boolean {
  const folded = fold(text.trim()).replace(/(?<![.!…])[.!…]+$/, '');
  if (THANKS.test(folded)) return true;
  return NOTHING.test(folded) || (NON_ANSWER.test(folded) && folded.split(/\s+/).length <= MAX_NON_ANSWER_WORDS);
}
