/** Worker thread of the parse pool (see pool.ts): parses the documents it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from './document.js';
import type { ParseOptions } from './index.js';

const { options } = workerData as { options: ParseOptions };
parentPort!.on('message', ({ id, file, bytes }: { id: number; file: string; bytes: Uint8Array }) => {
  parseDocument(file, bytes, options).then(
    (parsed) => parentPort!.postMessage({ id, parsed }),
    (error: unknown) => parentPort!.postMessage({ id, error: String(error) }),
  );
});
