#!/usr/bin/env node
// recolte under hostile input (issue 14): for each input of hostile-inputs.mjs (deep nesting,
// long lines, zip bombs, a 10,000-page PDF, huge declared sheets, YAML bombs…), built at the
// issue's size in a temporary folder, runs the built CLI as a user would, beside a good file:
//   recolte --no-config parse HOSTILE good.md -o records.ndjson
// and reports the wall time and the peak memory (RSS) of the whole run: recolte reads each
// document in a child process, so the peak is the highest sum of recolte's and its children's
// RSS, sampled from /proc every 50 ms, or GNU time's figure (the largest single process) when
// higher. Also its exit code, the first diagnostic that names the hostile file, and whether
// good.md's 2 records were still written. A run is killed (its whole process group) at the
// timeout, or when its memory passes --max-memory. The bar: under 10 s and 512 MB, exit 0 or 1, good.md's records written.
// Runs one input at a time (some take gigabytes). Run after `npm run build`:
//   node bench/hostile.mjs [--only NAME,…] [--timeout S] [--max-memory MB] [--json FILE] [--keep] [--small]
//   node bench/hostile.mjs --table bench/results/hostile.json   # the table of recorded results
// --timeout: seconds before a run is killed (60); --max-memory: megabytes of RSS before it is
// (16000), to keep the machine alive; --json: where the results go (bench/results/hostile.json;
// a partial run, --only, writes them only when --json is given); --keep: leave the temporary
// folder and its inputs; --small: build the tests' small sizes instead (a check of the script,
// nothing written unless --json is given); --table FILE: print the table of results written
// before, without running anything. Prints a Markdown table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { HOSTILE_INPUTS, goodMarkdown } from './hostile-inputs.mjs';
import { machine, requireTimeAndBuild } from './machine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/recolte.js');
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const only = argv.includes('--only') ? option('--only').split(',') : null;
const timeout = Number(option('--timeout', 60));
const maxMemoryMB = Number(option('--max-memory', 16_000));
const jsonFile = option('--json', only || argv.includes('--small') ? null : path.join(root, 'bench/results/hostile.json'));
const keep = argv.includes('--keep');
const small = argv.includes('--small');
const tableOf = option('--table', null);
/** The bar. */
const BOUNDS = { seconds: 10, peakMB: 512 };
const GOOD_RECORDS = 2;

if (tableOf) {
  printTable(JSON.parse(readFileSync(tableOf, 'utf8')));
  process.exit(0);
}
requireTimeAndBuild('hostile', root);
const unknown = only?.filter((name) => !HOSTILE_INPUTS.some((input) => input.name === name)) ?? [];
if (unknown.length) {
  console.error(`hostile: no input named ${unknown.join(', ')}; the inputs are: ${HOSTILE_INPUTS.map((i) => i.name).join(', ')}`);
  process.exit(2);
}

/** The highest RSS (VmHWM) of a process so far, in kilobytes, or 0 when it is gone. */
function highWater(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The resident memory (VmRSS) of a process now, in kilobytes, or 0 when it is gone. */
function resident(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A process and all the processes below it. */
function treeOf(pid) {
  const all = [];
  for (const pending = [pid]; pending.length; ) {
    const next = pending.pop();
    all.push(next);
    pending.push(...childrenOf(next));
  }
  return all;
}

/** The processes started by `pid`. */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Keeps the first and the last bytes of a stream that may be huge (thousands of warnings). */
function capture(stream, headBytes = 256 * 1024, tailBytes = 16 * 1024) {
  let head = '';
  let tail = '';
  let dropped = 0;
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    if (head.length < headBytes) {
      const room = headBytes - head.length;
      head += chunk.slice(0, room);
      chunk = chunk.slice(room);
    }
    if (!chunk) return;
    tail += chunk;
    if (tail.length > tailBytes) {
      dropped += tail.length - tailBytes;
      tail = tail.slice(-tailBytes);
    }
  });
  return () => ({ head, tail, dropped });
}

/**
 * Runs `recolte ARGS` in `cwd` under GNU time, in its own process group, killed at the timeout
 * or past the memory cap. Resolves to its exit, wall time, peak RSS and stderr.
 */
function run(args, cwd) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, bin, ...args], {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const stderr = capture(child.stderr);
    let killed = null;
    let sampledKB = 0;
    const kill = (why) => {
      if (killed) return;
      killed = why;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    // recolte reads documents in child processes: the peak of the whole run is the highest sum
    // of the resident memory of recolte and its children, sampled, or the highest of any one.
    const sampler = setInterval(() => {
      const tree = childrenOf(child.pid).flatMap(treeOf);
      const sum = tree.reduce((total, pid) => total + resident(pid), 0);
      sampledKB = Math.max(sampledKB, sum, ...tree.map(highWater));
      if (sampledKB / 1024 > maxMemoryMB) kill('memory');
    }, 50);
    const timer = setTimeout(() => kill('timeout'), timeout * 1000);
    child.on('close', () => {
      clearInterval(sampler);
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const { head, tail, dropped } = stderr();
      const all = dropped ? `${head}\n…\n${tail}` : head + tail;
      const lines = all.split('\n');
      // GNU time's own lines: the measure last, and how the command ended.
      const measure = lines.map((l) => /^TIME ([\d.]+) (\d+)$/.exec(l)).findLast(Boolean);
      const exited = lines.map((l) => /^Command exited with non-zero status (\d+)$/.exec(l)).findLast(Boolean);
      const signalled = lines.map((l) => /^Command terminated by signal (\d+)$/.exec(l)).findLast(Boolean);
      const own = lines.filter((l) => !/^(TIME [\d.]+ \d+|Command exited with non-zero status \d+|Command terminated by signal \d+)$/.test(l));
      const signal = signalled ? signalName(Number(signalled[1])) : null;
      resolve({
        killed,
        exit: killed ? null : signal ? null : exited ? Number(exited[1]) : measure ? 0 : null,
        signal,
        seconds,
        // GNU time's figure (the largest single process) or the sampled sum of the tree, whichever is higher.
        peakKB: measure ? Math.max(Number(measure[2]), sampledKB) : sampledKB,
        peakMeasured: Boolean(measure),
        stderr: own.join('\n').trim(),
      });
    });
  });
}

const signalName = (n) => Object.entries(os.constants.signals).find(([, v]) => v === n)?.[0] ?? `signal ${n}`;

/** The records of good.md in the output file, or null when there is no output. */
async function goodRecords(file) {
  if (!existsSync(file)) return null;
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line.includes('"good.md"')) continue;
    try {
      if (JSON.parse(line).source?.file === 'good.md') count++;
    } catch {
      // A line cut short: not a record.
    }
  }
  return count;
}

/** What stderr says about the hostile file: its first diagnostic, else its summary, else the first line not about good.md. */
function messageAbout(stderr, name) {
  const lines = stderr.split('\n').filter(Boolean);
  const about = lines.filter((l) => l.startsWith(`${name}:`));
  const diagnostic = about.find((l) => /^[^:]+(:\d+:\d+)?: (error|warning): /.test(l)) ?? null;
  const summary = about.find((l) => !/^[^:]+(:\d+:\d+)?: (error|warning): /.test(l)) ?? null;
  const other = lines.find((l) => !l.startsWith('good.md:')) ?? null;
  return { diagnostic, summary, message: diagnostic ?? summary ?? other ?? '' };
}

function shorten(text, length = 110) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
function megabytes(bytes) {
  return bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'recolte-hostile-'));
await goodMarkdown(dir);
const results = [];
for (const input of HOSTILE_INPUTS) {
  if (only && !only.includes(input.name)) continue;
  const built = process.hrtime.bigint();
  const file = await input.build(dir, ...(small ? input.small : input.full));
  const buildSeconds = Number(process.hrtime.bigint() - built) / 1e9;
  const name = path.basename(file);
  const bytes = statSync(file).size;
  const output = path.join(dir, `records-${input.name}.ndjson`);
  const ran = await run(['--no-config', 'parse', name, 'good.md', '-o', output], dir);
  const good = await goodRecords(output);
  const { diagnostic, summary, message } = messageAbout(ran.stderr, name);
  const peakMB = Math.round(ran.peakKB / 1024);
  const result = {
    name: input.name,
    what: input.what,
    file: name,
    bytes,
    buildSeconds: round(buildSeconds),
    exit: ran.exit,
    signal: ran.signal,
    killed: ran.killed,
    seconds: round(ran.seconds),
    peakMB,
    peakMeasured: ran.peakMeasured,
    message,
    diagnostic,
    summary,
    goodRecords: good,
    withinBounds: !ran.killed && (ran.exit === 0 || ran.exit === 1) && ran.seconds < BOUNDS.seconds && peakMB < BOUNDS.peakMB && good === GOOD_RECORDS,
    stderrHead: ran.stderr.slice(0, 2000),
  };
  results.push(result);
  console.error(`${input.name.padEnd(22)} ${megabytes(bytes).padStart(8)}  ${exitOf(result).padEnd(8)} ${timeOf(result).padStart(10)} ${peakOf(result).padStart(10)}  ${shorten(message, 90)}`);
  if (!keep) rmSync(file, { force: true });
  if (!keep) rmSync(output, { force: true });
}

function round(x) {
  return Math.round(x * 100) / 100;
}
function exitOf(r) {
  if (r.killed === 'timeout') return 'timeout';
  if (r.killed === 'memory') return 'killed';
  return r.signal ?? String(r.exit);
}
function timeOf(r, limit = timeout) {
  return r.killed === 'timeout' ? `> ${limit} s` : `${r.seconds.toFixed(2)} s`;
}
function peakOf(r) {
  return `${r.peakMeasured ? '' : '≥ '}${r.peakMB.toLocaleString('en')} MB`;
}
/** Text for a code span in a table cell. */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/`/g, "'");
}
/** A description for a table cell, its HTML tags in code (or Markdown would take them for tags). */
function prose(text) {
  return text.replace(/\|/g, '\\|').replace(/(?<!`)(<[^>]+>)+(?!`)/g, '`$&`');
}

/** The Markdown table of a report: one row an input, then how many are within the bounds. */
function printTable({ machine, timeoutSeconds, maxMemoryMB, small, bounds, results }) {
  console.log(`\nrecolte --no-config parse HOSTILE good.md -o FILE, one run each, killed after ${timeoutSeconds} s or past ${maxMemoryMB.toLocaleString('en')} MB${small ? ' (small sizes)' : ''}; ${machine.date}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node.js ${machine.node}.\n`);
  console.log("| input | size | exit | time | peak memory | message | good file's records |");
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const r of results) {
    const good = r.goodRecords === null ? 'no output' : `${r.goodRecords} / ${GOOD_RECORDS}`;
    const message = r.message ? `\`${cell(shorten(r.message))}\`` : r.killed ? 'nothing on stderr before it was killed' : '–';
    console.log(`| \`${r.name}\`: ${prose(r.what)} | ${megabytes(r.bytes)} | ${exitOf(r)} | ${timeOf(r, timeoutSeconds)} | ${peakOf(r)} | ${message} | ${good} |`);
  }
  const within = results.filter((r) => r.withinBounds).length;
  console.log(`\n${within} of ${results.length} inputs within the issue's bounds (under ${bounds.seconds} s and ${bounds.peakMB} MB, exit 0 or 1, good.md's ${GOOD_RECORDS} records written).`);
}

const report = { machine: machine(), timeoutSeconds: timeout, maxMemoryMB, small, bounds: BOUNDS, results };
printTable(report);
if (jsonFile) {
  mkdirSync(path.dirname(path.resolve(jsonFile)), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`results: ${path.relative(process.cwd(), path.resolve(jsonFile)) || jsonFile}`);
}
if (keep) console.error(`inputs kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
