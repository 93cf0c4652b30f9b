/**
 * Scores parsed records against an analyst's gold records (fixtures/real/ANNOTATION.md).
 *
 * A predicted record matches a gold one when the kinds are equal and the texts are equal once
 * folded (accents, case, apostrophes, quotation marks, whitespace, leading markers, trailing
 * punctuation), or else share at least 80 % of their words (token Jaccard). One gold record
 * matches at most one predicted record: exact matches are paired first, then the closest.
 */
import { fold } from '../text/fold.js';
import type { Kind, RecolteRecord } from '../types/record.js';

/** One record of a gold file. */
export interface GoldRecord {
  kind: Kind;
  text: string;
  axis?: string | null;
  /** The gold text of the record's parent. */
  parent?: string | null;
  /** `level:code` ("departement:55", "commune:55502", "national"). */
  territory?: string | null;
}

/** Share of common words from which two texts are the same item. */
export const MIN_JACCARD = 0.8;

const LEADING_MARKER = /^(?:[\s\-–—•◦▪▫●○■□►▶▸➢➤➔→✓✔✅☑·‣⁃∙*+>#]|\p{Extended_Pictographic}|\uFE0F|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-h]|[ivx]{1,5})\s*[.)°:–—-](?=\s))+/iu;

/** The text as compared: folded, without quotation marks, leading markers or closing punctuation. */
export function comparable(text: string): string {
  return fold(text)
    .replace(/["«»“”„‟]/g, ' ')
    .replace(LEADING_MARKER, '')
    .replace(/(?<![\s.,;:!?…)\]'-])[\s.,;:!?…)\]'-]+$/u, '')
    .replace(/^[\s('[-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string): Set<string> {
  return new Set(comparable(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Token Jaccard of two texts (0…1). */
export function jaccard(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size && !tb.size) return 1;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

/** Pairs predicted and gold records, each at most once; returns gold index → predicted index. */
export function matchRecords(predicted: readonly Pick<RecolteRecord, 'kind' | 'text'>[], gold: readonly GoldRecord[], sameKind = true): Map<number, number> {
  const pairs: { g: number; p: number; score: number }[] = [];
  const goldText = gold.map((g) => comparable(g.text));
  const predText = predicted.map((p) => comparable(p.text));
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (sameKind && p.kind !== g.kind) return;
      const score = goldText[gi] === predText[pi] ? 2 : jaccard(g.text, p.text);
      if (score >= MIN_JACCARD) pairs.push({ g: gi, p: pi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const { g, p } of pairs) {
    if (byGold.has(g) || usedPred.has(p)) continue;
    byGold.set(g, p);
    usedPred.add(p);
  }
  return byGold;
}

/** Counts behind precision, recall and F1. */
export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** Precision, recall and F1 of counts; an empty side scores 1 (nothing claimed, nothing to find). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.truePositives / c.predicted : 1;
  const recall = c.gold ? c.truePositives / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Right answers out of the matched records that the field concerns. */
export interface Accuracy {
  right: number;
  total: number;
}

/** The score of one document. */
export interface DocumentScore extends Counts {
  byKind: Partial<Record<Kind, Counts>>;
  /** Matched records where the gold or the prediction has a parent: parent the gold's parent's match. */
  parent: Accuracy;
  /** Matched records where the gold or the prediction has an axis: the same axis once folded. */
  axis: Accuracy;
  /** Matched records whose gold has a territory: the same level and code. */
  territory: Accuracy;
  /** Gold records no prediction matched, and predictions that matched no gold record. */
  missed: GoldRecord[];
  extra: RecolteRecord[];
}

const territoryKey = (r: RecolteRecord): string | null => (r.territory ? (r.territory.level === 'national' ? 'national' : `${r.territory.level}:${r.territory.code}`) : null);

/** Scores one document's records against its gold. */
export function scoreDocument(predicted: readonly RecolteRecord[], gold: readonly GoldRecord[]): DocumentScore {
  const matches = matchRecords(predicted, gold);
  const predToGold = new Map([...matches].map(([g, p]) => [p, g]));
  const goldIndexByText = new Map(gold.map((g, i) => [g.text, i]));
  const predIndexById = new Map(predicted.map((p, i) => [p.id, i]));
  const byKind: Partial<Record<Kind, Counts>> = {};
  const bump = (kind: Kind, field: keyof Counts): void => {
    const c = (byKind[kind] ??= { truePositives: 0, predicted: 0, gold: 0 });
    c[field]++;
  };
  for (const g of gold) bump(g.kind, 'gold');
  for (const p of predicted) bump(p.kind, 'predicted');
  const parent: Accuracy = { right: 0, total: 0 };
  const axis: Accuracy = { right: 0, total: 0 };
  const territory: Accuracy = { right: 0, total: 0 };
  for (const [gi, pi] of matches) {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    bump(g.kind, 'truePositives');
    if (g.parent || p.parent) {
      parent.total++;
      const goldParent = g.parent ? goldIndexByText.get(g.parent) : undefined;
      const predParent = p.parent ? predIndexById.get(p.parent) : undefined;
      if (goldParent !== undefined && predParent !== undefined && matches.get(goldParent) === predParent) parent.right++;
    }
    if (g.axis || p.axis) {
      axis.total++;
      if (g.axis && p.axis && comparable(g.axis) === comparable(p.axis)) axis.right++;
    }
    if (g.territory) {
      territory.total++;
      if (territoryKey(p) === g.territory) territory.right++;
    }
  }
  return {
    truePositives: matches.size,
    predicted: predicted.length,
    gold: gold.length,
    byKind,
    parent,
    axis,
    territory,
    missed: gold.filter((_, gi) => !matches.has(gi)),
    extra: predicted.filter((_, pi) => !predToGold.has(pi)),
  };
}

/** Adds counts and accuracies over several documents. */
export function total(scores: readonly DocumentScore[]): Omit<DocumentScore, 'missed' | 'extra'> {
  const sum: Omit<DocumentScore, 'missed' | 'extra'> = {
    truePositives: 0,
    predicted: 0,
    gold: 0,
    byKind: {},
    parent: { right: 0, total: 0 },
    axis: { right: 0, total: 0 },
    territory: { right: 0, total: 0 },
  };
  for (const s of scores) {
    sum.truePositives += s.truePositives;
    sum.predicted += s.predicted;
    sum.gold += s.gold;
    for (const [kind, c] of Object.entries(s.byKind) as [Kind, Counts][]) {
      const k = (sum.byKind[kind] ??= { truePositives: 0, predicted: 0, gold: 0 });
      k.truePositives += c.truePositives;
      k.predicted += c.predicted;
      k.gold += c.gold;
    }
    for (const field of ['parent', 'axis', 'territory'] as const) {
      sum[field].right += s[field].right;
      sum[field].total += s[field].total;
    }
  }
  return sum;
}
