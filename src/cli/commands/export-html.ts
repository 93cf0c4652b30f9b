/** `recolte export html`: records and clusters in, the report people open in a browser out. */
import path from 'node:path';
import type { Command } from 'commander';
import { LANGS } from '../../vocabulary/labels.js';
import { checkLang } from '../lang.js';
import { COUNT_HELP, headlineCount } from '../count-setting.js';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { openSink, writeAll } from '../output.js';
import { plural } from '../reporter.js';
import { catalogueFor } from '../tag-catalogue.js';
import { VERSION } from '../version.js';
import { readSynthesisInputs, type SynthesisFlags } from './export-markdown.js';

interface ExportHtmlFlags extends SynthesisFlags {
  /** False with --no-sources. */
  sources: boolean;
}

/** Declares the command and its options under `recolte export`. */
export function defineExportHtml(parent: Command, run: (inputs: string[], flags: ExportHtmlFlags) => Promise<void>): void {
  parent
    .command('html')
    .description('write the report to open in a browser: key figures, a map of France, charts, the ideas with search (one self-contained file)')
    .argument('[inputs...]', 'records and/or clusters NDJSON files (from recolte parse and dedupe), or - for standard input')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--report <file>', 'the parse report (recolte parse --report), for the section listing what to check')
    .option('--lang <lang>', `language of the report: ${LANGS.join(', ')} (default: fr)`)
    .option('--title <text>', 'title of the report')
    .option('--count <count>', COUNT_HELP)
    .option('--no-sources', "leave the contributions' own words out (a smaller file; each idea keeps its file and line)")
    .addHelpText(
      'after',
      '\nExamples:\n  recolte export html records.ndjson clusters.ndjson --report report.json -o synthese.html\n  recolte parse notes/ | recolte export html - --lang en -o report.html',
    )
    .action(run);
}

/** Runs `recolte export html`; returns the exit code. */
export async function runExportHtml(context: CommandContext, inputs: readonly string[], flags: ExportHtmlFlags): Promise<number> {
  const lang = checkLang(flags.lang ?? context.config.lang ?? 'fr');
  const count = headlineCount(context, flags.count);
  const { records, clusters, report } = await readSynthesisInputs(context, inputs, flags, 'html');
  const catalogue = await catalogueFor(context, records);
  const { renderReport } = await import('../../report/page.js');
  const html = renderReport({
    records,
    clusters: clusters.length ? clusters : null,
    report,
    lang,
    catalogue,
    sources: flags.sources,
    count,
    generator: `recolte ${VERSION}`,
    sourceHref: sourceLinks(context.cwd, flags.output ? path.dirname(path.resolve(context.cwd, flags.output)) : context.cwd),
    ...(flags.title && { title: flags.title }),
  });
  await writeAll(openSink(flags.output, context.cwd, context.stdout), [html]);
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(records.length, 'record')}, ${plural(clusters.length, 'cluster')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}

/**
 * Links from the report to the documents, relative to the folder the report is written to, so
 * that they work when the report stays beside them; none for standard input.
 */
export function sourceLinks(cwd: string, reportFolder: string): (file: string) => string | null {
  return (file) => {
    if (file.startsWith('<') || file === '-') return null;
    const relative = path.relative(reportFolder, path.resolve(cwd, file)).split(path.sep);
    return relative.map((part) => encodeURIComponent(part)).join('/');
  };
}
