/** `recolte parse`: documents in, records NDJSON out, with a per-file summary on stderr. */
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { exitCodeFor, finalSummary } from '../context.js';
import { fileError, resolveInputs } from '../inputs.js';
import { tagSources } from '../tag-settings.js';
import { defineLimitFlags, limitsFrom, type LimitFlags } from '../limit-flags.js';
import { checkWritable, openSink, writeAfter, writeFileAtomic } from '../output.js';
import { readInput } from '../read.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { compareDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { ParseOptions } from '../../parse/index.js';
import type { ParsedDocument } from '../../parse/document.js';
import { FIELDS, type Field } from '../../parse/fields.js';
import type { Evidence, Kind, RecolteRecord, Territory } from '../../types/record.js';
import { EVIDENCE_ORDER } from '../../parse/evidence.js';
import type { FileReport, Layout } from '../../types/report.js';

export const LAYOUTS: readonly Layout[] = ['workshop', 'synthesis', 'restitution', 'digest', 'article'];
export const KINDS: readonly Kind[] = [
  'proposal', 'need', 'objective', 'first_step', 'pitfall', 'lever',
  'good_practice', 'finding', 'experiment', 'initiative', 'question', 'observation',
];
/** Documents read and parsed ahead of the one being written out. */
const READ_AHEAD = 8;
/** What parse reads in a folder. */
export const EXTENSIONS = ['.md', '.markdown', '.txt', '.csv', '.tsv', '.html', '.htm', '.docx', '.odt', '.pdf', '.xlsx', '.ods'];

interface ParseFlags extends LimitFlags {
  output?: string;
  report?: string;
  layout?: string;
  kind?: string;
  territory?: string;
  map?: string;
  inspect?: string;
  evidence?: string;
  stdinName: string;
}

/** Declares the command and its options. */
export function defineParse(program: Command, run: (inputs: string[], flags: ParseFlags, command: Command) => Promise<void>): void {
  const command = program.command('parse');
  defineLimitFlags(command
    .description('read documents and write one JSON record per item (NDJSON)')
    .argument('[inputs...]', 'files, folders (.md, .markdown, .txt, recursively), globs, or - for standard input')
    .option('-o, --output <file>', 'write records to a file instead of standard output (- for standard output)')
    .option('--report <file>', 'write the per-file accounting and diagnostics as JSON')
    .option('--layout <name>', `force the layout instead of recognising it: ${LAYOUTS.join(', ')}`)
    .option('--kind <kind>', 'kind for list items outside any recognised section')
    .option('--territory <spec>', 'territory for documents that name none: a code (55, 2A, 55502), a name, or departement:55, region:44, commune:55502')
    .option('--map <fields>', 'for tables (.csv, .tsv): the column of each field, e.g. text=Contribution,kind=Type,territory=Département,date=Date')
    .option('--evidence <list>', `keep only records recognised in these ways, e.g. heading,label,lead-in,table,row (among ${EVIDENCE_ORDER.join(', ')}); the others are counted as filtered`)
    .option('--inspect <file>', 'print how a table would be read (delimiter, encoding, columns found) and stop')
    .option('--stdin-name <name>', 'file name recorded for standard input', '<stdin>'))
    .addHelpText(
      'after',
      '\nExamples:\n  recolte parse fixtures/seeds -o records.ndjson\n  recolte parse compte-rendu.md --territory 55 --report report.json\n  cat notes.txt | recolte parse - --kind proposal\n  recolte parse --inspect export-plateforme.csv\n  recolte parse export-plateforme.csv --map text=Verbatim,territory=CP -o records.ndjson',
    )
    .action(run);
}

/** Runs `recolte parse`; returns the exit code. */
export async function runParse(context: CommandContext, inputs: readonly string[], flags: ParseFlags): Promise<number> {
  const map = { ...context.config.columns, ...parseMap(flags.map) };
  if (flags.inspect !== undefined) return inspect(context, flags.inspect, map);
  const layout = checkChoice('--layout', flags.layout, LAYOUTS);
  const kind = checkChoice('--kind', flags.kind, KINDS);
  const evidence = parseEvidence(flags.evidence);
  const limits = limitsFrom(context, flags);
  const territorySpec = flags.territory ?? context.config.territory;
  const territory = territorySpec === undefined ? null : await resolveTerritoryFlag(territorySpec, flags.territory === undefined ? context.configFile : null);
  if (!inputs.length) {
    if (context.stdin.isTTY) {
      throw new UsageError('no input: name files or folders to read, or pipe a document into standard input (recolte parse -)');
    }
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  await checkWritable(context.cwd, flags.report, '--report');
  const tags = await tagSources(context);

  const sink = openSink(flags.output, context.cwd, context.stdout);
  let run: ParseRun;
  try {
    run = await parseInputs(context, inputs, { layout, defaultKind: kind, territory, headings: context.config.vocabulary?.headings, vocabulary: context.config.vocabulary, map, evidence, limits, tags }, flags.stdinName, async (records) => {
      if (!sink.closed) await sink.write(records.map((r) => `${JSON.stringify(r satisfies RecolteRecord)}\n`).join(''));
    });
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  if (flags.report) {
    const { buildReport } = await import('../../parse/report.js');
    const report = `${JSON.stringify(buildReport(run.reports, run.inputDiagnostics), null, 2)}\n`;
    await writeAfter(flags.output, () => writeFileAtomic(flags.report!, context.cwd, report));
  }
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(run.reports.length, 'file')}, ${plural(run.records, 'record')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}

export interface ParseRun {
  /** One report per file read (or that failed to be read). */
  reports: FileReport[];
  /** Problems with the inputs themselves: missing files, empty globs. */
  inputDiagnostics: Diagnostic[];
  records: number;
}

/**
 * Reads and parses every input, reporting diagnostics and a summary per file as it goes, and
 * hands the records to `onRecords` as they come, a file at a time or, for large tables, in
 * batches (parse writes them out; synthesize keeps them).
 */
export async function parseInputs(
  context: CommandContext,
  inputs: readonly string[],
  options: ParseOptions,
  stdinName: string,
  onRecords: (records: RecolteRecord[]) => Promise<void>,
): Promise<ParseRun> {
  // The parse stage itself runs in child processes (pool.ts): this process loads it only for a large table.
  const [{ openDocumentParser, isStreamedTable }, { failedFileReport, fileReport }, { documentFailed }] = await Promise.all([
    import('../../parse/pool.js'),
    import('../../parse/report.js'),
    import('../../parse/failure.js'),
  ]);
  const { reporter } = context;
  const resolved = await resolveInputs(inputs, context.cwd, EXTENSIONS, stdinName);
  resolved.diagnostics.forEach((d) => reporter.diagnostic(d));
  const files = resolved.files;
  const sizes = await Promise.all(files.map((f) => (f.path === null ? 0 : stat(f.path).then((s) => s.size, () => 0))));
  // Large tables are streamed on this thread when their turn comes; the rest go to the pool.
  const streamed = files.map((f, i) => isStreamedTable(f.name, sizes[i]!));
  const pooled = sizes.filter((_, i) => !streamed[i]);
  const parser = openDocumentParser(options, pooled.reduce((sum, size) => sum + size, 0), { largestBytes: Math.max(0, ...pooled) });
  // Documents are read and parsed a few ahead of the one being written out, in input order.
  type Outcome = ParsedDocument | { readError: Diagnostic } | { streamed: true };
  const readAnd = (input: (typeof files)[number], use: (bytes: Uint8Array) => Promise<ParsedDocument>): Promise<ParsedDocument | { readError: Diagnostic }> =>
    readInput(input, context.stdin).then(use, (error: unknown) => ({ readError: fileError(input.name, error) }));
  const read = (input: (typeof files)[number], i: number): Promise<Outcome> =>
    streamed[i] ? Promise.resolve({ streamed: true }) : readAnd(input, (bytes) => parser.parse(input.name, bytes));
  const ahead: Promise<Outcome>[] = [];
  const reports: FileReport[] = [];
  let records = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      for (let j = ahead.length; j < Math.min(files.length, i + READ_AHEAD); j++) {
        const next = read(files[j]!, j);
        // A failure ahead is met when its turn comes, not as an unhandled rejection now.
        next.catch(() => {});
        ahead.push(next);
      }
      const input = files[i]!;
      let outcome = await ahead[i]!;
      delete ahead[i];
      if ('streamed' in outcome) {
        // A large table is read on this thread; its failure is its own error all the same (the
        // records handed over before it stay written).
        const { streamDocument } = await import('../../parse/document.js');
        outcome = await readAnd(input, (bytes) =>
          streamDocument(input.name, bytes, options, onRecords).catch((error: unknown) => ({ result: null, ingestDiagnostics: [documentFailed(input.name, error)] })),
        );
      }
      if ('readError' in outcome) {
        reporter.diagnostic(outcome.readError);
        reports.push(failedFileReport(input.name, [outcome.readError]));
        continue;
      }
      const { result, ingestDiagnostics } = outcome;
      if (!result) {
        ingestDiagnostics.forEach((d) => reporter.diagnostic(d));
        reports.push(failedFileReport(input.name, ingestDiagnostics));
        continue;
      }
      const report = fileReport(result, ingestDiagnostics);
      report.diagnostics.sort(compareDiagnostics).forEach((d) => reporter.diagnostic(d));
      reports.push(report);
      records += report.records;
      if (result.records.length) await onRecords(result.records);
      reporter.note(fileSummary(report));
    }
  } finally {
    await parser.close();
  }
  return { reports, inputDiagnostics: resolved.diagnostics, records };
}

/** "seeds/002.txt: synthesis, 27 records (5 pitfall, 6 lever, …); lines: 27 record, 9 heading, …". */
export function fileSummary(report: FileReport): string {
  const kinds = KINDS.filter((k) => report.kinds[k]).map((k) => `${report.kinds[k]} ${k}`);
  const { record, heading, prose, chrome, unclassified, filtered } = report.lines;
  return (
    `${report.file}: ${report.layout}, ${plural(report.records, 'record')}${kinds.length ? ` (${kinds.join(', ')})` : ''}; ` +
    `lines: ${record} record, ${heading} heading, ${prose} prose, ${chrome} chrome, ${unclassified} unclassified` +
    (filtered === undefined ? '' : `, ${filtered} filtered`)
  );
}

/** `heading,label` as a list of evidence; an unknown value is a usage error. */
function parseEvidence(value: string | undefined): Evidence[] | null {
  if (value === undefined) return null;
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  const unknown = list.filter((v) => !(EVIDENCE_ORDER as readonly string[]).includes(v));
  if (!list.length || unknown.length) {
    throw new UsageError(`--evidence takes a comma-separated list among ${EVIDENCE_ORDER.join(', ')} (got "${unknown.join(',') || value}")`);
  }
  return list as Evidence[];
}

/** `text=Contribution,kind=Type` as a field → column map; a bad one is a usage error. */
function parseMap(value: string | undefined): Partial<Record<Field, string>> {
  if (value === undefined) return {};
  const map: Partial<Record<Field, string>> = {};
  for (const pair of value.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\S(?:.*\S)?)\s*$/.exec(pair);
    if (!match || !(FIELDS as readonly string[]).includes(match[1]!)) {
      throw new UsageError(`--map takes field=column pairs with fields among ${FIELDS.join(', ')} (got "${pair.trim()}")`);
    }
    map[match[1] as Field] = match[2]!;
  }
  return map;
}

/** `--inspect FILE`: how the table would be read, on stdout, before a long import. */
async function inspect(context: CommandContext, file: string, map: Partial<Record<Field, string>>): Promise<number> {
  const [{ ingestDocument }, { tableLayout }] = await Promise.all([import('../../ingest/document.js'), import('../../parse/spreadsheet.js')]);
  const resolved = await resolveInputs([file], context.cwd, EXTENSIONS, '<stdin>');
  resolved.diagnostics.forEach((d) => context.reporter.diagnostic(d));
  const input = resolved.files[0];
  if (!input) return exitCodeFor(context);
  const ingested = await ingestDocument(input.name, await readInput(input, context.stdin));
  ingested.diagnostics.forEach((d) => context.reporter.diagnostic(d));
  if (!ingested.source) return exitCodeFor(context);
  const layout = tableLayout(ingested.source, { map });
  layout.diagnostics.forEach((d) => context.reporter.diagnostic(d));
  const rows = ingested.source.lines.filter((l) => l.trim()).length - 1;
  const delimiter = { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' }[layout.delimiter] ?? layout.delimiter;
  const format = ingested.source.sheet ? `sheet "${ingested.source.sheet}"` : `${ingested.source.encoding}, ${delimiter}`;
  const lines = [
    `${input.name}: ${format}, ${layout.header.length} columns, about ${plural(Math.max(0, rows), 'row')}`,
    ...FIELDS.map((field) => {
      const column = layout.columns[field];
      return `  ${field.padEnd(9)} ${column ? `column ${column.index + 1} "${column.header}" (${column.how})` : '—'}`;
    }),
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
  return exitCodeFor(context);
}

function checkChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | null {
  if (value === undefined) return null;
  if (!choices.includes(value as T)) throw new UsageError(`${flag} must be one of ${choices.join(', ')} (got "${value}")`);
  return value as T;
}

/** The territory a --territory flag (or, when `configFile` is given, that config's `territory`) names. */
export async function resolveTerritoryFlag(spec: string, configFile: string | null = null): Promise<Territory> {
  const { resolveSpec } = await import('../../territory/index.js');
  const found = resolveSpec(spec);
  if (found.status === 'found') return found.territory;
  if (configFile !== null) {
    throw new UsageError(`${configFile}: territory "${spec}" ${found.status === 'ambiguous' ? 'names several places; give a code such as departement:55' : 'matches no commune, département or région'}`);
  }
  if (found.status === 'ambiguous') {
    const some = found.candidates.slice(0, 5).map((t) => `${t.name} (${t.level} ${t.code})`).join(', ');
    throw new UsageError(`--territory "${spec}" names several places: ${some}${found.candidates.length > 5 ? ', …' : ''}; give a code such as commune:${found.candidates[0]!.code}`);
  }
  if (found.status === 'invalid') throw new UsageError(`--territory "${spec}": ${found.reason}`);
  throw new UsageError(`--territory "${spec}" matches no commune, département or région`);
}
