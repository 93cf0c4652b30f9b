#!/usr/bin/env node
// Speed and memory of `recolte dedupe` as a user runs it (whole process, cold), on generated
// corpora of 1,700 and 100,000 contributions (--full adds 1,000,000). Each size runs three
// times; the median wall time and the largest peak RSS are reported (GNU time gives both).
// Results go to bench/results/dedupe-scale.json. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = `${root}bench/.data`;
const sizes = [1_700, 100_000, ...(process.argv.includes('--full') ? [1_000_000] : [])];
const RUNS = 3;

if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time (GNU time) is needed to measure peak memory: apt-get install time');
  process.exit(2);
}
mkdirSync(data, { recursive: true });
mkdirSync(`${root}bench/results`, { recursive: true });

const results = [];
for (const size of sizes) {
  const input = `${data}/records-${size}.ndjson`;
  if (!existsSync(input)) {
    const out = createWriteStream(input);
    for (const record of generate(size, 1)) if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, `${root}bin/recolte.js`, '-q', 'dedupe', input, '-o', `${data}/clusters-${size}.ndjson`], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`dedupe failed on ${size} records:\n${run.stderr}`);
    const [seconds, kilobytes] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    runs.push({ seconds, peakMB: Math.round(kilobytes / 1024) });
  }
  const times = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const result = { records: size, medianSeconds: times[1], minSeconds: times[0], maxSeconds: times[2], peakMB: Math.max(...runs.map((r) => r.peakMB)), recordsPerSecond: Math.round(size / times[1]) };
  results.push(result);
  console.log(`${String(size).padStart(9)} records: ${result.medianSeconds.toFixed(2)} s median (${times[0].toFixed(2)}–${times[2].toFixed(2)}), peak ${result.peakMB} MB, ${result.recordsPerSecond} records/s`);
}
writeFileSync(
  `${root}bench/results/dedupe-scale.json`,
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), results }, null, 2)}\n`,
);
