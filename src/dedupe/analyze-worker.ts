/** Worker thread analysing the chunks of contributions it is sent (see analyze-parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, packAnalysis, synonymsFor } from './analyze.js';
import type { ChunkMessage, ChunkResult } from './analyze-parallel.js';
import type { SynonymTable } from './synonyms.js';

const { table } = workerData as { table: SynonymTable };
const synonyms = synonymsFor(table);
parentPort!.on('message', ({ start, texts }: ChunkMessage) => {
  const result: ChunkResult = { start, packed: texts.map((text) => packAnalysis(analyze(text, synonyms))) };
  parentPort!.postMessage(result);
});
