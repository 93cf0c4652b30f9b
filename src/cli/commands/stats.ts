/** `recolte stats`: counts of records or clusters by kind, axis and territory. */
import type { Command } from 'commander';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { itemsOfOneType } from '../one-type.js';
import { checkWritable, openSink, writeAll } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { clusterTally, recordTally, statsTable, type Stats } from '../../export/stats.js';

interface StatsFlags {
  output?: string;
  json?: boolean;
}

/** Declares the command and its options. */
export function defineStats(program: Command, run: (inputs: string[], flags: StatsFlags) => Promise<void>): void {
  program
    .command('stats')
    .description('count records or clusters by kind, axis and territory (a table, or JSON with --json)')
    .argument('[inputs...]', 'records or clusters NDJSON files (from recolte parse or dedupe), or - for standard input')
    .option('-o, --output <file>', 'write the counts to a file instead of standard output')
    .option('--json', 'print the counts as one JSON object, for scripts')
    .addHelpText('after', '\nExamples:\n  recolte stats records.ndjson\n  recolte dedupe records.ndjson | recolte stats - --json')
    .action(run);
}

/** Runs `recolte stats`; returns the exit code. */
export async function runStats(context: CommandContext, inputs: readonly string[], flags: StatsFlags): Promise<number> {
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name records or clusters files, or pipe them into standard input (recolte parse … | recolte stats -)');
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  const records = recordTally();
  const clusters = clusterTally();
  let type: 'record' | 'cluster' = 'record';
  for await (const item of itemsOfOneType(context, inputs)) {
    type = item.type;
    if (item.type === 'record') records.add(item.value);
    else clusters.add(item.value);
  }
  const stats: Stats = type === 'record' ? records.result() : clusters.result();

  await writeAll(openSink(flags.output, context.cwd, context.stdout), [flags.json ? `${JSON.stringify(stats, null, 2)}\n` : statsTable(stats)]);
  const { errors, warnings } = context.reporter.counts;
  const counted = stats.type === 'records' ? plural(stats.contributions, 'record') : plural(stats.ideas, 'cluster');
  finalSummary(context, `${counted}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}
