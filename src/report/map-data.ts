/**
 * The départements' boundaries the map draws: assets/map/departements.topo.json, made once by
 * scripts/build-map.mjs and shipped in the package, read on first use and kept.
 */
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface DepartementProperties {
  code: string;
  nom: string;
  /** The INSEE code of its région ("44"). */
  region: string;
}

export interface DepartementShape {
  code: string;
  name: string;
  region: string;
  geometry: Polygon | MultiPolygon;
}

export interface MapData {
  topology: Topology<{ departements: GeometryCollection<DepartementProperties> }>;
  /** By INSEE code, in code order. */
  departements: ReadonlyMap<string, DepartementShape>;
}

// From dist/report/ (the package) and src/report/ (tests) alike, the assets are two levels up.
const FILE = new URL('../../assets/map/departements.topo.json', import.meta.url);

let data: MapData | undefined;

/** The boundaries, decoded on first call. */
export function mapData(): MapData {
  data ??= decode(JSON.parse(readFileSync(FILE, 'utf8')) as MapData['topology']);
  return data;
}

function decode(topology: MapData['topology']): MapData {
  const collection = feature(topology, topology.objects.departements);
  const shapes = collection.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.nom,
    region: f.properties.region,
    geometry: f.geometry as Polygon | MultiPolygon,
  }));
  shapes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { topology, departements: new Map(shapes.map((s) => [s.code, s])) };
}
