/**
 * What the parse stage takes and gives, apart from the stage itself so that its parts (the
 * spreadsheet reader, the report) can name them without importing the stage.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { VocabularyConfig } from '../types/config.js';
import type { Evidence, Kind, RecolteRecord, Territory } from '../types/record.js';
import type { KindCounts, Layout, LineAccounting } from '../types/report.js';
import type { Field } from './fields.js';
import type { Limits } from '../limits.js';
import type { VocabularySources } from '../tag/vocabulary.js';

export interface ParseOptions {
  /** Forces a layout instead of recognising it. */
  layout?: Layout | null;
  /** Kind for items that stand outside any section the vocabulary names. */
  defaultKind?: Kind | null;
  /** Territory for documents that name none themselves (the --territory flag). */
  territory?: Territory | null;
  /** A project's own section headings and the kind of the items under them (config `vocabulary.headings`). */
  headings?: Readonly<Record<string, Kind>>;
  /** A project's own cue phrases, chrome lines and item forms (config `vocabulary`). */
  vocabulary?: Pick<VocabularyConfig, 'cues' | 'chrome' | 'forms'>;
  /** For tables (.csv, .tsv): the column of each field, over the recognised ones. */
  map?: Partial<Record<Field, string>>;
  /** Keep only records recognised in these ways (`parse --evidence`); the others are accounted as `filtered`. */
  evidence?: readonly Evidence[] | null;
  /** What one document may cost (config `limits`, `--max-…` flags) over the defaults of limits.ts. */
  limits?: Partial<Limits>;
  /** The tag vocabulary's files (built-in and the config's `vocabulary.dispositifs`, `.themes`); default the built-in ones. */
  tags?: VocabularySources | null;
}

export interface ParseResult {
  file: string;
  layout: Layout;
  records: RecolteRecord[];
  kinds: KindCounts;
  lines: LineAccounting;
  diagnostics: Diagnostic[];
}
