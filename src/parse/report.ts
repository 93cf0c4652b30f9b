/** The parse report: per-file accounting and diagnostics, and their totals. */
import type { Diagnostic } from '../diagnostics.js';
import type { FileReport, KindCounts, LineAccounting, ParseReport } from '../types/report.js';
import type { ParseResult } from './result.js';

/** The report entry for a parsed file. */
export function fileReport(result: ParseResult, extra: readonly Diagnostic[] = []): FileReport {
  return {
    file: result.file,
    layout: result.layout,
    records: Object.values(result.kinds).reduce((sum, n) => sum + (n ?? 0), 0),
    kinds: result.kinds,
    lines: result.lines,
    diagnostics: [...extra, ...result.diagnostics],
  };
}

/** The report entry for a file that could not be read or decoded. */
export function failedFileReport(file: string, diagnostics: readonly Diagnostic[]): FileReport {
  return { file, layout: null, records: 0, kinds: {}, lines: emptyAccounting(), diagnostics: [...diagnostics] };
}

/** Adds up the files' figures. */
export function buildReport(files: readonly FileReport[], extra: readonly Diagnostic[] = []): ParseReport {
  const kinds: KindCounts = {};
  const lines: LineAccounting = emptyAccounting();
  let records = 0;
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    records += file.records;
    for (const [kind, count] of Object.entries(file.kinds)) kinds[kind] = (kinds[kind] ?? 0) + count;
    // `filtered` is there only when parse --evidence left records out.
    for (const [key, count] of Object.entries(file.lines) as [keyof LineAccounting, number][]) lines[key] = (lines[key] ?? 0) + count;
  }
  for (const d of [...extra, ...files.flatMap((f) => f.diagnostics)]) {
    if (d.severity === 'error') errors++;
    if (d.severity === 'warning') warnings++;
  }
  return { version: 1, files: [...files], totals: { files: files.length, records, kinds, lines, errors, warnings } };
}

/** An empty accounting, for files that could not be read. */
export function emptyAccounting(): LineAccounting {
  return { nonBlank: 0, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: 0 };
}
