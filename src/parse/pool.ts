/**
 * Parsing documents in child processes. Each document is parsed on its own, so the children take
 * them one at a time while this process reads the next files and writes the records out; the
 * caller awaits results in input order, so the output is the same as in one process.
 *
 * Children also contain a document: each runs under a heap bound (--max-old-space-size), so a
 * document that exhausts its memory or its stack, or crashes its reader, is that document's
 * `document-failed` error; the child is replaced and the other documents go on. Worker threads
 * were tried first: V8 ends the whole process, not the thread, when a Map outgrows a worker's
 * heap (seen with 1,000,000 unclosed <b> in a page). That is why even a single small document
 * goes to a child when the compiled script is there (about 0.2 s to start one).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { limitsWith, memoryFor, secondsFor } from '../limits.js';
import type { ParsedDocument } from './document.js';
import { documentFailed } from './failure.js';
import type { ParseOptions } from './index.js';

export interface DocumentParser {
  /** Never rejects: a document that fails is a result with its `document-failed` diagnostic. */
  parse(file: string, bytes: Uint8Array): Promise<ParsedDocument>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Child processes; default: the cores, at most 4. */
  threads?: number;
  /**
   * Below this many bytes of documents, one child does: starting more costs more than it saves
   * (a child takes about 0.2 s to load, and a megabyte of text about a second to parse).
   */
  minBytes?: number;
  /** The largest document's size, which sets the children's heap bound when `limits.memoryMb` is not set. */
  largestBytes?: number;
  /** Parse in this process, without containment (tests of the stages). */
  inline?: boolean;
}

/** Tables at least this large are streamed: their records are handed over in batches as read. */
export const STREAMED_TABLE_BYTES = 4_000_000;

/** True for a table (.csv, .tsv) that `streamDocument` reads: the other formats are read whole. */
export function isStreamedTable(file: string, bytes: number): boolean {
  return bytes >= STREAMED_TABLE_BYTES && /\.(csv|tsv)$/i.test(file);
}

interface Job {
  file: string;
  bytes: Uint8Array;
  resolve: (parsed: ParsedDocument) => void;
  /** Set when the job overran its time and its child was stopped. */
  overran?: number;
}

type Reply = { ready: true } | { parsed: ParsedDocument } | { error: string };

/** A parser for documents of `bytes` bytes in all: in child processes when the compiled script is there, else in this one. */
export function openDocumentParser(options: ParseOptions, bytes: number, pool: PoolOptions = {}): DocumentParser {
  const script = fileURLToPath(new URL('./pool-worker.js', import.meta.url));
  // From TypeScript sources (tests) there is no compiled script: parse in this process.
  if (pool.inline || !existsSync(script)) return inlineParser(options);
  const children = Math.max(1, bytes < (pool.minBytes ?? 1_000_000) ? 1 : (pool.threads ?? Math.min(os.availableParallelism(), 4)));
  const limits = limitsWith(options.limits);
  const heapMb = memoryFor(limits, pool.largestBytes ?? bytes);
  const queue: Job[] = [];
  const running = new Map<ChildProcess, Job>();
  const timers = new Map<ChildProcess, NodeJS.Timeout>();
  const idle: ChildProcess[] = [];
  // Every child alive, and those loaded (they said they were ready).
  const alive = new Set<ChildProcess>();
  const loaded = new Set<ChildProcess>();
  let closed = false;

  const start = (): void => {
    const child = fork(script, [], {
      serialization: 'advanced',
      execArgv: [`--max-old-space-size=${heapMb}`],
      // Pipes, not 'ignore': the child never reads its input, and what a library prints must not
      // reach recolte's own stdout (the records). 'ignore' opens /dev/null, which a sandbox may deny.
      stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
    });
    child.stdin!.end();
    child.stdout!.resume();
    // What the child prints when it dies (V8's out-of-memory report) says why it failed.
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => void (said.length < 4096 && (said += chunk.toString())));
    alive.add(child);
    child.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        loaded.add(child);
        idle.push(child);
        dispatch();
        return;
      }
      const job = running.get(child);
      if (!job) return;
      running.delete(child);
      clearTimeout(timers.get(child));
      job.resolve('parsed' in reply ? reply.parsed : failed(job.file, reply.error));
      idle.push(child);
      dispatch();
    });
    child.on('exit', (code, signal) => {
      alive.delete(child);
      const ready = loaded.delete(child);
      const at = idle.indexOf(child);
      if (at >= 0) idle.splice(at, 1);
      const job = running.get(child);
      running.delete(child);
      clearTimeout(timers.get(child));
      if (job) {
        const why = job.overran ? overran(job.overran) : /heap out of memory|Allocation failed/i.test(said) ? outOfMemory() : new Error(`its reader stopped (${signal ?? `exit code ${code}`})`);
        job.resolve(failed(job.file, why, heapMb));
      }
      if (closed || !queue.length) return;
      if (ready) return start();
      // A child that dies before it is loaded would die again: unless another child is there to
      // read them, the documents left cannot be read.
      if (alive.size) return;
      for (const left of queue.splice(0)) left.resolve(failed(left.file, new Error(`recolte's reader could not start (${signal ?? `exit code ${code}`}): ${said.trim().split('\n')[0] ?? ''}`)));
    });
  };
  const dispatch = (): void => {
    while (idle.length && queue.length) {
      const child = idle.shift()!;
      const job = queue.shift()!;
      running.set(child, job);
      child.send({ file: job.file, bytes: job.bytes, options });
      // A document that takes too long has its child stopped: a runaway is one document's error.
      const seconds = secondsFor(limits, job.bytes.length);
      timers.set(
        child,
        setTimeout(() => {
          job.overran = seconds;
          child.kill('SIGKILL');
        }, seconds * 1000).unref(),
      );
    }
  };
  const failed = (file: string, error: unknown, memoryMb?: number): ParsedDocument => ({ result: null, ingestDiagnostics: [documentFailed(file, error, memoryMb)] });

  return {
    parse(file, bytes) {
      return new Promise((resolve) => {
        queue.push({ file, bytes, resolve });
        // Children start as documents come, up to their number; each takes work once loaded.
        const starting = alive.size - idle.length - running.size;
        if (queue.length > idle.length + starting && alive.size < children) start();
        dispatch();
      });
    },
    async close() {
      closed = true;
      idle.length = 0;
      await Promise.all(
        [...alive].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              // A child still loading has no listener for the disconnection yet: it is stopped.
              // A loaded one lets go when its parent does, or is stopped if it does not.
              if (!loaded.has(child)) return void child.kill();
              child.disconnect();
              setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
            }),
        ),
      );
    },
  };
}

function overran(seconds: number): Error {
  return Object.assign(new Error(`took more than ${seconds} s`), { code: 'RECOLTE_TIMEOUT', seconds });
}

function outOfMemory(): Error {
  return Object.assign(new Error('JavaScript heap out of memory'), { code: 'RECOLTE_OUT_OF_MEMORY' });
}

/** Parses on this thread; an exception is the document's `document-failed` error all the same. */
function inlineParser(options: ParseOptions): DocumentParser {
  return {
    parse: (file, bytes) =>
      import('./document.js')
        .then(({ parseDocument }) => parseDocument(file, bytes, options))
        .catch((error: unknown) => ({ result: null, ingestDiagnostics: [documentFailed(file, error)] })),
    close: async () => {},
  };
}
