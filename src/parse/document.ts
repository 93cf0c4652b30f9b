/** One document from bytes to records: ingest, then parse. The unit of work of the parse pool. */
import type { Diagnostic } from '../diagnostics.js';
import { ingestDocument } from '../ingest/document.js';
import { parseSource, type ParseOptions, type ParseResult } from './index.js';

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
