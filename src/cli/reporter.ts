/** Prints diagnostics and summaries on stderr: one line each, coloured only when allowed. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import type { Output } from './streams.js';

export interface ReporterOptions {
  stream: Output;
  color: ChalkInstance;
  /** --quiet: only errors are printed. */
  quiet: boolean;
  /** --fail-fast: the first error stops the command (FailFast is thrown once it is printed). */
  failFast?: boolean;
}

/** Thrown by the reporter on the first error under --fail-fast; main() ends the run with exit 1. */
export class FailFast extends Error {}

export interface Reporter {
  diagnostic(d: Diagnostic): void;
  /** An informational line (summaries); silenced by --quiet. */
  note(text: string): void;
  counts: { errors: number; warnings: number };
}

/** Formats a diagnostic as `file:line:column: severity: message (rule)`. */
export function formatDiagnostic(d: Diagnostic, color?: ChalkInstance): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const paint = color ? { error: color.red.bold, warning: color.yellow, info: color.blue }[d.severity] : (s: string) => s;
  return `${where}: ${paint(d.severity)}: ${d.message}${color ? color.dim(` (${d.rule})`) : ` (${d.rule})`}`;
}

/** Creates a reporter that counts what it prints. */
export function createReporter({ stream, color, quiet, failFast = false }: ReporterOptions): Reporter {
  const counts = { errors: 0, warnings: 0 };
  return {
    counts,
    diagnostic(d) {
      if (d.severity === 'error') counts.errors++;
      if (d.severity === 'warning') counts.warnings++;
      if (quiet && d.severity !== 'error') return;
      stream.write(`${formatDiagnostic(d, color)}\n`);
      if (failFast && d.severity === 'error') throw new FailFast(d.message);
    },
    note(text) {
      if (!quiet) stream.write(`${text}\n`);
    },
  };
}

/** "1 error", "3 warnings". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
