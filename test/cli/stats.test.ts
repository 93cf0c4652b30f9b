import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte, root } from './run.js';

const cwd = path.join(cliFixtures, 'export');
const meuse = { level: 'departement', code: '55', name: 'Meuse' };
const eure = { level: 'departement', code: '27', name: 'Eure' };
const stenay = { level: 'commune', code: '55502', name: 'Stenay' };

describe('recolte stats', () => {
  it('prints records by kind, axis and territory as aligned tables', () => {
    const run = recolte(['stats', 'records.ndjson'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        'Kind           Contributions',
        'proposal                   3',
        'need                       1',
        'lever                      1',
        'pitfall                    1',
        'good practice              1',
        'finding                    1',
        'question                   1',
        'observation                1',
        'Total                     10',
        '',
        'Axis                             Contributions',
        "Axe 1 – L'accès aux soins                    2",
        'Axe 2 – La continuité des soins              2',
        '(none)                                       6',
        '',
        'Territory       Contributions',
        'Meuse (55)                  2',
        'Eure (27)                   1',
        'Stenay (55502)              1',
        '(none)                      6',
        '',
      ].join('\n'),
    );
  });

  it('prints clusters as ideas and contributions by kind, and contributions by territory', () => {
    const run = recolte(['stats', 'clusters.ndjson'], { cwd });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Kind      Ideas  Contributions',
        'proposal      1              3',
        'need          1              2',
        'finding       1              2',
        'Total         3              7',
        '',
        'Territory       Contributions',
        'Meuse (55)                  2',
        'Eure (27)                   1',
        'Stenay (55502)              1',
        '(none)                      3',
        '',
      ].join('\n'),
    });
  });

  it('--json prints the same counts as one object', () => {
    const records = recolte(['stats', 'records.ndjson', '--json'], { cwd });
    expect([records.code, records.stderr]).toEqual([0, '']);
    const expected = {
      type: 'records',
      contributions: 10,
      byKind: [
        { kind: 'proposal', contributions: 3 },
        { kind: 'need', contributions: 1 },
        { kind: 'lever', contributions: 1 },
        { kind: 'pitfall', contributions: 1 },
        { kind: 'good_practice', contributions: 1 },
        { kind: 'finding', contributions: 1 },
        { kind: 'question', contributions: 1 },
        { kind: 'observation', contributions: 1 },
      ],
      byAxis: [
        { axis: "Axe 1 – L'accès aux soins", contributions: 2 },
        { axis: 'Axe 2 – La continuité des soins', contributions: 2 },
        { axis: null, contributions: 6 },
      ],
      byTerritory: [
        { territory: meuse, contributions: 2 },
        { territory: eure, contributions: 1 },
        { territory: stenay, contributions: 1 },
        { territory: null, contributions: 6 },
      ],
    };
    expect(records.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const clusters = recolte(['stats', 'clusters.ndjson', '--json'], { cwd });
    expect(JSON.parse(clusters.stdout)).toEqual({
      type: 'clusters',
      ideas: 3,
      contributions: 7,
      byKind: [
        { kind: 'proposal', ideas: 1, contributions: 3 },
        { kind: 'need', ideas: 1, contributions: 2 },
        { kind: 'finding', ideas: 1, contributions: 2 },
      ],
      byTerritory: [
        { territory: meuse, contributions: 2 },
        { territory: eure, contributions: 1 },
        { territory: stenay, contributions: 1 },
        { territory: null, contributions: 3 },
      ],
    });
  });

  it('counts what it could read: a broken line and clusters among records are errors, exit 1', () => {
    const run = recolte(['stats', 'clusters.ndjson', 'broken.ndjson', '--json'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "broken.ndjson:2:56: error: Not valid JSON: Expected ',' or '}' after property value; each line must be one whole JSON record, as recolte parse writes them (json-invalid)\n" +
        [1, 2, 3]
          .map((line) => `clusters.ndjson:${line}:1: error: The input began with records, but this line is a cluster; records and clusters cannot be mixed, it is skipped: give them in separate runs (mixed-input)\n`)
          .join(''),
    );
    expect(JSON.parse(run.stdout)).toEqual({
      type: 'records',
      contributions: 2,
      byKind: [
        { kind: 'proposal', contributions: 1 },
        { kind: 'need', contributions: 1 },
      ],
      byAxis: [{ axis: null, contributions: 2 }],
      byTerritory: [
        { territory: eure, contributions: 1 },
        { territory: meuse, contributions: 1 },
      ],
    });
  });

  it('-o writes the table to a file; records from a pipe are all counted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const out = path.join(dir, 'stats.txt');
    expect(recolte(['stats', 'clusters.ndjson', '-o', out], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(recolte(['stats', 'clusters.ndjson'], { cwd }).stdout);
    const parsed = recolte(['-q', 'parse', 'fixtures/seeds'], { cwd: root });
    const run = recolte(['stats', '-', '--json'], { input: parsed.stdout });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { contributions: number }).contributions).toBe(parsed.stdout.trim().split('\n').length);
  });
});
