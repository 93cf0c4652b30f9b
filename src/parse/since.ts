/**
 * Initiatives told by what has run since a time: "Depuis 2024, une infirmière formée à
 * l'hygiène bucco-dentaire réalise un bilan à l'entrée de chaque résident." The clause after the
 * time must state an action in the present: a negation ("Depuis 2003, Lure n'a plus de service
 * d'urgences"), a state ("… l'Indre compte 98 médecins") or a figure is a finding or background.
 */
import { fold } from '../text/fold.js';
import { infinitivesOf } from '../vocabulary/verbs.js';
import { MONTHS } from '../vocabulary/fr.js';
import { SINCE_TIME_WORDS, STATE_VERBS } from '../vocabulary/fr-prose.js';
import { foldedWords as words } from '../text/regexp.js';

/** "Depuis 2024, …", "Depuis le 3 novembre, …": the time, then the clause, after a comma. */
const SINCE = /^depuis\s+(?!que\b|qu')([^,]{2,50}),\s+(?!\s)(.*)$/u;
const TIME = new RegExp(`\\d|(?<![\\p{L}])${words([...SINCE_TIME_WORDS, ...MONTHS])}(?![\\p{L}])`, 'u');
const STATES = new Set(STATE_VERBS.map(fold));
const NEGATION = /(?:^|\s)(?:(?:ne|aucune?|personne|jamais|rien)(?:\s|$)|n')/u;
/** Present-tense slots of Lefff: je, il/elle, nous, ils/elles. */
const PRESENT = ['P1', 'P3', 'P4', 'P6'];
/** The clause's verb stands among its first words, after its subject. */
const VERB_REACH = 14;

/** Whether a sentence tells what has run since a time. */
export function runsSince(sentence: string): boolean {
  // Read folded for the words, as written for the verb: "équipé" is no present of équiper.
  const written = SINCE.exec(sentence.trim().toLowerCase().replace(/’/g, "'"));
  const since = written && SINCE.exec(fold(sentence.trim()));
  if (!written || !since || !TIME.test(since[1]!)) return false;
  if (NEGATION.test(since[2]!)) return false;
  for (const word of written[2]!.split(/\s+/).slice(0, VERB_REACH)) {
    const bare = word.replace(/^\p{L}+'/u, '').replace(/[^\p{L}-]/gu, '');
    if (bare.length < 3) continue;
    const verbs = infinitivesOf(bare, PRESENT, true);
    if (!verbs.length) continue;
    // The first present-tense verb is the clause's: an action runs, a state ("compte", "reste") describes.
    return !verbs.some((verb) => STATES.has(fold(verb)));
  }
  return false;
}
