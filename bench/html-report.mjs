// The HTML report (synthese.html): its size, what writing it costs synthesize, and how fast it
// opens and answers in a real browser (Debian's Chromium, driven by playwright-core), on the
// seeds, on the 1,700-contribution corpus of the suite, and on 100,000 contributions (records
// of the suite's CSV tables, each its own idea: the largest list a report can have).
//
//   npm run build && node bench/html-report.mjs [--runs N] [--skip-large]
//
// Time to first render: from navigation start to the end of the page's script (the ideas
// listed), read from the page's own performance timeline; memory: the page's JS heap once
// listed (Chromium's Performance.getMetrics). Results go to bench/results/html-report.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeCorpus } from './corpus.mjs';
import { machine } from './machine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'recolte.js');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const executablePath = process.env.RECOLTE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`bench/html-report.mjs needs Chromium at ${executablePath}: apt-get install chromium, or set RECOLTE_CHROMIUM`);
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const recolte = (args, options = {}) => {
  const run = spawnSync(process.execPath, [bin, '-q', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (run.status !== 0) throw new Error(`recolte ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run;
};

/** synthesize's export stage with and without the report, in ms (medians). */
function exportCost(inputs, work) {
  const stage = (html) => {
    recolte(['synthesize', ...inputs, '-o', path.join(work, html ? 'with' : 'without'), '--force', '--no-base', ...(html ? [] : ['--no-html'])]);
    return JSON.parse(readFileSync(path.join(work, html ? 'with' : 'without', 'rapport.json'), 'utf8')).timings.export;
  };
  stage(true);
  stage(false);
  const samples = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.with.push(stage(true));
    samples.without.push(stage(false));
  }
  return { withHtmlMs: median(samples.with), withoutHtmlMs: median(samples.without) };
}

/** Opens the report RUNS times in a fresh page; first render, heap, and the first and a later search. */
async function inBrowser(browser, file) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('ideas-count')?.textContent !== '');
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, firstPaint: paint ? paint.startTime : null };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    // Typing to the ideas listed; the first search includes whatever is left of building the index.
    const time = async (word) => {
      const started = performance.now();
      await page.fill('#search', word);
      await page.waitForFunction((w) => document.getElementById('search').value === w && !/…$/.test(document.getElementById('ideas-count').textContent), word);
      return performance.now() - started;
    };
    const search = { first: await time('medecin'), next: await time('maison sante') };
    if (errors.length) throw new Error(`${file}: ${errors.join('; ')}`);
    samples.push({ ...timing, heapMB: heap / 1e6, ...search });
    await context.close();
  }
  const m = (key) => median(samples.map((s) => s[key]));
  return { domContentLoadedMs: m('domContentLoaded'), loadMs: m('load'), firstPaintMs: m('firstPaint'), heapMB: m('heapMB'), firstSearchMs: m('first'), nextSearchMs: m('next') };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'recolte-bench-html-'));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const results = [];
try {
  const cases = [{ name: 'seeds (5 documents, 76 contributions)', inputs: [path.join(root, 'fixtures', 'seeds')], synthesize: true }];
  writeCorpus(path.join(work, 'corpus-1700'), 1_700, 47, 1);
  cases.push({ name: 'corpus (47 documents, 1,700 contributions)', inputs: [path.join(work, 'corpus-1700', 'documents')], synthesize: true });
  for (const c of cases) {
    const out = path.join(work, 'out');
    recolte(['synthesize', ...c.inputs, '-o', out, '--force', '--no-base']);
    const file = path.join(out, 'synthese.html');
    recolte(['export', 'html', path.join(out, 'records.ndjson'), path.join(out, 'clusters.ndjson'), '--no-sources', '-o', path.join(work, 'light.html')]);
    results.push({
      name: c.name,
      bytes: statSync(file).size,
      bytesWithoutSources: statSync(path.join(work, 'light.html')).size,
      ...exportCost(c.inputs, work),
      browser: await inBrowser(browser, file),
    });
    console.error(`done: ${c.name}`);
  }
  if (!process.argv.includes('--skip-large')) {
    // 100,000 contributions: the suite's CSV tables, parsed, each record its own idea.
    writeCorpus(path.join(work, 'corpus-100k'), 100_000, 1, 1);
    const records = path.join(work, 'records-100k.ndjson');
    recolte(['parse', path.join(work, 'corpus-100k', 'tables'), '-o', records]);
    const file = path.join(work, 'large.html');
    const started = performance.now();
    recolte(['export', 'html', records, '-o', file]);
    const seconds = (performance.now() - started) / 1000;
    recolte(['export', 'html', records, '--no-sources', '-o', path.join(work, 'large-light.html')]);
    results.push({
      name: 'tables (100,000 contributions, not grouped)',
      bytes: statSync(file).size,
      bytesWithoutSources: statSync(path.join(work, 'large-light.html')).size,
      exportHtmlSeconds: seconds,
      browser: await inBrowser(browser, file),
    });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log('| report of | size (without sources) | export stage with / without the report | DOMContentLoaded | script done (load) | JS heap | first search / next |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const b = r.browser;
  const cost = r.withHtmlMs !== undefined ? `${r.withHtmlMs} / ${r.withoutHtmlMs} ms` : `export html: ${r.exportHtmlSeconds.toFixed(1)} s`;
  console.log(`| ${r.name} | ${kb(r.bytes)} (${kb(r.bytesWithoutSources)}) | ${cost} | ${b.domContentLoadedMs.toFixed(0)} ms | ${b.loadMs.toFixed(0)} ms | ${b.heapMB.toFixed(0)} MB | ${b.firstSearchMs.toFixed(0)} / ${b.nextSearchMs.toFixed(0)} ms |`);
}
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', 'html-report.json'), `${JSON.stringify({ machine: machine(), runs: RUNS, results }, null, 2)}\n`);
