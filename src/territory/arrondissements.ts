/**
 * The municipal arrondissements of Paris, Lyon and Marseille, which INSEE codes as communes of
 * their own (75101–75120, 69381–69389, 13201–13216), and the ways documents name them: "Paris
 * 11e", "Paris (11e)", "Lyon 3ème", "le 8e arrondissement de Marseille", and "(11e)" alone in a
 * document about the city. Their codes follow from their numbers; a test checks them against
 * the official data, whose communes.json lists them as `arrondissement-municipal`.
 */
import type { Territory } from '../types/record.js';
import { ARRONDISSEMENT_WORD, ORDINAL_SUFFIXES } from '../vocabulary/fr.js';

/** A city divided into municipal arrondissements. */
export interface City {
  name: string;
  /** INSEE code of the whole commune. */
  commune: string;
  /** Code of its 1st arrondissement; the others follow. */
  first: number;
  count: number;
}

export const CITIES: readonly City[] = [
  { name: 'Paris', commune: '75056', first: 75101, count: 20 },
  { name: 'Lyon', commune: '69123', first: 69381, count: 9 },
  { name: 'Marseille', commune: '13055', first: 13201, count: 16 },
];

/** The n-th arrondissement of the city, named as the official data names it, or null. */
export function arrondissement(city: City, n: number): Territory | null {
  if (!Number.isInteger(n) || n < 1 || n > city.count) return null;
  return { level: 'commune', code: String(city.first + n - 1), name: `${city.name} ${n}${n === 1 ? 'er' : 'e'} Arrondissement` };
}

/** The city an arrondissement code belongs to, or null for any other code. */
export function cityOfArrondissement(code: string): City | null {
  const n = Number(code);
  return CITIES.find((c) => /^\d{5}$/.test(code) && n >= c.first && n < c.first + c.count) ?? null;
}

/**
 * The city a document's territory is: the commune, one of its arrondissements, or (for Paris,
 * which is a département of its own) the département 75.
 */
export function cityOf(territory: Territory | null): City | null {
  if (!territory) return null;
  if (territory.level === 'departement') return territory.code === '75' ? CITIES[0]! : null;
  if (territory.level !== 'commune') return null;
  return CITIES.find((c) => c.commune === territory.code) ?? cityOfArrondissement(territory.code);
}

/** An arrondissement named in a text. */
export interface ArrondissementMention {
  territory: Territory;
  /** As written ("Paris 11e", "(11e)"). */
  phrase: string;
  index: number;
  length: number;
}

const ORDINAL = `(\\d{1,2})\\s*(?:${[...ORDINAL_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`;
const CITY = `(${CITIES.map((c) => c.name).join('|')})`;
const WORD = ARRONDISSEMENT_WORD;
const CITY_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])${CITY}\\s*(?:\\(\\s*${ORDINAL}\\s*\\)|[-–]?\\s*${ORDINAL})(?:\\s+${WORD}s?\\b)?`, 'gu');
const NUMBER_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])${ORDINAL}\\s+${WORD}\\s+(?:de\\s+|d['’])?${CITY}(?![\\p{L}\\p{N}])`, 'giu');
// "(11e)", "11e arrondissement", and "dans le 11e" when no noun follows ("dans le 2e axe" is no place).
const BARE = new RegExp(`\\(\\s*${ORDINAL}\\s*\\)|(?<![\\p{L}\\p{N}])${ORDINAL}\\s+${WORD}(?![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])dans\\s+le\\s+)${ORDINAL}(?!\\s*[\\p{L}\\p{N}])`, 'giu');

/**
 * Arrondissements named with their city ("Paris 11e", "Paris (11e)", "le 3e arrondissement de
 * Lyon") and, when `city` is the document's city, alone ("(11e)", "le 11e arrondissement", "dans le 11e").
 * Numbers beyond the city's arrondissements are not read.
 */
export function findArrondissements(text: string, city: City | null = null): ArrondissementMention[] {
  const found: ArrondissementMention[] = [];
  const add = (m: RegExpMatchArray, named: City | null, number: string | undefined): void => {
    const territory = named && arrondissement(named, Number(number));
    const overlaps = found.some((f) => m.index! < f.index + f.length && f.index < m.index! + m[0].length);
    if (territory && !overlaps) found.push({ territory, phrase: m[0], index: m.index!, length: m[0].length });
  };
  const byName = (name: string): City | null => CITIES.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null;
  for (const m of text.matchAll(CITY_FIRST)) add(m, byName(m[1]!), m[2] ?? m[3]);
  for (const m of text.matchAll(NUMBER_FIRST)) if (/^\p{Lu}/u.test(m[2]!)) add(m, byName(m[2]!), m[1]);
  if (city) for (const m of text.matchAll(BARE)) add(m, city, m[1] ?? m[2] ?? m[3]);
  return found.sort((a, b) => a.index - b.index);
}
