/**
 * The review file of `--review`, shared by `dedupe` and `synthesize`: YAML (the decisions format
 * scripts read) or, for a name ending in .csv, a spreadsheet. When it is also the `--decisions`
 * file, the answers it holds are kept and the new questions follow them, so one file goes
 * round after round.
 */
import path from 'node:path';
import type { Suggestion } from '../dedupe/review-types.js';
import type { CommandContext } from './context.js';
import type { LoadedDecisions } from './dedupe-settings.js';
import { writeFileAtomic } from './output.js';
import { UsageError } from './streams.js';

/** The --review-budget default: questions asked per round. */
export const DEFAULT_REVIEW_BUDGET = 50;

/** The number of questions per round from --review-budget, the config or the default; a bad flag is a usage error. */
export function reviewBudget(context: CommandContext, given: string | undefined): number {
  if (given === undefined) return context.config.dedupe?.reviewBudget ?? DEFAULT_REVIEW_BUDGET;
  if (!/^\s*\d+\s*$/.test(given) || Number(given) < 1) throw new UsageError(`--review-budget must be a whole number of questions, at least 1 (got "${given}")`);
  return Number(given);
}

/** True for a review or decisions file read and written as CSV. */
export const isCsv = (file: string): boolean => path.extname(file).toLowerCase() === '.csv';

/** Writes the questions to `file`, after the answers already in it when it is the decisions file too. */
export async function writeReview(context: CommandContext, file: string, questions: readonly Suggestion[], loaded: LoadedDecisions, lang: 'fr' | 'en'): Promise<void> {
  const sameFile = loaded.file !== undefined && path.resolve(context.cwd, loaded.file) === path.resolve(context.cwd, file);
  const kept = sameFile ? loaded : { same: [], different: [], rows: [] };
  // Answered questions keep their numbers; a question asked again keeps its number; new ones follow.
  const answeredRows = kept.rows.filter((row) => row.answer !== null);
  const previous = new Map(kept.rows.map((row) => [pairKey(row.a, row.b), row.number]));
  let next = Math.max(0, ...kept.rows.map((row) => row.number), kept.same.length + kept.different.length) + 1;
  const numbered = questions.map((q) => ({ ...q, number: previous.get(pairKey(q.a.id, q.b.id)) ?? next++ }));
  if (isCsv(file)) {
    const { reviewCsv } = await import('../dedupe/review-csv.js');
    await writeFileAtomic(file, context.cwd, reviewCsv({ answered: answeredRows, suggestions: numbered }, lang));
    return;
  }
  const { reviewTemplate } = await import('../dedupe/decisions.js');
  await writeFileAtomic(file, context.cwd, reviewTemplate(numbered, { same: kept.same, different: kept.different }));
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
