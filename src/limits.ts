/**
 * What one document may cost. A facilitator's folder, an upload or a CI import can hold a broken
 * export or a hostile file; these bounds keep such a file from taking the run down with it. Each
 * has a documented default (README, "Limits"), a config key under `limits` and, where users need
 * it, a `--max-…` flag. Input read after bounding it gives a warning; input refused, an error.
 */
import type { LimitsConfig } from './types/config.js';

export interface Limits {
  /** Lists and blockquotes nested deeper are flattened, HTML and XML elements past eight times this (`nesting-capped`, warning). */
  nestingDepth: number;
  /** A longer line is not read for contributions, and is accounted as unclassified (`line-too-long`, warning). */
  lineLength: number;
  /** One part of a .docx, .odt, .xlsx or .ods may inflate to this many megabytes (`archive-too-large`, error). */
  archivePartMb: number;
  /** All the parts of one such file together may inflate to this many megabytes (`archive-too-large`). */
  archiveMb: number;
  /** A part larger than a megabyte may inflate to at most this many times its compressed size (`archive-too-large`). */
  archiveRatio: number;
  /** An archive may hold this many parts (`archive-too-large`). */
  archiveParts: number;
  /** A workbook may hold this many sheets (`workbook-too-large`, error). */
  workbookSheets: number;
  /** A sheet may span this many cells, rows × columns as declared or found (`workbook-too-large`). */
  workbookCells: number;
  /** A PDF may have this many pages (`pdf-too-many-pages`, error). */
  pdfPages: number;
  /**
   * The heap one document may use while read and parsed, in megabytes (`document-failed`). Null:
   * 256 MB plus 512 times the document's size, so that a large legitimate document still fits
   * (a Markdown list of 60,000 items, 3.4 MB, takes about 1.5 GB here).
   */
  memoryMb: number | null;
  /**
   * The time one document may take to be read and parsed, in seconds (`document-failed`). Null:
   * 60 plus 30 per megabyte, three times what a large document takes here on a loaded machine.
   */
  seconds: number | null;
}

export const MEGABYTE = 1_048_576;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  nestingDepth: 32,
  lineLength: 100_000,
  archivePartMb: 100,
  archiveMb: 200,
  archiveRatio: 200,
  archiveParts: 10_000,
  workbookSheets: 256,
  workbookCells: 20_000_000,
  pdfPages: 2_000,
  memoryMb: null,
  seconds: null,
});

/** The defaults with a config's and the flags' values over them. */
export function limitsWith(...overrides: readonly (LimitsConfig | Partial<Limits> | undefined)[]): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override ?? {})) if (value !== undefined) (limits as unknown as Record<string, unknown>)[key] = value;
  }
  return limits;
}

/** The heap a document of `bytes` bytes may use: the set limit, or one that grows with its size. */
export function memoryFor(limits: Pick<Limits, 'memoryMb'>, bytes: number): number {
  return limits.memoryMb ?? Math.ceil(256 + (512 * bytes) / MEGABYTE);
}

/** The time a document of `bytes` bytes may take, in seconds: the set limit, or one that grows with its size. */
export function secondsFor(limits: Pick<Limits, 'seconds'>, bytes: number): number {
  return limits.seconds ?? Math.ceil(60 + (30 * bytes) / MEGABYTE);
}


/**
 * How deep HTML and XML elements may nest: eight times as deep as lists and quotes, since a
 * page's layout alone takes twenty levels or more (site, page, content, column, block, inner…).
 */
export function elementDepth(limits: Pick<Limits, 'nestingDepth'>): number {
  return 8 * limits.nestingDepth;
}
