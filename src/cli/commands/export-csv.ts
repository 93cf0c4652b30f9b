/** `recolte export csv`: records or clusters in, one CSV row each out, streamed; or the dispositifs table of records. */
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { itemsOfOneType } from '../one-type.js';
import { checkWritable, openSink, writeAll, type DataSink } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { catalogueFor } from '../tag-catalogue.js';
import { columnsOf, headerRow, itemRow, stringifyOptions, unknownColumns, type Cell, type CsvLayout, type ItemType, type TableType } from '../../export/csv.js';
import { dispositifRows, type DispositifRow } from '../../export/dispositifs.js';
import { LANGS, type Lang } from '../../vocabulary/labels.js';
import { checkLang } from '../lang.js';
import { COUNT_HELP, headlineCount } from '../count-setting.js';
import type { Cluster } from '../../types/cluster.js';
import type { RecolteRecord } from '../../types/record.js';

interface ExportCsvFlags {
  output?: string;
  columns?: string;
  excel?: boolean;
  lang?: string;
  type?: string;
  count?: string;
}

/** What --type takes: the type of the items, one row each, or the dispositifs table made from records. */
const TYPES = { record: 'record', cluster: 'cluster', dispositifs: 'dispositif' } as const satisfies Record<string, TableType>;

/** Declares the command and its options under `recolte export`. */
export function defineExportCsv(parent: Command, run: (inputs: string[], flags: ExportCsvFlags) => Promise<void>): void {
  parent
    .command('csv')
    .description('write records or clusters as CSV, one row each, or the dispositifs named by records, one row per territory')
    .argument('[inputs...]', 'records or clusters NDJSON files (from recolte parse or dedupe), or - for standard input')
    .option('-o, --output <file>', 'write the CSV to a file instead of standard output')
    .option('--type <type>', `what a row is: ${Object.keys(TYPES).join(', ')} (one row per dispositif and territory, from records); default: the type of the first item`)
    .option('--columns <names>', 'columns to write, in this order, by their stable names: id,text,territory_name')
    .option('--excel', 'for spreadsheets: UTF-8 with BOM, ";" and CRLF, readable headers, formulas neutralised')
    .option('--lang <lang>', `readable headers and kind names in this language: ${LANGS.join(', ')}`)
    .option('--count <count>', `clusters only: ${COUNT_HELP}`)
    .addHelpText(
      'after',
      '\nExamples:\n  recolte export csv records.ndjson --excel -o contributions.csv\n  recolte export csv records.ndjson --type dispositifs --excel -o dispositifs.csv\n' +
        '  recolte dedupe records.ndjson | recolte export csv - --columns cluster_id,size,text',
    )
    .action(run);
}

/** Runs `recolte export csv`; returns the exit code. */
export async function runExportCsv(context: CommandContext, inputs: readonly string[], flags: ExportCsvFlags): Promise<number> {
  const lang: Lang | null = flags.lang !== undefined ? checkLang(flags.lang) : flags.excel ? (context.config.lang ?? 'fr') : null;
  const table = flags.type === undefined ? null : checkType(flags.type);
  const count = headlineCount(context, flags.count);
  const wanted = flags.columns?.split(',').map((name) => name.trim());
  if (wanted && table) {
    const unknown = unknownColumns(table, wanted);
    if (unknown.length) throw new UsageError(`--columns: ${nounOf(table)} have no column ${quoted(unknown)}; their columns are ${columnsOf(table).join(', ')}`);
  } else if (wanted) {
    const unknown = unknownColumns('cluster', unknownColumns('record', wanted));
    if (unknown.length) {
      throw new UsageError(`--columns: no column ${quoted(unknown)}; records have ${columnsOf('record').join(', ')}; clusters have ${columnsOf('cluster').join(', ')}`);
    }
  }
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name records or clusters files, or pipe them into standard input (recolte parse … | recolte export csv -)');
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  if (table === 'dispositif') return exportDispositifs(context, inputs, flags, { type: table, columns: wanted ?? columnsOf(table), lang, excel: !!flags.excel });
  const asked: ItemType | null = table;

  const sink = openSink(flags.output, context.cwd, context.stdout);
  let rows = 0;
  let type: ItemType = asked ?? 'record';
  // Clusters are ideas: they are written most widely shared first (--count), so they are all read
  // before the first row; records stream in input order.
  const clusters: Cluster[] = [];
  // Unless --type tells it, the header waits for the first item: only then are the type and its columns known.
  async function* cells(): AsyncGenerator<Cell[]> {
    let layout: CsvLayout | null = asked && { type: asked, columns: wanted ?? columnsOf(asked), lang, excel: !!flags.excel };
    if (layout) yield headerRow(layout);
    for await (const item of itemsOfOneType(context, inputs, asked ? { type: asked, option: `--type ${asked}` } : undefined)) {
      if (sink.closed) return;
      if (!layout) {
        type = item.type;
        const bad = wanted ? unknownColumns(type, wanted) : [];
        if (bad.length) throw new UsageError(`--columns: ${type}s have no column ${quoted(bad)}; their columns are ${columnsOf(type).join(', ')}`);
        layout = { type, columns: wanted ?? columnsOf(type), lang, excel: !!flags.excel };
        yield headerRow(layout);
      }
      rows++;
      if (item.type === 'cluster') clusters.push(item.value);
      else yield itemRow(layout, item.value);
    }
    if (!clusters.length || !layout) return;
    const { mostSharedCluster } = await import('../../export/ideas.js');
    clusters.sort((a, b) => mostSharedCluster(a, b, count));
    for (const cluster of clusters) {
      if (sink.closed) return;
      yield itemRow(layout, cluster);
    }
  }
  await writeRows(sink, cells(), !!flags.excel);
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(rows, type)} written, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}

/**
 * The dispositifs table: every record is read before the first row, since a row counts the
 * records of its dispositif and territory wherever they stand in the input. Only the records
 * that name a dispositif are kept meanwhile.
 */
async function exportDispositifs(context: CommandContext, inputs: readonly string[], flags: ExportCsvFlags, layout: CsvLayout): Promise<number> {
  const tagged: RecolteRecord[] = [];
  let read = 0;
  for await (const item of itemsOfOneType(context, inputs, { type: 'record', option: '--type dispositifs' })) {
    read++;
    if (item.type === 'record' && item.value.dispositifs?.length) tagged.push(item.value);
  }
  const rows = dispositifRows(tagged, await catalogueFor(context, tagged));
  await writeCsv(openSink(flags.output, context.cwd, context.stdout), layout, rows);
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(rows.length, 'row')} of dispositifs by territory from ${plural(read, 'record')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}

function checkType(value: string): TableType {
  if (!Object.hasOwn(TYPES, value)) throw new UsageError(`--type must be one of ${Object.keys(TYPES).join(', ')} (got "${value}")`);
  return TYPES[value as keyof typeof TYPES];
}

function nounOf(type: TableType): string {
  return type === 'dispositif' ? 'dispositifs rows' : `${type}s`;
}

/** Rows turned into CSV text together: streaming each row on its own cost about 20 µs a row. */
const BATCH = 1000;

/** Writes CSV rows (the header first) into the sink, a batch at a time, and completes or removes it. */
async function writeRows(sink: DataSink, rows: AsyncIterable<Cell[]> | Iterable<Cell[]>, excel: boolean): Promise<void> {
  await writeAll(sink, csvText(rows, excel));
}

/** The CSV text of the rows, a batch at a time. */
async function* csvText(rows: AsyncIterable<Cell[]> | Iterable<Cell[]>, excel: boolean): AsyncGenerator<string> {
  const options = stringifyOptions(excel);
  let batch: Cell[][] = [];
  let first = true;
  const text = (): string => {
    // The byte-order mark, where asked for, opens the file, not every batch.
    const csv = stringify(batch, { ...options, bom: first && options.bom });
    batch = [];
    first = false;
    return csv;
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) yield text();
  }
  if (batch.length) yield text();
}

/** Writes items of one type as CSV, with all their columns unless the layout names some (synthesize's spreadsheets). */
export async function writeCsv(sink: DataSink, layout: Omit<CsvLayout, 'columns'> & Partial<Pick<CsvLayout, 'columns'>>, items: Iterable<RecolteRecord | Cluster | DispositifRow>): Promise<void> {
  const full: CsvLayout = { ...layout, columns: layout.columns ?? columnsOf(layout.type) };
  function* rows(): Generator<Cell[]> {
    yield headerRow(full);
    for (const item of items) yield itemRow(full, item);
  }
  await writeRows(sink, rows(), layout.excel);
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
