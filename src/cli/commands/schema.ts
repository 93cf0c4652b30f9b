/** `recolte schema [name]`: prints a shipped JSON Schema. */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { UsageError } from '../streams.js';
import { isSchemaName, SCHEMA_NAMES, schemaText } from '../../validate/schemas.js';

/** Declares the command. */
export function defineSchema(program: Command, run: (name: string | undefined) => Promise<void>): void {
  program
    .command('schema')
    .description(`print a JSON Schema: ${SCHEMA_NAMES.join(', ')} (default: record)`)
    .argument('[name]', 'schema name')
    .action(run);
}

/** Runs `recolte schema`; returns the exit code. */
export async function runSchema(context: CommandContext, name = 'record'): Promise<number> {
  if (!isSchemaName(name)) throw new UsageError(`unknown schema "${name}": choose one of ${SCHEMA_NAMES.join(', ')}`);
  context.stdout.write(await schemaText(name));
  return 0;
}
