/**
 * The ideas a synthesis shows, whatever its format (Markdown, HTML): one per cluster, or one per
 * record when the records were not grouped, with the axis, territories and sources of each.
 */
import type { Cluster } from '../types/cluster.js';
import { WEAK_EVIDENCE } from '../parse/evidence.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';

/** What the ideas are made from. */
export interface IdeasInput {
  /** The contributions: they give axes, documents and dates. May be empty when clusters are given. */
  records: readonly RecolteRecord[];
  /** The ideas after dedupe; null when the records were not grouped (each is its own idea). */
  clusters: readonly Cluster[] | null;
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

/** Most territories first, then most contributions, then by wording. */
export function mostShared(a: Idea, b: Idea): number {
  return b.territories.length - a.territories.length || b.members.length - a.members.length || byText(a.text, b.text);
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
