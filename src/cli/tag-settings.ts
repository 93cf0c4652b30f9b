/**
 * The tag vocabulary a command uses: the built-in files, extended by the project's own
 * (`--dispositifs` / `--themes`, else the config's `vocabulary.dispositifs` / `.themes`).
 * Read and checked before any document is: a broken file is a usage error naming its line.
 */
import path from 'node:path';
import type { VocabularySources } from '../tag/vocabulary.js';
import type { CommandContext } from './context.js';
import { UsageError } from './streams.js';

export interface TagSettingsFlags {
  dispositifs?: string;
  themes?: string;
}

/**
 * The vocabulary's sources, checked, or null when the project adds nothing (the built-in
 * files, which every parse child reads itself); throws UsageError naming the file and line.
 */
export async function tagSources(context: CommandContext, flags: TagSettingsFlags = {}): Promise<VocabularySources | null> {
  const { sourcesWith, readVocabulary, TagVocabularyError } = await import('../tag/vocabulary.js');
  const file = (flag: string | undefined, configured: string | undefined) => {
    const given = flag ?? configured;
    return given === undefined ? null : { path: path.resolve(context.cwd, given), shown: given };
  };
  const dispositifs = file(flags.dispositifs, context.config.vocabulary?.dispositifs);
  const themes = file(flags.themes, context.config.vocabulary?.themes);
  if (!dispositifs && !themes) return null;
  try {
    const sources = sourcesWith({ dispositifs, themes });
    readVocabulary(sources);
    return sources;
  } catch (error) {
    if (error instanceof TagVocabularyError) throw new UsageError(`tag vocabulary ${error.message}`);
    throw error;
  }
}
