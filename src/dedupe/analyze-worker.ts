/** Worker thread analysing a share of the contributions (see analyze-parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, packAnalysis, synonymsFor } from './analyze.js';
import type { SynonymTable } from './synonyms.js';

const { texts, table } = workerData as { texts: string[]; table: SynonymTable };
const synonyms = synonymsFor(table);
parentPort!.postMessage(texts.map((text) => packAnalysis(analyze(text, synonyms))));
