/**
 * Parsing many documents on every core. Each document is parsed on its own, so worker threads
 * take them one at a time while this thread reads the next files and writes the records out.
 * The caller awaits results in input order, so the output is the same as on one thread.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseDocument, type ParsedDocument } from './document.js';
import type { ParseOptions } from './index.js';

export interface DocumentParser {
  parse(file: string, bytes: Uint8Array): Promise<ParsedDocument>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; default: the cores, at most 4. */
  threads?: number;
  /**
   * Below this many bytes of documents, starting threads costs more than it saves: a worker
   * takes about 0.15 s to load, and a megabyte of text about a second to parse on one thread.
   */
  minBytes?: number;
}

interface Job {
  file: string;
  bytes: Uint8Array;
  resolve: (parsed: ParsedDocument) => void;
  reject: (error: unknown) => void;
}

type Reply = { id: number; parsed: ParsedDocument } | { id: number; error: string };

/** A parser for documents of `bytes` bytes in all: on worker threads when they are worth it, else on this one. */
export function openDocumentParser(options: ParseOptions, bytes: number, pool: PoolOptions = {}): DocumentParser {
  const threads = pool.threads ?? Math.min(os.availableParallelism(), 4);
  const script = new URL('./pool-worker.js', import.meta.url);
  // From TypeScript sources (tests) there is no compiled worker: parse on this thread.
  if (threads < 2 || bytes < (pool.minBytes ?? 1_000_000) || !existsSync(fileURLToPath(script))) {
    return { parse: (file, bytes) => parseDocument(file, bytes, options), close: async () => {} };
  }
  const jobs = new Map<number, Job & { worker: Worker }>();
  const load = new Map<Worker, number>();
  let next = 0;
  const local = (job: Job): void => void parseDocument(job.file, job.bytes, options).then(job.resolve, job.reject);
  // A worker that fails hands its documents back to this thread, which parses them as it would
  // have on its own, so a crash becomes the same error (or result) as without workers.
  const retire = (worker: Worker): void => {
    load.delete(worker);
    for (const [id, job] of jobs) {
      if (job.worker !== worker) continue;
      jobs.delete(id);
      local(job);
    }
  };
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(script, { workerData: { options } });
    load.set(worker, 0);
    worker.on('message', (reply: Reply) => {
      const job = jobs.get(reply.id);
      if (!job) return;
      jobs.delete(reply.id);
      load.set(worker, load.get(worker)! - 1);
      if ('parsed' in reply) job.resolve(reply.parsed);
      else local(job);
    });
    worker.on('error', () => retire(worker));
    worker.on('exit', () => retire(worker));
  }
  return {
    parse(file, bytes) {
      return new Promise((resolve, reject) => {
        const job = { file, bytes, resolve, reject };
        const idle = [...load].sort((a, b) => a[1] - b[1])[0];
        if (!idle) return local(job);
        const [worker, count] = idle;
        const id = next++;
        jobs.set(id, { ...job, worker });
        load.set(worker, count + 1);
        worker.postMessage({ id, file, bytes });
      });
    },
    async close() {
      const workers = [...load.keys()];
      load.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
