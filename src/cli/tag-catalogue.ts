/**
 * The tag catalogue the exports name codes with (dispositifs.csv, the synthesis): the built-in
 * vocabulary and the project's extensions. Read only by the commands that show names, when
 * they need them.
 */
import type { TagCatalogue } from '../tag/catalogue.js';
import type { RecolteRecord } from '../types/record.js';
import type { CommandContext } from './context.js';

/** The catalogue when some record carries tags, else an empty one: untagged records need no names. */
export async function catalogueFor(context: CommandContext, records: readonly RecolteRecord[]): Promise<TagCatalogue> {
  const tagged = records.some((r) => r.dispositifs?.length || r.themes?.length || r.document?.dispositifs?.length);
  return tagged ? loadTagCatalogue(context) : { dispositifs: [], themes: [] };
}

/** The names, descriptions and pages of every code the project can tag with. */
export async function loadTagCatalogue(context: CommandContext): Promise<TagCatalogue> {
  // TODO(merge): the tagger's src/tag/vocabulary.ts brings loadCatalogue(); build the catalogue
  // with it here (with context.config.vocabulary's dispositifs and themes files, relative to
  // context.configFile) and drop this placeholder. Until then codes are shown without names.
  void context;
  return { dispositifs: [], themes: [] };
}
