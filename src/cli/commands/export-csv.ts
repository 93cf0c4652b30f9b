/** `recolte export csv`: records or clusters in, one CSV row each out, streamed. */
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { itemsOfOneType } from '../one-type.js';
import { checkWritable, openSink, writeAll, type DataSink } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { columnsOf, headerRow, itemRow, stringifyOptions, unknownColumns, type Cell, type CsvLayout, type ItemType } from '../../export/csv.js';
import { LANGS, type Lang } from '../../vocabulary/labels.js';
import { checkLang } from '../lang.js';
import type { Cluster } from '../../types/cluster.js';
import type { RecolteRecord } from '../../types/record.js';

interface ExportCsvFlags {
  output?: string;
  columns?: string;
  excel?: boolean;
  lang?: string;
}

/** Declares the command and its options under `recolte export`. */
export function defineExportCsv(parent: Command, run: (inputs: string[], flags: ExportCsvFlags) => Promise<void>): void {
  parent
    .command('csv')
    .description('write records or clusters as CSV, one row each, for spreadsheets and scripts')
    .argument('[inputs...]', 'records or clusters NDJSON files (from recolte parse or dedupe), or - for standard input')
    .option('-o, --output <file>', 'write the CSV to a file instead of standard output')
    .option('--columns <names>', 'columns to write, in this order, by their stable names: id,text,territory_name')
    .option('--excel', 'for spreadsheets: UTF-8 with BOM, ";" and CRLF, readable headers, formulas neutralised')
    .option('--lang <lang>', `readable headers and kind names in this language: ${LANGS.join(', ')}`)
    .addHelpText(
      'after',
      '\nExamples:\n  recolte export csv records.ndjson --excel -o contributions.csv\n  recolte dedupe records.ndjson | recolte export csv - --columns cluster_id,size,text',
    )
    .action(run);
}

/** Runs `recolte export csv`; returns the exit code. */
export async function runExportCsv(context: CommandContext, inputs: readonly string[], flags: ExportCsvFlags): Promise<number> {
  const lang: Lang | null = flags.lang !== undefined ? checkLang(flags.lang) : flags.excel ? (context.config.lang ?? 'fr') : null;
  const wanted = flags.columns?.split(',').map((name) => name.trim());
  if (wanted) {
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

  const sink = openSink(flags.output, context.cwd, context.stdout);
  let rows = 0;
  let type: ItemType = 'record';
  // The header waits for the first item: only then are the type and its columns known.
  async function* cells(): AsyncGenerator<Cell[]> {
    let layout: CsvLayout | null = null;
    for await (const item of itemsOfOneType(context, inputs)) {
      if (sink.closed) return;
      if (!layout) {
        type = item.type;
        const bad = wanted ? unknownColumns(type, wanted) : [];
        if (bad.length) throw new UsageError(`--columns: ${type}s have no column ${quoted(bad)}; their columns are ${columnsOf(type).join(', ')}`);
        layout = { type, columns: wanted ?? columnsOf(type), lang, excel: !!flags.excel };
        yield headerRow(layout);
      }
      rows++;
      yield itemRow(layout, item.value);
    }
  }
  await writeRows(sink, cells(), !!flags.excel);
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(rows, type)} written, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
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

/** Writes items of one type as CSV with all their columns (synthesize's spreadsheets). */
export async function writeCsv(sink: DataSink, layout: Omit<CsvLayout, 'columns'>, items: Iterable<RecolteRecord | Cluster>): Promise<void> {
  const full: CsvLayout = { ...layout, columns: columnsOf(layout.type) };
  function* rows(): Generator<Cell[]> {
    yield headerRow(full);
    for (const item of items) yield itemRow(full, item);
  }
  await writeRows(sink, rows(), layout.excel);
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
