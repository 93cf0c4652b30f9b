/** Reads an input line by line, as a stream: memory does not grow with the file. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputFile } from './inputs.js';
import type { Input } from './streams.js';

/** Non-blank lines of a file or of standard input, with their 1-based numbers; a leading BOM is dropped. */
export async function* nonBlankLines(input: InputFile, stdin: Input): AsyncGenerator<{ text: string; line: number }> {
  const stream = input.path === null ? stdin : createReadStream(input.path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const clean = line === 1 ? text.replace(/^\ufeff/, '') : text;
    if (clean.trim()) yield { text: clean, line };
  }
}
