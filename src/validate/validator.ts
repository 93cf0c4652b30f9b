/** Compiles a schema once with ajv and turns its errors into one readable sentence each. */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_NAMES, schemaText, type SchemaName } from './schemas.js';
import { existsSync } from 'node:fs';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface Violation {
  /** JSON Pointer to the offending value ("" for the whole document). */
  pointer: string;
  message: string;
  /** Stable rule id: schema-<ajv keyword>. */
  rule: string;
}

export type Validate = (value: unknown) => Violation[];

const cache = new Map<SchemaName, Promise<Validate>>();

/** The validator for a shipped schema, compiled on first use. */
export function validatorFor(name: SchemaName): Promise<Validate> {
  let found = cache.get(name);
  if (!found) {
    found = compile(name);
    cache.set(name, found);
  }
  return found;
}

let shared: Promise<Ajv2020> | null = null;

/**
 * One ajv instance holding every shipped schema, since schemas refer to each other by $id.
 * With `source`, it keeps the code it generates, for the build step that writes it out
 * (scripts/build-validators.mjs).
 */
export async function ajvWithSchemas({ source = false } = {}): Promise<Ajv2020> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source } });
  addFormats(ajv, ['date']);
  for (const name of SCHEMA_NAMES) ajv.addSchema(JSON.parse(await schemaText(name)) as object, name);
  return ajv;
}

type Check = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The build writes every validator out as code (compiled.cjs), so a run loads them instead
 * of loading ajv and compiling the schemas: about 50 ms less at every start. The tests run
 * from the sources, where there is no such file, and compile.
 */
async function compiledCheck(name: SchemaName): Promise<Check> {
  const built = new URL('./compiled.cjs', import.meta.url);
  if (existsSync(built)) {
    const compiled = (await import(built.href)) as { default: Record<SchemaName, Check> };
    return compiled.default[name];
  }
  shared ??= ajvWithSchemas();
  return (await shared).getSchema(name)!;
}

async function compile(name: SchemaName): Promise<Validate> {
  const check = await compiledCheck(name);
  return (value) => (check(value) ? [] : explain(check.errors ?? []));
}

/**
 * One violation per real problem. `anyOf: [thing, null]` makes ajv report the branch errors
 * plus "must be null" plus "must match a schema in anyOf": keep the errors that say what is
 * wrong, and fold "must be null" into "must be object or null".
 */
export function explain(errors: readonly ErrorObject[]): Violation[] {
  const specific = (e: ErrorObject): boolean => e.keyword !== 'anyOf' && !isNullBranch(e);
  const covered = (e: ErrorObject): boolean =>
    errors.some((o) => o !== e && specific(o) && o.instancePath.startsWith(e.instancePath));
  const nullable = new Set(errors.filter(isNullBranch).map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors
    .filter((e) => specific(e) || !covered(e))
    .map((e) => {
      let message = sentence(e);
      if (e.keyword === 'type' && !isNullBranch(e) && nullable.has(e.instancePath)) message += ' or null';
      return { pointer: e.instancePath, message, rule: `schema-${e.keyword.toLowerCase()}` };
    })
    .filter((v) => !seen.has(v.pointer + v.message) && seen.add(v.pointer + v.message));
}

const isNullBranch = (e: ErrorObject): boolean => e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null';

function sentence(e: ErrorObject): string {
  const at = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${at} is missing "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `${at} has an unknown field "${String(p.additionalProperty)}"`;
    case 'enum':
      return `${at} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `${at} must be ${String(p.type).replace(',', ' or ')}`;
    case 'minLength':
      return p.limit === 1 ? `${at} must not be empty` : `${at} must have at least ${String(p.limit)} characters`;
    case 'minimum':
      return `${at} must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'format':
      return `${at} must be a valid ${String(p.format)}${p.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    case 'pattern':
      return `${at} does not have the expected form (${String(p.pattern)})`;
    case 'anyOf':
      return `${at} is not valid here`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}
