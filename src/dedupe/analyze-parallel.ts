/**
 * Analysis of many contributions on every core. Analysing is most of dedupe's time at scale
 * (stemming, synonyms, places) and each text is analysed on its own, so the texts are cut into
 * chunks that this thread and worker threads take in turn, each the next chunk when it is done
 * with one. With two equal shares, the worker finished last: it first spends some 0.5 s
 * loading its tables and warming up, and two threads analysing at once each run slower than
 * one alone (their garbage collectors share the cores), so the split is best decided as it goes. The result is the same, in the same order, as analysing
 * on one thread.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, packAnalysis } from './analyze.js';
import type { Synonyms } from './synonyms.js';

export interface ParallelOptions {
  /** Threads in all, this one included; default: the cores, at most 4. */
  threads?: number;
  /** Below this many texts, starting threads costs more than it saves. */
  minTexts?: number;
  /** Texts in a chunk; default CHUNK. */
  chunk?: number;
}

/**
 * A chunk takes a thread some 15–25 ms: short enough to share the end of the run evenly, long
 * enough that messages cost little. At 100,000 records: 1.45 s of analysis with chunks of
 * 1,000, 1.53 s with 2,000 or 5,000, 1.68 s with two equal shares, 1.63 s on one thread.
 */
const CHUNK = 1_000;

/** Chunks sent to a worker before it answers the first. */
const IN_FLIGHT = 2;

/** A chunk sent to a worker: where it starts, and its texts. */
export interface ChunkMessage {
  start: number;
  texts: readonly string[];
}

/** A worker's answer: where the chunk started, and the packed analyses of its texts. */
export interface ChunkResult {
  start: number;
  packed: string[];
}

/** Packed analyses (packAnalysis) of the texts, in order. */
export async function analyzeAll(texts: readonly string[], synonyms: Synonyms, options: ParallelOptions = {}): Promise<string[]> {
  const threads = options.threads ?? Math.min(os.availableParallelism(), 4);
  const script = new URL('./analyze-worker.js', import.meta.url);
  const pack = (text: string): string => packAnalysis(analyze(text, synonyms));
  // From TypeScript sources (tests) there is no compiled worker: analyse on this thread.
  if (threads < 2 || texts.length < (options.minTexts ?? 20_000) || !existsSync(fileURLToPath(script))) return texts.map(pack);

  const size = Math.max(1, options.chunk ?? CHUNK);
  const out = new Array<string>(texts.length);
  let next = 0;
  const take = (): ChunkMessage | null => {
    if (next >= texts.length) return null;
    const start = next;
    next = Math.min(texts.length, next + size);
    return { start, texts: texts.slice(start, next) };
  };
  const workers: Worker[] = [];
  const done = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(script, { workerData: { table: synonyms.table } });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      let pending = 0;
      const send = (): void => {
        const chunk = take();
        if (chunk) {
          worker.postMessage(chunk);
          pending++;
        } else if (pending === 0) resolve();
      };
      worker.on('message', ({ start, packed }: ChunkResult) => {
        for (let i = 0; i < packed.length; i++) out[start + i] = packed[i]!;
        pending--;
        send();
      });
      worker.once('error', reject);
      // Stopped by `terminate` below once done; stopping earlier, with chunks unanswered, is a failure.
      worker.once('exit', (code) => pending > 0 && reject(new Error(`analysis worker stopped with code ${code} before answering`)));
      // A chunk ahead, so that a worker never waits for this thread to finish its own chunk.
      for (let i = 0; i < IN_FLIGHT; i++) send();
    });
  });
  // Handled from now on: a worker failing while this thread analyses must not go unhandled.
  const finished = Promise.all(done);
  finished.catch(() => {});
  try {
    // This thread takes chunks too, and lets the workers' answers in between (they ask for the next one).
    for (let chunk = take(); chunk; chunk = take()) {
      for (let i = 0; i < chunk.texts.length; i++) out[chunk.start + i] = pack(chunk.texts[i]!);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await finished;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return out;
}
