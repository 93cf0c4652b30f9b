/**
 * « À vérifier » as data: the warnings and errors of a parse report grouped by document, then by
 * rule, each group counted and said in the reader's language. The Markdown synthesis and the
 * HTML report render the same groups; nothing here is Markdown or HTML.
 */
import { unclassifiedWords } from '../parse/unclassified.js';
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
