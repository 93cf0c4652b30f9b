/** Which territories hold which: a commune is in its département, which is in its région. */
import type { Territory } from '../types/record.js';
import { cityOfArrondissement } from './arrondissements.js';
import { areaData, communeData } from './data.js';
import type { Within } from './resolve.js';

/** The areas around a territory, itself included: its commune (or city, for an arrondissement), département and région codes. */
interface Around {
  communes: string[];
  departement: string | null;
  region: string | null;
}

function around(t: Territory): Around {
  if (t.level === 'national') return { communes: [], departement: null, region: null };
  if (t.level === 'region') return { communes: [], departement: null, region: t.code };
  if (t.level === 'departement') {
    return { communes: [], departement: t.code, region: areaData().departements.byCode.get(t.code)?.region ?? null };
  }
  const city = cityOfArrondissement(t.code);
  const entry = communeData().byCode.get(city ? city.commune : t.code);
  return { communes: city ? [t.code, city.commune] : [t.code], departement: entry?.departement ?? null, region: entry?.region ?? null };
}

/**
 * The code of the département a commune or département lies in, read off its INSEE code (two
 * characters, three overseas: 55502, 2A004, 97105), which spares loading the 35,000 communes
 * (0.6 s); null for a région or France. An overseas collectivity's communes give its code (975).
 */
export function departementCodeOf(t: Territory): string | null {
  if (t.level === 'departement') return t.code;
  if (t.level !== 'commune') return null;
  return t.code.slice(0, t.code.startsWith('97') ? 3 : 2);
}

/** The département and région a territory lies in, for choosing among same-named communes. */
export function withinOf(t: Territory | null): Within | undefined {
  if (!t || t.level === 'national') return undefined;
  const { departement, region } = around(t);
  return { ...(departement ? { departement } : {}), ...(region ? { region } : {}) };
}

/** Whether `outer` holds `inner` (a territory holds itself; France holds every one). */
export function contains(outer: Territory, inner: Territory): boolean {
  if (outer.level === 'national') return true;
  const a = around(inner);
  if (outer.level === 'region') return a.region === outer.code;
  if (outer.level === 'departement') return a.departement === outer.code;
  return a.communes.includes(outer.code);
}

/**
 * The smallest area that holds every one of the territories when they share a commune, a
 * département or a région; null when they share none of these (France is never the answer), or
 * when there are none.
 */
export function commonArea(territories: readonly Territory[]): Territory | null {
  const places = territories.filter((t) => t.level !== 'national');
  if (places.length === 0) return null;
  const all = (outer: Territory): boolean => places.every((t) => contains(outer, t));
  // The territories themselves first, smallest level first: "Paris" holds "Paris 11e".
  const order: Territory['level'][] = ['commune', 'departement', 'region'];
  for (const level of order) {
    const own = places.find((t) => t.level === level && all(t));
    if (own) return { ...own };
    const first = around(places[0]!);
    const code = level === 'departement' ? first.departement : level === 'region' ? first.region : first.communes.at(-1);
    if (!code) continue;
    const candidate = areaTerritory(level, code);
    if (candidate && all(candidate)) return candidate;
  }
  return null;
}

/**
 * The département that holds nearly all of the territories (communes and départements) when
 * they share none: a radio debate about the Indre whose caller's doctor "left for Poitiers".
 * Null unless at least `min` places are named and the département holds `share` of them.
 */
export function mainDepartement(territories: readonly Territory[], min: number, share: number): Territory | null {
  const local = territories.filter((t) => t.level === 'commune' || t.level === 'departement');
  if (local.length < min) return null;
  const counts = new Map<string, number>();
  for (const t of local) {
    const code = around(t).departement;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return code && count >= local.length * share ? areaTerritory('departement', code) : null;
}

function areaTerritory(level: Territory['level'], code: string): Territory | null {
  const entry =
    level === 'departement'
      ? areaData().departements.byCode.get(code)
      : level === 'region'
        ? areaData().regions.byCode.get(code)
        : communeData().byCode.get(code);
  return entry ? { ...entry.territory } : null;
}
