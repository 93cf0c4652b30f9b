/** `recolte dedupe`: records in, one cluster per idea out, every record in exactly one cluster. */
import type { Command } from 'commander';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { fileError, resolveInputs } from '../inputs.js';
import { checkWritable, ndjsonLines, openSink, writeAfter, writeAll } from '../output.js';
import { nonBlankLines } from '../lines.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { diagnostic } from '../../diagnostics.js';
import type { DedupeRecord } from '../../dedupe/index.js';
import type { Territory } from '../../types/record.js';
import { DEFAULT_THRESHOLD, dedupeThreshold, type DedupeSettingsFlags, loadDecisions, loadSynonyms } from '../dedupe-settings.js';

import { checkLang } from '../lang.js';
import { reviewBudget, writeReview } from '../review-file.js';

export { DEFAULT_THRESHOLD } from '../dedupe-settings.js';

interface DedupeFlags extends DedupeSettingsFlags {
  output?: string;
  review?: string;
  reviewBudget?: string;
  lang?: string;
  explain?: boolean;
}

/** Declares the command and its options. */
export function defineDedupe(program: Command, run: (inputs: string[], flags: DedupeFlags) => Promise<void>): void {
  program
    .command('dedupe')
    .description('group records that put forward the same idea, keeping every source (clusters as NDJSON)')
    .argument('[inputs...]', 'records NDJSON files (from recolte parse), or - for standard input')
    .option('-o, --output <file>', 'write clusters to a file instead of standard output')
    .option('--threshold <number>', `similarity from 0 to 1 at which records merge automatically (default: ${DEFAULT_THRESHOLD})`)
    .option('--review <file>', 'write the questions most worth a reviewer\'s answer: YAML, or a spreadsheet for a name ending in .csv')
    .option('--review-budget <n>', 'questions per review round (default: 50)')
    .option('--decisions <file>', 'apply a reviewer\'s decisions (YAML or JSON: same / different pairs of ids; or a .csv review)')
    .option('--lang <lang>', 'language of a .csv review\'s headers: fr or en (default: fr)')
    .option('--synonyms <file>', 'add synonyms and acronyms (YAML or JSON: concept: [wording, …]) to the built-in table')
    .option('--explain', 'print each merge on stderr with its score and the terms the two records share')
    .addHelpText(
      'after',
      '\nExamples:\n  recolte parse comptes-rendus/ | recolte dedupe - -o clusters.ndjson --review review.csv\n  recolte dedupe records.ndjson --decisions review.csv --review review.csv -o clusters.ndjson\n  recolte dedupe records.ndjson --decisions review.yaml --explain',
    )
    .action(run);
}

/** Runs `recolte dedupe`; returns the exit code. */
export async function runDedupe(context: CommandContext, inputs: readonly string[], flags: DedupeFlags): Promise<number> {
  const threshold = dedupeThreshold(context, flags);
  const budget = reviewBudget(context, flags.reviewBudget);
  const lang = checkLang(flags.lang ?? context.config.lang ?? 'fr');
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name records files, or pipe records into standard input (recolte parse … | recolte dedupe -)');
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  await checkWritable(context.cwd, flags.review, '--review');
  const [{ dedupeParallel }, { validatorFor }, { checkJson }] = await Promise.all([
    import('../../dedupe/index.js'),
    import('../../validate/validator.js'),
    import('../../validate/documents.js'),
  ]);
  const { reporter } = context;
  const synonyms = await loadSynonyms(context, flags);

  // Read and check the records: an invalid line is an error naming it; the others go on.
  const validate = await validatorFor('record');
  const resolved = await resolveInputs(inputs, context.cwd, ['.ndjson', '.jsonl'], '<stdin>');
  resolved.diagnostics.forEach((d) => reporter.diagnostic(d));
  const records: DedupeRecord[] = [];
  const shared = interner();
  // Where each id was first seen, packed as file index · 2^31 + line, to name a duplicate's twin.
  const seen = new Map<string, number>();
  for (const [fileIndex, input] of resolved.files.entries()) {
    try {
      for await (const { text, line } of nonBlankLines(input, context.stdin)) {
        const checked = checkJson(input.name, text, line, validate);
        checked.diagnostics.forEach((d) => reporter.diagnostic(d));
        if (!checked.valid) continue;
        const { id, kind, text: wording, territory, source } = checked.value as DedupeRecord;
        const previous = seen.get(id);
        if (previous !== undefined) {
          const where = `${resolved.files[Math.floor(previous / 2 ** 31)]!.name}:${previous % 2 ** 31}`;
          reporter.diagnostic(diagnostic(input.name, 'error', 'duplicate-id', `Record id "${id}" is already used at ${where}; this record is skipped: was a document parsed twice?`, line, 1));
          continue;
        }
        seen.set(id, fileIndex * 2 ** 31 + line);
        // Only what clusters show is kept, and territories and file names are shared between
        // records: at 10^6 records, one copy each would not fit in memory.
        records.push({ id, kind, text: wording, territory: territory ? shared.territory(territory) : null, source: { ...source, file: shared.file(source.file) } });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      reporter.diagnostic(fileError(input.name, error));
    }
  }

  const decisions = await loadDecisions(context, flags, new Set(seen.keys()), flags.review);
  const { same, different } = decisions;

  const result = await dedupeParallel(records, {
    threshold: Math.round(threshold * 10_000),
    ...(flags.review && { reviewBudget: budget }),
    synonyms,
    explain: !!flags.explain,
    same,
    different,
  });

  if (flags.explain) {
    for (const e of result.explanations) {
      context.stderr.write(`explain: ${e.kind} ${(e.score / 10_000).toFixed(4)} (average ${(e.average / 10_000).toFixed(4)}) ${JSON.stringify(e.a)} + ${JSON.stringify(e.b)}; shared: ${e.shared.join(', ')}\n`);
    }
  }
  await writeAll(openSink(flags.output, context.cwd, context.stdout), ndjsonLines(result.clusters));
  if (flags.review) await writeAfter(flags.output, () => writeReview(context, flags.review!, result.review, decisions, lang));

  const merged = result.clusters.filter((c) => c.size > 1);
  reporter.note(
    `${plural(records.length, 'record')} → ${plural(result.clusters.length, 'cluster')} ` +
      `(${merged.length} grouping ${plural(merged.reduce((n, c) => n + c.size, 0), 'record')}, ${result.clusters.length - merged.length} single)` +
      (flags.review ? `; ${plural(result.review.length, 'question')} to review in ${flags.review}` : ''),
  );
  finalSummary(context, `${plural(records.length, 'record')}, ${plural(result.clusters.length, 'cluster')}, ${plural(reporter.counts.errors, 'error')}, ${plural(reporter.counts.warnings, 'warning')}`);
  return exitCodeFor(context);
}

/** One shared copy of each territory and file name met. */
function interner() {
  const territories = new Map<string, Territory>();
  const files = new Map<string, string>();
  return {
    territory(t: Territory): Territory {
      const key = `${t.level}\u0000${t.code}\u0000${t.name}`;
      let found = territories.get(key);
      if (!found) territories.set(key, (found = t));
      return found;
    },
    file(name: string): string {
      let found = files.get(name);
      if (found === undefined) files.set(name, (found = name));
      return found;
    },
  };
}
