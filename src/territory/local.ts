/**
 * Communes of a known département named without a locative cue: "Bergerac a été la première",
 * "les praticiens de Vergt", "une habitante d'Hornoy-le-Bourg". Plain "de" and a bare
 * capitalised name are far too common to trust across France (src/territory/mentions.ts leaves
 * them out), but in a document already placed in a département a capitalised name that is one
 * of its communes, and only one, is that commune: the département's own name is what makes the
 * reading safe, so nothing outside it is ever returned. A place reached by a journey ("une
 * navette vers les cabinets de Soisy") is where people go, not where they speak from, and the
 * home of a structure with a branch here ("une antenne du centre de santé de Verdun") is not here.
 */
import type { Territory } from '../types/record.js';
import { PERSON_TITLES } from '../vocabulary/fr-prose.js';
import { endsAwayFrom, endsInBranch } from '../vocabulary/match.js';
import { escapeRegExp } from '../text/regexp.js';
import { normalizePlaceName } from './normalize.js';
import { resolveNormalized } from './resolve.js';
import { withinOf } from './contain.js';

/** A commune found in a text, with where its name stands. */
export interface LocalCommune {
  phrase: string;
  index: number;
  territory: Territory;
}

const PARTICLE = '(?:sur|sous|en|lès|lez|le|la|les|de|du|des)';
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}'’]+)*";
// Capitalised words, hyphens joining any word ("Saint-Pierre-lès-Nemours"), particles between ("Bar le Duc").
const RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(?:[dl]['’])?(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD})*)`, 'gu');
const ONLY_PARTICLE = new RegExp(`^${PARTICLE}$`, 'u');
const AFTER_TITLE = new RegExp(`(?:^|[\\s(])(?:${PERSON_TITLES.map(escapeRegExp).join('|')})\\s*$`, 'u');

/**
 * The communes of département `departement` the text names by a capitalised name alone, in
 * the text's order. A name after a person's title ("Dr Martin"), an acronym, or a name that
 * several of the département's communes share is left out.
 */
export function findLocalCommunes(text: string, departement: string): LocalCommune[] {
  const found: LocalCommune[] = [];
  for (const run of text.matchAll(RUN)) {
    const phrase = run[1]!;
    const start = run.index + run[0].length - phrase.length;
    if (AFTER_TITLE.test(text.slice(Math.max(0, start - 16), start)) || endsAwayFrom(text.slice(0, start)) || endsInBranch(text.slice(0, start))) continue;
    const words = phrase.split(/\s+/);
    // Longest prefix first: "Vergt Santé" is Vergt.
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      // A name may not end on a particle; a run in capitals is an acronym ("ARS"), not a commune.
      if (ONLY_PARTICLE.test(words[n - 1]!) || !/\p{Ll}/u.test(name)) continue;
      const resolution = resolveNormalized(normalizePlaceName(name), 'commune', { departement });
      if (resolution.status === 'unknown') continue;
      if (resolution.status === 'found' && resolution.territory.level === 'commune' && withinOf(resolution.territory)?.departement === departement) {
        found.push({ phrase: name, index: start, territory: resolution.territory });
      }
      break;
    }
  }
  return found;
}
