/**
 * French verb forms from the Lefff (through the french-verbs-lefff package), reduced to
 * conjugation patterns. The package holds 7,800 verbs × 54 forms (6.3 MB of JSON); most verbs
 * share their endings with hundreds of others, so each verb is kept as its infinitive and the
 * number of a pattern: the endings that follow its stem (what all its forms have in common),
 * one per slot. 135 patterns cover every verb without loss, in about 0.2 MB.
 * scripts/build-verbs.mjs writes the reduction into dist/; running from the TypeScript sources
 * (tests), it is made from the package at first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../text/fold.js';

/** The package's tenses in slot order, with their number of forms (persons, or participle genders and numbers). */
const TENSES = [
  ['P', 6], // present
  ['S', 6], // present subjunctive
  ['Y', 6], // imperative (1st and 3rd persons empty)
  ['I', 6], // imperfect
  ['G', 1], // present participle
  ['K', 4], // past participle: ms, mp, fs, fp
  ['J', 6], // simple past
  ['T', 6], // imperfect subjunctive
  ['F', 6], // future
  ['C', 6], // conditional
] as const;

/** Slot names in the order of a pattern's endings: "W" the infinitive, then "P1" (present, 1st person) … "C6". */
export const SLOTS: readonly string[] = ['W', ...TENSES.flatMap(([tense, n]) => Array.from({ length: n }, (_, i) => `${tense}${i + 1}`))];

/** The reduced verb data, as written to dist/vocabulary/verbs.json. */
export interface VerbData {
  source: string;
  license: string;
  slots: readonly string[];
  /** Per pattern, one ending per slot, the infinitive's first (null where the verb has no such form). */
  patterns: readonly (readonly (string | null)[])[];
  /** The same endings folded (see src/text/fold.ts), so that loading folds nothing. */
  foldedPatterns: readonly (readonly (string | null)[])[];
  /** Infinitives, lower case with accents. */
  infinitives: readonly string[];
  /** Each infinitive folded (see src/text/fold.ts), or "" where folding leaves it unchanged. */
  folded: readonly string[];
  /** Each infinitive's pattern. */
  pattern: readonly number[];
}

type Conjugations = Record<string, Partial<Record<string, readonly (string | null)[]>>>;

const PACKAGE = 'french-verbs-lefff';

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Reduces the package's conjugations to patterns; the build step writes the same. */
export function reduceConjugations(raw: Conjugations, version: string): VerbData {
  const patterns = new Map<string, number>();
  const data: VerbData = {
    source: `${PACKAGE} ${version} (the Lefff, Benoît Sagot, Inria)`,
    license: 'LGPL-LR (Lesser General Public License For Linguistic Resources): vocabulary/LICENSE-lefff',
    slots: SLOTS,
    patterns: [],
    foldedPatterns: [],
    infinitives: [],
    folded: [],
    pattern: [],
  };
  // Keys are infinitives; the package has one stray key ("uwSe") that is not.
  for (const infinitive of Object.keys(raw).filter((k) => /^[\p{Ll}-]+$/u.test(k)).sort()) {
    const forms = TENSES.flatMap(([tense, n]) =>
      Array.from({ length: n }, (_, i) => {
        const form = raw[infinitive]![tense]?.[i];
        return form && form !== 'NA' ? form : null;
      }),
    );
    const stem = forms.reduce<string>((prefix, form) => (form === null ? prefix : commonPrefix(prefix, form)), infinitive);
    const endings = [infinitive.slice(stem.length), ...forms.map((form) => (form === null ? null : form.slice(stem.length)))];
    const key = JSON.stringify(endings);
    let index = patterns.get(key);
    if (index === undefined) {
      index = patterns.size;
      patterns.set(key, index);
      (data.patterns as (string | null)[][]).push(endings);
      (data.foldedPatterns as (string | null)[][]).push(endings.map((e) => (e === null ? null : fold(e))));
    }
    (data.infinitives as string[]).push(infinitive);
    (data.folded as string[]).push(fold(infinitive) === infinitive ? '' : fold(infinitive));
    (data.pattern as number[]).push(index);
  }
  return data;
}

/** The reduced verb data: the built file, else reduced from the package (tests run from the sources). */
export function readVerbData(): VerbData {
  const built = new URL('./verbs.json', import.meta.url);
  if (existsSync(built)) return JSON.parse(readFileSync(built, 'utf8')) as VerbData;
  return reduceConjugations(...readConjugations());
}

/** The package's conjugations and version (for the build step and the fallback above). */
export function readConjugations(): [Conjugations, string] {
  const require = createRequire(import.meta.url);
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  return [JSON.parse(readFileSync(require.resolve(`${PACKAGE}/dist/conjugations.json`), 'utf8')) as Conjugations, version];
}
