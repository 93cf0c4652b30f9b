/** Worker thread running one part of the candidate join (see candidates.ts, parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { joinPart } from './candidates.js';
import { unpackVectors, type PackedJoin } from './parallel.js';

const job = workerData as PackedJoin & { part: number; parts: number };
const triples = joinPart(unpackVectors(job), job.weights, job.group, job.threshold, job.part, job.parts);
parentPort!.postMessage(triples, [triples.buffer as ArrayBuffer]);
