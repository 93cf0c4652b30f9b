/** The JSON Schemas shipped in schemas/, by name. */
import { readFile } from 'node:fs/promises';

export const SCHEMA_NAMES = ['record', 'cluster', 'decisions', 'report', 'config', 'synthesis-report'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Where a schema file lives: schemas/ at the package root (two levels above src/ or dist/ files). */
export function schemaUrl(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

/** The schema's text, exactly as shipped. */
export async function schemaText(name: SchemaName): Promise<string> {
  return readFile(schemaUrl(name), 'utf8');
}

/** True when the name is one of the shipped schemas. */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}
