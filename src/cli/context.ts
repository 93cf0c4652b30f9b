/** What every command gets: its streams, the reporter, and the global flags. */
import type { ChalkInstance } from 'chalk';
import { createColor } from './color.js';
import { createReporter, type Reporter } from './reporter.js';
import type { MainOptions } from './streams.js';
import type { RecolteConfig } from '../types/config.js';

export interface GlobalFlags {
  color?: boolean;
  quiet?: boolean;
  strict?: boolean;
  failFast?: boolean;
  debug?: boolean;
}

export interface CommandContext extends MainOptions {
  flags: GlobalFlags;
  color: ChalkInstance;
  reporter: Reporter;
  /** The project's defaults (recolte.config.json), already checked; {} when there is none. */
  config: RecolteConfig;
  /** The file the config came from, for messages and relative paths; null when there is none. */
  configFile: string | null;
}

/** Builds the context for one command run. */
export function commandContext(main: MainOptions, flags: GlobalFlags, config: LoadedConfig = { config: {}, file: null }): CommandContext {
  const color = createColor(flags.color, main.env, main.stderr);
  return {
    ...main,
    flags,
    color,
    reporter: createReporter({ stream: main.stderr, color, quiet: !!flags.quiet, failFast: !!flags.failFast }),
    config: config.config,
    configFile: config.file,
  };
}

export interface LoadedConfig {
  config: RecolteConfig;
  file: string | null;
}

/** Exit code from what was reported: 1 on errors, or on warnings under --strict. */
export function exitCodeFor(context: CommandContext): number {
  const { errors, warnings } = context.reporter.counts;
  return errors || (context.flags.strict && warnings) ? 1 : 0;
}

/** The closing line on a terminal: "5 files, 70 records, 0 errors, 2 warnings". */
export function finalSummary(context: CommandContext, text: string): void {
  if (!context.stderr.isTTY) return;
  const { errors, warnings } = context.reporter.counts;
  const mark = errors ? context.color.red('✖') : warnings ? context.color.yellow('⚠') : context.color.green('✔');
  context.reporter.note(`${mark} ${text}`);
}
