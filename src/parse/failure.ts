/** What a document that failed to be read is told: kept apart so that the parent process need not load the parse stage. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';

/**
 * The error for a document whose reading or parsing failed: an exception, an exhausted stack or
 * heap. It is that document's error (exit 1); the other documents are read all the same.
 * `memoryMb` is the heap bound it ran under, when it ran in a child process (pool.ts).
 */
export function documentFailed(file: string, error: unknown, memoryMb?: number): Diagnostic {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const skipped = 'skipped, the other documents are read';
  let why: string;
  if (code === 'RECOLTE_TIMEOUT') {
    why = `it takes more than the ${(error as { seconds: number }).seconds} s a document may take; ${skipped}: split it into smaller documents, or raise the bound with --max-seconds (config limits.seconds)`;
  } else if (code === 'RECOLTE_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(text)) {
    why = `it needs more memory than the ${memoryMb === undefined ? 'heap' : `${memoryMb} MB`} a document may use; ${skipped}: split it into smaller documents, or raise the bound with --max-memory-mb (config limits.memoryMb)`;
  } else if (/Maximum call stack size exceeded/.test(text)) {
    why = `its structure is nested too deeply to read; ${skipped}: save it again from its source application with fewer nested lists, quotes or tables`;
  } else {
    why = `${text.split('\n')[0]!.slice(0, 200)}; ${skipped}: save it again from its source application, and if it still fails, report it with the file`;
  }
  return diagnostic(file, 'error', 'document-failed', `Could not be read: ${why}`);
}
