import { createHash } from 'node:crypto';

/**
 * A record id: the first 16 hex digits of SHA-256 over the source file, the item's
 * position and its text. The same input gives the same ids on every run and machine.
 */
export function recordId(file: string, line: number, column: number, text: string): string {
  return createHash('sha256').update(JSON.stringify([file, line, column, text])).digest('hex').slice(0, 16);
}
