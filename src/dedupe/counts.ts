/**
 * How widely an idea was put forward, counted one way for every output (clusters, syntheses,
 * report, CSV): contributions are records; a document is a record's source file, or within a
 * table the value of its meeting column (`--map meeting=…`), so that an idea written twice in one
 * meeting's report counts once for that meeting; territories are counted as given, each level
 * and code once, so a commune and its département are two.
 */
import type { ClusterCounts, DocumentCount } from '../types/cluster.js';
import type { Territory } from '../types/record.js';

/** What counting reads of a record. */
export interface Counted {
  source: { file: string };
  territory?: Territory | null;
  meeting?: string | null;
}

/** The key of a territory for counting: its level and code. */
export function territoryKey(territory: Pick<Territory, 'level' | 'code'>): string {
  return `${territory.level}:${territory.code}`;
}

/** The key of a record's document for counting: its file, and its meeting when a table gives one. */
export function documentKey(record: Counted): string {
  return record.meeting ? `${record.source.file}\u0000${record.meeting}` : record.source.file;
}

/** The three counts of a set of records, and the documents they come from (by file, then meeting). */
export function countRecords(records: Iterable<Counted>): { counts: ClusterCounts; documents: DocumentCount[] } {
  const documents = new Map<string, DocumentCount>();
  const territories = new Set<string>();
  let contributions = 0;
  for (const record of records) {
    contributions++;
    if (record.territory) territories.add(territoryKey(record.territory));
    const key = documentKey(record);
    const entry = documents.get(key);
    if (entry) entry.count++;
    else documents.set(key, { file: record.source.file, ...(record.meeting ? { meeting: record.meeting } : {}), count: 1 });
  }
  const list = [...documents.values()].sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.meeting ?? '', b.meeting ?? ''),
  );
  return { counts: { contributions, documents: list.length, territories: territories.size }, documents: list };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the ordering and the sentences can lead with (`--count`). */
export const HEADLINE_COUNTS = ['territories', 'documents', 'contributions'] as const;
export type HeadlineCount = (typeof HEADLINE_COUNTS)[number];
/** Ideas put forward by the most territories first: how widely an idea is shared, not how often one meeting repeats it. */
export const DEFAULT_HEADLINE: HeadlineCount = 'territories';

/** The three counts, the headline first, then the others in their fixed order. */
export function countOrder(headline: HeadlineCount = DEFAULT_HEADLINE): HeadlineCount[] {
  return [headline, ...HEADLINE_COUNTS.filter((c) => c !== headline)];
}
