/**
 * `recolte synthesize`: the whole pipeline in one command — parse, validate, dedupe, export —
 * into one folder, with the run's report beside the outputs.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import type { DedupeRecord } from '../../dedupe/index.js';
import type { Cluster } from '../../types/cluster.js';
import type { RecolteRecord } from '../../types/record.js';
import type { ParseReport } from '../../types/report.js';
import type { SynthesisReport } from '../../types/synthesis-report.js';
import type { Lang } from '../../vocabulary/labels.js';
import { checkLang } from '../lang.js';
import { VERSION } from '../version.js';
import { exitCodeFor, type CommandContext } from '../context.js';
import { dedupeThreshold, loadDecisions, loadSynonyms, type DedupeSettingsFlags } from '../dedupe-settings.js';
import { checkWritable, displayPath, ndjsonLines, openSink, writeAll, writeFailure, writeFileAtomic, type DataSink } from '../output.js';
import { reviewBudget, writeReview } from '../review-file.js';
import { createProgress } from '../progress.js';
import { plural } from '../reporter.js';
import { OutputError, UsageError } from '../streams.js';
import { parseInputs, resolveTerritoryFlag } from './parse.js';
import { tagSources } from '../tag-settings.js';
import { defineLimitFlags, limitsFrom, type LimitFlags } from '../limit-flags.js';
import { BASE_OUTPUTS, baseJobs } from '../base-output.js';

/** What synthesize writes, in this order. */
export const OUTPUTS = ['records.ndjson', 'clusters.ndjson', 'contributions.csv', 'idees.csv', 'dispositifs.csv', 'synthese.md', 'synthese.html', ...BASE_OUTPUTS, 'rapport.json'] as const;
/** Left in the folder so a later run knows it may replace the files there. */
const MARKER = '.recolte-synthesize';

interface SynthesizeFlags extends DedupeSettingsFlags, LimitFlags {
  output: string;
  force?: boolean;
  lang?: string;
  title?: string;
  territory?: string;
  stdinName: string;
  /** False with --no-base. */
  base: boolean;
  /** False with --no-html. */
  html: boolean;
  review?: string;
  reviewBudget?: string;
}

/** Declares the command and its options. */
export function defineSynthesize(program: Command, run: (inputs: string[], flags: SynthesizeFlags) => Promise<void>): void {
  const command = program.command('synthesize');
  defineLimitFlags(command
    .description('run the whole pipeline — parse, validate, dedupe, export — into one folder')
    .argument('[inputs...]', 'documents: files, folders (.md, .markdown, .txt, recursively), globs, or - for standard input')
    .requiredOption('-o, --output <folder>', `folder to write ${OUTPUTS.join(', ')} into`)
    .option('--force', 'write into a folder that is not empty and was not made by recolte synthesize')
    .option('--lang <lang>', 'language of the synthesis and CSV headers: fr or en (default: fr)')
    .option('--title <text>', 'title of the synthesis')
    .option('--territory <spec>', 'territory for documents that name none (as recolte parse --territory)')
    .option('--threshold <number>', 'similarity from 0 to 1 at which records merge automatically (as recolte dedupe)')
    .option('--synonyms <file>', 'add synonyms and acronyms to the built-in table (as recolte dedupe)')
    .option('--decisions <file>', "apply a reviewer's decisions (as recolte dedupe)")
    .option('--review <file>', 'write the questions most worth a reviewer\'s answer (as recolte dedupe: YAML, or .csv)')
    .option('--review-budget <n>', 'questions per review round (default: 50)')
    .option('--no-html', 'do not write synthese.html')
    .option('--no-base', 'do not write base.sqlite and its metadata.json')
    .option('--stdin-name <name>', 'file name recorded for standard input', '<stdin>'))
    .addHelpText('after', '\nExamples:\n  recolte synthesize comptes-rendus/ -o synthese/\n  recolte synthesize fixtures/seeds --lang en --title "Access to care" -o out/ --force')
    .action(run);
}

/** Runs `recolte synthesize`; returns the exit code. */
export async function runSynthesize(context: CommandContext, inputs: readonly string[], flags: SynthesizeFlags): Promise<number> {
  const started = performance.now();
  const lang = checkLang(flags.lang ?? context.config.lang ?? 'fr');
  const threshold = dedupeThreshold(context, flags);
  const budget = reviewBudget(context, flags.reviewBudget);
  const territorySpec = flags.territory ?? context.config.territory;
  const territory = territorySpec === undefined ? null : await resolveTerritoryFlag(territorySpec, flags.territory === undefined ? context.configFile : null);
  const limits = limitsFrom(context, flags);
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name files or folders to read, or pipe a document into standard input (recolte synthesize - -o DIR)');
    inputs = ['-'];
  }
  // Settings that can fail are read before any work, and before the folder is touched.
  const synonyms = await loadSynonyms(context, flags);
  await checkWritable(context.cwd, flags.review, '--review');
  const tags = await tagSources(context);
  const folder = await prepareFolder(context.cwd, flags.output, !!flags.force);
  const { reporter } = context;
  const progress = createProgress(context);
  const out = (name: string): string => path.join(folder, name);

  // Parse.
  const records: RecolteRecord[] = [];
  const parsed = await parseInputs(
    context,
    inputs,
    { territory, headings: context.config.vocabulary?.headings, vocabulary: context.config.vocabulary, map: context.config.columns, limits, tags },
    flags.stdinName,
    async (found) => {
      for (const record of found) records.push(record);
      progress.update(`reading: ${plural(records.length, 'record')}`);
    },
  );
  progress.clear();
  const parseDone = performance.now();

  // Validate: the parser's records should always pass; one that does not is left out, loudly.
  const [{ validatorFor }, { diagnostic }, { buildReport }] = await Promise.all([
    import('../../validate/validator.js'),
    import('../../diagnostics.js'),
    import('../../parse/report.js'),
  ]);
  const validate = await validatorFor('record');
  const valid = records.filter((record) => {
    const problems = validate(record);
    for (const p of problems) reporter.diagnostic(diagnostic(record.source.file, 'error', p.rule, `record ${record.id}: ${p.message}`, record.source.line, record.source.column ?? 1));
    return problems.length === 0;
  });
  const validateDone = performance.now();

  // Dedupe.
  progress.update(`grouping ${plural(valid.length, 'record')}…`);
  const { dedupeParallel } = await import('../../dedupe/index.js');
  const decisions = await loadDecisions(context, flags, new Set(valid.map((r) => r.id)), flags.review);
  const { clusters, review } = await dedupeParallel(valid as DedupeRecord[], {
    threshold: Math.round(threshold * 10_000),
    synonyms,
    same: decisions.same,
    different: decisions.different,
    ...(flags.review && { reviewBudget: budget }),
  });
  progress.clear();
  const dedupeDone = performance.now();

  // Export.
  progress.update('writing…');
  const written = new Set<string>();
  const parseReport = buildReport(parsed.reports, parsed.inputDiagnostics);
  const file = (name: string | undefined): string | null => (name ? path.resolve(context.cwd, name) : null);
  const baseLane = flags.base
    ? await baseJobs({ context, folder, records: valid, clusters, settings: { threshold, synonyms: file(flags.synonyms ?? context.config.dedupe?.synonyms), decisions: file(flags.decisions ?? context.config.dedupe?.decisions) } })
    : [];
  // The outputs of this run: without the base when --no-base is given or it cannot be written.
  const outputs = OUTPUTS.filter((name) => (baseLane.length || !(BASE_OUTPUTS as readonly string[]).includes(name)) && (flags.html || name !== 'synthese.html'));
  // The report and the base after the others: drawing the one and writing the other hold the
  // thread (SQLite is synchronous), and must not delay them.
  const [lanes, reportLane] = exportJobs({ context, folder, lang, title: flags.title, records: valid, clusters, parseReport, html: flags.html });
  await writeOutputs(context, folder, written, lanes, outputs, [...reportLane, ...baseLane]);
  const exportDone = performance.now();
  const grouped = clusters.filter((c) => c.size > 1).length;
  const report: SynthesisReport = {
    version: 1,
    recolte: VERSION,
    parse: parseReport,
    validation: { records: records.length, invalid: records.length - valid.length },
    dedupe: { threshold, records: valid.length, clusters: clusters.length, grouped, single: clusters.length - grouped },
    outputs,
    timings: {
      parse: Math.round(parseDone - started),
      validate: Math.round(validateDone - parseDone),
      dedupe: Math.round(dedupeDone - validateDone),
      export: Math.round(exportDone - dedupeDone),
      total: Math.round(performance.now() - started),
    },
  };
  await writeOutputs(context, folder, written, [[['rapport.json', () => writeFileAtomic(out('rapport.json'), context.cwd, `${JSON.stringify(report, null, 2)}\n`)]]], outputs);
  // The review file is not one of the folder's outputs: it is the reviewer's, round after round.
  if (flags.review) await writeReview(context, flags.review, review, decisions, lang);
  progress.clear();

  const { errors, warnings } = reporter.counts;
  const shown = displayPath(context.cwd, folder);
  reporter.note(
    `${plural(parsed.reports.length, 'file')}, ${plural(valid.length, 'record')} → ${plural(clusters.length, 'idea')} ` +
      `(${grouped} put forward more than once); ${outputs.length} files in ${shown}/` +
      (flags.review ? `; ${plural(review.length, 'question')} to review in ${flags.review}` : ''),
  );
  if (context.stderr.isTTY) {
    const mark = errors ? context.color.red('✖') : warnings ? context.color.yellow('⚠') : context.color.green('✔');
    reporter.note(`${mark} ${context.color.bold(`${shown}/synthese.md`)} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  return exitCodeFor(context);
}

/**
 * The output folder, created if need be. A folder that holds other files is refused unless
 * recolte synthesize made it (its marker is there) or --force is given: a typo in -o must not
 * mix outputs into someone's documents.
 */
async function prepareFolder(cwd: string, target: string, force: boolean): Promise<string> {
  const folder = path.resolve(cwd, target);
  const info = await stat(folder).catch(() => null);
  if (info && !info.isDirectory()) throw new OutputError(`--output ${target} is a file, not a folder; choose a folder`);
  if (info) {
    const entries = await readdir(folder).catch((error: unknown) => {
      throw writeFailure(target, error);
    });
    if (entries.length && !entries.includes(MARKER) && !force) {
      throw new UsageError(`--output ${target} is not empty and was not made by recolte synthesize; choose another folder, or add --force to write into it`);
    }
  } else {
    const parent = path.dirname(target);
    if (!(await stat(path.dirname(folder)).then((s) => s.isDirectory(), () => false))) {
      throw new OutputError(`--output ${target}: the folder ${parent} does not exist; create it first, or choose another`);
    }
    await mkdir(folder).catch((error: unknown) => {
      throw writeFailure(target, error);
    });
  }
  await writeFile(path.join(folder, MARKER), 'Written by recolte synthesize: a later run replaces the files here.\n').catch((error: unknown) => {
    throw writeFailure(target, error);
  });
  return folder;
}

/** One output: its name in the folder, and how to write it. */
type Job = readonly [name: (typeof OUTPUTS)[number], write: () => Promise<void>];

interface ExportInput {
  context: CommandContext;
  folder: string;
  lang: Lang;
  title: string | undefined;
  records: readonly RecolteRecord[];
  clusters: readonly Cluster[];
  parseReport: ParseReport;
  html: boolean;
}

/**
 * The outputs before the run's report, in lanes: the lanes' writes overlap while the next file
 * of a lane is being formatted; then synthese.html's lane, to run once they are written.
 */
function exportJobs({ context, folder, lang, title, records, clusters, parseReport, html }: ExportInput): [Job[][], Job[][]] {
  const sink = (name: string): DataSink => openSink(path.join(folder, name), context.cwd, context.stdout);
  const exporters = Promise.all([import('../../export/markdown.js'), import('./export-csv.js'), import('../../export/dispositifs.js'), import('../tag-catalogue.js')]);
  // Read once, when the first output that names codes needs it.
  let catalogue: Promise<import('../../tag/catalogue.js').TagCatalogue> | undefined;
  const tags = async (): Promise<import('../../tag/catalogue.js').TagCatalogue> => (catalogue ??= exporters.then(([, , , { catalogueFor }]) => catalogueFor(context, records)));
  const lanes: Job[][] = [
    [['records.ndjson', () => writeAll(sink('records.ndjson'), ndjsonLines(records))]],
    [['clusters.ndjson', () => writeAll(sink('clusters.ndjson'), ndjsonLines(clusters))]],
    [
      ['contributions.csv', async () => (await exporters)[1].writeCsv(sink('contributions.csv'), { type: 'record', lang, excel: true }, records)],
      ['idees.csv', async () => (await exporters)[1].writeCsv(sink('idees.csv'), { type: 'cluster', lang, excel: true }, clusters)],
      [
        'dispositifs.csv',
        async () => {
          const [, { writeCsv }, { dispositifRows }] = await exporters;
          await writeCsv(sink('dispositifs.csv'), { type: 'dispositif', lang, excel: true }, dispositifRows(records, await tags()));
        },
      ],
      [
        'synthese.md',
        async () => {
          const { renderSynthesis } = (await exporters)[0];
          await writeAll(sink('synthese.md'), [renderSynthesis({ records, clusters, report: parseReport, lang, catalogue: await tags(), ...(title && { title }) })]);
        },
      ],
    ],
  ];
  // The report's module is loaded only here: other commands never pay for it.
  const report: Job = [
    'synthese.html',
    async () => {
      const [{ renderReport }, { sourceLinks }] = await Promise.all([import('../../report/page.js'), import('./export-html.js')]);
      const page = renderReport({ records, clusters, report: parseReport, lang, catalogue: await tags(), generator: `recolte ${VERSION}`, sourceHref: sourceLinks(context.cwd, folder), ...(title && { title }) });
      await writeAll(sink('synthese.html'), [page]);
    },
  ];
  return [lanes, html ? [[report]] : []];
}

/**
 * Runs the jobs, each on its own so that one failing does not stop the others. When one fails,
 * the error says which outputs of this run are complete (`done`, which grows) and which are not.
 */
async function writeOutputs(
  context: CommandContext,
  folder: string,
  done: Set<string>,
  lanes: readonly (readonly Job[])[],
  outputs: readonly string[],
  after: readonly (readonly Job[])[] = [],
): Promise<void> {
  const failures: unknown[] = [];
  // `after` runs once `lanes` are done, whether they failed or not.
  for (const phase of [lanes, after]) {
    await Promise.all(
      phase.map(async (lane) => {
        for (const [name, write] of lane) {
          try {
            await write();
            done.add(name);
          } catch (error) {
            failures.push(error);
          }
        }
      }),
    );
  }
  if (!failures.length) return;
  const shown = displayPath(context.cwd, folder);
  const complete = outputs.filter((name) => done.has(name));
  const missing = outputs.filter((name) => !done.has(name));
  const state =
    `${complete.length ? `${shown}/ holds this run's ${complete.join(', ')}` : `${shown}/ holds no output of this run`}; ` +
    `not written: ${missing.join(', ')} (a copy already there is from an earlier run)`;
  const first = failures[0];
  if (failures.every((f) => f instanceof OutputError)) {
    throw new OutputError([...failures.map((f) => (f as Error).message), state].join('\nrecolte: '));
  }
  context.stderr.write(`recolte: ${state}\n`);
  throw first;
}
