import { describe, expect, it } from 'vitest';
import { counted } from '../helpers/cluster.js';
import { clusterTally, recordTally, statsTable } from '../../src/export/stats.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord, Territory } from '../../src/types/record.js';

const meuse: Territory = { level: 'departement', code: '55', name: 'Meuse' };
const eure: Territory = { level: 'departement', code: '27', name: 'Eure' };
const stenay: Territory = { level: 'commune', code: '55502', name: 'Stenay' };

let line = 0;
const record = (kind: RecolteRecord['kind'], axis: string | null, territory: Territory | null): RecolteRecord => ({
  id: `r${++line}`, kind, text: 't', axis, territory, source: { file: 'a.md', line },
});
const records = [
  record('need', 'Axe 2 – Continuité', meuse),
  record('proposal', 'Axe 10 – Prévention', eure),
  record('proposal', 'Axe 2 – Continuité', eure),
  record('good_practice', null, null),
  record('proposal', 'Axe 1 – Accès', stenay),
  { id: 'bare', kind: 'proposal', text: 't', source: { file: 'b.md', line: 1 } } satisfies RecolteRecord,
];

const member = (id: string, territory: Territory | null) => ({ id, text: 't', territory, source: { file: 'a.md', line: 1 }, similarity: 1 });
const clusters: Cluster[] = [
  counted({ id: 'c1', kind: 'proposal', text: 't', size: 3, territories: [{ ...meuse, count: 2 }, { ...eure, count: 1 }], members: [member('a', meuse), member('b', meuse), member('c', eure)] }),
  counted({ id: 'c2', kind: 'need', text: 't', size: 2, territories: [{ ...eure, count: 1 }], members: [member('d', eure), member('e', null)] }),
  counted({ id: 'c3', kind: 'proposal', text: 't', size: 1, territories: [], members: [member('f', null)] }),
];

describe('record counts', () => {
  const tally = recordTally();
  records.forEach((r) => tally.add(r));
  const stats = tally.result();

  it('counts by kind in the synthesis order, by axis and by territory, most first, none last', () => {
    expect(stats).toEqual({
      type: 'records',
      contributions: 6,
      byKind: [
        { kind: 'proposal', contributions: 4 },
        { kind: 'need', contributions: 1 },
        { kind: 'good_practice', contributions: 1 },
      ],
      byAxis: [
        { axis: 'Axe 2 – Continuité', contributions: 2 },
        { axis: 'Axe 1 – Accès', contributions: 1 },
        { axis: 'Axe 10 – Prévention', contributions: 1 },
        { axis: null, contributions: 2 },
      ],
      byTerritory: [
        { territory: eure, contributions: 2 },
        { territory: meuse, contributions: 1 },
        { territory: stenay, contributions: 1 },
        { territory: null, contributions: 2 },
      ],
    });
  });

  it('prints aligned tables: labels left, numbers right', () => {
    expect(statsTable(stats)).toBe(
      [
        'Kind           Contributions',
        'proposal                   4',
        'need                       1',
        'good practice              1',
        'Total                      6',
        '',
        'Axis                 Contributions',
        'Axe 2 – Continuité               2',
        'Axe 1 – Accès                    1',
        'Axe 10 – Prévention              1',
        '(none)                           2',
        '',
        'Territory       Contributions',
        'Eure (27)                   2',
        'Meuse (55)                  1',
        'Stenay (55502)              1',
        '(none)                      2',
        '',
      ].join('\n'),
    );
  });

  it('gives the same counts whatever the order of the records', () => {
    const reversed = recordTally();
    [...records].reverse().forEach((r) => reversed.add(r));
    expect(reversed.result()).toEqual(stats);
  });
});

describe('cluster counts', () => {
  const tally = clusterTally();
  clusters.forEach((c) => tally.add(c));
  const stats = tally.result();

  it('counts ideas and contributions by kind, and contributions by territory, members without one under none', () => {
    expect(stats).toEqual({
      type: 'clusters',
      ideas: 3,
      contributions: 6,
      byKind: [
        { kind: 'proposal', ideas: 2, contributions: 4 },
        { kind: 'need', ideas: 1, contributions: 2 },
      ],
      byTerritory: [
        { territory: eure, contributions: 2 },
        { territory: meuse, contributions: 2 },
        { territory: null, contributions: 2 },
      ],
    });
  });

  it('prints the ideas beside the contributions', () => {
    expect(statsTable(stats)).toBe(
      [
        'Kind      Ideas  Contributions',
        'proposal      2              4',
        'need          1              2',
        'Total         3              6',
        '',
        'Territory   Contributions',
        'Eure (27)               2',
        'Meuse (55)              2',
        '(none)                  2',
        '',
      ].join('\n'),
    );
  });
});

describe('no input', () => {
  it('counts nothing and still prints the headers and the total', () => {
    const stats = recordTally().result();
    expect(stats).toEqual({ type: 'records', contributions: 0, byKind: [], byAxis: [], byTerritory: [] });
    expect(statsTable(stats)).toBe('Kind   Contributions\nTotal              0\n\nAxis  Contributions\n\nTerritory  Contributions\n');
  });
});
