/**
 * The review questions as the reviewer reads them: each side's standing record, its cluster's
 * size and territories, and the words the two sides share.
 */
import type { Cluster } from '../types/cluster.js';
import { stem, words } from './analyze.js';
import type { ReviewSide, Suggestion } from './review-types.js';
import { SCALE } from './score.js';
import { suggest } from './suggest.js';
import type { Synonyms } from './synonyms.js';
import { sharedTerms, type Dictionary, type PackedVectors } from './vectors.js';

/** What questions need of a record. */
interface QuestionRecord {
  id: string;
  text: string;
  source: { file: string; line: number };
  territory?: { level: string; code: string; name: string } | null;
}

export interface QuestionsInput {
  /** Records of each unit (identical wordings), the first standing for the unit. */
  units: readonly { records: readonly QuestionRecord[]; kind: string }[];
  vectors: PackedVectors;
  dictionary: Dictionary;
  group: Int32Array;
  /** The cluster (root unit) of each unit. */
  clusterOf: Int32Array;
  /** Each cluster with its root unit. */
  clusters: readonly { cluster: Cluster; root: number }[];
  /** Reviewer decisions, as unit pairs. */
  same: readonly (readonly [number, number])[];
  different: readonly (readonly [number, number])[];
  guarded: (a: number, b: number) => boolean;
  synonyms: Synonyms;
  threshold: number;
  budget: number;
}

/** At most this many territories are named on each side of a question. */
const MAX_TERRITORIES = 5;

/** The `budget` most useful questions, numbered from 1 in order of expected gain. */
export function reviewQuestions(input: QuestionsInput): Suggestion[] {
  const { units, clusterOf } = input;
  const unitOfRecord = new Map<string, number>();
  units.forEach((unit, u) => unit.records.forEach((r) => unitOfRecord.set(r.id, u)));
  const canonical = new Map<number, number>();
  const clusterSize = new Map<number, number>();
  const clusterOfRoot = new Map<number, Cluster>();
  for (const { cluster, root } of input.clusters) {
    // The canonical wording is the first record of its unit (units group identical wordings).
    const member = cluster.members.find((m) => m.text === cluster.text && units[unitOfRecord.get(m.id)!]!.records[0]!.text === cluster.text)!;
    canonical.set(root, unitOfRecord.get(member.id)!);
    clusterSize.set(root, cluster.size);
    clusterOfRoot.set(root, cluster);
  }
  const raw = suggest({
    vectors: input.vectors,
    weights: input.dictionary.weights,
    group: input.group,
    clusterOf,
    unitSize: Int32Array.from(units, (unit) => unit.records.length),
    canonical,
    clusterSize,
    different: input.different,
    confirmed: new Set(input.same.flat()),
    guarded: input.guarded,
    threshold: input.threshold,
    budget: input.budget,
  });
  return raw.map((q, i) => ({
    number: i + 1,
    kind: units[q.a]!.kind,
    question: q.question,
    a: side(units[q.a]!.records, clusterOfRoot.get(q.rootA)!),
    b: q.question === 'split' ? side(units[q.b]!.records) : side(units[q.b]!.records, clusterOfRoot.get(q.rootB)!),
    score: q.score / SCALE,
    chance: Math.round(q.chance * 100) / 100,
    gain: Math.round(q.gain * 100) / 100,
    shared: sharedWords(input, q.a, q.b),
  }));
}

/** A side: its first record, with its cluster's size and territories (or the records' own, for a split's member). */
function side(records: readonly QuestionRecord[], cluster?: Cluster): ReviewSide {
  const first = records[0]!;
  const territories = cluster
    ? cluster.territories
    : [...new Map(records.filter((r) => r.territory).map((r) => [`${r.territory!.level}:${r.territory!.code}`, r.territory!])).values()];
  return {
    id: first.id,
    text: first.text,
    size: cluster ? cluster.size : records.length,
    territories: territories.slice(0, MAX_TERRITORIES).map((t) => (t.level === 'national' ? t.name : `${t.name} (${t.code})`)),
    source: { file: first.source.file, line: first.source.line },
  };
}

/**
 * The shared terms as words of either text ("télémédecine", "rurale"); a concept no single word
 * reads (a phrase such as "maison de santé") shows as its name ("msp").
 */
function sharedWords(input: QuestionsInput, a: number, b: number): string[] {
  const wordOf = new Map<string, string>();
  for (const u of [a, b]) {
    for (const word of words(input.units[u]!.records[0]!.text)) {
      for (const term of input.synonyms.apply([stem(word)])) if (!wordOf.has(term)) wordOf.set(term, word);
    }
  }
  const shown = sharedTerms(input.vectors, input.dictionary, a, b).map((term) => wordOf.get(term) ?? term.replace(/^#/, '').replace(/_/g, ' '));
  return [...new Set(shown)];
}
