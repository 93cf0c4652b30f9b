/** Reads an input's bytes: a file, or all of standard input. */
import { readFile } from 'node:fs/promises';
import type { InputFile } from './inputs.js';
import type { Input } from './streams.js';

/** Reads the whole input. Errors propagate as Node errors (ENOENT, EACCES…). */
export async function readInput(input: InputFile, stdin: Input): Promise<Uint8Array> {
  if (input.path !== null) return readFile(input.path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
