#!/usr/bin/env node
// Build step: the French verbs of the Lefff (french-verbs-lefff, 6.3 MB of conjugations) reduced
// to conjugation patterns, about 0.2 MB, read by src/vocabulary/verbs.ts in a few milliseconds.
// src/vocabulary/verbs-data.ts makes the same reduction from the package where this file is
// absent (tests run from the TypeScript sources). The data stays under the LGPL-LR, whose text
// ships beside it in vocabulary/LICENSE-lefff.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { readConjugations, reduceConjugations } = await import(new URL('../dist/vocabulary/verbs-data.js', import.meta.url).href);
mkdirSync(`${root}dist/vocabulary`, { recursive: true });
writeFileSync(`${root}dist/vocabulary/verbs.json`, JSON.stringify(reduceConjugations(...readConjugations())));

// The verb forms dedupe reads as their infinitive (src/dedupe/lemmas.ts), listed once here
// rather than looked up word by word in every thread.
const { buildVerbLemmas } = await import(new URL('../dist/dedupe/lemmas.js', import.meta.url).href);
mkdirSync(`${root}dist/dedupe`, { recursive: true });
writeFileSync(`${root}dist/dedupe/verb-lemmas.json`, JSON.stringify(buildVerbLemmas()));
