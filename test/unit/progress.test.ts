import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commandContext } from '../../src/cli/context.js';
import { createProgress } from '../../src/cli/progress.js';

/** A context whose stderr records what is written, as a terminal or not. */
function contextFor(isTTY: boolean, env: Record<string, string> = {}, quiet = false) {
  const stderr = Object.assign(new PassThrough(), { isTTY, columns: 40 });
  let written = '';
  stderr.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const context = commandContext({ argv: [], env: { NO_COLOR: '1', ...env }, cwd: '/', stdin: new PassThrough(), stdout: new PassThrough(), stderr }, { quiet });
  return { context, written: () => written };
}

describe('progress line', () => {
  it('rewrites one line on a terminal, cut to its width, and clears it', () => {
    const { context, written } = contextFor(true);
    const progress = createProgress(context);
    progress.update('reading: 3 files, 70 records');
    progress.update(`grouping ${'x'.repeat(60)}`);
    progress.clear();
    expect(written()).toBe(`\r\u001b[2Kreading: 3 files, 70 records\r\u001b[2Kgrouping ${'x'.repeat(29)}…\r\u001b[2K`);
  });

  it('prints nothing off a terminal, under CI or with --quiet', () => {
    for (const { context, written } of [contextFor(false), contextFor(true, { CI: 'true' }), contextFor(true, {}, true)]) {
      const progress = createProgress(context);
      progress.update('reading');
      progress.clear();
      expect(written()).toBe('');
    }
  });
});
