/**
 * Action nouns tied to their verbs ("création" → créer, "ouverture" → ouvrir), as derived by
 * scripts/build-action-nouns.mjs into vocabulary/action-nouns.fr.tsv (Lefff infinitives, suffix
 * rules, each noun checked against the mythes-fr thesaurus). About 2,500 pairs, 55 KB: read
 * once per thread at first use.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../text/fold.js';

let table: Map<string, string> | undefined;

/** Action noun (singular, lower case, accented) → its infinitive. */
export function actionNouns(): ReadonlyMap<string, string> {
  if (!table) {
    table = new Map();
    const text = readFileSync(new URL('../../vocabulary/action-nouns.fr.tsv', import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [noun, verb] = line.split('\t');
      if (!noun || !verb) continue;
      table.set(noun, verb);
      // Typed without accents ("creation"), the noun still names its verb, unless another noun folds the same.
      if (fold(noun) !== noun && !table.has(fold(noun))) table.set(fold(noun), verb);
    }
  }
  return table;
}

/** The verb an action noun names, singular or plural ("créations" → créer), or undefined. */
export function verbOfActionNoun(word: string): string | undefined {
  const nouns = actionNouns();
  return nouns.get(word) ?? (word.endsWith('s') ? nouns.get(word.slice(0, -1)) : undefined);
}
