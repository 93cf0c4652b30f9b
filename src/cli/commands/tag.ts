/**
 * `recolte tag`: records in, the same records out with their dispositifs, themes and mentions
 * found again, by the built-in vocabulary and the project's own. Tags already there are replaced.
 */
import type { Command } from 'commander';
import { diagnostic } from '../../diagnostics.js';
import type { RecolteRecord } from '../../types/record.js';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { itemsOfOneType } from '../one-type.js';
import { checkWritable, openSink, writeAll } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { tagSources, type TagSettingsFlags } from '../tag-settings.js';

interface TagFlags extends TagSettingsFlags {
  output?: string;
}

/** Declares the command and its options. */
export function defineTag(program: Command, run: (inputs: string[], flags: TagFlags) => Promise<void>): void {
  program
    .command('tag')
    .description('find again the dispositifs and themes of records, with the project vocabulary (parse already tags)')
    .argument('[inputs...]', 'records NDJSON files (from recolte parse), or - for standard input')
    .option('-o, --output <file>', 'write the records to a file instead of standard output')
    .option('--dispositifs <file>', 'a YAML file of dispositifs over vocabulary/dispositifs.fr.yaml (config vocabulary.dispositifs)')
    .option('--themes <file>', 'a YAML file of themes over vocabulary/themes.fr.yaml (config vocabulary.themes)')
    .addHelpText('after', '\nExamples:\n  recolte tag records.ndjson --dispositifs mes-dispositifs.yaml -o records.tagged.ndjson\n  recolte parse comptes-rendus/ | recolte tag - | recolte stats -')
    .action(run);
}

/** Runs `recolte tag`; returns the exit code. */
export async function runTag(context: CommandContext, inputs: readonly string[], flags: TagFlags): Promise<number> {
  const sources = await tagSources(context, flags);
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name records files, or pipe records into standard input (recolte parse … | recolte tag -)');
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  const { retag, taggerFor } = await import('../../tag/index.js');
  const tagger = taggerFor(sources ?? undefined);
  const sink = openSink(flags.output, context.cwd, context.stdout);
  let count = 0;
  let tagged = 0;
  // A document's records are tagged together (its acronyms are spelled out in some of them);
  // parse writes them one document after another.
  async function* lines(): AsyncGenerator<string> {
    let run: RecolteRecord[] = [];
    const flush = (): string => {
      const out = retag(tagger, run);
      run = [];
      tagged += out.filter((r) => r.dispositifs?.length || r.themes?.length).length;
      return out.map((r) => `${JSON.stringify(r)}\n`).join('');
    };
    for await (const item of itemsOfOneType(context, inputs)) {
      if (item.type !== 'record') {
        context.reporter.diagnostic(diagnostic(item.file, 'error', 'not-a-record', 'recolte tag takes records, and this line is a cluster; it is skipped: tag the records, then group them again', item.line, 1));
        continue;
      }
      count++;
      if (run.length && run[0]!.source.file !== item.value.source.file) yield flush();
      run.push(item.value);
    }
    if (run.length) yield flush();
  }
  await writeAll(sink, lines());
  const { errors, warnings } = context.reporter.counts;
  finalSummary(context, `${plural(count, 'record')}, ${tagged} with tags, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return exitCodeFor(context);
}
