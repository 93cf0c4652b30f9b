/** One document from bytes to records: ingest, then parse. The unit of work of the parse pool. */
import type { Diagnostic } from '../diagnostics.js';
import { limitsWith } from '../limits.js';
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
  const ingested = await ingestDocument(file, bytes, limitsWith(options.limits));
  return { result: ingested.source ? parseSource(ingested.source, options) : null, ingestDiagnostics: ingested.diagnostics };
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
  const ingested = await ingestDocument(file, bytes, limitsWith(options.limits));
  if (!ingested.source) return { result: null, ingestDiagnostics: ingested.diagnostics };
  return { result: await streamSpreadsheet(ingested.source, options, onRecords), ingestDiagnostics: ingested.diagnostics };
}
