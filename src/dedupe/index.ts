/**
 * Dedupe stage: records in, clusters out. Every record lands in exactly one cluster, only with
 * records of its kind; the result depends on the set of records, never on their order.
 */
import { createHash } from 'node:crypto';
import type { RecolteRecord, Territory } from '../types/record.js';
import type { Cluster } from '../types/cluster.js';
import { analyze, packAnalysis, unpackAnalysis, WEAK_TERMS } from './analyze.js';
import { analyzeAll, type ParallelOptions } from './analyze-parallel.js';
import { countRecords, territoryKey } from './counts.js';
import { guarded, guardKey } from './guard.js';
import { leaderCluster } from './leader.js';
import { score, SCALE } from './score.js';
import type { Synonyms } from './synonyms.js';
import type { Suggestion } from './review-types.js';
import { reviewQuestions } from './questions.js';
import { sharedTerms, vectorize } from './vectors.js';

/** The fields dedupe reads; the rest of a record is not needed. */
export type DedupeRecord = Pick<RecolteRecord, 'id' | 'kind' | 'text' | 'source' | 'meeting'> & { territory?: Territory | null };

export interface DedupeOptions {
  /** Auto-merge bar, in ten-thousandths. */
  threshold: number;
  /**
   * How many questions to put to a reviewer (see suggest.ts). Without it, none are looked for,
   * which is faster.
   */
  reviewBudget?: number;
  synonyms: Synonyms;
  /** Explain each merge (costly at scale: only when asked). */
  explain?: boolean;
  /** Reviewer decisions, by record id. */
  same?: readonly (readonly [string, string])[];
  different?: readonly (readonly [string, string])[];
}

export interface Explanation {
  kind: string;
  /** Score of the record against the leader it joined, in ten-thousandths. */
  score: number;
  /** Its average score against the leader and the cluster's first members. */
  average: number;
  /** The leader's wording, and the wording that joined it. */
  a: string;
  b: string;
  shared: string[];
}

export interface DedupeResult {
  clusters: Cluster[];
  /** The questions for a reviewer, highest expected gain first, numbered from 1; empty without `reviewBudget`. */
  review: Suggestion[];
  /** Empty unless `explain` was asked for. */
  explanations: Explanation[];
}

interface UnitData {
  records: DedupeRecord[];
  /** The analysis its records share, packed (packAnalysis): a string costs less memory than arrays. */
  packed: string;
  kind: string;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups records that put forward the same idea. */
export function dedupe(input: readonly DedupeRecord[], options: DedupeOptions): DedupeResult {
  const records = [...input].sort(byId);
  return group(records, records.map((r) => packAnalysis(analyze(r.text, options.synonyms))), options);
}

/** The same as `dedupe`, with the analysis of the texts spread over the machine's cores. */
export async function dedupeParallel(input: readonly DedupeRecord[], options: DedupeOptions, parallel?: ParallelOptions): Promise<DedupeResult> {
  const records = [...input].sort(byId);
  return group(records, await analyzeAll(records.map((r) => r.text), options.synonyms, parallel), options);
}

/**
 * Groups records (sorted by id), given the packed analysis of each. Records whose normalised
 * wording is identical form one unit, compared once.
 */
function group(records: readonly DedupeRecord[], packed: readonly string[], options: DedupeOptions): DedupeResult {
  const bySignature = new Map<string, number>();
  const units: UnitData[] = [];
  // A record a reviewer set apart from another keeps a unit of its own, so the decision holds
  // even against an identical wording.
  const decidedApart = new Set((options.different ?? []).flat());
  records.forEach((record, i) => {
    const signature = `${record.kind}\u0000${packed[i]!}${decidedApart.has(record.id) ? `\u0000${record.id}` : ''}`;
    const found = bySignature.get(signature);
    if (found !== undefined) units[found]!.records.push(record);
    else {
      bySignature.set(signature, units.length);
      units.push({ records: [record], packed: packed[i]!, kind: record.kind });
    }
  });
  bySignature.clear();
  // Only the records named in decisions need their unit looked up by id.
  const decided = new Set([...(options.same ?? []), ...(options.different ?? [])].flat());
  const unitOf = new Map<string, number>();
  if (decided.size) units.forEach((unit, u) => unit.records.forEach((r) => decided.has(r.id) && unitOf.set(r.id, u)));

  const termLists: string[][] = [];
  const keys = units.map((u) => {
    const analysis = unpackAnalysis(u.packed);
    termLists.push(analysis.terms);
    return guardKey(analysis);
  });
  const { dictionary, vectors } = vectorize(termLists, WEAK_TERMS);
  termLists.length = 0;
  const kinds = [...new Set(units.map((u) => u.kind))].sort();
  const groupOf = Int32Array.from(units, (u) => kinds.indexOf(u.kind));
  const similarity = (a: number, b: number): number => (a === b ? SCALE : score(vectors, dictionary.weights, a, b));

  // Reviewer decisions, as unit pairs.
  const unitPairs = (list: readonly (readonly [string, string])[] = []): [number, number][] =>
    list.filter(([a, b]) => unitOf.has(a) && unitOf.has(b)).map(([a, b]) => [unitOf.get(a)!, unitOf.get(b)!]);
  const apart = new Map<number, number[]>();
  for (const [a, b] of unitPairs(options.different)) {
    apart.set(a, [...(apart.get(a) ?? []), b]);
    apart.set(b, [...(apart.get(b) ?? []), a]);
  }
  const forbidden = (u: number, l: number, leaderOf: Int32Array): boolean =>
    guarded(keys[u]!, keys[l]!) || (apart.get(u)?.some((p) => leaderOf[p] === l) ?? false);

  // The most repeated wordings lead first, then the lightest (shortest), then by first record id.
  const order = Int32Array.from(units.keys()).sort(
    (x, y) => units[y]!.records.length - units[x]!.records.length || vectors.totals[x]! - vectors.totals[y]! || x - y,
  );
  const led = leaderCluster({
    vectors,
    weights: dictionary.weights,
    group: groupOf,
    order,
    threshold: options.threshold,
    forbidden,
  });

  const { clusterOf, joined } = applySame(led.leaderOf, unitPairs(options.same).filter(([a, b]) => groupOf[a] === groupOf[b]), [...apart].flatMap(([a, bs]) => bs.map((b) => [a, b] as [number, number])));

  const members = new Map<number, number[]>();
  clusterOf.forEach((root, u) => {
    const list = members.get(root);
    if (list) list.push(u);
    else members.set(root, [u]);
  });
  const roots = [...members.keys()];
  const clusters = [...members.values()].map((list, i) => {
    const cluster = buildCluster(list, units, similarity);
    // For the drift check: a cluster that reviewers' "same" decisions grew says by how many.
    const count = joined.get(roots[i]!);
    if (count) cluster.review = { joined: count };
    return cluster;
  });
  const rootOf = new Map(clusters.map((cluster, i) => [cluster, roots[i]!]));
  clusters.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const review = options.reviewBudget
    ? reviewQuestions({
        units,
        vectors,
        dictionary,
        group: groupOf,
        clusterOf,
        clusters: clusters.map((cluster) => ({ cluster, root: rootOf.get(cluster)! })),
        same: unitPairs(options.same),
        different: [...apart].flatMap(([a, bs]) => bs.filter((b) => a < b).map((b) => [a, b] as const)),
        guarded: (a, b) => guarded(keys[a]!, keys[b]!),
        synonyms: options.synonyms,
        threshold: options.threshold,
        budget: options.reviewBudget,
      })
    : [];

  if (!options.explain) return { clusters, review, explanations: [] };
  const explanations: Explanation[] = [];
  for (const u of order) {
    const unit = units[u]!;
    const leader = led.leaderOf[u]!;
    // Records whose wording is identical once normalised were grouped before any comparison.
    for (const record of unit.records.slice(1)) {
      explanations.push({ kind: unit.kind, score: SCALE, average: SCALE, a: unit.records[0]!.text, b: record.text, shared: sharedTerms(vectors, dictionary, u, u) });
    }
    if (leader === u) continue;
    explanations.push({
      kind: unit.kind,
      score: led.score[u]!,
      average: led.fit[u]!,
      a: units[leader]!.records[0]!.text,
      b: unit.records[0]!.text,
      shared: sharedTerms(vectors, dictionary, leader, u),
    });
  }
  return { clusters, review, explanations };
}

/**
 * Clusters from the leaders, with the units a reviewer decided are the same joined whatever
 * their score — unless that would put two units decided different together. Also says, by
 * root, how many "same" decisions joined clusters into each one.
 */
function applySame(leaderOf: Int32Array, same: readonly [number, number][], different: readonly [number, number][]): { clusterOf: Int32Array; joined: Map<number, number> } {
  const joins = new Map<number, number>();
  const parent = Int32Array.from(leaderOf);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of [...same].sort((p, q) => p[0] - q[0] || p[1] - q[1])) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const joined = (x: number): boolean => find(x) === ra || find(x) === rb;
    if (different.some(([x, y]) => joined(x) && joined(y) && find(x) !== find(y))) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    joins.set(Math.min(ra, rb), (joins.get(ra) ?? 0) + (joins.get(rb) ?? 0) + 1);
    joins.delete(Math.max(ra, rb));
  }
  return { clusterOf: Int32Array.from(parent, (_, u) => find(u)), joined: joins };
}

/**
 * In clusters of more wordings than this, the canonical wording is sought among the most
 * repeated ones only, and closeness measured against them: an idea put forward in thousands of
 * wordings would otherwise cost the square of that.
 */
const MAX_CENTRALITY_UNITS = 200;

function buildCluster(members: number[], units: readonly UnitData[], similarity: (a: number, b: number) => number): Cluster {
  const weight = (u: number): number => units[u]!.records.length;
  const reference = members.length <= MAX_CENTRALITY_UNITS
    ? members
    : [...members].sort((x, y) => weight(y) - weight(x) || x - y).slice(0, MAX_CENTRALITY_UNITS);
  // The canonical wording is the one closest to all the others; ties go to the shorter, then the lower id.
  let best = reference[0]!;
  let bestScore = -1;
  for (const u of reference) {
    let centrality = (weight(u) - 1) * SCALE;
    for (const v of reference) if (v !== u) centrality += weight(v) * similarity(u, v);
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
    const key = territoryKey(record.territory);
    const entry = territories.get(key);
    if (entry) entry.count++;
    else territories.set(key, { ...record.territory, count: 1 });
  }
  const ids = records.map((r) => r.record.id).sort();
  const { counts, documents } = countRecords(records.map((r) => r.record));
  // Once per wording, not per record: a wording repeated thousands of times is scored once.
  const closeness = new Map(members.map((u) => [u, similarity(u, best) / SCALE]));
  return {
    id: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16),
    kind: units[best]!.kind as Cluster['kind'],
    text: units[best]!.records[0]!.text,
    size: records.length,
    counts,
    territories: [...territories.values()].sort((a, b) => b.count - a.count || (a.level < b.level ? -1 : a.level > b.level ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    documents: documents as Cluster['documents'],
    members: records.map(({ record, unit }) => ({
      id: record.id,
      text: record.text,
      territory: record.territory ?? null,
      source: record.source,
      similarity: closeness.get(unit)!,
    })) as Cluster['members'],
  };
}

function compareSource(a: DedupeRecord, b: DedupeRecord): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.line - b.source.line || (a.source.column ?? 0) - (b.source.column ?? 0) || byId(a, b);
}
