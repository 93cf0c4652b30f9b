#!/usr/bin/env node
// Build step: the communes of the official data (@etalab/decoupage-administratif), cut down to
// what recolte looks up, with their names already normalised. Loading the package's 8.6 MB
// communes.json and normalising 35,000 names took about 150 ms in every process and parse
// worker; this file loads in a fraction of that. src/territory/data.ts falls back to the
// package's file where this one is absent (tests run from the TypeScript sources).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { communeColumns } = await import(new URL('../dist/territory/data.js', import.meta.url).href);
const pkg = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json');
const raw = JSON.parse(readFileSync(join(dirname(pkg), 'data', 'communes.json'), 'utf8'));
mkdirSync(join(root, 'dist/territory'), { recursive: true });
writeFileSync(join(root, 'dist/territory/communes.json'), JSON.stringify(communeColumns(raw)));
