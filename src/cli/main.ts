/**
 * The command line: reads arguments, runs one command, returns its exit code. Nothing here
 * exits the process or touches process.stdout, so tests can call `main` directly.
 */
import { Command, CommanderError } from 'commander';
import { createColor } from './color.js';
import { ConfigError, loadConfig } from './config.js';
import { commandContext, type CommandContext, type GlobalFlags } from './context.js';
import { FailFast, formatDiagnostic } from './reporter.js';
import { defineDedupe, runDedupe } from './commands/dedupe.js';
import { defineExportCsv, runExportCsv } from './commands/export-csv.js';
import { defineExportHtml, runExportHtml } from './commands/export-html.js';
import { defineExportMarkdown, runExportMarkdown } from './commands/export-markdown.js';
import { defineExportSqlite, runExportSqlite } from './commands/export-sqlite.js';
import { defineBase, runBaseAdd, runBaseStats } from './commands/base.js';
import { defineParse, runParse } from './commands/parse.js';
import { defineSchema, runSchema } from './commands/schema.js';
import { defineStats, runStats } from './commands/stats.js';
import { defineTag, runTag } from './commands/tag.js';
import { defineSynthesize, runSynthesize } from './commands/synthesize.js';
import { defineValidate, runValidate } from './commands/validate.js';
import { ignoreClosedPipe, removeIncompleteOutputs } from './output.js';
import { EXIT, OutputError, UsageError, type MainOptions } from './streams.js';
import { VERSION } from './version.js';


/** Runs recolte with the given arguments and streams; resolves to the exit code. */
export async function main(options: MainOptions): Promise<number> {
  const { stderr } = options;
  ignoreClosedPipe(options.stdout);
  let exitCode: number = EXIT.ok;
  const program = new Command('recolte');
  const context = async (): Promise<CommandContext> => {
    const flags = program.opts<GlobalFlags & { config?: string | false }>();
    return commandContext(options, flags, await loadConfig({ cwd: options.cwd, env: options.env, file: flags.config }));
  };
  program
    .description('Structure the outputs of public consultations: documents in, validated records out.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'colour diagnostics even when stderr is not a terminal')
    .option('--no-color', 'never colour diagnostics')
    .option('-q, --quiet', 'print errors only: no warnings, no summaries')
    .option('--strict', 'exit 1 when there is any warning')
    .option('--fail-fast', 'stop at the first error, with exit 1, writing no output')
    .option('--debug', 'print stack traces of internal errors')
    .option('--config <file>', 'read defaults from this config file (JSON) instead of the nearest recolte.config.json')
    .option('--no-config', 'ignore config files and RECOLTE_* variables: built-in defaults and options only')
    .showHelpAfterError('(run recolte --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void options.stdout.write(text),
      writeErr: (text) => void stderr.write(text),
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 success (warnings allowed), 1 invalid input (or warnings with --strict), 2 usage, configuration or output error, 3 internal error, 130 or 143 interrupted.',
    );

  defineParse(program, async (inputs, flags) => {
    exitCode = await runParse(await context(), inputs, flags);
  });
  defineTag(program, async (inputs, flags) => {
    exitCode = await runTag(await context(), inputs, flags);
  });
  defineDedupe(program, async (inputs, flags) => {
    exitCode = await runDedupe(await context(), inputs, flags);
  });
  defineValidate(program, async (files, flags) => {
    exitCode = await runValidate(await context(), files, flags);
  });
  defineSchema(program, async (name) => {
    // The schemas do not depend on the project's config: a broken one must not hide them.
    exitCode = await runSchema(commandContext(options, program.opts<GlobalFlags>()), name);
  });
  const exporter = program
    .command('export')
    .description('write records or clusters for readers: CSV for spreadsheets, a Markdown synthesis, an HTML report, or a SQLite base');
  // export subcommands
  defineExportCsv(exporter, async (inputs, flags) => {
    exitCode = await runExportCsv(await context(), inputs, flags);
  });
  defineExportMarkdown(exporter, async (inputs, flags) => {
    exitCode = await runExportMarkdown(await context(), inputs, flags);
  });
  defineExportHtml(exporter, async (inputs, flags) => {
    exitCode = await runExportHtml(await context(), inputs, flags);
  });
  defineExportSqlite(exporter, async (inputs, flags) => {
    exitCode = await runExportSqlite(await context(), inputs, flags);
  });
  defineBase(
    program,
    async (documents, flags) => {
      exitCode = await runBaseAdd(await context(), documents, flags);
    },
    async (flags) => {
      exitCode = await runBaseStats(await context(), flags);
    },
  );
  defineStats(program, async (inputs, flags) => {
    exitCode = await runStats(await context(), inputs, flags);
  });
  defineSynthesize(program, async (inputs, flags) => {
    exitCode = await runSynthesize(await context(), inputs, flags);
  });
  const configure = (parent: Command): void => {
    for (const command of parent.commands) {
      const name = parent === program ? command.name() : `${parent.name()} ${command.name()}`;
      command.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError(`(run recolte help ${name} for usage)`);
      configure(command);
    }
  };
  configure(program);

  if (!options.argv.length) {
    stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...options.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof OutputError) {
      stderr.write(`recolte: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof FailFast) {
      // Outputs being written are normally aborted on the way out; this catches any left.
      const removed = removeIncompleteOutputs();
      stderr.write(`recolte: stopped at the first error (--fail-fast)${removed.length ? `; not written: ${removed.join(', ')}` : ''}\n`);
      return EXIT.invalid;
    }
    if (error instanceof ConfigError) {
      const color = createColor(program.opts<GlobalFlags>().color, options.env, stderr);
      for (const d of error.diagnostics) stderr.write(`${formatDiagnostic(d, color)}\n`);
      return EXIT.usage;
    }
    const debug = options.argv.includes('--debug');
    const err = error as Error;
    stderr.write(`recolte: internal error: ${err.message ?? String(error)}\n`);
    stderr.write(debug ? `${err.stack ?? ''}\n` : 'Run again with --debug to see where it happened, and report it.\n');
    return EXIT.internal;
  }
}
