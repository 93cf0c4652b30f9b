import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/document.js';
import { parseSource, type ParseOptions, type ParseResult } from '../../src/parse/index.js';

/** Parses text as the CLI would, under the given file name. */
export function parseText(file: string, text: string, options: ParseOptions = {}): ParseResult {
  const { source } = ingest(file, Buffer.from(text, 'utf8'));
  if (!source) throw new Error(`${file} is not text`);
  return parseSource(source, options);
}

/** Parses a fixture file, naming it by its path relative to the repository. */
export function parseFixture(path: string, options: ParseOptions = {}): ParseResult {
  return parseText(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), options);
}
