#!/usr/bin/env node
// Derives vocabulary/action-nouns.fr.tsv: action nouns tied to their verbs (déploiement ↔
// déployer, création ↔ créer, ouverture ↔ ouvrir), which `dedupe` reads as the verb. No
// package links them, so each infinitive of the Lefff (french-verbs-lefff, reduced in
// dist/vocabulary/verbs.json) is given every suffix rule of ACTION_NOUN_RULES below, and a
// derived noun is kept only when the French thesaurus of LibreOffice (Debian's mythes-fr,
// /usr/share/mythes/th_fr_FR_v2.dat) has it as a noun: the rules propose, the thesaurus checks.
// Nouns that name a thing or a state rather than the action (NOT_ACTION_NOUNS) are left out.
// Only the pairs are written; nothing of the thesaurus's synonyms is. Run by hand after
// `npm run build`, with mythes-fr installed (`apt-get install mythes-fr`); the output is
// committed and never read from /usr at run time:
//   node scripts/build-action-nouns.mjs [path/to/th_fr_FR_v2.dat]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { ACTION_NOUN_RULES, NOT_ACTION_NOUNS } = await import(new URL('../dist/vocabulary/fr.js', import.meta.url).href);
const verbs = JSON.parse(readFileSync(`${root}dist/vocabulary/verbs.json`, 'utf8'));
const thesaurus = process.argv[2] ?? '/usr/share/mythes/th_fr_FR_v2.dat';

// The thesaurus: "word|n" then n lines "(Nom)|synonym|…"; a headword is a noun when one of its
// meanings is marked (Nom), and so is every synonym listed in such a meaning.
const lines = readFileSync(thesaurus, 'utf8').split('\n');
const nouns = new Set();
for (let i = 1; i < lines.length; i++) {
  const head = /^([^|(]+)\|(\d+)$/.exec(lines[i]);
  if (!head) continue;
  const n = Number(head[2]);
  for (const meaning of lines.slice(i + 1, i + 1 + n).filter((l) => l.startsWith('(Nom)'))) {
    nouns.add(head[1]);
    for (const word of meaning.split('|').slice(1)) nouns.add(word);
  }
  i += n;
}

const excluded = new Set(NOT_ACTION_NOUNS);
const pairs = new Map();
for (const infinitive of verbs.infinitives) {
  for (const { noun: nounEnding, verb: verbEnding } of ACTION_NOUN_RULES) {
    if (!infinitive.endsWith(verbEnding)) continue;
    const base = infinitive.slice(0, infinitive.length - verbEnding.length);
    if (base.length < 2) continue;
    const noun = base + nounEnding;
    if (!nouns.has(noun) || excluded.has(noun) || noun === infinitive) continue;
    // A noun two verbs would give ("formation": former, formationner) goes to the shorter verb.
    const known = pairs.get(noun);
    if (!known || infinitive.length < known.length) pairs.set(noun, infinitive);
  }
}
const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
writeFileSync(
  `${root}vocabulary/action-nouns.fr.tsv`,
  [
    '# Action nouns and their verbs (noun<TAB>infinitive), derived by scripts/build-action-nouns.mjs:',
    '# suffix rules (src/vocabulary/fr.ts, ACTION_NOUN_RULES) applied to the Lefff infinitives',
    '# (french-verbs-lefff, LGPL-LR, vocabulary/LICENSE-lefff), each noun checked against the nouns',
    '# of the mythes-fr thesaurus (LGPL-2.1+, vocabulary/LICENSE-mythes-fr). Do not edit by hand.',
    ...sorted.map(([noun, verb]) => `${noun}\t${verb}`),
    '',
  ].join('\n'),
);
console.error(`${sorted.length} action nouns from ${verbs.infinitives.length} verbs and ${nouns.size} thesaurus nouns`);
