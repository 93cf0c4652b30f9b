/**
 * Counts for `recolte stats`: contributions by kind, axis and territory for records; ideas and
 * contributions by kind, and contributions by territory, for clusters. Tallies take one item
 * at a time, so the input is never held in memory; only the counts are.
 */
import type { Cluster } from '../types/cluster.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';
import { KIND_LABELS, KIND_ORDER } from '../vocabulary/labels.js';

export interface TerritoryCount {
  /** null for contributions that name no territory. */
  territory: Territory | null;
  contributions: number;
}

export interface RecordStats {
  type: 'records';
  contributions: number;
  byKind: { kind: Kind; contributions: number }[];
  /** axis null: records outside any axis. */
  byAxis: { axis: string | null; contributions: number }[];
  byTerritory: TerritoryCount[];
}

export interface ClusterStats {
  type: 'clusters';
  ideas: number;
  contributions: number;
  byKind: { kind: Kind; ideas: number; contributions: number }[];
  byTerritory: TerritoryCount[];
}

export type Stats = RecordStats | ClusterStats;

export interface Tally<T, S> {
  add(item: T): void;
  result(): S;
}

const collator = new Intl.Collator('fr', { numeric: true });

/** Counts records by kind, axis and territory. */
export function recordTally(): Tally<RecolteRecord, RecordStats> {
  const kinds = new Map<Kind, number>();
  const axes = new Map<string | null, number>();
  const territories = territoryCounter();
  let contributions = 0;
  return {
    add(record) {
      contributions++;
      kinds.set(record.kind, (kinds.get(record.kind) ?? 0) + 1);
      const axis = record.axis || null;
      axes.set(axis, (axes.get(axis) ?? 0) + 1);
      territories.add(record.territory ?? null, 1);
    },
    result() {
      return {
        type: 'records',
        contributions,
        byKind: KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, contributions: kinds.get(kind)! })),
        byAxis: [...axes]
          .map(([axis, count]) => ({ axis, contributions: count }))
          .sort((a, b) => noneLast(a.axis, b.axis) || b.contributions - a.contributions || collator.compare(a.axis!, b.axis!)),
        byTerritory: territories.result(),
      };
    },
  };
}

/** Counts clusters (ideas) and their members (contributions) by kind, and members by territory. */
export function clusterTally(): Tally<Cluster, ClusterStats> {
  const kinds = new Map<Kind, { ideas: number; contributions: number }>();
  const territories = territoryCounter();
  let ideas = 0;
  let contributions = 0;
  return {
    add(cluster) {
      ideas++;
      contributions += cluster.size;
      const kind = kinds.get(cluster.kind) ?? { ideas: 0, contributions: 0 };
      kind.ideas++;
      kind.contributions += cluster.size;
      kinds.set(cluster.kind, kind);
      let placed = 0;
      for (const { count, ...territory } of cluster.territories) {
        territories.add(territory, count);
        placed += count;
      }
      // The cluster's territories leave out members that name none.
      if (cluster.size > placed) territories.add(null, cluster.size - placed);
    },
    result() {
      return {
        type: 'clusters',
        ideas,
        contributions,
        byKind: KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, ...kinds.get(kind)! })),
        byTerritory: territories.result(),
      };
    },
  };
}

/** Contributions per territory, most first, then by name and code; "no territory" last. */
function territoryCounter() {
  const counts = new Map<string, TerritoryCount>();
  return {
    add(territory: Territory | null, count: number) {
      const key = territory ? `${territory.level}\u0000${territory.code}` : '';
      const found = counts.get(key);
      if (found) found.contributions += count;
      else counts.set(key, { territory: territory && { level: territory.level, code: territory.code, name: territory.name }, contributions: count });
    },
    result(): TerritoryCount[] {
      return [...counts.values()].sort(
        (a, b) =>
          noneLast(a.territory, b.territory) ||
          b.contributions - a.contributions ||
          collator.compare(a.territory!.name, b.territory!.name) ||
          collator.compare(a.territory!.code, b.territory!.code),
      );
    },
  };
}

function noneLast(a: unknown, b: unknown): number {
  return Number(a === null) - Number(b === null);
}

/** The counts as aligned plain-text tables, in English: names left, numbers right. */
export function statsTable(stats: Stats): string {
  const kindLabel = (kind: Kind): string => KIND_LABELS.en[kind].one;
  const territoryRows = stats.byTerritory.map((t) => [t.territory ? `${t.territory.name} (${t.territory.code})` : '(none)', t.contributions]);
  const tables =
    stats.type === 'records'
      ? [
          [['Kind', 'Contributions'], ...stats.byKind.map((k) => [kindLabel(k.kind), k.contributions]), ['Total', stats.contributions]],
          [['Axis', 'Contributions'], ...stats.byAxis.map((a) => [a.axis ?? '(none)', a.contributions])],
          [['Territory', 'Contributions'], ...territoryRows],
        ]
      : [
          [['Kind', 'Ideas', 'Contributions'], ...stats.byKind.map((k) => [kindLabel(k.kind), k.ideas, k.contributions]), ['Total', stats.ideas, stats.contributions]],
          [['Territory', 'Contributions'], ...territoryRows],
        ];
  return tables.map(aligned).join('\n');
}

/** Pads the first column on the right and the number columns on the left, two spaces apart. */
function aligned(rows: (string | number)[][]): string {
  const width = (cell: string | number): number => [...String(cell)].length;
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column]!))));
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const pad = ' '.repeat(widths[column]! - width(cell));
          return column === 0 ? `${cell}${pad}` : `${pad}${cell}`;
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
