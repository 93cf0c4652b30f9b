import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath, checkA11y, openReport, useBrowser } from './harness.js';

// The report's own policy: nothing may be fetched; its inline script and style run.
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">`;
const page = (body: string, head = CSP): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}<title>Essai</title></head><body><main>${body}</main></body></html>`;
const viewport = { width: 800, height: 600 };

describe('browserPath', () => {
  it('takes RECOLTE_CHROMIUM alone when it is set, and null when it is not an executable', () => {
    expect(browserPath({ RECOLTE_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(browserPath({ RECOLTE_CHROMIUM: '/nonexistent/chromium', PATH: '/usr/bin' })).toBeNull();
  });

  it('finds chromium on PATH', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'path-'));
    writeFileSync(path.join(folder, 'chromium'), '#!/bin/sh\n', { mode: 0o755 });
    const found = browserPath({ PATH: `/nonexistent${path.delimiter}${folder}` });
    // /usr/bin/chromium comes first where it is installed.
    expect([path.join(folder, 'chromium'), '/usr/bin/chromium']).toContain(found);
  });
});

describe('browser harness', () => {
  const browser = useBrowser();
  let folder: string;
  let server: Server;
  let origin: string;
  const served: string[] = [];

  const write = (name: string, html: string): string => {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    return file;
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'browser-'));
    // A server on loopback shows what actually leaves the browser.
    server = createServer((request, response) => {
      served.push(`${request.method} ${request.url}`);
      response.end('ok');
    });
    server.on('upgrade', (request, socket) => {
      served.push(`upgrade ${request.url}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs an inline script under the report CSP, with no request and no error', async () => {
    const file = write('csp.html', page(`<p id="out">avant</p><script>document.getElementById('out').textContent = 'après';</script>`));
    const report = await openReport(browser(), file, viewport);
    expect(await report.page.textContent('#out')).toBe('après');
    expect(report.requests).toEqual([]);
    expect(report.errors).toEqual([]);
    await report.close();
  });

  it('records a request for a remote image and aborts it', async () => {
    const file = write('remote.html', page(`<img src="https://example.invalid/x.png" alt="x">`, ''));
    const report = await openReport(browser(), file, viewport);
    expect(report.requests).toEqual(['https://example.invalid/x.png']);
    // Chromium logs the aborted load (net::ERR_BLOCKED_BY_CLIENT.Inspector): a CSP-less leak shows in both lists.
    expect(report.errors).toEqual([expect.stringMatching(/^console: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/)]);
    await report.close();
  });

  it('records a remote image that the report CSP blocks, and the complaint of the CSP', async () => {
    const file = write('csp-leak.html', page(`<img src="https://example.invalid/y.png" alt="y">`));
    const report = await openReport(browser(), file, viewport);
    expect(report.requests).toEqual(['https://example.invalid/y.png']);
    expect(report.errors).toEqual([expect.stringMatching(/^console: Loading the image 'https:\/\/example\.invalid\/y\.png' violates .*Content Security Policy/)]);
    await report.close();
  });

  it('lets nothing out: image, fetch, stylesheet, other file and WebSocket recorded, none reaching a server', async () => {
    const file = write(
      'leaks.html',
      page(
        `<link rel="stylesheet" href="http://${origin}/style.css">
         <link rel="stylesheet" href="voisin.css">
         <img src="http://${origin}/img.png" alt="x">
         <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="y">
         <script>
           fetch('http://${origin}/fetch').catch(() => {});
           new WebSocket('ws://${origin}/socket');
         </script>`,
        '',
      ),
    );
    write('voisin.css', 'p { color: red }');
    const report = await openReport(browser(), file, viewport);
    await expect.poll(() => report.requests.length).toBe(5);
    expect([...report.requests].sort()).toEqual(
      [
        `http://${origin}/style.css`,
        pathToFileURL(path.join(folder, 'voisin.css')).href,
        `http://${origin}/img.png`,
        `http://${origin}/fetch`,
        `ws://${origin}/socket`,
      ].sort(),
    );
    await report.close();
    expect(served).toEqual([]);

    // Control: the same page outside the harness does reach the server, so the silence above is the harness's doing.
    const plain = await browser().newPage();
    await plain.goto(pathToFileURL(file).href);
    await expect.poll(() => served.length).toBeGreaterThan(0);
    await plain.close();
    served.length = 0;
  });

  it('records console errors and uncaught exceptions', async () => {
    const logs = write('console.html', page(`<script>console.log('fine'); console.error('boom', 42);</script>`));
    const throws = write('throws.html', page(`<script>throw new TypeError('raté');</script>`));
    const first = await openReport(browser(), logs, viewport);
    expect(first.errors).toEqual(['console: boom 42']);
    await first.close();
    const second = await openReport(browser(), throws, viewport);
    expect(second.errors).toEqual(['pageerror: raté']);
    await second.close();
  });

  it('finds serious accessibility violations, and none in a clean page, under the report CSP', async () => {
    const broken = write('broken.html', page(`<h1>Essai</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>`, ''));
    const report = await openReport(browser(), broken, viewport);
    const violations = await checkA11y(report.page);
    expect(violations.map((v) => [v.id, v.impact, v.targets])).toEqual([
      ['button-name', 'critical', ['button']],
      ['image-alt', 'critical', ['img']],
    ]);
    expect(violations[0]?.help).toMatch(/discernible text/);
    await report.close();

    const clean = write('clean.html', page(`<h1>Essai</h1><p>Un paragraphe.</p><button type="button">Filtrer</button>`));
    const cleanReport = await openReport(browser(), clean, viewport);
    expect(await checkA11y(cleanReport.page)).toEqual([]);
    // axe came in without a <script> element and without breaking the CSP.
    expect(await cleanReport.page.locator('script').count()).toBe(0);
    expect(cleanReport.errors).toEqual([]);
    await cleanReport.close();
  });

  it('moves focus with the Tab key', async () => {
    const file = write('keyboard.html', page(`<h1>Essai</h1><a href="#fin">Aller à la fin</a><button type="button">Filtrer</button><p id="fin">Fin</p>`));
    const report = await openReport(browser(), file, viewport);
    const focused = () => report.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent);
    await report.page.keyboard.press('Tab');
    expect(await focused()).toBe('Aller à la fin');
    await report.page.keyboard.press('Tab');
    expect(await focused()).toBe('Filtrer');
    await report.page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Aller à la fin');
    expect(report.requests).toEqual([]);
    await report.close();
  });
});
