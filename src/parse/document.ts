/** One document from bytes to records: ingest, then parse. The unit of work of the parse pool. */
import type { Diagnostic } from '../diagnostics.js';
import { ingestDocument } from '../ingest/document.js';
import type { RecolteRecord } from '../types/record.js';
import { parseSource, type ParseOptions, type ParseResult } from './index.js';
import { streamSpreadsheet } from './spreadsheet.js';

export interface ParsedDocument {
  /** Null when the document could not be read (its diagnostics say why). */
  result: ParseResult | null;
  /** What ingesting said: encoding guesses, front matter, conversion problems. */
  ingestDiagnostics: Diagnostic[];
}

/** Ingests and parses one document. */
export async function parseDocument(file: string, bytes: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
  const ingested = await ingestDocument(file, bytes);
  return { result: ingested.source ? parseSource(ingested.source, options) : null, ingestDiagnostics: ingested.diagnostics };
}

/** Tables at least this large are streamed: their records are handed over in batches as read. */
export const STREAMED_TABLE_BYTES = 4_000_000;

/** True for a table (.csv, .tsv) that `streamDocument` reads: the other formats are read whole. */
export function isStreamedTable(file: string, bytes: number): boolean {
  return bytes >= STREAMED_TABLE_BYTES && /\.(csv|tsv)$/i.test(file);
}

/**
 * Ingests and parses one table, handing its records to `onRecords` in batches: a table of a
 * million rows never has its records in memory all at once. The result carries no records.
 */
export async function streamDocument(
  file: string,
  bytes: Uint8Array,
  options: ParseOptions,
  onRecords: (records: RecolteRecord[]) => Promise<void>,
): Promise<ParsedDocument> {
  const ingested = await ingestDocument(file, bytes);
  if (!ingested.source) return { result: null, ingestDiagnostics: ingested.diagnostics };
  return { result: await streamSpreadsheet(ingested.source, options, onRecords), ingestDiagnostics: ingested.diagnostics };
}
