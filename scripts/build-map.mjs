#!/usr/bin/env node
// Authoring step, run by hand (never by `npm run build`): the 101 départements of the IGN's
// Admin Express (via france-geojson), simplified once with mapshaper and written as quantized
// TopoJSON to assets/map/departements.topo.json, which is committed and shipped. The report
// draws its map from that file; nothing simplifies shapes at view time. Each département gets
// its région's code so the report can outline a région by merging its départements.
//
//   node scripts/build-map.mjs [path/to/departements-avec-outre-mer.geojson]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

// Kept in assets/map/README.md: change both together.
export const SIMPLIFY = '-simplify 3% keep-shapes';
const QUANTIZATION = 100000;

const root = fileURLToPath(new URL('..', import.meta.url));
const source = resolve(root, process.argv[2] ?? '../shared/data/geo/departements-avec-outre-mer.geojson');
const output = join(root, 'assets/map/departements.topo.json');

const require = createRequire(import.meta.url);
const etalab = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
const regionOf = new Map(
  JSON.parse(readFileSync(join(etalab, 'data', 'departements.json'), 'utf8')).map((d) => [d.code, d.region]),
);

const geo = JSON.parse(readFileSync(source, 'utf8'));
for (const feature of geo.features) {
  const { code, nom } = feature.properties;
  const region = regionOf.get(code);
  if (!region) throw new Error(`${source}: département ${code} has no région in @etalab/decoupage-administratif`);
  feature.properties = { code, nom, region };
}
// Sorted by code so the file does not depend on the source's feature order.
geo.features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));

const out = await mapshaper.applyCommands(
  `-i in.json -rename-layers departements ${SIMPLIFY} ` +
    `-o out.json format=topojson quantization=${QUANTIZATION}`,
  { 'in.json': JSON.stringify(geo) },
);
const topo = out['out.json'];
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, typeof topo === 'string' ? topo : Buffer.from(topo));
const count = JSON.parse(readFileSync(output, 'utf8')).objects.departements.geometries.length;
process.stderr.write(`${output}: ${count} départements, ${readFileSync(output).length} bytes\n`);
