// What writing base.sqlite costs synthesize: the whole command and its export stage, with and
// without the base (--no-base), on the seeds and on the 1,700-contribution corpus of the suite.
//
//   npm run build && node bench/base.mjs [--runs N]
//
// Runs alternate (with, without, with…) so that a busy machine weighs on both alike; the
// figures are medians. Results go to bench/results/base.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { machine } from './machine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'recolte.js');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One synthesize run: wall time (s), and the export stage's time (ms) from its report. */
function synthesize(inputs, out, base) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, '-q', 'synthesize', ...inputs, '-o', out, '--force', ...(base ? [] : ['--no-base'])], { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`synthesize failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(readFileSync(path.join(out, 'rapport.json'), 'utf8'));
  return { wall, export: report.timings.export };
}

function measure(name, inputs) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'recolte-bench-base-'));
  const samples = { with: [], without: [] };
  try {
    // One run each first, unmeasured: file caches, the corpus's first read.
    synthesize(inputs, path.join(work, 'with'), true);
    synthesize(inputs, path.join(work, 'without'), false);
    for (let i = 0; i < RUNS; i++) {
      samples.with.push(synthesize(inputs, path.join(work, 'with'), true));
      samples.without.push(synthesize(inputs, path.join(work, 'without'), false));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const row = (list) => ({ wallSeconds: median(list.map((s) => s.wall)), exportMs: median(list.map((s) => s.export)) });
  return { name, runs: RUNS, withBase: row(samples.with), withoutBase: row(samples.without) };
}

const corpus = mkdtempSync(path.join(os.tmpdir(), 'recolte-bench-corpus-'));
const results = [];
try {
  results.push(measure('seeds (5 documents, 76 contributions)', [path.join(root, 'fixtures', 'seeds')]));
  writeCorpus(corpus, 1_700, 40, 1);
  results.push(measure('corpus (40 documents, 1,700 contributions)', [path.join(corpus, 'documents')]));
} finally {
  rmSync(corpus, { recursive: true, force: true });
}

console.log('| synthesize on | runs | with base: total, export | without: total, export | cost of the base |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const cost = r.withBase.wallSeconds - r.withoutBase.wallSeconds;
  console.log(
    `| ${r.name} | ${r.runs} | ${r.withBase.wallSeconds.toFixed(2)} s, ${r.withBase.exportMs} ms | ${r.withoutBase.wallSeconds.toFixed(2)} s, ${r.withoutBase.exportMs} ms | ${cost >= 0 ? '+' : ''}${cost.toFixed(2)} s |`,
  );
}
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', 'base.json'), `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
