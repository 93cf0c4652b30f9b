/** `recolte validate`: checks NDJSON or JSON files against a schema, one message per problem. */
import path from 'node:path';
import type { Command } from 'commander';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { fileError, resolveInputs, type InputFile } from '../inputs.js';
import { nonBlankLines } from '../lines.js';
import { readInput } from '../read.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { isSchemaName, SCHEMA_NAMES, type SchemaName } from '../../validate/schemas.js';

interface ValidateFlags {
  schema: string;
}

/** Declares the command and its options. */
export function defineValidate(program: Command, run: (files: string[], flags: ValidateFlags) => Promise<void>): void {
  program
    .command('validate')
    .description('check records (NDJSON or JSON) or a report against the schemas')
    .argument('[files...]', 'NDJSON or JSON files, folders, globs, or - for standard input')
    .option('--schema <name>', `schema to check against: ${SCHEMA_NAMES.join(', ')}`, 'record')
    .addHelpText('after', '\nExamples:\n  recolte validate records.ndjson\n  recolte validate --schema report report.json')
    .action(run);
}

/** Runs `recolte validate`; returns the exit code. */
export async function runValidate(context: CommandContext, files: readonly string[], flags: ValidateFlags): Promise<number> {
  if (!isSchemaName(flags.schema)) throw new UsageError(`--schema must be one of ${SCHEMA_NAMES.join(', ')} (got "${flags.schema}")`);
  const schema: SchemaName = flags.schema;
  if (!files.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name the files to check, or pipe records into standard input (recolte validate -)');
    files = ['-'];
  }
  const [{ validatorFor }, { checkJson, checkYaml, IdRegistry }] = await Promise.all([
    import('../../validate/validator.js'),
    import('../../validate/documents.js'),
  ]);
  const validate = await validatorFor(schema);
  const { reporter } = context;
  const resolved = await resolveInputs(files, context.cwd, ['.ndjson', '.jsonl', '.json', '.yaml', '.yml'], '<stdin>');
  resolved.diagnostics.forEach((d) => reporter.diagnostic(d));
  const registry = new IdRegistry();
  let total = 0;
  let invalid = 0;

  for (const input of resolved.files) {
    let count = 0;
    let bad = 0;
    const check = (text: string, line: number): void => {
      const result = checkJson(input.name, text, line, validate);
      count++;
      const record = result.value as { id?: unknown; parent?: unknown } | undefined;
      if (result.valid && schema === 'record' && record && typeof record.id === 'string') {
        const duplicate = registry.add(record as { id: string; parent?: string | null }, input.name, line);
        if (duplicate) result.diagnostics.push(duplicate);
      }
      if (result.diagnostics.some((d) => d.severity === 'error')) bad++;
      result.diagnostics.forEach((d) => reporter.diagnostic(d));
    };
    try {
      const perLine = schema === 'record' || schema === 'cluster';
      if (perLine && input.path !== null && !isJsonDocument(input)) {
        for await (const { text, line } of nonBlankLines(input, context.stdin)) check(text, line);
      } else if (!perLine) {
        // Reports are JSON; decisions YAML or JSON, read with every scalar a string (ids).
        const text = await readText(input, context);
        const result = schema === 'decisions' ? checkYaml(input.name, text, validate) : checkJson(input.name, text, 1, validate);
        count++;
        if (!result.valid) bad++;
        result.diagnostics.forEach((d) => reporter.diagnostic(d));
      } else {
        // A JSON document, or standard input, which may hold either form.
        const text = await readText(input, context);
        const trimmed = text.trimStart();
        if (trimmed.startsWith('{') && isJsonDocument(input)) check(text, 1);
        else if (trimmed.startsWith('[')) checkArray(text, check);
        else text.split('\n').forEach((line, i) => line.trim() && check(line, i + 1));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      reporter.diagnostic(fileError(input.name, error));
      continue;
    }
    total += count;
    invalid += bad;
    reporter.note(`${input.name}: ${plural(count, unitName(schema))}, ${count - bad} valid${bad ? `, ${bad} invalid` : ''}`);
  }
  registry.unknownParents().forEach((d) => reporter.diagnostic(d));
  finalSummary(context, `${plural(resolved.files.length, 'file')}, ${plural(total, unitName(schema))}, ${invalid} invalid`);
  return exitCodeFor(context);
}

function unitName(schema: SchemaName): string {
  return schema === 'record' || schema === 'cluster' ? schema : 'document';
}

function isJsonDocument(input: InputFile): boolean {
  return input.path !== null && path.extname(input.path).toLowerCase() === '.json';
}

/** Checks every element of a JSON array of records, each at the line where it starts. */
function checkArray(text: string, check: (text: string, line: number) => void): void {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    return check(text, 1);
  }
  if (!Array.isArray(items)) return check(text, 1);
  const lineOf = elementLines(text);
  // Each element is re-serialised; its messages point at the line where it starts.
  items.forEach((item, i) => check(JSON.stringify(item), lineOf[i] ?? 1));
}

/** Lines on which each top-level element of a JSON array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let inElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && !inElement && !/[\s,\]]/.test(c)) {
      lines.push(line);
      inElement = true;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) inElement = false;
  }
  return lines;
}

async function readText(input: InputFile, context: CommandContext): Promise<string> {
  return Buffer.from(await readInput(input, context.stdin)).toString('utf8').replace(/^\ufeff/, '');
}
