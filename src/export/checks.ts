/**
 * « À vérifier » as data: the warnings and errors of a parse report grouped by document, then by
 * rule, each group counted and said in the reader's language. The Markdown synthesis and the
 * HTML report render the same groups; nothing here is Markdown or HTML.
 */
import { unclassifiedWords } from '../parse/unclassified.js';
import type { Cluster } from '../types/cluster.js';
import type { Diagnostic, ParseReport } from '../types/report.js';
import { CHECK_TEXT, type RuleText } from '../vocabulary/check-text.js';
import type { Lang } from '../vocabulary/labels.js';

export interface CheckItem {
  /** 1-based line in the document; null when the problem concerns the whole file. */
  line: number | null;
  /** The line's own words when the diagnostic quotes them (unclassified lines), else null. */
  words: string | null;
  /** What the problem is, for a reader: "ligne non classée". */
  message: string;
}

export interface CheckGroup {
  rule: string;
  /** The most severe of the group's diagnostics. */
  severity: 'error' | 'warning';
  count: number;
  /** "12 lignes non classées". */
  summary: string;
  /** In the report's order (by line). */
  items: CheckItem[];
}

export interface CheckDocument {
  file: string;
  /** Errors first, then the most frequent, then by rule id. */
  groups: CheckGroup[];
}

/** The reader's words for a rule; a rule the catalogue lacks is named by its id. */
export function ruleText(rule: string, lang: Lang = 'fr'): RuleText {
  const text = CHECK_TEXT[lang];
  return Object.hasOwn(text.rules, rule) ? text.rules[rule]! : text.otherRule(rule);
}

/** Groups the report's errors and warnings (info left out) by document in report order, then by rule. */
export function checkGroups(report: ParseReport | null, lang: Lang = 'fr'): CheckDocument[] {
  if (!report) return [];
  const documents: CheckDocument[] = [];
  for (const file of report.files) {
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of file.diagnostics) {
      if (d.severity === 'info') continue;
      const list = byRule.get(d.rule);
      if (list) list.push(d);
      else byRule.set(d.rule, [d]);
    }
    if (!byRule.size) continue;
    const groups = [...byRule].map(([rule, diagnostics]): CheckGroup => {
      const text = ruleText(rule, lang);
      return {
        rule,
        severity: diagnostics.some((d) => d.severity === 'error') ? 'error' : 'warning',
        count: diagnostics.length,
        summary: text.count(diagnostics.length),
        items: diagnostics.map((d) => ({ line: d.line, words: rule === 'unclassified-line' ? unclassifiedWords(d.message) : null, message: text.one })),
      };
    });
    groups.sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    documents.push({ file: file.file, groups });
  }
  return documents;
}

/**
 * A cluster that reviewers' "same" decisions have grown is checked for drift when it holds more
 * than this many contributions: a chain of "same" answers, each right on its own, can join
 * wordings that no longer say one thing (README, "Counts").
 */
export const DRIFT_MIN_SIZE = 5;
/** ... and its least similar member is further than this from the canonical wording (similarity 0 to 1, as in `members[].similarity`). */
export const DRIFT_SIMILARITY = 0.2;

/** One cluster to reread: its canonical wording and its least similar member. */
export interface DriftItem {
  cluster: string;
  text: string;
  size: number;
  /** How many "same" decisions grew it. */
  joined: number;
  farthest: { text: string; file: string; line: number; similarity: number };
}

export interface DriftCheck {
  rule: 'cluster-drift';
  /** "2 idées élargies par des décisions « même idée »". */
  summary: string;
  /** The least similar first. */
  items: DriftItem[];
}

/** The clusters grown by "same" decisions past DRIFT_MIN_SIZE whose least similar member is under DRIFT_SIMILARITY; null when there are none. */
export function driftCheck(clusters: readonly Cluster[] | null, lang: Lang = 'fr'): DriftCheck | null {
  const items: DriftItem[] = [];
  for (const c of clusters ?? []) {
    if (!c.review || c.review.joined < 1 || c.size <= DRIFT_MIN_SIZE) continue;
    // The first of the least similar, in the members' order (by source).
    const farthest = c.members.reduce((low, m) => (m.similarity < low.similarity ? m : low));
    if (!(farthest.similarity < DRIFT_SIMILARITY)) continue;
    items.push({
      cluster: c.id,
      text: c.text,
      size: c.size,
      joined: c.review.joined,
      farthest: { text: farthest.text, file: farthest.source.file, line: farthest.source.line, similarity: farthest.similarity },
    });
  }
  if (!items.length) return null;
  items.sort((a, b) => a.farthest.similarity - b.farthest.similarity || (a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0));
  return { rule: 'cluster-drift', summary: ruleText('cluster-drift', lang).count(items.length), items };
}
