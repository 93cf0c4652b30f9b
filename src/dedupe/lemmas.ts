/**
 * Verb lemmas for dedupe: the forms of a Lefff verb that Snowball stems away from their
 * infinitive ("mise" / mettre, "ouvert" / ouvrir, "fait" / faire), each with the infinitive it is
 * read as. Of the Lefff's 300,000 forms, about 11,000 are such; the build step
 * (scripts/build-verbs.mjs) lists them in dist/dedupe/verb-lemmas.json (0.3 MB), which each
 * thread reads once as a map: looking every word up in the conjugation patterns cost about
 * 0.1 ms a word, and each worker thread would have paid it again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readVerbData } from '../vocabulary/verbs-data.js';
import { infinitivesOf } from '../vocabulary/verbs.js';
import { fold } from '../text/fold.js';

const require = createRequire(import.meta.url);
const { newStemmer } = require('snowball-stemmers') as typeof import('snowball-stemmers');
const stemmer = newStemmer('french');

/**
 * Stems are cut to six letters after Snowball: derived words it leaves apart ("salariat" /
 * "salarié", "régulation" / "réguler") and words typed without accents, which it stems
 * differently ("collectivites" / "collectivités"), then meet. Measured on fixtures/dedup:
 * pairwise F1 0.43 → 0.47 at the same precision (bench/dedupe-quality.mjs).
 */
const STEM_LENGTH = 6;

/** Snowball stem of a lower-case accented word, accents then folded (the stemmer needs them), cut to six letters. */
export function plainStem(word: string): string {
  return stemmer.stem(word).normalize('NFD').replace(/\p{M}+/gu, '').replace(/œ/g, 'oe').slice(0, STEM_LENGTH).replace(/(?<=..)e$/, '');
}

/** The forms whose plain stem differs from their infinitive's, each with the infinitive it is read as (irregular verbs first). */
export function buildVerbLemmas(): [string, string][] {
  const data = readVerbData();
  const forms = new Set<string>();
  data.infinitives.forEach((infinitive, verb) => {
    const endings = data.patterns[data.pattern[verb]!]!;
    const base = infinitive.slice(0, infinitive.length - endings[0]!.length);
    const target = plainStem(infinitive);
    for (const ending of endings) {
      if (ending === null) continue;
      const form = base + ending;
      if (!forms.has(form) && plainStem(form) !== target) forms.add(form);
    }
  });
  const table: [string, string][] = [];
  for (const form of [...forms].sort()) {
    const infinitive = infinitivesOf(form)[0];
    if (infinitive && plainStem(infinitive) !== plainStem(form)) table.push([form, infinitive]);
  }
  return table;
}

let lemmas: Map<string, string> | null | undefined;

/** The built table as a map, the folded forms too; null when running from the sources. */
function table(): Map<string, string> | null {
  if (lemmas === undefined) {
    const built = new URL('./verb-lemmas.json', import.meta.url);
    lemmas = null;
    if (existsSync(built)) {
      lemmas = new Map(JSON.parse(readFileSync(built, 'utf8')) as [string, string][]);
      for (const [form, infinitive] of [...lemmas]) if (!lemmas.has(fold(form))) lemmas.set(fold(form), infinitive);
    }
  }
  return lemmas;
}

/** The infinitive a verb form is read as when Snowball would leave it apart from it, else undefined. */
export function verbLemma(word: string): string | undefined {
  const map = table();
  if (map) return map.get(word);
  // From the sources (tests): the same answer, found in the conjugation patterns.
  const infinitive = infinitivesOf(word)[0];
  return infinitive && plainStem(infinitive) !== plainStem(word) ? infinitive : undefined;
}
