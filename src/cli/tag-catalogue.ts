/**
 * The tag catalogue the exports name codes with (dispositifs.csv, the synthesis): the built-in
 * vocabulary and the project's extensions. Read only by the commands that show names, when
 * they need them.
 */
import type { TagCatalogue } from '../tag/catalogue.js';
import type { RecolteRecord } from '../types/record.js';
import type { CommandContext } from './context.js';
import { tagSources } from './tag-settings.js';

/** The catalogue when some record carries tags, else an empty one: untagged records need no names. */
export async function catalogueFor(context: CommandContext, records: readonly RecolteRecord[]): Promise<TagCatalogue> {
  const tagged = records.some((r) => r.dispositifs?.length || r.themes?.length || r.document?.dispositifs?.length);
  return tagged ? loadTagCatalogue(context) : { dispositifs: [], themes: [] };
}

/** One catalogue per command: synthesize names codes in its CSV, its synthesis and its base. */
const loaded = new WeakMap<CommandContext, Promise<TagCatalogue>>();

/** The names, descriptions and pages of every code the project can tag with (config `vocabulary.dispositifs`, `.themes`). */
export function loadTagCatalogue(context: CommandContext): Promise<TagCatalogue> {
  let catalogue = loaded.get(context);
  if (!catalogue) {
    catalogue = Promise.all([tagSources(context), import('../tag/vocabulary.js')]).then(([sources, { loadCatalogue }]) => loadCatalogue(sources ?? undefined));
    loaded.set(context, catalogue);
  }
  return catalogue;
}
