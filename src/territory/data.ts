import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Territory } from '../types/record.js';
import { normalizePlaceName, stripArticle } from './normalize.js';

/** A territory with the codes of the areas that contain it (null where they do not apply). */
export interface Entry {
  territory: Territory;
  departement: string | null;
  region: string | null;
}

/** Lookup tables for one family of territories. */
export interface Index {
  /** By code; one map per level because codes repeat across levels ("44" région vs "44" département). */
  byCode: Map<string, Entry>;
  /** By normalized name, in data order. */
  byName: Map<string, Entry[]>;
  /** By normalized name without leading article, so "Puy-en-Velay" finds "Le Puy-en-Velay". */
  byBareName: Map<string, Entry[]>;
}

interface RawRegion {
  code: string;
  nom: string;
}
interface RawDepartement extends RawRegion {
  region: string;
}
export interface RawCommune extends RawDepartement {
  type: string;
  departement: string;
  codesPostaux?: string[];
}

/** The national territory. */
export const FRANCE: Territory = { level: 'national', code: 'FR', name: 'France' };

let areas: { regions: Index; departements: Index; national: Index } | undefined;
let communes: Index | undefined;
let postal: Map<string, Entry[]> | undefined;

// The package's own index.js resolves its data against process.cwd(), so read the files ourselves.
/** Reads one of the official data files of @etalab/decoupage-administratif. */
export function readData<T>(file: string): T[] {
  const pkg = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json');
  return JSON.parse(readFileSync(join(dirname(pkg), 'data', file), 'utf8')) as T[];
}

/** Indexes the entries; `normalized` holds their names already normalised, where known. */
function buildIndex(entries: Entry[], normalized?: readonly string[]): Index {
  const index: Index = { byCode: new Map(), byName: new Map(), byBareName: new Map() };
  for (const [i, entry] of entries.entries()) {
    index.byCode.set(entry.territory.code, entry);
    const name = normalized?.[i] ?? normalizePlaceName(entry.territory.name);
    push(index.byName, name, entry);
    push(index.byBareName, stripArticle(name), entry);
  }
  return index;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Régions, départements and France, loaded on first call (small files only). */
export function areaData(): { regions: Index; departements: Index; national: Index } {
  areas ??= {
    regions: buildIndex(
      readData<RawRegion>('regions.json').map((r) => ({
        territory: { level: 'region', code: r.code, name: r.nom },
        departement: null,
        region: null,
      })),
    ),
    departements: buildIndex(
      readData<RawDepartement>('departements.json').map((d) => ({
        territory: { level: 'departement', code: d.code, name: d.nom },
        departement: null,
        region: d.region,
      })),
    ),
    national: buildIndex([{ territory: FRANCE, departement: null, region: null }]),
  };
  return areas;
}

/** Current communes (commune-actuelle only), loaded on first call. */
export function communeData(): Index {
  if (!communes) loadCommunes();
  return communes!;
}

/** Current communes by postal code (several communes often share one). */
export function postalCodeData(): Map<string, Entry[]> {
  if (!postal) loadCommunes();
  return postal!;
}

/** The communes cut down and normalised at build time (scripts/build-territory.mjs). */
interface CommuneColumns {
  code: string[];
  name: string[];
  normalized: string[];
  departement: string[];
  region: string[];
  postal: string[];
}

function loadCommunes(): void {
  const columns = readCommuneColumns();
  const entries: Entry[] = columns.code.map((code, i) => ({
    territory: { level: 'commune', code, name: columns.name[i]! },
    departement: columns.departement[i]!,
    region: columns.region[i]!,
  }));
  communes = buildIndex(entries, columns.normalized);
  postal = new Map();
  columns.postal.forEach((codes, i) => codes && codes.split(' ').forEach((code) => push(postal!, code, entries[i]!)));
}

function readCommuneColumns(): CommuneColumns {
  const built = new URL('./communes.json', import.meta.url);
  if (existsSync(built)) return JSON.parse(readFileSync(built, 'utf8')) as CommuneColumns;
  return communeColumns(readData<RawCommune>('communes.json'));
}

/** The columns of the current communes (commune-actuelle only); the build step writes the same. */
export function communeColumns(raw: readonly RawCommune[]): CommuneColumns {
  const current = raw.filter((c) => c.type === 'commune-actuelle');
  return {
    code: current.map((c) => c.code),
    name: current.map((c) => c.nom),
    normalized: current.map((c) => normalizePlaceName(c.nom)),
    departement: current.map((c) => c.departement),
    region: current.map((c) => c.region),
    postal: current.map((c) => (c.codesPostaux ?? []).join(' ')),
  };
}

/** Whether communes.json has been loaded yet (lets tests check that cheap paths stay cheap). */
export function communesLoaded(): boolean {
  return communes !== undefined;
}
