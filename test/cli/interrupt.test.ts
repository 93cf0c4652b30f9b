import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from './run.js';

describe('an interrupted run', () => {
  it('leaves no output, not even a partial one, says so, and exits 130', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-interrupt-'));
    const rows = Array.from({ length: 400_000 }, (_, i) => `Idée numéro ${i} pour une maison de santé;55;Proposition`);
    writeFileSync(path.join(dir, 'export.csv'), `Contribution;Département;Type\n${rows.join('\n')}\n`);
    const child = spawn(process.execPath, [bin, 'parse', 'export.csv', '-o', 'records.ndjson'], { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Interrupt once the output is being written: its temporary file exists.
    const writing = (): boolean => readdirSync(dir).some((f) => f.startsWith('.records.ndjson.'));
    for (let i = 0; i < 600 && !writing(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(writing()).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe('recolte: interrupted (SIGINT); not written: records.ndjson\n');
    expect(existsSync(path.join(dir, 'records.ndjson'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['export.csv']);
  }, 30_000);
});
