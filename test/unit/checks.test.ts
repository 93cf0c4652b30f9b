import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics.js';
import { checkGroups, ruleText } from '../../src/export/checks.js';
import { failedFileReport } from '../../src/parse/report.js';
import { territoryWarning } from '../../src/parse/territory-warning.js';
import { unclassifiedLine, unclassifiedWords } from '../../src/parse/unclassified.js';
import type { Diagnostic, FileReport, ParseReport } from '../../src/types/report.js';
import { CHECK_TEXT } from '../../src/vocabulary/check-text.js';

const fileReport = (file: string, diagnostics: Diagnostic[]): FileReport => ({ ...failedFileReport(file, diagnostics), layout: 'synthesis' });
const reportOf = (...files: FileReport[]): ParseReport => ({
  version: 1,
  files,
  totals: { files: files.length, records: 0, kinds: {}, lines: { nonBlank: 0, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: 0 }, errors: 0, warnings: 0 },
});

describe('the words of an unclassified line, read back from its message', () => {
  it('keeps quotes and "; of the line itself, in every form of the message', () => {
    for (const words of ['Régionale', 'Il a dit "oui"; puis "non"', '"', '', 'a: "b"', 'Propositions :" or pass --kind']) {
      expect(unclassifiedWords(unclassifiedLine('a.md', null, words, 1, 1).message)).toBe(words);
      expect(unclassifiedWords(unclassifiedLine('a.md', 'List item', words, 1, 1).message)).toBe(words);
      expect(unclassifiedWords(unclassifiedLine('a.md', 'Table row', words, 1, 1).message)).toBe(words);
    }
  });

  it('reads the messages as they are written', () => {
    expect(unclassifiedLine('a.md', 'List item', 'Régionale', 3, 1).message).toBe(
      'List item outside any section recolte recognises: "Régionale"; add a heading such as "Propositions :" or pass --kind',
    );
    expect(unclassifiedLine('a.md', null, 'Voir aussi', 3, 1).message).toBe(
      'Line not read as any part of the document: "Voir aussi"; check it by hand, and report it if it holds a contribution',
    );
  });

  it('reads reports of earlier versions, whose message had no hint, and gives up on other forms', () => {
    expect(unclassifiedWords('Line not read as any part of the document: "Voir aussi"')).toBe('Voir aussi');
    expect(unclassifiedWords('Unclassified line "Régionale"; add a heading such as "Propositions :"')).toBeNull();
    expect(unclassifiedWords('Something else entirely')).toBeNull();
  });
});

describe('checkGroups', () => {
  const report = reportOf(
    fileReport('b.md', [
      diagnostic('b.md', 'warning', 'nesting-capped', 'Lists nested more than 32 levels deep', 4, 1),
      unclassifiedLine('b.md', null, 'Voir aussi', 7, 1),
      unclassifiedLine('b.md', 'List item', 'Il a dit "oui"; puis "non"', 9, 3),
      territoryWarning('b.md', 'Régionale', 'unknown', 12, 5),
      diagnostic('b.md', 'info', 'unclassified-line', 'an info is not for the reader', 13, 1),
    ]),
    fileReport('clean.md', []),
    fileReport('a.md', [
      diagnostic('a.md', 'error', 'document-failed', 'Could not be read: boom'),
      diagnostic('a.md', 'warning', 'made-up-rule', 'An English message', 2, 1),
    ]),
  );

  it('groups by document in report order, then by rule: errors first, then the most frequent', () => {
    expect(checkGroups(report)).toEqual([
      {
        file: 'b.md',
        groups: [
          {
            rule: 'unclassified-line',
            severity: 'warning',
            count: 2,
            summary: '2 lignes non classées',
            items: [
              { line: 7, words: 'Voir aussi', message: 'ligne non classée' },
              { line: 9, words: 'Il a dit "oui"; puis "non"', message: 'ligne non classée' },
            ],
          },
          { rule: 'nesting-capped', severity: 'warning', count: 1, summary: '1 imbrication aplatie', items: [{ line: 4, words: null, message: 'imbrication aplatie' }] },
          { rule: 'territory-unknown', severity: 'warning', count: 1, summary: '1 territoire inconnu', items: [{ line: 12, words: null, message: 'territoire inconnu' }] },
        ],
      },
      {
        file: 'a.md',
        groups: [
          { rule: 'document-failed', severity: 'error', count: 1, summary: '1 document illisible, non lu', items: [{ line: null, words: null, message: 'document illisible, non lu' }] },
          {
            rule: 'made-up-rule',
            severity: 'warning',
            count: 1,
            summary: '1 problème de lecture (made-up-rule)',
            items: [{ line: 2, words: null, message: 'problème de lecture (made-up-rule)' }],
          },
        ],
      },
    ]);
  });

  it('speaks English', () => {
    expect(checkGroups(report, 'en').map((d) => d.groups.map((g) => [g.summary, g.items[0]!.message]))).toEqual([
      [
        ['2 unclassified lines', 'unclassified line'],
        ['1 nesting flattened', 'nesting flattened'],
        ['1 unknown territory', 'unknown territory'],
      ],
      [
        ['1 unreadable document, not read', 'unreadable document, not read'],
        ['1 reading problem (made-up-rule)', 'reading problem (made-up-rule)'],
      ],
    ]);
  });

  it('is empty without a report, or when nothing needs checking', () => {
    expect(checkGroups(null)).toEqual([]);
    expect(checkGroups(reportOf(fileReport('clean.md', [])))).toEqual([]);
  });

  it('counts 12 lines as a reader would', () => {
    expect(ruleText('unclassified-line').count(12)).toBe('12 lignes non classées');
    expect(ruleText('unclassified-line').count(1)).toBe('1 ligne non classée');
    expect(ruleText('unclassified-line', 'en').count(12)).toBe('12 unclassified lines');
    expect(ruleText('__proto__').one).toBe('problème de lecture (__proto__)');
  });
});

/** Rule ids given to diagnostics in the stages whose diagnostics reach a parse report. */
function rulesInSource(): Set<string> {
  const kebab = /'([a-z0-9]+(?:-[a-z0-9]+)+)'/g;
  const literals = (text: string): string[] => [...text.matchAll(kebab)].map((m) => m[1]!);
  const files = ['parse', 'ingest', 'territory']
    .flatMap((dir) => readdirSync(new URL(`../../src/${dir}/`, import.meta.url), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
    .filter((f) => f.endsWith('.ts'))
    // Files that cannot be read are reported with the diagnostics of cli/inputs.ts; the drift
    // check of clusters is said in « À vérifier » too.
    .concat('cli/inputs.ts', 'export/checks.ts');
  const rules = new Set<string>();
  for (const file of files) {
    const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
    // diagnostic(file, 'warning', 'rule-id' …), the rule possibly chosen by a ternary.
    for (const m of source.matchAll(/diagnostic\(\s*[^,]+,\s*'(?:error|warning|info)',\s*([^,]+),/g)) literals(m[1]!).forEach((r) => rules.add(r));
    // `rule: 'row-skipped'`, and unions of rule ids only (`type Unread = 'line-too-long' | …`).
    for (const m of source.matchAll(/\brule\??:\s*('[^']+'(?:\s*\|\s*'[^']+')*)/g)) literals(m[1]!).forEach((r) => rules.add(r));
    // Encoding labels ('utf-8', 'windows-1252') are unions of kebab words too, but hold digits.
    for (const m of source.matchAll(/=\s*('[a-z]+(?:-[a-z]+)+'(?:\s*\|\s*'[a-z]+(?:-[a-z]+)+')+)\s*;/g)) literals(m[1]!).forEach((r) => rules.add(r));
    if (file === 'parse/unclassified.ts') rules.add('unclassified-line');
  }
  return rules;
}

describe('the catalogue of reader messages', () => {
  const rules = rulesInSource();

  it('finds the rules in the source (the scan itself works)', () => {
    for (const rule of ['cluster-drift', 'unclassified-line', 'territory-unknown', 'territory-ambiguous', 'encoding-invalid', 'line-unreadable', 'definitions-capped', 'row-skipped', 'file-unreadable'])
      expect(rules).toContain(rule);
  });

  it('has French and English words for every rule of parse, ingest and territory, and every check of clusters', () => {
    for (const lang of ['fr', 'en'] as const) expect([...rules].filter((rule) => !Object.hasOwn(CHECK_TEXT[lang].rules, rule)).sort()).toEqual([]);
  });

  it('counts one as "1 " and the words said of a line', () => {
    for (const lang of ['fr', 'en'] as const) for (const text of Object.values(CHECK_TEXT[lang].rules)) expect(text.count(1)).toBe(`1 ${text.one}`);
  });

  it('has the same rules in both languages', () => {
    expect(Object.keys(CHECK_TEXT.en.rules).sort()).toEqual(Object.keys(CHECK_TEXT.fr.rules).sort());
  });
});
