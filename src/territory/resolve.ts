import type { Territory } from '../types/record.js';
import { type Entry, FRANCE, areaData, communeData, postalCodeData } from './data.js';
import { normalizePlaceName, stripArticle } from './normalize.js';

/** Outcome of a name lookup: one territory, several equally plausible ones, or none. */
export type Resolution =
  { status: 'found'; territory: Territory } | { status: 'ambiguous'; candidates: Territory[] } | { status: 'unknown' };

/** Outcome of a user-given spec: a {@link Resolution}, or an explicit code or level that does not exist. */
export type SpecResolution = Resolution | { status: 'invalid'; reason: string };

/** Context used to choose among communes that share a name. */
export interface Within {
  departement?: string;
  region?: string;
}

/** Options for {@link resolveName}. */
export interface ResolveNameOptions {
  /** Which reading wins when a name is both an area and a commune ("Vienne"); default 'area'. */
  prefer?: 'commune' | 'area';
  within?: Within;
}

type Level = Territory['level'];

const LEVEL_LABEL: Record<Level, string> = {
  commune: 'commune',
  departement: 'département',
  region: 'région',
  national: 'national territory',
};

const CODE_SHAPE: Record<Level, RegExp> = {
  commune: /^(?:\d{5}|2[AB]\d{3})$/i,
  departement: /^(?:\d{2,3}|2[AB])$/i,
  region: /^\d{2,3}$/,
  national: /^FR$/i,
};

/** The territory with this INSEE code at this level, or null; letters are case-insensitive ("2a" = "2A"). */
export function resolveCode(level: Level, code: string): Territory | null {
  const c = code.trim().toUpperCase();
  const entry =
    level === 'commune'
      ? communeData().byCode.get(c)
      : level === 'departement'
        ? areaData().departements.byCode.get(c)
        : level === 'region'
          ? areaData().regions.byCode.get(c)
          : areaData().national.byCode.get(c);
  return entry ? { ...entry.territory } : null;
}

/** Resolve a place name (accents, case, hyphens and "St" abbreviations ignored) to a territory. */
export function resolveName(name: string, options: ResolveNameOptions = {}): Resolution {
  return resolveNormalized(normalizePlaceName(name), options.prefer ?? 'area', options.within);
}

/**
 * Core lookup on an already normalized name. Exact names are tried before article-less ones
 * ("puy en velay" → Le Puy-en-Velay), so "Le Pin" never drifts to "Pin".
 */
export function resolveNormalized(
  key: string,
  prefer: 'commune' | 'area',
  within?: Within,
  allowCommunes = true,
): Resolution {
  if (key === '') return { status: 'unknown' };
  for (const bare of [false, true]) {
    const k = bare ? stripArticle(key) : key;
    const areas = areaMatches(k, bare);
    // Checked before touching communes so area lookups never load communes.json.
    if (prefer === 'area' && areas.length > 0) return pickArea(areas);
    const communes = allowCommunes ? communeMatches(k, bare) : [];
    let result: Resolution;
    if (prefer === 'area') result = pickCommune(communes, within, []);
    else result = communes.length > 0 ? pickCommune(communes, within, areas) : pickArea(areas);
    if (result.status !== 'unknown') return result;
  }
  return { status: 'unknown' };
}

/** Areas (national, régions, départements) whose name matches, optionally ignoring leading articles. */
function areaMatches(key: string, bare: boolean): Entry[] {
  const { national, regions, departements } = areaData();
  return [national, regions, departements].flatMap((index) => (bare ? index.byBareName : index.byName).get(key) ?? []);
}

function communeMatches(key: string, bare: boolean): Entry[] {
  const index = communeData();
  return (bare ? index.byBareName : index.byName).get(key) ?? [];
}

/**
 * One area, or ambiguous. A région and a département of the same name are the same land
 * (Guadeloupe 01/971, La Réunion 04/974, Saint-Martin 978/978): the département wins, as it
 * is the code digests use.
 */
function pickArea(areas: Entry[]): Resolution {
  const kept = sameLandOnce(areas);
  if (kept.length === 0) return { status: 'unknown' };
  if (kept.length === 1) return found(kept[0]!);
  return { status: 'ambiguous', candidates: kept.map((a) => ({ ...a.territory })) };
}

function sameLandOnce(areas: Entry[]): Entry[] {
  return areas.filter((a) => !(a.territory.level === 'region' && areas.some((d) => d.region === a.territory.code)));
}

/**
 * One commune, or ambiguous. `within` only narrows a shared name: it never rejects a unique
 * match (a Meuse report may well mention Paris). Same-named areas join the candidates.
 */
function pickCommune(communes: Entry[], within: Within | undefined, areas: Entry[]): Resolution {
  if (communes.length === 0) return { status: 'unknown' };
  if (communes.length === 1) return found(sameLandArea(communes[0]!, areas) ?? communes[0]!);
  const narrowed = narrow(communes, within);
  if (narrowed.length === 1) return found(narrowed[0]!);
  const kept = narrowed.length > 0 ? narrowed : communes;
  return { status: 'ambiguous', candidates: [...kept, ...sameLandOnce(areas)].map((e) => ({ ...e.territory })) };
}

/**
 * The département of the same name that holds the commune: Paris the commune is all of Paris
 * the département (75), which digests and ARS documents code as the département.
 */
function sameLandArea(commune: Entry, areas: readonly Entry[]): Entry | undefined {
  return areas.find((a) => a.territory.level === 'departement' && a.territory.code === commune.departement);
}

function narrow(communes: Entry[], within: Within | undefined): Entry[] {
  if (!within || (!within.departement && !within.region)) return [];
  const dep = within.departement?.trim().toUpperCase();
  const reg = within.region?.trim();
  return communes.filter((c) => (!dep || c.departement === dep) && (!reg || c.region === reg));
}

function found(entry: Entry): Resolution {
  return { status: 'found', territory: { ...entry.territory } };
}

/**
 * Resolve a user-given territory: a bare code ("55", "2A", "971" = département; "55502" = commune),
 * "level:value" ("region:44", "département:Meuse", "commune:55502"), "national"/"FR"/"France",
 * or else a place name (areas preferred).
 */
export function resolveSpec(spec: string): SpecResolution {
  const s = spec.trim();
  if (/^(?:fr|france|national)$/i.test(s)) return { status: 'found', territory: { ...FRANCE } };
  if (CODE_SHAPE.departement.test(s)) return byCode('departement', s);
  if (CODE_SHAPE.commune.test(s)) return byCode('commune', s);
  if (/^\d+$/.test(s)) {
    return {
      status: 'invalid',
      reason: `"${s}" is not a territory code: départements have 2 or 3 characters (01, 2A, 971), communes 5 (55502)`,
    };
  }
  const prefixed = /^([^:]+):(.*)$/.exec(s);
  if (prefixed) return resolvePrefixed(prefixed[1]!, prefixed[2]!.trim());
  return resolveName(s, { prefer: 'area' });
}

function resolvePrefixed(prefix: string, value: string): SpecResolution {
  const level = normalizePlaceName(prefix);
  if (level === 'national') {
    return value === '' || /^(?:fr|france)$/i.test(value)
      ? { status: 'found', territory: { ...FRANCE } }
      : { status: 'invalid', reason: `"national" takes no value, got "${value}"` };
  }
  if (level !== 'commune' && level !== 'departement' && level !== 'region') {
    return {
      status: 'invalid',
      reason: `unknown territory level "${prefix}": use commune, departement, region or national`,
    };
  }
  if (value === '') return { status: 'invalid', reason: `no value after "${prefix}:"` };
  if (CODE_SHAPE[level].test(value)) return byCode(level, value);
  const entries = namedAt(level, normalizePlaceName(value));
  if (entries.length === 0) return { status: 'invalid', reason: `no ${LEVEL_LABEL[level]} is named "${value}"` };
  if (entries.length === 1) return found(entries[0]!);
  return { status: 'ambiguous', candidates: entries.map((e) => ({ ...e.territory })) };
}

function namedAt(level: 'commune' | 'departement' | 'region', key: string): Entry[] {
  for (const bare of [false, true]) {
    const k = bare ? stripArticle(key) : key;
    const entries =
      level === 'commune' ? communeMatches(k, bare) : areaMatches(k, bare).filter((e) => e.territory.level === level);
    if (entries.length > 0) return entries;
  }
  return [];
}

function byCode(level: Level, code: string): SpecResolution {
  const territory = resolveCode(level, code);
  return territory
    ? { status: 'found', territory }
    : { status: 'invalid', reason: `no ${LEVEL_LABEL[level]} has code "${code}"` };
}

/**
 * The territory a postal code stands for: its commune when only one has it, else the
 * département all of them are in (several villages often share one code), else ambiguous.
 */
export function resolvePostalCode(code: string): SpecResolution {
  const c = code.trim();
  if (!/^\d{5}$/.test(c)) return { status: 'invalid', reason: `"${c}" is not a postal code (5 digits)` };
  const entries = postalCodeData().get(c) ?? [];
  if (entries.length === 0) return { status: 'invalid', reason: `no commune has the postal code ${c}` };
  if (entries.length === 1) return found(entries[0]!);
  const departements = [...new Set(entries.map((e) => e.departement))];
  if (departements.length === 1 && departements[0]) {
    const departement = areaData().departements.byCode.get(departements[0]);
    if (departement) return found(departement);
  }
  return { status: 'ambiguous', candidates: entries.map((e) => ({ ...e.territory })) };
}
