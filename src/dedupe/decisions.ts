/** Reviewer decisions (same / different pairs of record ids) and the review template that asks for them. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Decisions } from '../types/decisions.js';
import { checkYaml } from '../validate/documents.js';
import { locate } from '../validate/locate.js';
import type { Validate } from '../validate/validator.js';
import type { ReviewPair } from './index.js';
import { SCALE } from './score.js';

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

/** A decisions file listing the pairs to review under `pending`, each with its score and texts. */
export function reviewTemplate(pairs: readonly ReviewPair[]): string {
  const lines = [
    '# recolte dedupe: pairs to review. Move each pair you decide under `same` or `different`',
    '# (write `same:` then `  - [id, id]` on the next lines), then run',
    '# recolte dedupe --decisions THIS-FILE …; every later run honours the decisions.',
    'same: []',
    'different: []',
    pairs.length ? 'pending:' : 'pending: []',
  ];
  for (const { a, b, score, reason } of pairs) {
    lines.push(
      `  # ${(score / SCALE).toFixed(4)} ${reason}`,
      `  #   ${JSON.stringify(a.text)} (${a.source.file}:${a.source.line})`,
      `  #   ${JSON.stringify(b.text)} (${b.source.file}:${b.source.line})`,
      `  - [${JSON.stringify(a.id)}, ${JSON.stringify(b.id)}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}
