/**
 * `parse --evidence`: keeps only the records recognised in ways a user trusts. A record left
 * out takes its children with it, and its lines are accounted as `filtered`, so nothing a
 * document says goes unaccounted.
 */
import type { Evidence, RecolteRecord } from '../types/record.js';

/** Every way a record's kind is recognised, strongest first. */
export const EVIDENCE_ORDER: readonly Evidence[] = ['heading', 'label', 'lead-in', 'table', 'row', 'default', 'form', 'cue'];

/** Evidence that rests on wording alone, with no heading, label or column behind it. */
export const WEAK_EVIDENCE: readonly Evidence[] = ['form', 'cue'];

/** The records kept, and those left out (with every record whose parent is left out). */
export function filterByEvidence(
  records: readonly RecolteRecord[],
  allowed: ReadonlySet<Evidence>,
): { kept: RecolteRecord[]; left: RecolteRecord[] } {
  const leftIds = new Set<string>();
  const byId = new Map(records.map((r) => [r.id, r]));
  const isLeft = (record: RecolteRecord, seen = 0): boolean => {
    if (leftIds.has(record.id)) return true;
    if (record.evidence && !allowed.has(record.evidence)) return true;
    const parent = record.parent ? byId.get(record.parent) : undefined;
    // Parents form no cycle in parse's output; the bound keeps a hand-made one from looping.
    return !!parent && seen < records.length && isLeft(parent, seen + 1);
  };
  const kept: RecolteRecord[] = [];
  const left: RecolteRecord[] = [];
  for (const record of records) {
    if (isLeft(record)) {
      leftIds.add(record.id);
      left.push(record);
    } else kept.push(record);
  }
  return { kept, left };
}

/** The lines (1-based) that only left-out records stand on: those become `filtered`. */
export function filteredLines(kept: readonly RecolteRecord[], left: readonly RecolteRecord[]): Set<number> {
  const keptLines = new Set<number>();
  for (const r of kept) for (let l = r.source.line; l <= (r.source.endLine ?? r.source.line); l++) keptLines.add(l);
  const lines = new Set<number>();
  for (const r of left) for (let l = r.source.line; l <= (r.source.endLine ?? r.source.line); l++) if (!keptLines.has(l)) lines.add(l);
  return lines;
}
