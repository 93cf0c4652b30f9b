#!/usr/bin/env node
// Derives src/types/*.ts from schemas/*.schema.json, so the JSON Schemas stay the one
// source of truth. `--write` regenerates the files; `--check` exits 1 when they are stale
// (test/unit/schema-types.test.ts runs the same comparison).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaDir = path.join(root, 'schemas');
const typesDir = path.join(root, 'src', 'types');

/** Generates the TypeScript source for every schema, keyed by output path. */
export async function generateSchemaTypes() {
  const out = new Map();
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith('.schema.json')).sort();
  const schemas = new Map();
  for (const name of names) schemas.set(name, JSON.parse(await readFile(path.join(schemaDir, name), 'utf8')));
  // Schemas refer to each other by their URN $id; resolve those to the files here.
  const byId = new Map([...schemas.values()].map((schema) => [schema.$id, schema]));
  const urnResolver = {
    order: 1,
    canRead: /^urn:recolte:/,
    read: ({ url }) => {
      const found = byId.get(url.replace(/#.*$/, ''));
      if (!found) throw new Error(`unknown schema ${url}`);
      return JSON.stringify(found);
    },
  };
  for (const name of names) {
    const schema = schemas.get(name);
    const base = name.replace(/\.schema\.json$/, '');
    const ts = await compile(schema, schema.title ?? base, {
      bannerComment: `/* Generated from schemas/${name} by scripts/schema-types.mjs: do not edit by hand. */`,
      additionalProperties: false,
      cwd: schemaDir,
      unknownAny: true,
      $refOptions: { resolve: { urn: urnResolver } },
      style: { singleQuote: true, printWidth: 100 },
    });
    out.set(path.join(typesDir, `${base}.ts`), ts);
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  const mode = process.argv[2] ?? '--check';
  const files = await generateSchemaTypes();
  let stale = 0;
  for (const [file, ts] of files) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === ts) continue;
    if (mode === '--write') {
      await writeFile(file, ts);
      console.error(`wrote ${path.relative(root, file)}`);
    } else {
      stale++;
      console.error(`${path.relative(root, file)} is out of date: run npm run types:schemas`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
