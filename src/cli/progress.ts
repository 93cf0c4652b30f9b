/**
 * A one-line progress indicator on stderr, rewritten in place: only on a terminal, outside CI
 * and without --quiet, so logs and pipes never see it.
 */
import type { CommandContext } from './context.js';

export interface Progress {
  /** Shows the current step ("reading 3/12 files"). */
  update(text: string): void;
  /** Clears the line before anything else is printed. */
  clear(): void;
}

/** A progress line for this run, or one that does nothing when it would not be seen. */
export function createProgress(context: CommandContext): Progress {
  const { stderr, env, flags } = context;
  if (!stderr.isTTY || env.CI || flags.quiet) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update(text) {
      const width = Math.max(20, (stderr.columns ?? 80) - 1);
      stderr.write(`\r\u001b[2K${context.color.dim(text.length > width ? `${text.slice(0, width - 1)}…` : text)}`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
