#!/usr/bin/env node
// Screenshots of the HTML report for the README, taken in Debian's Chromium (no browser download):
//
//   node scripts/screenshots.mjs [report.html] [--out DIR]
//
// Without a file, synthesizes what npm start reads (fixtures/seeds and fixtures/consultation/documents) into a temporary folder with the built bin
// (npm run build first) and shoots its synthese.html. Writes DIR/report-desktop.png (1280×800)
// and DIR/report-mobile.png (390×844), each the first screen (the whole page, some 12,000 pixels
// high, made a 1.4 MB picture); DIR is docs by default.
// Like the browser tests, the page gets no request out: any it makes is aborted and named on
// stderr. Exit code 0, 1 when the report or the browser is missing or fails, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
// The same flags as test/browser/harness.ts: as root no sandbox; none of Chromium's own traffic.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = [
  { name: 'report-desktop.png', viewport: { width: 1280, height: 800 }, fullPage: false, mobile: false },
  { name: 'report-mobile.png', viewport: { width: 390, height: 844 }, fullPage: false, mobile: true },
];

/** RECOLTE_CHROMIUM, else /usr/bin/chromium, else chromium on PATH, as the harness looks. */
function chromiumPath() {
  const candidates = process.env.RECOLTE_CHROMIUM
    ? [process.env.RECOLTE_CHROMIUM]
    : ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((folder) => path.join(folder, 'chromium'))];
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

let scratch;
function fail(message, code = 1) {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.stderr.write(`screenshots: ${message}\n`);
  process.exit(code);
}

let options;
try {
  options = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'docs' } } });
} catch (error) {
  fail(`${error.message}\nusage: node scripts/screenshots.mjs [report.html] [--out DIR]`, 2);
}
if (options.positionals.length > 1) fail('one report at most\nusage: node scripts/screenshots.mjs [report.html] [--out DIR]', 2);

const executablePath = chromiumPath();
if (!executablePath) fail('no Chromium: apt-get install chromium (Debian), or set RECOLTE_CHROMIUM');

let report = options.positionals[0];
if (report === undefined) {
  scratch = mkdtempSync(path.join(tmpdir(), 'recolte-screenshots-'));
  const run = spawnSync(process.execPath, ['bin/recolte.js', 'synthesize', 'fixtures/seeds', 'fixtures/consultation/documents', '-o', scratch, '--force'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) fail(`recolte synthesize failed (exit ${run.status}; npm run build first?):\n${run.stderr}`);
  report = path.join(scratch, 'synthese.html');
}
report = path.resolve(report);
if (!existsSync(report)) fail(`${report}: no such file${scratch ? ' (recolte synthesize wrote no synthese.html)' : ''}`);

const own = pathToFileURL(report).href;
const out = path.resolve(root, options.values.out);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ARGS });
let status = 0;
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, isMobile: shot.mobile, hasTouch: shot.mobile, serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.split('#')[0] === own) return route.continue();
      process.stderr.write(`screenshots: warning: the report requested ${url} (aborted)\n`);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`screenshots: warning: ${error.message}\n`));
    await page.goto(own);
    const file = path.join(out, shot.name);
    await page.screenshot({ path: file, fullPage: shot.fullPage, animations: 'disabled' });
    process.stderr.write(`${path.relative(process.cwd(), file) || file} (${shot.viewport.width}×${shot.viewport.height}${shot.fullPage ? ', whole page' : ''})\n`);
    await context.close();
  }
} catch (error) {
  process.stderr.write(`screenshots: ${error.message}\n`);
  status = 1;
} finally {
  await browser.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = status;
