/** Reviewer decisions (same / different pairs of record ids) and the review template that asks for them. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Decisions } from '../types/decisions.js';
import { checkYaml } from '../validate/documents.js';
import { locate } from '../validate/locate.js';
import type { Validate } from '../validate/validator.js';
import type { AnsweredQuestion, Suggestion } from './review-types.js';

export interface ReadDecisions {
  same: [string, string][];
  different: [string, string][];
  diagnostics: Diagnostic[];
}

/**
 * Reads a decisions file (YAML or JSON). Pairs naming an id that is not among the records are
 * warnings and are left out; the file's other decisions still apply.
 */
export function readDecisions(file: string, text: string, validate: Validate, known: ReadonlySet<string>): ReadDecisions {
  const checked = checkYaml(file, text, validate);
  const result: ReadDecisions = { same: [], different: [], diagnostics: checked.diagnostics };
  if (!checked.valid) return result;
  const decisions = checked.value as Decisions | null;
  for (const key of ['same', 'different'] as const) {
    (decisions?.[key] ?? []).forEach((pair, i) => {
      const [a, b] = pair as unknown as [string, string];
      const unknown = [a, b].findIndex((id) => !known.has(id));
      if (unknown >= 0) {
        const at = locate(text, `/${key}/${i}/${unknown}`);
        result.diagnostics.push(
          diagnostic(file, 'warning', 'decision-unknown-id', `"${[a, b][unknown]}" is not the id of any record read; this ${key} decision is ignored (ids change when a document is edited: review the current records again with --review)`, at.line, at.column),
        );
        return;
      }
      result[key].push([a, b]);
    });
  }
  return result;
}

/**
 * The answers of a review read back (a CSV review): answered questions whose two ids are among
 * the records, as same / different pairs; an answer naming an unknown id is a warning.
 */
export function checkAnswers(file: string, rows: readonly AnsweredQuestion[], known: ReadonlySet<string>): ReadDecisions {
  const result: ReadDecisions = { same: [], different: [], diagnostics: [] };
  for (const row of rows) {
    if (row.answer === null) continue;
    const unknown = [row.a, row.b].find((id) => !known.has(id));
    if (unknown !== undefined) {
      result.diagnostics.push(
        diagnostic(file, 'warning', 'decision-unknown-id', `question ${row.number}: "${unknown}" is not the id of any record read; this answer is ignored (ids change when a document is edited: review the current records again with --review)`, row.line, 1),
      );
      continue;
    }
    result[row.answer].push([row.a, row.b]);
  }
  return result;
}

/**
 * A decisions file: the answers given so far under `same` and `different`, and the questions to
 * answer under `pending`, each with both sides' wordings, sizes, territories and shared words.
 * Scripts read it as they always did: every entry is a pair of record ids.
 */
export function reviewTemplate(questions: readonly Suggestion[], answered: { same: readonly (readonly [string, string])[]; different: readonly (readonly [string, string])[] } = { same: [], different: [] }): string {
  const pair = ([a, b]: readonly [string, string]): string => `  - [${JSON.stringify(a)}, ${JSON.stringify(b)}]`;
  const list = (key: string, pairs: readonly (readonly [string, string])[]): string[] => (pairs.length ? [`${key}:`, ...pairs.map(pair)] : [`${key}: []`]);
  const lines = [
    '# recolte dedupe: questions to review. Move each pair you decide under `same` or `different`',
    '# (one `  - [id, id]` line each), leave the others under `pending`, then run',
    '# recolte dedupe --decisions THIS-FILE --review THIS-FILE … to apply them and get the next questions.',
    ...list('same', answered.same),
    ...list('different', answered.different),
    questions.length ? 'pending:' : 'pending: []',
  ];
  for (const q of questions) {
    const side = (label: string, s: Suggestion['a']): string =>
      `  #   ${label} ${JSON.stringify(s.text)} (${s.source.file}:${s.source.line}; ${s.size === 1 ? '1 contribution' : `${s.size} contributions`}${s.territories.length ? `; ${s.territories.join(', ')}` : ''})`;
    lines.push(
      `  # ${q.number}. ${q.question === 'merge' ? 'same idea?' : 'does B belong with A?'} similarity ${q.score.toFixed(4)}, chance ${Math.round(q.chance * 100)} %${q.shared.length ? `; shared: ${q.shared.join(', ')}` : ''}`,
      side('A', q.a),
      side('B', q.b),
      pair([q.a.id, q.b.id]),
    );
  }
  return `${lines.join('\n')}\n`;
}
