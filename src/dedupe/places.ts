/**
 * Local detail: "… notamment à Bar-le-Duc", "les habitants de Sedan", "comme à Marie-Galante".
 * A place named in a contribution situates it; it does not change the idea, so it is left out
 * of the comparison (the record keeps it in its text and territory).
 */
import { resolveName } from '../territory/index.js';
import { LOCAL_DETAIL_MARKERS, PLACE_PREPOSITIONS } from '../vocabulary/fr.js';

const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');

// A capitalised name, hyphenated parts and particles allowed ("Saint-Dié-des-Vosges",
// "Saint-Jean-d'Angély", "Bar le Duc"); a particle must end where a word ends ("des", not "de").
const PART = "\\p{Lu}[\\p{Ll}'’]+";
const NAME = `${PART}(?:[-\\s](?:${PART}|(?:sur|sous|les|lès|le|la|des|de|du|en)(?![\\p{L}'’])|[dl]['’]${PART}))*`;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const PREPOSITION = `(?:${alternatives(PLACE_PREPOSITIONS)})`;
// After a marker of local detail, any capitalised name goes, with the marker and preposition.
const DETAIL = new RegExp(`(?:,\\s*|(?<!\\s)\\s+)?${BEFORE}(?:${alternatives(LOCAL_DETAIL_MARKERS)})\\s+(?:${PREPOSITION}\\s*)?(${NAME})`, 'gu');
// Elsewhere, a name after a preposition goes only when it is a place we know.
const PLACE = new RegExp(`${BEFORE}${PREPOSITION}\\s*(${NAME})`, 'gu');

/** The text without the place names it mentions as local detail or after a preposition. */
export function withoutPlaces(text: string): string {
  return text.replace(DETAIL, ' ').replace(PLACE, (whole, name: string) => {
    const trimmed = name.replace(/[-\s](?:sur|sous|le|la|les|de|du|des|en|lès)$/u, '');
    return resolveName(trimmed).status === 'unknown' ? whole : ' ';
  });
}
