/**
 * The report's style and script, read from the package's assets/report/ once, and MiniSearch's
 * browser build from its package: all are inlined in the page, which loads nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ASSETS = new URL('../../assets/report/', import.meta.url);
let style: string | undefined;
let script: string | undefined;

/** The report's CSS (screen and print). */
export function reportStyle(): string {
  return (style ??= readFileSync(new URL('report.css', ASSETS), 'utf8').trim());
}

/** MiniSearch, then the report's own script, as one script. */
export function clientScript(): string {
  return (script ??= `${miniSearch()}\n${readFileSync(new URL('client.js', ASSETS), 'utf8').trim()}`);
}

/** MiniSearch's UMD build (it defines the global MiniSearch), with its licence notice and without its source-map comment. */
function miniSearch(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('minisearch');
  const root = main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`));
  const { version, license } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; license: string };
  const code = withoutSourceMap(readFileSync(path.join(root, 'dist', 'umd', 'index.js'), 'utf8'));
  const notice = readFileSync(path.join(root, 'LICENSE.txt'), 'utf8').trim();
  return `/*! MiniSearch ${version} (${license}) https://github.com/lucaong/minisearch\n${notice}\n*/\n${code.trim()}`;
}

// The last line's source-map comment, cut by position: the pattern /\n\/\/# sourceMappingURL=.*\s*$/
// backtracks quadratically on a long run of spaces (test/unit/redos.test.ts).
function withoutSourceMap(code: string): string {
  const at = code.lastIndexOf('\n//# sourceMappingURL=');
  return at >= 0 && !code.slice(at + 1).trimEnd().includes('\n') ? code.slice(0, at + 1) : code;
}
