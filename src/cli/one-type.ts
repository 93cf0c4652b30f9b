/**
 * Records or clusters, never both: commands that write one table (export csv, stats) take the
 * type of the first item read, and skip items of the other type with an error naming them.
 */
import { diagnostic } from '../diagnostics.js';
import type { CommandContext } from './context.js';
import { readRecordsOrClusters, type DocumentItem } from './documents-input.js';

/**
 * The valid items of the inputs that have the first item's type, or the type an option asks
 * for (`option` names it, as `--type dispositifs`); the others are reported.
 */
export async function* itemsOfOneType(context: CommandContext, inputs: readonly string[], wanted?: { type: DocumentItem['type']; option: string }): AsyncGenerator<DocumentItem> {
  let type: DocumentItem['type'] | null = wanted?.type ?? null;
  for await (const item of readRecordsOrClusters(context, inputs)) {
    type ??= item.type;
    if (item.type !== type) {
      const message = wanted
        ? `${wanted.option} reads ${type}s, but this line is a ${item.type}; it is skipped`
        : `The input began with ${type}s, but this line is a ${item.type}; records and clusters cannot be mixed, it is skipped: give them in separate runs`;
      context.reporter.diagnostic(diagnostic(item.file, 'error', 'mixed-input', message, item.line, 1));
      continue;
    }
    yield item;
  }
}
