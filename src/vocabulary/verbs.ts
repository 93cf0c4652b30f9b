/**
 * French verbs: which words are infinitives, which infinitive a conjugated form belongs to, and
 * every form of a verb. The forms come from the Lefff (src/vocabulary/verbs-data.ts), never from
 * a list written by hand. Words are taken as written or folded, in any case; a reflexive or
 * elided pronoun before them ("se former", "s'appuyer", "l'améliorer") is left aside.
 */
import { fold } from '../text/fold.js';
import { ELISIONS } from './fr.js';
import { readVerbData, type VerbData } from './verbs-data.js';

interface VerbIndex {
  data: VerbData;
  /** Folded infinitive → its verbs ("pecher" → pécher, pêcher). */
  byFolded: Map<string, number[]>;
  /** Folded ending → the patterns that have it in some slot. */
  byEnding: Map<string, number[]>;
  /** How many verbs follow each pattern: the rarer, the more irregular, and irregular verbs are the common ones. */
  patternSizes: number[];
}

let index: VerbIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function load(): VerbIndex {
  const data = readVerbData();
  const byFolded = new Map<string, number[]>();
  const patternSizes = data.patterns.map(() => 0);
  data.infinitives.forEach((infinitive, verb) => {
    push(byFolded, data.folded[verb] || infinitive, verb);
    patternSizes[data.pattern[verb]!]!++;
  });
  const byEnding = new Map<string, number[]>();
  data.foldedPatterns.forEach((endings, pattern) => {
    for (const ending of new Set(endings)) if (ending !== null) push(byEnding, ending, pattern);
  });
  return { data, byFolded, byEnding, patternSizes };
}

const verbs = (): VerbIndex => (index ??= load());

const elided = new RegExp(`^(?:${ELISIONS.join('|')})'(?=\\p{L})`, 'u');

/** The word in lower case with straight apostrophes, without a reflexive or elided pronoun before it. */
function bareWord(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase()
    .trim()
    .replace(/^se\s+/, '')
    .replace(elided, '');
}

/** The verbs whose infinitive is the word, as written or else folded. */
function verbsNamed(word: string): number[] {
  const { data, byFolded } = verbs();
  const bare = bareWord(word);
  const named = byFolded.get(fold(bare)) ?? [];
  const exact = named.filter((verb) => data.infinitives[verb] === bare);
  return exact.length ? exact : named;
}

function stemOf(verb: number): string {
  const { data } = verbs();
  const infinitive = data.infinitives[verb]!;
  return infinitive.slice(0, infinitive.length - data.patterns[data.pattern[verb]!]![0]!.length);
}

/** The forms of one verb, one per slot of SLOTS (null where it has none), as written or folded. */
function slotForms(verb: number, folded = false): (string | null)[] {
  const { data } = verbs();
  const stem = folded ? fold(stemOf(verb)) : stemOf(verb);
  const endings = (folded ? data.foldedPatterns : data.patterns)[data.pattern[verb]!]!;
  return endings.map((ending) => (ending === null ? null : stem + ending));
}

/** True when the word is a French infinitive ("Créer", "creer", "se former", "s'appuyer"). */
export function isInfinitive(word: string): boolean {
  return verbsNamed(word).length > 0;
}

/**
 * The infinitives a form belongs to ("proposées" → proposer, "faudrait" → falloir), irregular
 * verbs first ("mise" → mettre, miser). A form typed without its accents finds the verbs of every
 * accented spelling. With `slots` (names from SLOTS, such as "Y4"), only verbs where the form
 * fills one of those slots. With `asWritten`, only verbs that have the form with its accents as
 * written ("équipé" is no present of équiper).
 */
export function infinitivesOf(form: string, slots?: readonly string[], asWritten = false): string[] {
  const { data, byEnding, byFolded, patternSizes } = verbs();
  const bare = bareWord(form);
  const folded = fold(bare);
  const wanted = slots && new Set(slots.map((slot) => data.slots.indexOf(slot)));
  const fills = (forms: readonly (string | null)[], form: string): boolean =>
    forms.some((f, slot) => f === form && (!wanted || wanted.has(slot)));
  const found = new Set<number>();
  for (let cut = 0; cut <= folded.length; cut++) {
    for (const pattern of byEnding.get(folded.slice(cut)) ?? []) {
      const infinitive = folded.slice(0, cut) + data.foldedPatterns[pattern]![0];
      for (const verb of byFolded.get(infinitive) ?? []) {
        if (data.pattern[verb] === pattern && fills(slotForms(verb, true), folded)) found.add(verb);
      }
    }
  }
  const exact = [...found].filter((verb) => fills(slotForms(verb), bare));
  return (exact.length || asWritten ? exact : [...found])
    .sort((a, b) => patternSizes[data.pattern[a]!]! - patternSizes[data.pattern[b]!]! || a - b)
    .map((verb) => data.infinitives[verb]!);
}

/** Every form of a verb, its infinitive first: the present, past and future, subjunctive, imperative and participles. */
export function formsOf(infinitive: string): string[] {
  const forms = new Set<string>();
  for (const verb of verbsNamed(infinitive)) for (const form of slotForms(verb)) if (form !== null) forms.add(form);
  return [...forms];
}
