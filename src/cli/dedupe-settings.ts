/**
 * What dedupe needs besides the records — threshold, synonyms, reviewer decisions — from the
 * command's options, else the project's config, else the defaults. Shared by `dedupe` and
 * `synthesize`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../diagnostics.js';
import type { ReviewCsvRow } from '../dedupe/review-csv.js';
import type { Synonyms, SynonymTable } from '../dedupe/synonyms.js';
import type { CommandContext } from './context.js';
import { fileError } from './inputs.js';
import { UsageError } from './streams.js';

/** The auto-merge bar, tuned on fixtures/dedup (see README, "Deduplication"). */
export const DEFAULT_THRESHOLD = 0.5;

export interface DedupeSettingsFlags {
  threshold?: string;
  synonyms?: string;
  decisions?: string;
}

/** The threshold (0–1) from --threshold, the config or the default; a bad flag is a usage error. */
export function dedupeThreshold(context: CommandContext, given: DedupeSettingsFlags): number {
  if (given.threshold === undefined) return context.config.dedupe?.threshold ?? DEFAULT_THRESHOLD;
  const threshold = Number(given.threshold);
  if (!/^\s*(?:\d+(?:\.\d+)?|\.\d+)\s*$/.test(given.threshold) || !(threshold > 0 && threshold <= 1)) {
    throw new UsageError(`--threshold must be a number above 0 and at most 1 (got "${given.threshold}")`);
  }
  return threshold;
}

/** The built-in synonyms, with the user's file over them; warns about wordings another concept already reads. */
export async function loadSynonyms(context: CommandContext, given: DedupeSettingsFlags): Promise<Synonyms> {
  const [synonymsModule, { synonymsFor }] = await Promise.all([import('../dedupe/synonyms.js'), import('../dedupe/analyze.js')]);
  const file = given.synonyms ?? context.config.dedupe?.synonyms;
  let table = await synonymsModule.defaultSynonymTable();
  let mine: SynonymTable = new Map();
  let text = '';
  if (file) {
    text = await readSetting(context, file, given.synonyms ? '--synonyms' : `${context.configFile}: dedupe.synonyms`);
    try {
      mine = synonymsModule.parseSynonymTable(text, file);
      table = synonymsModule.mergeSynonymTables(table, mine);
    } catch (error) {
      if (error instanceof synonymsModule.SynonymsError) throw new UsageError(error.message);
      throw error;
    }
  }
  const synonyms = synonymsFor(table);
  // A wording of the user's that reads the same as another concept's would silently do nothing.
  for (const { wording, concept, keptConcept } of synonyms.conflicts) {
    const index = mine.get(concept)?.indexOf(wording) ?? -1;
    if (index < 0 && !mine.has(keptConcept)) continue;
    const { locate } = await import('../validate/locate.js');
    const at = index >= 0 ? locate(text, `/${concept}/${index}`) : { line: 1, column: 1 };
    context.reporter.diagnostic(
      diagnostic(file!, 'warning', 'synonym-conflict', `"${wording}" (${concept}) reads the same as a wording of ${keptConcept} once stemmed; it stands for ${keptConcept}`, at.line, at.column),
    );
  }
  return synonyms;
}

/** The reviewer's decisions, and where they were read from, for the review file to keep them. */
export interface LoadedDecisions {
  same: [string, string][];
  different: [string, string][];
  /** The decisions file, when one was given. */
  file?: string;
  /** A CSV review's rows, answered or not (empty for YAML). */
  rows: ReviewCsvRow[];
}

/**
 * The reviewer's decisions, if a file is given (YAML or JSON, or a CSV review by its
 * extension); pairs naming unknown ids are warnings. A decisions file that is also the
 * `reviewFile` and does not exist yet is the first round: no decision.
 */
export async function loadDecisions(context: CommandContext, given: DedupeSettingsFlags, known: ReadonlySet<string>, reviewFile?: string): Promise<LoadedDecisions> {
  const file = given.decisions ?? context.config.dedupe?.decisions;
  if (!file) return { same: [], different: [], rows: [] };
  const origin = given.decisions ? '--decisions' : `${context.configFile}: dedupe.decisions`;
  const absolute = path.resolve(context.cwd, file);
  if (reviewFile !== undefined && path.resolve(context.cwd, reviewFile) === absolute && !existsSync(absolute)) return { same: [], different: [], file, rows: [] };
  if (path.extname(file).toLowerCase() === '.csv') {
    const [{ readReviewCsv }, { checkAnswers }] = await Promise.all([import('../dedupe/review-csv.js'), import('../dedupe/decisions.js')]);
    const read = readReviewCsv(file, await readSettingBytes(context, file, origin));
    const checked = checkAnswers(file, read.rows, known);
    [...read.diagnostics, ...checked.diagnostics].forEach((d) => context.reporter.diagnostic(d));
    return { same: checked.same, different: checked.different, file, rows: read.rows };
  }
  const [{ readDecisions }, { validatorFor }] = await Promise.all([import('../dedupe/decisions.js'), import('../validate/validator.js')]);
  const text = new TextDecoder().decode(await readSettingBytes(context, file, origin));
  const read = readDecisions(file, text, await validatorFor('decisions'), known);
  read.diagnostics.forEach((d) => context.reporter.diagnostic(d));
  return { same: read.same, different: read.different, file, rows: [] };
}

/** Reads a file named by an option or the config, as bytes; a missing one is a usage error. */
async function readSettingBytes(context: CommandContext, file: string, origin: string): Promise<Uint8Array> {
  try {
    return await readFile(path.resolve(context.cwd, file));
  } catch (error) {
    throw new UsageError(`${origin} ${file}: ${fileError(file, error).message}`);
  }
}

/** Reads a file named by an option or the config; a missing one is a usage error. */
async function readSetting(context: CommandContext, file: string, origin: string): Promise<string> {
  try {
    return await readFile(path.resolve(context.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`${origin} ${file}: ${fileError(file, error).message}`);
  }
}
