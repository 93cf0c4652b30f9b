/**
 * The ideas a synthesis shows, whatever its format (Markdown, HTML): one per cluster, or one per
 * record when the records were not grouped, with the axis, territories and sources of each.
 */
import type { Cluster } from '../types/cluster.js';
import { countOrder, DEFAULT_HEADLINE, documentKey, territoryKey, type HeadlineCount } from '../dedupe/counts.js';
import { WEAK_EVIDENCE } from '../parse/evidence.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';
import { KIND_ORDER } from '../vocabulary/labels.js';

/** What the ideas are made from. */
export interface IdeasInput {
  /** The contributions: they give axes, documents and dates. May be empty when clusters are given. */
  records: readonly RecolteRecord[];
  /** The ideas after dedupe; null when the records were not grouped (each is its own idea). */
  clusters: readonly Cluster[] | null;
  /** The count the ordering and the sentences lead with (`--count`); territories by default. */
  count?: HeadlineCount;
}

export interface Member {
  id: string;
  text: string;
  territory: Territory | null;
  source: { file: string; line: number };
}

export interface Idea {
  kind: Kind;
  text: string;
  axis: string | null;
  members: Member[];
  territories: (Territory & { count: number })[];
  /** The documents (meetings) it comes from, as counting keys (dedupe/counts.ts), each once. */
  documents: string[];
}

/** An idea's three counts, by the rule of dedupe/counts.ts. */
export function ideaCounts(idea: Idea): Record<HeadlineCount, number> {
  return { territories: idea.territories.length, documents: idea.documents.length, contributions: idea.members.length };
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The axes in the order the documents give them (by file, then line); [] when there are none. */
export function axisOrder(input: IdeasInput, ideas: readonly Idea[]): string[] {
  const first = new Map<string, { file: string; line: number }>();
  for (const idea of ideas) {
    if (idea.axis === null) continue;
    for (const m of idea.members) {
      const seen = first.get(idea.axis);
      if (!seen || byText(m.source.file, seen.file) < 0 || (m.source.file === seen.file && m.source.line < seen.line)) first.set(idea.axis, m.source);
    }
  }
  for (const r of input.records) {
    const seen = r.axis ? first.get(r.axis) : undefined;
    if (r.axis && seen && (byText(r.source.file, seen.file) < 0 || (r.source.file === seen.file && r.source.line < seen.line))) first.set(r.axis, r.source);
  }
  return [...first.entries()].sort(([, a], [, b]) => byText(a.file, b.file) || a.line - b.line).map(([axis]) => axis);
}

/**
 * Ideas from the clusters (joined to their records for the axis), or one per record; records
 * that no cluster holds are ideas of their own, never left out.
 */
export function ideasOf(input: IdeasInput, recordOf: ReadonlyMap<string, RecolteRecord>): Idea[] {
  const alone = (r: RecolteRecord): Idea => ({
    kind: r.kind,
    text: r.text,
    axis: r.axis ?? null,
    members: [member(r)],
    territories: r.territory ? [{ ...r.territory, count: 1 }] : [],
    documents: [documentKey(r)],
  });
  if (!input.clusters) return input.records.map(alone);
  const clustered = input.clusters.map((c): Idea => {
    // The axis of the canonical wording's record, else of the first member that has one.
    const canonical = c.members.find((m) => m.text === c.text) ?? c.members[0];
    const axis = (canonical && recordOf.get(canonical.id)?.axis) ?? c.members.map((m) => recordOf.get(m.id)?.axis).find(Boolean) ?? null;
    return {
      kind: c.kind,
      text: c.text,
      axis,
      members: c.members.map((m) => ({ id: m.id, text: m.text, territory: m.territory ?? null, source: m.source })),
      territories: c.territories.map((x) => ({ ...x })),
      documents: c.documents.map((d) => documentKey({ source: d, meeting: d.meeting ?? null })),
    };
  });
  return [...clustered, ...unclustered(input.records, input.clusters).map(alone)];
}

/** The records that no cluster holds (given records and clusters of different runs). */
export function unclustered(records: readonly RecolteRecord[], clusters: readonly Cluster[]): RecolteRecord[] {
  const held = new Set(clusters.flatMap((c) => c.members.map((m) => m.id)));
  return records.filter((r) => !held.has(r.id));
}

function member(r: RecolteRecord): Member {
  return { id: r.id, text: r.text, territory: r.territory ?? null, source: r.source };
}

/**
 * The most widely shared first: by the headline count, then the other two in their order
 * (territories, documents, contributions), then by wording.
 */
export function mostShared(a: Idea, b: Idea, headline: HeadlineCount = DEFAULT_HEADLINE): number {
  return byCounts(ideaCounts(a), ideaCounts(b), headline) || byText(a.text, b.text);
}

/** Clusters in the same order as their ideas (`mostShared`), then by id: the spreadsheet of ideas. */
export function mostSharedCluster(a: Cluster, b: Cluster, headline: HeadlineCount = DEFAULT_HEADLINE): number {
  return byCounts(a.counts, b.counts, headline) || byText(a.text, b.text) || byText(a.id, b.id);
}

/** Larger counts first, the headline compared first, then the others in their fixed order. */
function byCounts(x: Readonly<Record<HeadlineCount, number>>, y: Readonly<Record<HeadlineCount, number>>, headline: HeadlineCount): number {
  for (const count of countOrder(headline)) if (x[count] !== y[count]) return y[count] - x[count];
  return 0;
}

/** Ideas that every member owes to its wording alone (evidence `form` or `cue`): no heading, label or column named their kind. */
export function weakIdeas(ideas: readonly Idea[], recordOf: ReadonlyMap<string, RecolteRecord>): number {
  return ideas.filter((idea) =>
    idea.members.every((m) => {
      const evidence = recordOf.get(m.id)?.evidence;
      return !!evidence && WEAK_EVIDENCE.includes(evidence);
    }),
  ).length;
}

/** Ideas of one axis and kind, most widely shared first. */
export interface IdeaGroup {
  /** null: the ideas without an axis (all of them when no idea has one). */
  axis: string | null;
  kind: Kind;
  ideas: Idea[];
}

/**
 * The ideas in reading order: by axis in `axes`' order (those without one last), then by kind
 * in the fixed order, most widely shared first; groups without ideas are left out. One pass
 * over the ideas, whatever the number of axes.
 */
export function readingOrder(ideas: readonly Idea[], axes: readonly string[], headline: HeadlineCount = DEFAULT_HEADLINE): IdeaGroup[] {
  const buckets = new Map<string | null, Map<Kind, Idea[]>>();
  for (const idea of ideas) {
    let byKind = buckets.get(idea.axis);
    if (!byKind) buckets.set(idea.axis, (byKind = new Map()));
    const list = byKind.get(idea.kind);
    if (list) list.push(idea);
    else byKind.set(idea.kind, [idea]);
  }
  const groups: IdeaGroup[] = [];
  for (const axis of [...axes, null]) {
    const byKind = buckets.get(axis);
    for (const kind of KIND_ORDER) {
      const list = byKind?.get(kind);
      if (list) groups.push({ axis, kind, ideas: list.sort((a, b) => mostShared(a, b, headline)) });
    }
  }
  return groups;
}

/** The text of the proposal an idea's need, objective or first step belongs to, if any. */
export function parentText(idea: Idea, recordOf: ReadonlyMap<string, RecolteRecord>): string | null {
  const parent = idea.members.map((m) => recordOf.get(m.id)?.parent).find(Boolean);
  return parent ? (recordOf.get(parent)?.text ?? null) : null;
}

/**
 * What a synthesis's header counts, by the rule of dedupe/counts.ts: documents (meetings),
 * contributions, distinct territories (each level and code once), ideas, and the documents' dates.
 */
export interface KeyCounts {
  documents: number;
  contributions: number;
  territories: number;
  ideas: number;
  /** The first and last document dates (ISO), or null when no document gives one. */
  dates: [first: string, last: string] | null;
}

export function keyCounts(records: readonly RecolteRecord[], ideas: readonly Idea[]): KeyCounts {
  const members = ideas.flatMap((i) => i.members);
  const dates = records.map((r) => r.document?.date).filter((d): d is string => !!d).sort();
  return {
    documents: new Set(ideas.flatMap((i) => i.documents)).size,
    contributions: members.length,
    territories: new Set(members.filter((m) => m.territory).map((m) => territoryKey(m.territory!))).size,
    ideas: ideas.length,
    dates: dates.length ? [dates[0]!, dates.at(-1)!] : null,
  };
}
