/* Generated from schemas/synthesis-report.schema.json by scripts/schema-types.mjs: do not edit by hand. */

/**
 * workshop: proposals with their needs, objectives and first steps; synthesis: sections by kind; restitution: thematic axes; digest: initiatives under territory headings; article: prose with lists; spreadsheet: one contribution per row (CSV, TSV).
 */
export type Layout =
  'workshop' | 'synthesis' | 'restitution' | 'digest' | 'article' | 'spreadsheet';

/**
 * What `recolte synthesize` writes as rapport.json: how the documents were read (the parse report), what was checked, grouped and written, and how long each stage took.
 */
export interface SynthesisReport {
  version: 1;
  /**
   * The version of recolte that wrote it.
   */
  recolte: string;
  parse: ParseReport;
  validation: ValidationCounts;
  dedupe: DedupeCounts;
  /**
   * The files written, in the folder of this report.
   */
  outputs: string[];
  timings: StageTimings;
}
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
export interface ValidationCounts {
  records: number;
  /**
   * Records that broke the record schema (left out of the outputs).
   */
  invalid: number;
}
export interface DedupeCounts {
  threshold: number;
  records: number;
  clusters: number;
  /**
   * Clusters of more than one record.
   */
  grouped: number;
  /**
   * Clusters of one record.
   */
  single: number;
}
/**
 * Milliseconds spent in each stage, measured on the machine that ran it (they vary from run to run).
 */
export interface StageTimings {
  parse: number;
  validate: number;
  dedupe: number;
  export: number;
  total: number;
}
