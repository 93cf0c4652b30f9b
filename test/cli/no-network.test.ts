import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recolte, root } from './run.js';

// Every connection, lookup or fetch is refused by this preload and makes the process exit 99.
const preload = pathToFileURL(path.join(root, 'test/helpers/no-network.mjs')).href;
const offline = { NODE_OPTIONS: `--import ${preload}` };

describe('recolte and the network', () => {
  it('the guard works: a process that connects is stopped with exit 99', () => {
    const script = "require('http').get('http://127.0.0.1:9/').on('error', () => {})";
    const run = spawnSync(process.execPath, ['--import', preload, '--eval', script], { encoding: 'utf8' });
    expect(run.status).toBe(99);
    expect(run.stderr).toContain('NETWORK: net.');
  });

  it('reads every format, groups and writes a synthesis without opening a connection', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'recolte-offline-')), 'synthese');
    const run = recolte(['synthesize', 'fixtures/seeds', 'fixtures/inputs', '-o', out], { cwd: root, env: offline });
    expect(run.stderr).not.toContain('NETWORK:');
    expect(run.code).toBe(0);
    for (const args of [['parse', 'fixtures/inputs', '-o', `${out}/r.ndjson`], ['dedupe', `${out}/records.ndjson`, '-o', `${out}/c.ndjson`], ['validate', `${out}/records.ndjson`], ['export', 'markdown', `${out}/records.ndjson`, `${out}/clusters.ndjson`]]) {
      const step = recolte(['-q', ...args], { cwd: root, env: offline });
      expect(step.stderr, args.join(' ')).not.toContain('NETWORK:');
      expect(step.code, args.join(' ')).toBe(0);
    }
  });
});
