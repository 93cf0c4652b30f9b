/* Generated from schemas/report.schema.json by scripts/schema-types.mjs: do not edit by hand. */

/**
 * workshop: proposals with their needs, objectives and first steps; synthesis: sections by kind; restitution: thematic axes; digest: initiatives under territory headings; article: prose with lists; spreadsheet: one contribution per row (CSV, TSV).
 */
export type Layout =
  'workshop' | 'synthesis' | 'restitution' | 'digest' | 'article' | 'spreadsheet';

/**
 * What `recolte parse --report` writes: per file, the records by kind, how every non-blank line was accounted for, and the diagnostics.
 */
export interface ParseReport {
  version: 1;
  files: FileReport[];
  totals: ReportTotals;
}
export interface FileReport {
  file: string;
  /**
   * The layout recognised (or forced with --layout); null when the file could not be read.
   */
  layout: Layout | null;
  records: number;
  kinds: KindCounts;
  lines: LineAccounting;
  diagnostics: Diagnostic[];
}
/**
 * Records by kind; kinds with no record are left out.
 */
export interface KindCounts {
  [k: string]: number;
}
/**
 * Every non-blank line is exactly one of record, heading, prose, chrome, unclassified or (with parse --evidence) filtered: a record left out because of how it was recognised.
 */
export interface LineAccounting {
  nonBlank: number;
  record: number;
  heading: number;
  prose: number;
  chrome: number;
  unclassified: number;
  /**
   * Lines of records left out by parse --evidence; present only when that option is given.
   */
  filtered?: number;
}
/**
 * One message about an input: printed as file:line:column: severity: message (rule).
 */
export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}
export interface ReportTotals {
  files: number;
  records: number;
  kinds: KindCounts;
  lines: LineAccounting;
  errors: number;
  warnings: number;
}
