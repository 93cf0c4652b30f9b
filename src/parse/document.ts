/** One document from bytes to tagged records: ingest, parse, tag. The unit of work of the parse pool. */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import { limitsWith } from '../limits.js';
import { ingestDocument } from '../ingest/document.js';
import { tagDocument, taggerFor, tagRecord } from '../tag/index.js';
import type { RecolteRecord } from '../types/record.js';
import { isTable, parseSource, type ParseOptions, type ParseResult } from './index.js';
import { streamSpreadsheet } from './spreadsheet.js';

export interface ParsedDocument {
  /** Null when the document could not be read (its diagnostics say why). */
  result: ParseResult | null;
  /** What ingesting said: encoding guesses, front matter, conversion problems. */
  ingestDiagnostics: Diagnostic[];
}

/** Ingests, parses and tags one document. */
export async function parseDocument(file: string, bytes: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
  const ingested = await ingestDocument(file, bytes, limitsWith(options.limits));
  if (!ingested.source) return { result: null, ingestDiagnostics: ingested.diagnostics };
  const result = parseSource(ingested.source, options);
  const tag = tagging(ingested.source.text, bytes, options, isTable(file));
  result.records = result.records.map(tag);
  return { result, ingestDiagnostics: ingested.diagnostics };
}

/**
 * Ingests, parses and tags one table, handing its records to `onRecords` in batches: a table
 * of a million rows never has its records in memory all at once. The result carries no records.
 */
export async function streamDocument(
  file: string,
  bytes: Uint8Array,
  options: ParseOptions,
  onRecords: (records: RecolteRecord[]) => Promise<void>,
): Promise<ParsedDocument> {
  const ingested = await ingestDocument(file, bytes, limitsWith(options.limits));
  if (!ingested.source) return { result: null, ingestDiagnostics: ingested.diagnostics };
  const tag = tagging(ingested.source.text, bytes, options, true);
  return { result: await streamSpreadsheet(ingested.source, options, (records) => onRecords(records.map(tag))), ingestDiagnostics: ingested.diagnostics };
}

/** Tags a record of this document: the document's text is read once, for what every record shares. */
function tagging(text: string, bytes: Uint8Array, options: ParseOptions, rows = false): (record: RecolteRecord) => RecolteRecord {
  const tagger = taggerFor(options.tags ?? undefined);
  const document = tagDocument(tagger, text, rows);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return (record) => tagRecord(tagger, record, document, { hash });
}
