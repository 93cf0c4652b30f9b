/**
 * Scores the tagger against labelled contributions (fixtures/tags/README.md): micro-averaged
 * precision, recall and F1 over (row, code) pairs, for dispositifs and for themes apart.
 */
import { tagDocument, tagRecord, type Tagger } from '../tag/index.js';
import type { RecolteRecord } from '../types/record.js';

/** One labelled contribution. */
export interface TagRow {
  id: string;
  text: string;
  details: string | null;
  axis: string | null;
  dispositifs: string[];
  themes: string[];
  lookalike: boolean;
}

export interface Counts {
  gold: number;
  found: number;
  right: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** A row the tagger got wrong, for reading: what it missed and what it added. */
export interface TagError {
  id: string;
  field: 'dispositifs' | 'themes';
  missed: string[];
  extra: string[];
}

export interface TagScore {
  rows: number;
  dispositifs: Counts;
  themes: Counts;
  /** Look-alike rows (no dispositif) that were given one anyway. */
  lookalikesTagged: number;
  lookalikes: number;
  errors: TagError[];
}

/** Reads labelled rows, one JSON object a line. */
export function readTagRows(text: string): TagRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TagRow);
}

/** Tags each row as parse would a record of a one-record document, and counts. */
export function scoreTags(tagger: Tagger, rows: readonly TagRow[]): TagScore {
  const score: TagScore = { rows: rows.length, dispositifs: zero(), themes: zero(), lookalikesTagged: 0, lookalikes: 0, errors: [] };
  for (const row of rows) {
    const record: RecolteRecord = { id: row.id, kind: 'proposal', text: row.text, details: row.details, axis: row.axis, source: { file: `${row.id}.md`, line: 1 } };
    const documentText = [row.axis, row.text, row.details].filter(Boolean).join('\n\n');
    const tagged = tagRecord(tagger, record, tagDocument(tagger, documentText));
    count(score, row, 'dispositifs', tagged.dispositifs ?? []);
    count(score, row, 'themes', tagged.themes ?? []);
    if (row.lookalike) {
      score.lookalikes++;
      if (tagged.dispositifs?.length) score.lookalikesTagged++;
    }
  }
  return score;
}

function count(score: TagScore, row: TagRow, field: 'dispositifs' | 'themes', found: readonly string[]): void {
  const gold = new Set(row[field]);
  const got = new Set(found);
  const counts = score[field];
  counts.gold += gold.size;
  counts.found += got.size;
  for (const code of got) if (gold.has(code)) counts.right++;
  const missed = [...gold].filter((c) => !got.has(c));
  const extra = [...got].filter((c) => !gold.has(c));
  if (missed.length || extra.length) score.errors.push({ id: row.id, field, missed, extra });
}

/** Precision, recall and F1 of counts (1 when there was nothing to find and nothing was found). */
export function prfOf({ gold, found, right }: Counts): Prf {
  const precision = found ? right / found : 1;
  const recall = gold ? right / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function zero(): Counts {
  return { gold: 0, found: 0, right: 0 };
}
