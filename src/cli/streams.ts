/** What `main` is given instead of reaching for `process`: arguments, environment and streams. */
import type { Readable, Writable } from 'node:stream';

export type Input = Readable & { isTTY?: boolean };
export type Output = Writable & { isTTY?: boolean; columns?: number };

export interface MainOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdin: Input;
  stdout: Output;
  stderr: Output;
}

/** A usage or configuration error: exit code 2. */
export class UsageError extends Error {}

/**
 * An output that cannot be written (its folder missing or read-only, a full disk): exit code 2,
 * like a usage error, because the inputs are fine and the user must change the command or the
 * machine, not the documents.
 */
export class OutputError extends Error {}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
