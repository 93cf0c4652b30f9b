#!/usr/bin/env node
// The benchmark suite: every measure runs the built CLI as a user would (a whole, cold
// process), several times, and reports the median wall time, the spread, the peak memory
// (RSS, from GNU time) and the throughput. Corpora come from corpus.mjs and generate.mjs
// (seeded, so every run measures the same data) and are kept in bench/.data.
//   node bench/run.mjs [--full] [--runs N] [--only NAME,…]
// --full adds the 1,000,000-contribution scale. Results go to bench/results/bench.json and
// into the tables of BENCHMARKS.md (between its "results" markers).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { generate } from './generate.mjs';
import { machine, requireTimeAndBuild } from './machine.mjs';
import { renderResults } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = path.join(root, 'bench/.data');
const bin = path.join(root, 'bin/recolte.js');
const argv = process.argv.slice(2);
const full = argv.includes('--full');
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
// Documents per corpus: 47 at the Grand Est scale, then about 36 contributions a document.
const SCALES = [
  { contributions: 1_700, documents: 47 },
  { contributions: 100_000, documents: 2_778 },
  ...(full ? [{ contributions: 1_000_000, documents: 27_778 }] : []),
];
const BASELINE_RECORDS = 20_000;

requireTimeAndBuild('bench', root);
mkdirSync(data, { recursive: true });

/**
 * Runs a command `count` times: wall time from a monotonic clock, peak RSS from GNU time.
 * Stops at the first run whose exit code is not among `ok`, and returns its error.
 */
function timed(command, args, count, ok = [0]) {
  const samples = [];
  let peakKB = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!ok.includes(run.status)) return { error: `exited with ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}` };
    peakKB = Math.max(peakKB, Number(run.stderr.trim().split('\n').at(-1)));
    samples.push(seconds);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return { median, medianSeconds: round(median), minSeconds: round(samples[0]), maxSeconds: round(samples.at(-1)), peakMB: Math.round(peakKB / 1024) };
}

/** Runs `node bin/recolte.js ARGS` RUNS times and reports the measure (exit 1, warnings and errors in the data, counts as run). */
function measure(name, args, { bytes = null, items = null, count = runs } = {}) {
  const times = timed(process.execPath, [bin, ...args], count, [0, 1]);
  if (times.error) {
    // A measure that fails is reported as such; the others still run.
    console.log(`${name.padEnd(34)} FAILED, ${times.error}`);
    return { name, command: `recolte ${args.join(' ')}`, error: times.error };
  }
  const { median, medianSeconds, minSeconds, maxSeconds, peakMB } = times;
  const result = {
    name,
    command: `recolte ${args.map((a) => (a.startsWith(root) ? path.relative(root, a) : a)).join(' ')}`,
    runs: count,
    medianSeconds,
    minSeconds,
    maxSeconds,
    peakMB,
    ...(bytes !== null && { megabytes: round(bytes / 1e6), megabytesPerSecond: round(bytes / 1e6 / median) }),
    ...(items !== null && { items, itemsPerSecond: Math.round(items / median) }),
  };
  const rate = result.megabytesPerSecond !== undefined ? `, ${result.megabytesPerSecond} MB/s` : result.itemsPerSecond !== undefined ? `, ${result.itemsPerSecond}/s` : '';
  console.log(`${name.padEnd(34)} ${result.medianSeconds.toFixed(3)} s (${result.minSeconds.toFixed(3)}–${result.maxSeconds.toFixed(3)}), ${result.peakMB} MB${rate}`);
  return result;
}

const round = (x) => Math.round(x * 1000) / 1000;
const wanted = (name) => !only || only.some((o) => name.startsWith(o));

/** Bytes of the files with one of the extensions under a folder. */
function sizeOf(folder, ext) {
  return readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .reduce((sum, f) => sum + statSync(path.join(folder, f)).size, 0);
}

/** The corpus of one scale, written once: documents split by format, and spreadsheet exports. */
function corpus({ contributions, documents }) {
  const folder = path.join(data, `corpus-${contributions}`);
  if (!existsSync(path.join(folder, 'done'))) {
    const written = writeCorpus(folder, contributions, documents, 1);
    for (const ext of ['md', 'txt']) mkdirSync(path.join(folder, ext), { recursive: true });
    for (const f of readdirSync(path.join(folder, 'documents'))) renameSync(path.join(folder, 'documents', f), path.join(folder, path.extname(f).slice(1), f));
    writeFileSync(path.join(folder, 'done'), `${JSON.stringify(written)}\n`);
  }
  return folder;
}

/** Records as parse writes them, from generate.mjs, written once. */
async function records(count) {
  const file = path.join(data, `records-${count}.ndjson`);
  if (!existsSync(file)) {
    const out = createWriteStream(`${file}.part`);
    for (const record of generate(count, 1)) if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    renameSync(`${file}.part`, file);
  }
  return file;
}

/** The first COUNT lines of a file, for the baseline's smaller input. */
function head(file, count) {
  const target = file.replace(/records-\d+/, `records-${count}`);
  if (!existsSync(target)) writeFileSync(target, `${readFileSync(file, 'utf8').split('\n').slice(0, count).join('\n')}\n`);
  return target;
}

/** The Python with scikit-learn: PATH's python3 first, then Debian's. */
function findPython() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

const results = [];
const out = path.join(data, 'out');
mkdirSync(out, { recursive: true });

if (wanted('startup')) {
  results.push(measure('startup --version', ['--version'], { count: Math.max(runs, 10) }));
  results.push(measure('startup --help', ['--help'], { count: Math.max(runs, 10) }));
}

for (const scale of SCALES) {
  const n = scale.contributions;
  const folder = corpus(scale);
  if (wanted('parse')) {
    for (const ext of ['md', 'txt']) {
      results.push(measure(`parse ${ext} ${n}`, ['-q', 'parse', path.join(folder, ext), '-o', path.join(out, `parse-${ext}.ndjson`)], { bytes: sizeOf(path.join(folder, ext), `.${ext}`) }));
    }
    results.push(measure(`parse csv ${n}`, ['-q', 'parse', path.join(folder, 'tables'), '-o', path.join(out, 'parse-csv.ndjson')], { bytes: sizeOf(path.join(folder, 'tables'), '.csv'), items: n }));
  }
  const recordsFile = await records(n);
  const clustersFile = path.join(out, `clusters-${n}.ndjson`);
  if (wanted('dedupe') || wanted('export')) {
    results.push(measure(`dedupe ${n}`, ['-q', 'dedupe', recordsFile, '-o', clustersFile], { items: n }));
  }
  if (wanted('export')) {
    results.push(measure(`export csv ${n}`, ['-q', 'export', 'csv', recordsFile, '-o', path.join(out, 'export.csv')], { items: n, bytes: statSync(recordsFile).size }));
    results.push(measure(`export csv --excel ${n}`, ['-q', 'export', 'csv', '--excel', recordsFile, '-o', path.join(out, 'export.csv')], { items: n, bytes: statSync(recordsFile).size }));
    results.push(measure(`export markdown ${n}`, ['-q', 'export', 'markdown', recordsFile, clustersFile, '-o', path.join(out, 'export.md')], { items: n }));
  }
  if (n === 1_700 && wanted('synthesize')) {
    results.push(measure(`synthesize ${n}`, ['-q', 'synthesize', path.join(folder, 'md'), path.join(folder, 'txt'), '-o', path.join(out, 'synthese'), '--force'], { items: n }));
  }
}

let baseline = null;
if (wanted('baseline')) baseline = await runBaseline();

/**
 * The side-by-side baseline: scikit-learn TF-IDF, cosine radius neighbours and connected
 * components (bench/baseline-sklearn.py), against recolte dedupe on the same 20,000
 * records, and both scored on the labelled set. Its radius is the best of a sweep on the
 * labelled set, which favours the baseline.
 */
async function runBaseline() {
  const python = findPython();
  if (!python) {
    const note = 'scikit-learn not found (Debian: apt-get install python3-sklearn): baseline skipped';
    console.log(`baseline: ${note}`);
    return { skipped: note };
  }
  const { evaluate } = await import('./dedupe-quality.mjs');
  const { pairwiseScores } = await import('../dist/dedupe/metrics.js');
  const script = path.join(root, 'bench/baseline-sklearn.py');
  const labelled = path.join(root, 'fixtures/dedup/records.ndjson');
  const gold = new Map(readFileSync(path.join(root, 'fixtures/dedup/gold.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((g) => [g.id, g.label]));
  const sweep = [];
  for (const radius of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const assignments = path.join(out, 'baseline-labelled.ndjson');
    const run = spawnSync(python, [script, labelled, '--radius', String(radius), '--out', assignments], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`baseline failed:\n${run.stderr}`);
    const predicted = new Map(readFileSync(assignments, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((a) => [a.id, a.cluster]));
    sweep.push({ radius, ...pairwiseScores(predicted, gold) });
  }
  const best = sweep.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const ours = (await evaluate(0.5)).pairwise;
  const input = head(await records(100_000), BASELINE_RECORDS);
  const baselineRun = timed(python, [script, input, '--radius', String(best.radius), '--out', path.join(out, 'baseline.ndjson')], runs);
  if (baselineRun.error) throw new Error(`baseline failed on ${BASELINE_RECORDS} records: ${baselineRun.error}`);
  const recolte = measure(`dedupe ${BASELINE_RECORDS}`, ['-q', 'dedupe', input, '-o', path.join(out, 'clusters-baseline.ndjson')], { items: BASELINE_RECORDS });
  const { medianSeconds, minSeconds, maxSeconds, peakMB } = baselineRun;
  const sklearn = { medianSeconds, minSeconds, maxSeconds, peakMB };
  console.log(`${'baseline scikit-learn 20000'.padEnd(34)} ${sklearn.medianSeconds.toFixed(3)} s, ${sklearn.peakMB} MB; F1 ${best.f1.toFixed(3)} (radius ${best.radius}) vs recolte ${ours.f1.toFixed(3)}`);
  return { records: BASELINE_RECORDS, radius: best.radius, sweep, sklearn: { ...sklearn, pairwise: best }, recolte: { ...recolte, pairwise: ours }, speedup: round(sklearn.medianSeconds / recolte.medianSeconds) };
}

const report = { machine: machine(), runs, full, results, baseline };
// A partial run (--only) is for looking into one measure: it leaves the recorded results alone.
if (!only) {
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  const page = path.join(root, 'BENCHMARKS.md');
  writeFileSync(page, renderResults(existsSync(page) ? readFileSync(page, 'utf8') : '', report));
  console.log('results: bench/results/bench.json, BENCHMARKS.md');
}
