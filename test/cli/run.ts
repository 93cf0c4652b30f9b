/** Runs the built bin as a user would: a real process, NO_COLOR=1, no terminal. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/recolte.js', import.meta.url));
export const cliFixtures = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface User {
  uid: number;
  gid: number;
}

/** Spawns `recolte ...args` in `cwd` (the CLI fixtures by default), as `user` if given. */
export function recolte(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string>; user?: User } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    ...options.user,
    cwd: options.cwd ?? cliFixtures,
    input: options.input ?? '',
    encoding: 'utf8',
    // Well above spawnSync's 1 MB default, which kills a child that writes more.
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Who permission tests run as. Root reads and writes every file whatever its mode, so as root
 * they run as "nobody"; they are skipped when that user cannot run the bin (the checkout is
 * not readable by others).
 */
export const unprivileged: { available: boolean; user: User | undefined } = (() => {
  if (process.getuid?.() !== 0) return { available: true, user: undefined };
  const user = { uid: 65534, gid: 65534 };
  return { available: recolte(['--version'], { cwd: '/', user }).code === 0, user };
})();
