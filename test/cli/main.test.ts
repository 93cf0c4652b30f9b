/** `main` called in-process with fake streams, for what a spawned process cannot show (a terminal). */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cliFixtures } from './run.js';

function streams(tty: boolean) {
  const make = () => Object.assign(new PassThrough(), { isTTY: tty });
  const stdin = make();
  const stdout = make();
  const stderr = make();
  const text = (s: PassThrough) => () => (s.read() as Buffer | null)?.toString('utf8') ?? '';
  return { stdin, stdout, stderr, out: text(stdout), err: text(stderr) };
}

describe('main in-process', () => {
  it('exits 2 with a hint instead of waiting when there is no input and stdin is a terminal', async () => {
    const s = streams(true);
    const code = await main({ argv: ['parse'], env: {}, cwd: cliFixtures, stdin: s.stdin, stdout: s.stdout, stderr: s.stderr });
    expect(code).toBe(2);
    expect(s.err()).toBe('recolte: no input: name files or folders to read, or pipe a document into standard input (recolte parse -)\n');
  });

  it('colours diagnostics on a terminal, ends with a summary line, and honours NO_COLOR', async () => {
    const s = streams(true);
    expect(await main({ argv: ['parse', 'unclassified.md'], env: { FORCE_COLOR: '1' }, cwd: cliFixtures, stdin: s.stdin, stdout: s.stdout, stderr: s.stderr })).toBe(0);
    const coloured = s.err();
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured.trimEnd().split('\n').at(-1)).toBe('\u001b[33m⚠\u001b[39m 1 file, 0 records, 0 errors, 2 warnings');

    const plain = streams(true);
    await main({ argv: ['parse', 'unclassified.md'], env: { NO_COLOR: '1' }, cwd: cliFixtures, stdin: plain.stdin, stdout: plain.stdout, stderr: plain.stderr });
    const text = plain.err();
    expect(text).not.toContain('\u001b[');
    expect(text.trimEnd().split('\n').at(-1)).toBe('⚠ 1 file, 0 records, 0 errors, 2 warnings');

    const flag = streams(true);
    await main({ argv: ['--no-color', 'parse', 'unclassified.md'], env: { FORCE_COLOR: '1' }, cwd: cliFixtures, stdin: flag.stdin, stdout: flag.stdout, stderr: flag.stderr });
    expect(flag.err()).not.toContain('\u001b[');
  });

  it('reports an internal error with exit 3 and no stack unless --debug', async () => {
    const s = streams(false);
    const broken = Object.assign(new PassThrough(), { isTTY: false });
    broken.write = () => {
      throw new Error('disk on fire');
    };
    const code = await main({ argv: ['schema'], env: {}, cwd: cliFixtures, stdin: s.stdin, stdout: broken, stderr: s.stderr });
    expect(code).toBe(3);
    expect(s.err()).toBe('recolte: internal error: disk on fire\nRun again with --debug to see where it happened, and report it.\n');
  });
});
