/**
 * Dedupe stage: records in, clusters out. Every record lands in exactly one cluster, only with
 * records of its kind; the result depends on the set of records, never on their order.
 */
import { createHash } from 'node:crypto';
import type { RecolteRecord, Territory } from '../types/record.js';
import type { Cluster } from '../types/cluster.js';
import { analyze, WEAK_TERMS, type Analysis } from './analyze.js';
import { candidatePairs, pairAt, type PairList, type ScoredPair } from './candidates.js';
import { candidatePairsParallel } from './parallel.js';
import { cluster } from './cluster.js';
import { guard, guarded, guardKey, type GuardReason } from './guard.js';
import { score, SCALE } from './score.js';
import type { Synonyms } from './synonyms.js';
import { sharedTerms, vectorize } from './vectors.js';

/** The fields dedupe reads; the rest of a record is not needed. */
export type DedupeRecord = Pick<RecolteRecord, 'id' | 'kind' | 'text' | 'source'> & { territory?: Territory | null };

export interface DedupeOptions {
  /** Auto-merge bar, in ten-thousandths. */
  threshold: number;
  /**
   * Lower end of the grey zone whose pairs go to review, in ten-thousandths; the same as
   * `threshold` when no review is asked for (a lower bar makes the join slower).
   */
  reviewThreshold: number;
  synonyms: Synonyms;
  /** Explain each merge (costly at scale: only when asked). */
  explain?: boolean;
  /** Reviewer decisions, by record id. */
  same?: readonly (readonly [string, string])[];
  different?: readonly (readonly [string, string])[];
}

export interface ReviewPair {
  a: DedupeRecord;
  b: DedupeRecord;
  score: number;
  /** below-threshold: in the grey zone; guard reasons and linkage: similar enough but kept apart. */
  reason: 'below-threshold' | GuardReason | 'linkage';
}

export interface Explanation {
  kind: string;
  score: number;
  average: number;
  a: string;
  b: string;
  shared: string[];
}

export interface DedupeResult {
  clusters: Cluster[];
  review: ReviewPair[];
  /** Empty unless `explain` was asked for. */
  explanations: Explanation[];
}

interface UnitData {
  records: DedupeRecord[];
  analysis: Analysis;
  kind: string;
  count: number;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups records that put forward the same idea. */
export function dedupe(input: readonly DedupeRecord[], options: DedupeOptions): DedupeResult {
  const prepared = prepare(input, options);
  const { vectors, dictionary, group } = prepared;
  return finish(prepared, candidatePairs(vectors, dictionary.weights, group, options.reviewThreshold), options);
}

/** The same as `dedupe`, with the candidate join spread over the machine's cores. */
export async function dedupeParallel(input: readonly DedupeRecord[], options: DedupeOptions): Promise<DedupeResult> {
  const prepared = prepare(input, options);
  const { vectors, dictionary, group } = prepared;
  return finish(prepared, await candidatePairsParallel(vectors, dictionary.weights, group, options.reviewThreshold), options);
}

type Prepared = ReturnType<typeof prepare>;

/** Units of identical normalised wording, their vectors, and the kind group of each. */
function prepare(input: readonly DedupeRecord[], options: DedupeOptions) {
  const records = [...input].sort(byId);
  // Records whose normalised wording is identical form one unit, compared once.
  const bySignature = new Map<string, UnitData>();
  const unitOf = new Map<string, number>();
  const units: UnitData[] = [];
  // A record a reviewer set apart from another keeps a unit of its own, so the decision holds
  // even against an identical wording.
  const decidedApart = new Set((options.different ?? []).flat());
  for (const record of records) {
    const analysis = analyze(record.text, options.synonyms);
    const signature = [
      record.kind,
      [...new Set(analysis.terms)].sort().join(' '),
      analysis.negations,
      analysis.polarity,
      analysis.numbers,
      decidedApart.has(record.id) ? record.id : '',
    ].join('\u0000');
    let unit = bySignature.get(signature);
    if (!unit) {
      unit = { records: [], analysis, kind: record.kind, count: 0 };
      bySignature.set(signature, unit);
      units.push(unit);
    }
    unit.records.push(record);
    unit.count++;
  }
  units.forEach((unit, i) => unit.records.forEach((r) => unitOf.set(r.id, i)));

  const { dictionary, vectors } = vectorize(units.map((u) => u.analysis.terms), WEAK_TERMS);
  const kinds = [...new Set(units.map((u) => u.kind))].sort();
  const group = Int32Array.from(units, (u) => kinds.indexOf(u.kind));
  return { units, unitOf, dictionary, vectors, group };
}

/** Clusters the units from their candidate pairs, and builds the output. */
function finish(prepared: Prepared, pairs: PairList, options: DedupeOptions): DedupeResult {
  const { units, unitOf, dictionary, vectors, group } = prepared;

  // Pair keys are numbers (a·n + b stays far below 2^53): string keys cost seconds at 10^5 records.
  const n = units.length;
  const pairKey = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  // Scoring two short term lists again costs less than looking it up in a map of every pair.
  const similarity = (a: number, b: number): number => (a === b ? SCALE : score(vectors[a]!, vectors[b]!, dictionary.weights));
  const unitPairs = (list: readonly (readonly [string, string])[] = []): [number, number][] =>
    list.filter(([a, b]) => unitOf.has(a) && unitOf.has(b)).map(([a, b]) => [unitOf.get(a)!, unitOf.get(b)!]);
  const different = new Set(unitPairs(options.different).map(([a, b]) => pairKey(a, b)));
  const keys = units.map((u) => guardKey(u.analysis));
  const forbidden = (a: number, b: number): boolean =>
    group[a] !== group[b] || guarded(keys[a]!, keys[b]!) || (different.size > 0 && different.has(pairKey(a, b)));

  const result = cluster({
    units,
    pairs,
    threshold: options.threshold,
    similarity,
    forbidden,
    same: unitPairs(options.same).filter(([a, b]) => group[a] === group[b]),
  });

  const groups = new Map<number, number[]>();
  result.clusterOf.forEach((root, u) => {
    const list = groups.get(root);
    if (list) list.push(u);
    else groups.set(root, [u]);
  });
  const clusters = [...groups.values()].map((members) => buildCluster(members, units, similarity));
  clusters.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const review = reviewPairs(pairs, result.clusterOf, new Set([...unitPairs(options.same), ...unitPairs(options.different)].map(([a, b]) => pairKey(a, b))), pairKey)
    .map((p): ReviewPair => ({
      a: units[p.a]!.records[0]!,
      b: units[p.b]!.records[0]!,
      score: p.score,
      reason: p.score < options.threshold ? 'below-threshold' : (guard(units[p.a]!.analysis, units[p.b]!.analysis) ?? 'linkage'),
    }));

  if (!options.explain) return { clusters, review, explanations: [] };
  // Records whose wording is identical once normalised were grouped before any comparison.
  const identical = units.flatMap((unit, u) =>
    unit.records.slice(1).map((record) => ({
      kind: unit.kind,
      score: SCALE,
      average: SCALE,
      a: unit.records[0]!.text,
      b: record.text,
      shared: sharedTerms(vectors[u]!, vectors[u]!, dictionary),
    })),
  );
  const explanations = identical.concat(result.merges.map(({ pair, average }) => ({
    kind: units[pair.a]!.kind,
    score: pair.score,
    average,
    a: units[pair.a]!.records[0]!.text,
    b: units[pair.b]!.records[0]!.text,
    shared: sharedTerms(vectors[pair.a]!, vectors[pair.b]!, dictionary),
  })));
  return { clusters, review, explanations };
}

/**
 * The pairs worth a reviewer's minute: for each wording, its closest wording in another
 * cluster, when that pair reached the grey zone. One pair per wording at most, so the list
 * stays readable at any scale; the best pairs come first.
 */
function reviewPairs(
  pairs: PairList,
  clusterOf: Int32Array,
  decided: ReadonlySet<number>,
  pairKey: (a: number, b: number) => number,
): ScoredPair[] {
  const best = new Map<number, ScoredPair>();
  // `pairs` is sorted best first, so the first pair met for a unit is its closest.
  for (let i = 0; i < pairs.length; i++) {
    if (best.has(pairs.a[i]!) && best.has(pairs.b[i]!)) continue;
    const p = pairAt(pairs, i);
    if (clusterOf[p.a] === clusterOf[p.b] || decided.has(pairKey(p.a, p.b))) continue;
    if (!best.has(p.a)) best.set(p.a, p);
    if (!best.has(p.b)) best.set(p.b, p);
  }
  return [...new Set(best.values())].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Clusters larger than this compute centrality against their heaviest units only. */
const MAX_CENTRALITY_UNITS = 200;

function buildCluster(members: number[], units: readonly UnitData[], similarity: (a: number, b: number) => number): Cluster {
  const reference = members.length <= MAX_CENTRALITY_UNITS
    ? members
    : [...members].sort((x, y) => units[y]!.count - units[x]!.count || x - y).slice(0, MAX_CENTRALITY_UNITS);
  // The canonical wording is the one closest to all the others; ties go to the shorter, then the lower id.
  let best = members[0]!;
  let bestScore = -1;
  for (const u of members) {
    let centrality = (units[u]!.count - 1) * SCALE;
    for (const v of reference) if (v !== u) centrality += units[v]!.count * similarity(u, v);
    const record = units[u]!.records[0]!;
    const current = units[best]!.records[0]!;
    if (
      centrality > bestScore ||
      (centrality === bestScore && (record.text.length < current.text.length || (record.text.length === current.text.length && record.id < current.id)))
    ) {
      best = u;
      bestScore = centrality;
    }
  }
  const records = members.flatMap((u) => units[u]!.records.map((r) => ({ record: r, unit: u })));
  records.sort((x, y) => compareSource(x.record, y.record));
  const territories = new Map<string, { level: Territory['level']; code: string; name: string; count: number }>();
  for (const { record } of records) {
    if (!record.territory) continue;
    const key = `${record.territory.level}:${record.territory.code}`;
    const entry = territories.get(key);
    if (entry) entry.count++;
    else territories.set(key, { ...record.territory, count: 1 });
  }
  const ids = records.map((r) => r.record.id).sort();
  return {
    id: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16),
    kind: units[best]!.kind as Cluster['kind'],
    text: units[best]!.records[0]!.text,
    size: records.length,
    territories: [...territories.values()].sort((a, b) => b.count - a.count || (a.level < b.level ? -1 : a.level > b.level ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    members: records.map(({ record, unit }) => ({
      id: record.id,
      text: record.text,
      territory: record.territory ?? null,
      source: record.source,
      similarity: similarity(unit, best) / SCALE,
    })) as Cluster['members'],
  };
}

function compareSource(a: DedupeRecord, b: DedupeRecord): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.line - b.source.line || (a.source.column ?? 0) - (b.source.column ?? 0) || byId(a, b);
}
