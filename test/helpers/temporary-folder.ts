/**
 * vitest global setup: the tests' temporary folders go into one folder of this run, removed at
 * the end, instead of piling up in the system's (a run makes about 200). Others may enter it,
 * for the permission tests that run as "nobody".
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'recolte-tests-'));
  chmodSync(folder, 0o755);
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
