/**
 * Every place a text names, wherever it stands: after a locative cue ("à Saint-Dizier", "dans
 * la Meuse"), after a territory's people or institutions ("les maires de l'Orne"), as a
 * municipal arrondissement ("Paris 11e") or in the name of an organisation numbered by its
 * département ("UDAF 53"). A place given as an example from elsewhere ("comme à Figeac") is
 * not one the text is about, and is left out.
 */
import type { Territory } from '../types/record.js';
import { endsAwayFrom, endsWithElsewhereMarker, findNumberedOrgs } from '../vocabulary/match.js';
import { cityOf, findArrondissements } from './arrondissements.js';
import { findPlaceMentions, PARTICLES, resolvePlaceMention } from './mentions.js';
import { resolveCode, type Resolution, type Within } from './resolve.js';

/** A place named in a text, resolved. */
export interface NamedPlace {
  /** As written ("Orne", "Paris 11e", "UDAF 53"). */
  phrase: string;
  index: number;
  resolution: Resolution;
}

/** Options for {@link findNamedPlaces}. */
export interface NamedOptions {
  /** Narrows names that several communes share (the document's département or région). */
  within?: Within;
  /** The document's territory: in a document about Paris, "(11e)" alone is the 11th arrondissement. */
  territory?: Territory | null;
}

/**
 * French puts "à" before a commune; "en" before a name that only communes bear is a natural
 * region ("en Bresse", "en Argonne"), not the commune of La Bresse.
 */
function onlyCommunes(resolution: Resolution): boolean {
  if (resolution.status === 'found') return resolution.territory.level === 'commune';
  return resolution.status === 'ambiguous' && resolution.candidates.every((t) => t.level === 'commune');
}

/** The places the text names, in its order; names that match nothing are left out. */
export function findNamedPlaces(text: string, options: NamedOptions = {}): NamedPlace[] {
  return namedIn(inCapitals(text) ? titleCased(text) : text, options).map((place) =>
    place.phrase === text.slice(place.index, place.index + place.phrase.length) ? place : { ...place, phrase: text.slice(place.index, place.index + place.phrase.length) },
  );
}

/** "COMMUNE DE LA CROIX-VALMER": a letterhead or a tract in capitals, with no word in lower case. */
function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}

/** Words that stay in lower case inside a French place name or before it. */
const LOWER_WORDS = new Set([...PARTICLES, 'à', 'au', 'aux', 'd', 'l', 'dans']);

/**
 * "COMMUNE DE LA CROIX-VALMER" → "Commune de la Croix-Valmer", "À FEURS DÈS CET ÉTÉ" → "À Feurs
 * dès cet été": letter for letter, so offsets stay. Only the first word, and the word after a
 * particle (with its hyphenated parts), keep a capital: a place's name stands there, and a run of
 * capitals would otherwise run on into the words after it.
 */
function titleCased(text: string): string {
  let previous = '';
  return text.replace(/\p{L}+(?:-\p{L}+)*/gu, (word, index: number) => {
    const lower = word.toLowerCase();
    if (lower.length !== word.length) return word;
    const opensText = text.slice(0, index).trim() === '';
    const afterParticle = LOWER_WORDS.has(previous) || /[dl]['’]\s*$/iu.test(text.slice(Math.max(0, index - 2), index));
    previous = lower;
    if (LOWER_WORDS.has(lower) && !opensText) return lower;
    if (!opensText && !afterParticle) return lower;
    return lower.split('-').map((part, i) => (i > 0 && LOWER_WORDS.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('-');
  });
}

function namedIn(text: string, options: NamedOptions): NamedPlace[] {
  const places: NamedPlace[] = [];
  const taken: { index: number; end: number }[] = [];
  const free = (index: number): boolean => !taken.some((t) => index >= t.index && index < t.end);
  const add = (phrase: string, index: number, length: number, resolution: Resolution): void => {
    if (endsWithElsewhereMarker(text.slice(0, index)) || endsAwayFrom(text.slice(0, index))) return;
    places.push({ phrase, index, resolution });
    taken.push({ index, end: index + length });
  };
  for (const a of findArrondissements(text, cityOf(options.territory ?? null))) {
    add(a.phrase, a.index, a.length, { status: 'found', territory: a.territory });
  }
  for (const org of findNumberedOrgs(text)) {
    const departement = resolveCode('departement', org.code);
    if (departement && free(org.index)) add(org.text, org.index, org.text.length, { status: 'found', territory: departement });
  }
  for (const mention of findPlaceMentions(text)) {
    if (!free(mention.index)) continue;
    const resolution = resolvePlaceMention(mention, { within: options.within });
    if (resolution.status === 'unknown' || (/^en$/i.test(mention.preposition) && onlyCommunes(resolution))) continue;
    add(mention.phrase, mention.index, mention.phrase.length, resolution);
  }
  return places.sort((a, b) => a.index - b.index);
}
