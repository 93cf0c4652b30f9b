/** Diagnostics: every problem found in an input is a value, collected and printed once by the CLI. */
import type { Diagnostic } from './types/report.js';

export type { Diagnostic };
export type Severity = Diagnostic['severity'];

/** Builds a diagnostic; line and column are 1-based, null when the problem concerns the whole file. */
export function diagnostic(
  file: string,
  severity: Severity,
  rule: string,
  message: string,
  line: number | null = null,
  column: number | null = null,
): Diagnostic {
  return { file, line, column, severity, rule, message };
}

/** Orders diagnostics by file, then line, then column (file-level ones first). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
