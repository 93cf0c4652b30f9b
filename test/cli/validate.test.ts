import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, recolte, root } from './run.js';

describe('recolte validate', () => {
  it('accepts what parse writes', () => {
    const parsed = recolte(['-q', 'parse', 'fixtures/seeds'], { cwd: root });
    const run = recolte(['validate', '-'], { input: parsed.stdout });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '<stdin>: 76 records, 76 valid\n' });
  });

  it('names the file, line, column and field of every problem, and exits 1', () => {
    const run = recolte(['validate', 'records-invalid.ndjson']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'records-invalid.ndjson:2:19: error: /kind must be one of proposal, need, objective, first_step, pitfall, lever, good_practice, finding, experiment, initiative, question, observation (schema-enum)',
        'records-invalid.ndjson:3:1: error: / is missing "text" (schema-required)',
        'records-invalid.ndjson:5:75: error: /source/line must be integer (schema-type)',
        'records-invalid.ndjson:5:122: error: /territory/code does not have the expected form (^(?:[0-9]{2}|2[AB]|9[78][0-9]|[0-9]{5}|2[AB][0-9]{3}|FR)$) (schema-pattern)',
        'records-invalid.ndjson:6:1: error: Record id "a1" is already used at records-invalid.ndjson:1; each record needs its own id: was a document parsed twice? (duplicate-id)',
        'records-invalid.ndjson:7:1: error: Not valid JSON: Unexpected end of JSON input; each line must be one whole JSON record, as recolte parse writes them (json-invalid)',
        'records-invalid.ndjson:8:1: error: / has an unknown field "extra" (schema-additionalproperties)',
        'records-invalid.ndjson:8:99: error: /document/date must be a valid date (YYYY-MM-DD) (schema-format)',
        'records-invalid.ndjson: 7 records, 1 valid, 6 invalid',
        'records-invalid.ndjson:6:1: warning: parent "zz" is not the id of any record in these files; check them together with the file that holds it (parent-unknown)',
        '',
      ].join('\n'),
    );
  });

  it('reads a JSON array and points at the element', () => {
    const input = readFileSync(path.join(root, 'fixtures/cli/records-invalid.ndjson'), 'utf8').split('\n')[1]!;
    const run = recolte(['validate', '-'], { input: `[\n${input.replace('proposition', 'proposal')},\n${input}\n]\n` });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^<stdin>:3:1?\d*: error: \/kind must be one of/);
  });

  it('exits 2 for an unknown schema', () => {
    expect(recolte(['validate', '--schema', 'clusters', 'x.ndjson'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --schema must be one of record, cluster, decisions, report, config, synthesis-report (got "clusters")\n',
    });
  });
});

describe('recolte schema', () => {
  it('prints the record schema by default', () => {
    const run = recolte(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(root, 'schemas/record.schema.json'), 'utf8'));
  });
  it('exits 2 for an unknown schema name', () => {
    expect(recolte(['schema', 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'recolte: unknown schema "nope": choose one of record, cluster, decisions, report, config, synthesis-report\n' });
  });
});

describe('recolte', () => {
  it('prints its version and help, exit 0', () => {
    expect(recolte(['--version'])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    const help = recolte(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 success (warnings allowed), 1 invalid input');
  });
  it('exits 2 with help when given nothing, or an unknown command', () => {
    const none = recolte([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: recolte \[options\] \[command\]/);
    const unknown = recolte(['pars']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: "error: unknown command 'pars'\n(Did you mean parse?)\n(run recolte --help for usage)\n" });
  });
});

describe('a closed pipe', () => {
  it.each([['schema'], ['help', 'parse'], ['--help']])('recolte %s whose reader has gone ends quietly, exit 0', async (...args) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });
});
