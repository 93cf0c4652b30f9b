/**
 * The candidate join on every core: each worker thread probes an interleaved share of the
 * records against its own copy of the index, and the parts are merged and sorted as one.
 * Same pairs, same order as the single-threaded join.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { candidatePairs, sortPairs, type PairList } from './candidates.js';
import type { Vector } from './vectors.js';

/** Below this many vectors, starting threads costs more than it saves. */
const MIN_PARALLEL = 20_000;

export interface PackedJoin {
  offsets: Int32Array;
  terms: Int32Array;
  totals: Int32Array;
  weights: Int32Array;
  group: Int32Array;
  threshold: number;
}

/** Vectors as three flat arrays, cheap to send to a thread. */
export function packVectors(vectors: readonly Vector[]): Pick<PackedJoin, 'offsets' | 'terms' | 'totals'> {
  const offsets = new Int32Array(vectors.length + 1);
  vectors.forEach((v, i) => (offsets[i + 1] = offsets[i]! + v.terms.length));
  const terms = new Int32Array(offsets[vectors.length]!);
  vectors.forEach((v, i) => terms.set(v.terms, offsets[i]!));
  return { offsets, terms, totals: Int32Array.from(vectors, (v) => v.weight) };
}

/** The vectors back from their flat arrays (views, no copy). */
export function unpackVectors({ offsets, terms, totals }: Pick<PackedJoin, 'offsets' | 'terms' | 'totals'>): Vector[] {
  return Array.from(totals, (weight, i) => ({ terms: terms.subarray(offsets[i]!, offsets[i + 1]!), weight }));
}

/** The candidate join, on all cores when the input is large and the compiled worker is there. */
export async function candidatePairsParallel(
  vectors: readonly Vector[],
  weights: Int32Array,
  group: Int32Array,
  threshold: number,
  threads = Math.min(os.availableParallelism(), 4),
): Promise<PairList> {
  const script = new URL('./join-worker.js', import.meta.url);
  // From TypeScript sources (tests) there is no compiled worker: join on this thread.
  if (threads < 2 || vectors.length < MIN_PARALLEL || !existsSync(fileURLToPath(script))) {
    return candidatePairs(vectors, weights, group, threshold);
  }
  const packed: PackedJoin = { ...packVectors(vectors), weights, group, threshold };
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, part) =>
      new Promise<Int32Array>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { ...packed, part, parts: threads } });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`join worker stopped with code ${code}`)));
      }),
    ),
  );
  return sortPairs(...parts);
}
