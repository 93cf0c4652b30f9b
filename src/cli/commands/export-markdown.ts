/** `recolte export markdown`: records and clusters in, a synthesis to publish out. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Cluster } from '../../types/cluster.js';
import type { RecolteRecord } from '../../types/record.js';
import type { ParseReport } from '../../types/report.js';
import { LANGS } from '../../vocabulary/labels.js';
import { checkLang } from '../lang.js';
import { COUNT_HELP, headlineCount } from '../count-setting.js';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { readRecordsOrClusters } from '../documents-input.js';
import { fileError } from '../inputs.js';
import { checkWritable, openSink, writeAll } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { catalogueFor } from '../tag-catalogue.js';
import { diagnostic } from '../../diagnostics.js';

/** The options `export markdown` and `export html` share. */
export interface SynthesisFlags {
  output?: string;
  report?: string;
  lang?: string;
  title?: string;
  count?: string;
}

/** Declares the command and its options under `recolte export`. */
export function defineExportMarkdown(parent: Command, run: (inputs: string[], flags: SynthesisFlags) => Promise<void>): void {
  parent
    .command('markdown')
    .description('write a synthesis to publish: ideas by axis and kind, each traced to its sources (GFM)')
    .argument('[inputs...]', 'records and/or clusters NDJSON files (from recolte parse and dedupe), or - for standard input')
    .option('-o, --output <file>', 'write the synthesis to a file instead of standard output')
    .option('--report <file>', 'the parse report (recolte parse --report), for the section listing what to check')
    .option('--lang <lang>', `language of the synthesis: ${LANGS.join(', ')} (default: fr)`)
    .option('--title <text>', 'title of the synthesis')
    .option('--count <count>', COUNT_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  recolte export markdown records.ndjson clusters.ndjson --report report.json -o synthese.md\n  recolte parse notes/ | recolte export markdown - --lang en',
    )
    .action(run);
}

/** Runs `recolte export markdown`; returns the exit code. */
export async function runExportMarkdown(context: CommandContext, inputs: readonly string[], flags: SynthesisFlags): Promise<number> {
  const lang = checkLang(flags.lang ?? context.config.lang ?? 'fr');
  const count = headlineCount(context, flags.count);
  const { records, clusters, report } = await readSynthesisInputs(context, inputs, flags, 'markdown');
  const { renderSynthesis } = await import('../../export/markdown.js');
  const catalogue = await catalogueFor(context, records);
  const text = renderSynthesis({ records, clusters: clusters.length ? clusters : null, report, lang, catalogue, count, ...(flags.title && { title: flags.title }) });
  await writeAll(openSink(flags.output, context.cwd, context.stdout), [text]);
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(records.length, 'record')}, ${plural(clusters.length, 'cluster')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}

/**
 * What a synthesis is made from, in any format: the records and clusters read from the inputs
 * (standard input when none are named and it is piped), and the parse report when given.
 * Records that no cluster holds are warned about: they are shown as ideas of their own.
 */
export async function readSynthesisInputs(
  context: CommandContext,
  inputs: readonly string[],
  flags: SynthesisFlags,
  format: 'markdown' | 'html',
): Promise<{ records: RecolteRecord[]; clusters: Cluster[]; report: ParseReport | null }> {
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError(`no input: name records or clusters files, or pipe them into standard input (recolte parse … | recolte export ${format} -)`);
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  const records: RecolteRecord[] = [];
  const clusters: Cluster[] = [];
  const readAt = new Map<string, { file: string; line: number }>();
  for await (const item of readRecordsOrClusters(context, inputs)) {
    if (item.type === 'record') {
      records.push(item.value);
      readAt.set(item.value.id, item);
    } else clusters.push(item.value);
  }
  const report = flags.report ? await readReport(context, flags.report) : null;
  if (clusters.length) {
    const { unclustered } = await import('../../export/ideas.js');
    for (const record of unclustered(records, clusters)) {
      const at = readAt.get(record.id)!;
      context.reporter.diagnostic(diagnostic(at.file, 'warning', 'record-not-clustered', `Record "${record.id}" is in no cluster read; it is listed as an idea of its own: give the clusters made from these records`, at.line, 1));
    }
  }
  return { records, clusters, report };
}

/** The parse report, checked against its schema; a bad one is an error and the synthesis goes on without it. */
async function readReport(context: CommandContext, file: string): Promise<ParseReport | null> {
  let text: string;
  try {
    text = await readFile(path.resolve(context.cwd, file), 'utf8');
  } catch (error) {
    context.reporter.diagnostic(fileError(file, error));
    return null;
  }
  const [{ validatorFor }, { checkJson }] = await Promise.all([import('../../validate/validator.js'), import('../../validate/documents.js')]);
  const checked = checkJson(file, text, 1, await validatorFor('report'));
  checked.diagnostics.forEach((d) => context.reporter.diagnostic(d));
  return checked.valid ? (checked.value as ParseReport) : null;
}
