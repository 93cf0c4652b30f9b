/**
 * Analysis of many contributions on every core. Analysing is most of dedupe's time at scale
 * (stemming, synonyms, places) and each text is analysed on its own, so the texts are cut into
 * contiguous shares: worker threads take all but the first, which this thread does meanwhile.
 * The result is the same, in the same order, as analysing on one thread.
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
}

/** Packed analyses (packAnalysis) of the texts, in order. */
export async function analyzeAll(texts: readonly string[], synonyms: Synonyms, options: ParallelOptions = {}): Promise<string[]> {
  const threads = options.threads ?? Math.min(os.availableParallelism(), 4);
  const script = new URL('./analyze-worker.js', import.meta.url);
  // From TypeScript sources (tests) there is no compiled worker: analyse on this thread.
  if (threads < 2 || texts.length < (options.minTexts ?? 20_000) || !existsSync(fileURLToPath(script))) {
    return texts.map((text) => packAnalysis(analyze(text, synonyms)));
  }
  const share = Math.ceil(texts.length / threads);
  const workers = Array.from({ length: threads - 1 }, (_, i) =>
    new Promise<string[]>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { texts: texts.slice((i + 1) * share, (i + 2) * share), table: synonyms.table } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`analysis worker stopped with code ${code}`)));
    }),
  );
  const own = texts.slice(0, share).map((text) => packAnalysis(analyze(text, synonyms)));
  return own.concat(...(await Promise.all(workers)));
}
