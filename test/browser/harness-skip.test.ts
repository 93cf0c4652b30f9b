import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the fixture test file in a child vitest with no Chromium to find, CI set or not. */
function runWithoutChromium(ci: boolean): { status: number | null; output: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'no-browser-'));
  const config = path.join(folder, 'vitest.config.mjs');
  writeFileSync(config, `export default { test: { root: ${JSON.stringify(root)}, include: ['test/browser/fixtures/no-browser.fixture.ts'] } };\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, RECOLTE_CHROMIUM: '/nonexistent/chromium', NO_COLOR: '1' };
  delete env.CI;
  delete env.VITEST;
  if (ci) env.CI = 'true';
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('a missing Chromium', () => {
  it('skips the browser tests outside CI, saying how to get them', () => {
    const { status, output } = runWithoutChromium(false);
    expect(status).toBe(0);
    expect(output).toMatch(/1 skipped/);
    expect(output.match(/^browser tests skipped: .*apt-get install chromium.*RECOLTE_CHROMIUM/gm)).toHaveLength(1);
  });

  it('fails them under CI, saying to install it', () => {
    const { status, output } = runWithoutChromium(true);
    expect(status).toBe(1);
    expect(output).toMatch(/1 failed/);
    expect(output).toMatch(/CI must run the browser tests: .*apt-get install chromium/);
  });
});
