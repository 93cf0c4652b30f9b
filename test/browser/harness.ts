/**
 * Browser-test harness: Debian's Chromium driven by playwright-core, never a downloaded browser.
 * A report is opened from its file:// URL with everything else refused and written down, so a
 * test can assert that it makes no request, logs no error and has no serious accessibility
 * violation.
 *
 * In a test file:
 *
 *     describe('synthese.html', () => {
 *       const browser = useBrowser();
 *       it('makes no request', async () => {
 *         const report = await openReport(browser(), file, { width: 1280, height: 800 });
 *         expect(report.requests).toEqual([]);
 *         await report.close();
 *       });
 *     });
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * Chromium's flags. As root the sandbox cannot start; the network ones stop Chromium's own
 * background connections (updates, sync, Google lookups), which this closed network refuses.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Time for a beforeAll hook that launches Chromium: a first launch on a loaded 2-core machine is slow. */
export const LAUNCH_TIMEOUT = 60_000;

const INSTALL_HINT = 'apt-get install chromium (Debian), or set RECOLTE_CHROMIUM to a Chromium executable';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: RECOLTE_CHROMIUM when set (and then only it, so a wrong setting is
 * reported rather than replaced), else /usr/bin/chromium, else `chromium` on PATH; null when none.
 */
export function browserPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.RECOLTE_CHROMIUM;
  if (chosen) return isExecutableFile(chosen) ? chosen : null;
  if (isExecutableFile('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, 'chromium');
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function missingMessage(env: NodeJS.ProcessEnv): string {
  const chosen = env.RECOLTE_CHROMIUM;
  const what = chosen
    ? `RECOLTE_CHROMIUM=${chosen} is not an executable file`
    : 'no Chromium found (RECOLTE_CHROMIUM unset, no /usr/bin/chromium, no chromium on PATH)';
  return `${what}; to run the browser tests: ${INSTALL_HINT}`;
}

let noted = false;

function noteSkip(env: NodeJS.ProcessEnv): string {
  const note = `browser tests skipped: ${missingMessage(env)}`;
  if (!noted) {
    noted = true;
    process.stderr.write(`${note}\n`);
  }
  return note;
}

/**
 * Whether browser tests should run here: true when a Chromium is found, and always under CI,
 * where a missing browser must fail the tests rather than skip them. Elsewhere false, after one
 * line on stderr saying how to get them. For `describe.skipIf` around costly setup.
 */
export function browserAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  if (browserPath(env) !== null || env.CI) return true;
  noteSkip(env);
  return false;
}

/** Launches headless Chromium at the given executable (default: browserPath()); throws with an install hint when there is none. */
export async function launch(executablePath: string | null = browserPath()): Promise<Browser> {
  if (executablePath === null) throw new Error(missingMessage(process.env));
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * One Chromium shared by the tests of the calling describe block (or file): registers the hooks
 * that launch and close it, and returns a getter for it, to call inside tests. When no Chromium is
 * found, each test is skipped with a note on stderr, or under CI fails, saying how to install one;
 * a Chromium that fails to start fails each test with its error. Both happen in beforeEach, not
 * beforeAll, because vitest reports the tests of a failed beforeAll as skipped.
 */
export function useBrowser(env: NodeJS.ProcessEnv = process.env): () => Browser {
  const executable = browserPath(env);
  let browser: Browser | undefined;
  let failure: unknown;
  beforeAll(async () => {
    if (executable === null) return;
    try {
      browser = await launch(executable);
    } catch (error) {
      failure = error;
    }
  }, LAUNCH_TIMEOUT);
  beforeEach((context) => {
    if (executable === null) {
      if (env.CI) throw new Error(`CI must run the browser tests: ${missingMessage(env)}`);
      context.skip(noteSkip(env));
    }
    if (failure !== undefined) throw failure;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) {
      throw new Error('no browser yet: call the getter inside a test (in a beforeAll, the describe needs skipIf(!browserAvailable()))');
    }
    return browser;
  };
}

/** A report opened in its own browser context. */
export interface OpenedReport {
  page: Page;
  /** Every request other than for the file itself, in order; each was aborted before leaving. */
  requests: string[];
  /** Console errors (`console: …`) and uncaught exceptions (`pageerror: …`), in order. */
  errors: string[];
  /** Closes the page's context. */
  close: () => Promise<void>;
}

/** URLs that are not requests: content carried inside the page itself. */
const INLINE = /^(?:data|blob|about):/;

/**
 * Opens an HTML file from its file:// URL in a new context at the given viewport, aborting and
 * recording any other request (HTTP, other files, WebSockets), and recording console errors and
 * uncaught exceptions.
 */
export async function openReport(
  browser: Browser,
  file: string,
  viewport: { width: number; height: number },
): Promise<OpenedReport> {
  const own = pathToFileURL(path.resolve(file)).href;
  const isOwn = (url: string): boolean => url.split('#')[0] === own || INLINE.test(url);
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const requests: string[] = [];
  const errors: string[] = [];
  // The route sees the context's requests, the page listener those the route may miss; one
  // request seen by both is written once.
  const seen = new WeakSet<object>();
  const record = (request: { url(): string }): void => {
    if (seen.has(request)) return;
    seen.add(request);
    requests.push(request.url());
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isOwn(request.url())) return route.continue();
    record(request);
    return route.abort('blockedbyclient');
  });
  // A WebSocket is no HTTP request: the route does not see it. Answering it here, without
  // connecting to the server, keeps it inside the browser.
  await context.routeWebSocket(/.*/, (socket) => {
    requests.push(socket.url());
    void socket.close();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!isOwn(request.url())) record(request);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(own);
  return { page, requests, errors, close: () => context.close() };
}

/** One accessibility rule broken, with the elements that break it. */
export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  /** Each element's CSS selector; inside frames or shadow roots, the selectors joined by ' >>> '. */
  targets: string[];
}

const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
let axeSource: string | undefined;

/**
 * Runs axe-core on the page (WCAG 2.1 A and AA, and best practices) and returns the serious and
 * critical violations, sorted by rule, so that `expect(await checkA11y(page)).toEqual([])` shows
 * what is wrong.
 */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate, not addScriptTag: an added inline <script> obeys the page's CSP. It runs under the
  // report's script-src 'unsafe-inline', but fails (and logs a console error) under a CSP that
  // allows scripts only by hash or nonce; evaluate comes through the DevTools protocol, which no
  // CSP governs, and leaves no element in the page.
  if ((await page.evaluate("typeof window.axe === 'object'")) !== true) {
    const loaded = await page.evaluate(`${axeSource};\ntypeof window.axe === 'object'`);
    if (loaded !== true) throw new Error('axe-core did not load into the page');
  }
  const violations = await page.evaluate(async (runOnly) => {
    // The page's globals, typed here: the project's TypeScript has no DOM library.
    type Result = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const { axe, document } = globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<Result> };
      document: unknown;
    };
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((node) =>
        node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' >>> '),
      ),
    }));
  }, AXE_RULES);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .sort((a, b) => a.id.localeCompare(b.id));
}
