/**
 * The headline count (`--count`, else the config's `synthesis.count`, else territories): what
 * `synthesize` and the exports order ideas by first and what their figures and sentences lead
 * with (README, "Counts").
 */
import { DEFAULT_HEADLINE, HEADLINE_COUNTS, type HeadlineCount } from '../dedupe/counts.js';
import type { CommandContext } from './context.js';
import { UsageError } from './streams.js';

/** The option's help text, the same on every command that takes it. */
export const COUNT_HELP = `what ideas are ordered by first and what their figures lead with: ${HEADLINE_COUNTS.join(', ')} (default: ${DEFAULT_HEADLINE})`;

/** The headline count from --count, the config or the default; a bad flag is a usage error. */
export function headlineCount(context: CommandContext, given: string | undefined): HeadlineCount {
  if (given === undefined) return context.config.synthesis?.count ?? DEFAULT_HEADLINE;
  if (!(HEADLINE_COUNTS as readonly string[]).includes(given)) throw new UsageError(`--count must be one of ${HEADLINE_COUNTS.join(', ')} (got "${given}")`);
  return given as HeadlineCount;
}
