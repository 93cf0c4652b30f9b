/**
 * Readings of a contribution's words that depend on their neighbours: fixed phrases
 * (PHRASE_READINGS), a negated closure read as "maintenir" (KEEP_OPEN), a negated "avoir" or
 * "trouver" read as a lack (LACK), and "ne … plus" read as a negation rather than "more".
 * Applied to lower-case words before stop-words and stems.
 */
import { KEEP_OPEN, LACK, PHRASE_READINGS } from '../vocabulary/fr.js';

type Stem = (word: string) => string;

const PHRASES = PHRASE_READINGS.map(({ phrase, reading }) => ({ words: phrase.split(' '), reading: reading ? [reading] : [] }));
const KEEP_CUES = new Set(KEEP_OPEN.cues);
const LACK_VERBS = new Set(LACK.verbs);
const LACK_NEGATIONS = new Set(LACK.negations);
// An infinitive or a present participle after "sans" makes it "without doing", not a lack.
const VERB_FORM = /(?:er|ir|re|ant)$/u;

/** The words with each reading applied, in a new list. */
export function readPhrases(input: readonly string[], stem: Stem, closures: ReadonlySet<string>): string[] {
  let list = replacePhrases(input);
  list = keepOpen(list, stem, closures);
  list = lack(list);
  // "Ne … plus" is a negation ("ne veulent plus"), not "more".
  for (let i = 0; i < list.length; i++) {
    if (list[i] === 'ne') for (let j = i + 1; j < Math.min(list.length, i + 4); j++) if (list[j] === 'plus') list[j] = 'pas';
  }
  return list;
}

function replacePhrases(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; ) {
    const found = PHRASES.find(({ words }) => words.every((w, k) => list[i + k] === w));
    if (found) {
      out.push(...found.reading);
      i += found.words.length;
    } else out.push(list[i++]!);
  }
  return out;
}

/** "Ne pas fermer", "non à la fermeture": the closure word reads KEEP_OPEN.reading, the cues go. */
function keepOpen(list: string[], stem: Stem, closures: ReadonlySet<string>): string[] {
  const out = [...list];
  for (let i = 0; i < out.length; i++) {
    if (!closures.has(stem(out[i]!))) continue;
    const from = Math.max(0, i - 3);
    const before = out.slice(from, i);
    if (!before.some((w) => KEEP_CUES.has(w))) continue;
    const kept = before.filter((w) => !KEEP_CUES.has(w));
    out.splice(from, i - from + 1, ...kept, KEEP_OPEN.reading);
    i = from + kept.length;
  }
  return out;
}

/**
 * "N'ont pas de", "ne trouvent plus de", "sans médecin", "pas de transport": a lack. "Sans"
 * before a verb ("sans passer par le médecin") and a negation inside a relative clause ("les
 * médecins qui ne veulent pas exercer en libéral") qualify a detail, not the contribution: those
 * negation words go.
 */
function lack(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const next = list[i + 1];
    if (word === 'sans' && next !== undefined) {
      if (!VERB_FORM.test(next)) out.push(LACK.reading);
      continue;
    }
    if (word === 'ne') {
      // ne [y] VERB NEGATION: "ne ont pas", "ne y a plus", "ne trouvent aucun"
      let j = i + 1;
      while (j < list.length && j <= i + 2 && LACK_VERBS.has(list[j]!)) j++;
      if (j > i + 1 && j < list.length && LACK_NEGATIONS.has(list[j]!)) {
        out.push(LACK.reading);
        i = j;
        continue;
      }
      if (list[i - 1] === 'qui') {
        // Drop "ne" and its "pas" / "plus" within the relative clause.
        const end = list.findIndex((w, k) => k > i && k <= i + 3 && LACK_NEGATIONS.has(w));
        if (end > 0) list = [...list.slice(0, end), ...list.slice(end + 1)];
        continue;
      }
    }
    // "Pas de X" without "ne" before it is a lack.
    if (word === 'pas' && next === 'de' && !list.slice(Math.max(0, i - 3), i).includes('ne')) {
      out.push(LACK.reading);
      i++;
      continue;
    }
    out.push(word);
  }
  return out;
}
