/**
 * `recolte base add` and `recolte base stats`: a base fed by the territories over time. A
 * document is known by its content hash, its paths are kept relative to the base's folder
 * (so its records' ids do not depend on where the command runs), and each update is one
 * transaction.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { BaseStats } from '../../base/stats.js';
import type { SqliteDatabase } from '../../base/sqlite.js';
import type { Meta } from '../../base/store.js';
import type { RecolteRecord } from '../../types/record.js';
import { diagnostic } from '../../diagnostics.js';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { dedupeThreshold, loadDecisions, loadSynonyms, type DedupeSettingsFlags } from '../dedupe-settings.js';
import { fileError, resolveInputs } from '../inputs.js';
import { defineLimitFlags, limitsFrom, type LimitFlags } from '../limit-flags.js';
import { checkWritable, displayPath, openSink, writeAll } from '../output.js';
import { plural } from '../reporter.js';
import { OutputError, UsageError } from '../streams.js';
import { openSqlite, readBase, settingsMeta, updateBase, writeMetadata, writeNewBase, type BaseSettings } from '../base-file.js';
import { loadTagCatalogue } from '../tag-catalogue.js';
import { DEFAULT_THRESHOLD } from '../dedupe-settings.js';
import { EXTENSIONS, parseInputs, resolveTerritoryFlag } from './parse.js';
import { tagSources } from '../tag-settings.js';

interface BaseAddFlags extends DedupeSettingsFlags, LimitFlags {
  db: string;
  territory?: string;
}

interface BaseStatsFlags {
  db: string;
  json?: boolean;
  output?: string;
}

/** Declares `recolte base add` and `recolte base stats`. */
export function defineBase(program: Command, add: (documents: string[], flags: BaseAddFlags) => Promise<void>, stats: (flags: BaseStatsFlags) => Promise<void>): void {
  const base = program.command('base').description('a SQLite base of dispositifs and ideas, fed by the territories over time');
  defineLimitFlags(
    base
      .command('add')
      .description("parse documents into a base (made if it does not exist): new documents are added, a changed document replaces its own records, the same content under another name only records that name")
      .argument('<documents...>', 'files, folders (read recursively) or globs')
      .requiredOption('--db <file>', 'the base to update or create')
      .option('--territory <spec>', 'territory for documents that name none (as recolte parse --territory)')
      .option('--threshold <number>', "similarity at which records merge into one idea; kept in the base's meta for later runs (default: the base's, else 0.5)")
      .option('--synonyms <file>', "synonyms for grouping ideas; kept in the base's meta for later runs")
      .option('--decisions <file>', "a reviewer's decisions for grouping ideas; kept in the base's meta for later runs"),
  )
    .addHelpText('after', '\nExamples:\n  recolte base add comptes-rendus/ --db base.sqlite\n  recolte base add nouveaux/*.pdf --db base.sqlite --decisions revue.yaml\n  datasette base.sqlite -m metadata.json')
    .action(add);
  base
    .command('stats')
    .description("summarise a base: documents, records, ideas, the dispositifs named and where, and the base's settings")
    .requiredOption('--db <file>', 'the base to read')
    .option('--json', 'print the figures as one JSON object')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(stats);
}

/** Where a test may stop `base add` (RECOLTE_TEST_STOP_AT): inside the transaction, after each step. */
export const STOP_POINTS = ['planned', 'parsed', 'applied', 'grouped'] as const;

/** Runs `recolte base add`; returns the exit code. */
export async function runBaseAdd(context: CommandContext, documents: readonly string[], flags: BaseAddFlags): Promise<number> {
  if (documents.includes('-')) throw new UsageError('base add reads files, not standard input: a document of the base is known by its file; save it and name the file');
  if (flags.threshold !== undefined) dedupeThreshold(context, flags);
  const territorySpec = flags.territory ?? context.config.territory;
  const territory = territorySpec === undefined ? null : await resolveTerritoryFlag(territorySpec, flags.territory === undefined ? context.configFile : null);
  const limits = limitsFrom(context, flags);
  // The project's tag vocabulary, checked before any work (its paths are relative to this folder).
  const tags = await tagSources(context);
  const file = path.resolve(context.cwd, flags.db);
  const shown = displayPath(context.cwd, file);
  const folder = path.dirname(file);
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`--db ${flags.db} is a folder; give the name of a base file`);
  if (!info) await checkWritable(context.cwd, flags.db, '--db');
  const open = await openSqlite();
  const { reporter } = context;
  const stopAt = testStop(context);

  // The documents, named as the base names them: relative to its folder.
  const resolved = await resolveInputs(documents, context.cwd, EXTENSIONS, '<stdin>');
  resolved.diagnostics.forEach((d) => reporter.diagnostic(d));
  const relative = (absolute: string): string => path.relative(folder, absolute).split(path.sep).join('/');
  const found = new Map<string, string | null>();
  for (const input of resolved.files) {
    try {
      found.set(relative(input.path!), await hashFile(input.path!));
    } catch (error) {
      reporter.diagnostic(fileError(input.name, error));
    }
  }

  const [{ planAdd, pathsToCheck }, { applyAdd, finishBase }, store, catalogue] = await Promise.all([
    import('../../base/plan.js'),
    import('../../base/build.js'),
    import('../../base/store.js'),
    loadTagCatalogue(context),
  ]);

  const work = async (db: SqliteDatabase, fresh: boolean): Promise<Summary> => {
    if (fresh) store.createSchema(db);
    const meta = store.readMeta(db);
    const settings = await baseSettings(context, flags, meta, folder, shown);
    const known = store.knownDocuments(db);
    // The other paths of documents whose path now holds something else: their content may still be there.
    for (const other of pathsToCheck(known, found)) found.set(other, await hashFile(path.resolve(folder, other)).catch(() => null));
    const plan = planAdd(known, found);
    stopAt('planned');

    const parsed = new Map<string, RecolteRecord[] | null>();
    if (plan.read.length) {
      const run = await parseInputs(
        { ...context, cwd: folder },
        plan.read.map((r) => r.path),
        { territory, headings: context.config.vocabulary?.headings, vocabulary: context.config.vocabulary, map: context.config.columns, limits, tags },
        '<stdin>',
        async (records) => {
          for (const record of records) {
            const list = parsed.get(record.source.file);
            if (list) list.push(record);
            else parsed.set(record.source.file, [record]);
          }
        },
      );
      for (const report of run.reports) {
        if (report.layout === null) parsed.set(report.file, null);
        else if (!parsed.has(report.file)) parsed.set(report.file, []);
      }
    }
    stopAt('parsed');
    const result = applyAdd(db, plan, parsed);
    stopAt('applied');

    const records = store.dedupeInput(db);
    const [{ dedupeParallel }, synonyms, decisions] = await Promise.all([
      import('../../dedupe/index.js'),
      loadSynonyms(context, { synonyms: settings.synonyms ?? undefined }),
      loadDecisions(context, { decisions: settings.decisions ?? undefined }, new Set(records.map((r) => r.id))),
    ]);
    const { clusters } = await dedupeParallel(records, { threshold: Math.round(settings.threshold * 10_000), synonyms, same: decisions.same, different: decisions.different });
    const before = (db.prepare('SELECT id FROM clusters ORDER BY id').raw().all() as [string][]).map(([id]) => id).join();
    const after = clusters.map((c) => c.id).sort().join();
    const next: Meta = settingsMeta(settings, folder);
    const changed = fresh || before !== after || result.added.length + result.removed.length + result.moved.length > 0 || Object.entries(next).some(([key, value]) => meta[key] !== value);
    const now = new Date().toISOString();
    finishBase(db, clusters, catalogue, { ...next, clusters_file: null, ...(fresh && { created_at: now }), ...(changed && { updated_at: now }) });
    stopAt('grouped');
    const counts = db.prepare('SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM records)').raw().get() as [number, number];
    return { plan, result, documents: counts[0], records: counts[1], ideas: clusters.length, changed };
  };
  const summary = info ? await updateBase(open, file, shown, (db) => work(db, false)) : await writeNewBase(open, context.cwd, flags.db, (db) => work(db, true));
  await writeMetadata(context.cwd, flags.db);

  for (const { record, parent } of summary.result.unknownParents) {
    reporter.diagnostic(diagnostic(record.source.file, 'warning', 'parent-unknown', `record ${record.id}: parent "${parent}" is not the id of any record of its document; its parent is left empty in the base`, record.source.line, record.source.column ?? 1));
  }
  reportChanges(context, summary, shown, !info);
  finalSummary(context, `${plural(summary.documents, 'document')}, ${plural(summary.records, 'record')}, ${plural(reporter.counts.errors, 'error')}, ${plural(reporter.counts.warnings, 'warning')}`);
  return exitCodeFor(context);
}

interface Summary {
  plan: import('../../base/plan.js').AddPlan;
  result: import('../../base/build.js').AddResult;
  documents: number;
  records: number;
  ideas: number;
  changed: boolean;
}

/** One line per document that changed, then the base's new size. */
function reportChanges(context: CommandContext, { plan, result, documents, records, ideas }: Summary, shown: string, created: boolean): void {
  const removed = new Set(result.removed.map((r) => r.path));
  const added = new Map(result.added.map((a) => [a.path, a.records]));
  let replaced = 0;
  for (const read of plan.read) {
    const count = added.get(read.path);
    const others = read.paths.filter((p) => p !== read.path);
    const also = others.length ? `; the same content stands at ${others.join(', ')}` : '';
    if (count === undefined) context.reporter.note(`${read.path}: not added, it could not be read (see above)`);
    else if (removed.has(read.path)) {
      replaced++;
      context.reporter.note(`${read.path}: changed, its records replaced: ${plural(count, 'record')}${also}`);
    } else context.reporter.note(`${read.path}: added, ${plural(count, 'record')}${also}`);
  }
  const readPaths = new Set(plan.read.map((r) => r.path));
  for (const r of result.removed) if (!readPaths.has(r.path)) context.reporter.note(`${r.path}: removed, its content stands at none of its paths any more`);
  for (const { path: primary, added, dropped } of result.moved) {
    for (const other of added) context.reporter.note(`${other}: same content as ${primary}, already in the base; this path is recorded beside it`);
    for (const other of dropped) context.reporter.note(`${other}: no longer holds the content of ${primary}; this path is dropped from it`);
  }
  const parts = [
    `${result.added.length - replaced} added`,
    `${replaced} replaced`,
    `${result.removed.length - replaced} removed`,
    `${result.moved.length} with new paths`,
    `${plan.unchanged.length} unchanged`,
  ];
  context.reporter.note(`${shown}${created ? ' (created)' : ''}: documents ${parts.join(', ')}; now ${plural(documents, 'document')}, ${plural(records, 'record')}, ${plural(ideas, 'idea')}`);
}

/**
 * The settings of this run: a flag, else what the base's meta keeps, else the project's config
 * (for a new base), else the defaults. Files in meta are relative to the base's folder.
 */
async function baseSettings(context: CommandContext, flags: BaseAddFlags, meta: Meta, folder: string, shown: string): Promise<BaseSettings> {
  const fromMeta = async (key: 'synonyms_file' | 'decisions_file', flag: string): Promise<string | null> => {
    const kept = meta[key];
    if (!kept) return null;
    const file = path.resolve(folder, kept);
    if (!(await stat(file).then((s) => s.isFile(), () => false))) {
      throw new UsageError(`${shown}: the base groups its ideas with ${flag} ${kept} (relative to its folder), which cannot be read; put it back, or give ${flag} FILE`);
    }
    return file;
  };
  const absolute = (file: string | undefined): string | null => (file === undefined ? null : path.resolve(context.cwd, file));
  const known = meta.threshold ? Number(meta.threshold) : null;
  const isNew = !('recolte_version' in meta);
  return {
    threshold: flags.threshold !== undefined ? dedupeThreshold(context, flags) : known ?? (isNew ? dedupeThreshold(context, {}) : DEFAULT_THRESHOLD),
    synonyms: flags.synonyms !== undefined ? absolute(flags.synonyms) : (await fromMeta('synonyms_file', '--synonyms')) ?? (isNew ? absolute(context.config.dedupe?.synonyms) : null),
    decisions: flags.decisions !== undefined ? absolute(flags.decisions) : (await fromMeta('decisions_file', '--decisions')) ?? (isNew ? absolute(context.config.dedupe?.decisions) : null),
  };
}

/** SHA-256 of a file's bytes, read as a stream. */
async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Test-only: RECOLTE_TEST_STOP_AT=<point> kills the process (SIGKILL, as a power cut would) at
 * that point of `base add`, inside its transaction, so a test can check that the base is left
 * as it was. Points: planned, parsed, applied, grouped (the last is just before the commit).
 */
function testStop(context: CommandContext): (point: (typeof STOP_POINTS)[number]) => void {
  const wanted = context.env.RECOLTE_TEST_STOP_AT;
  return (point) => {
    if (wanted === point) process.kill(process.pid, 'SIGKILL');
  };
}

/** Runs `recolte base stats`; returns the exit code. */
export async function runBaseStats(context: CommandContext, flags: BaseStatsFlags): Promise<number> {
  await checkWritable(context.cwd, flags.output, '--output');
  const open = await openSqlite();
  const file = path.resolve(context.cwd, flags.db);
  const { baseStats } = await import('../../base/stats.js');
  const stats = await readBase(open, file, displayPath(context.cwd, file), baseStats);
  const text = flags.json ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats);
  await writeAll(openSink(flags.output, context.cwd, context.stdout), [text]);
  return exitCodeFor(context);
}

/** The figures as aligned tables. */
function statsText(s: BaseStats): string {
  const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string => {
    const cells = [header, ...rows].map((row) => row.map(String));
    const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
    return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
  };
  const lines = [
    table(
      ['Base', ''],
      [
        ['documents', s.documents],
        ['paths', s.paths],
        ['records', s.records],
        ['ideas', s.ideas],
        ['ideas put forward more than once', s.grouped],
        ['territories', s.territories],
      ],
    ),
    '',
    table(['Kind', 'Records'], s.byKind.map((k) => [k.kind, k.records])),
    '',
    s.dispositifs.length
      ? table(['Dispositif', 'Records', 'Territories', 'Running', 'Asked for'], s.dispositifs.map((d) => [d.code, d.records, d.territories, d.running, d.asked]))
      : 'No dispositif named.',
    '',
    table(
      ['Setting', ''],
      [
        ['threshold', s.settings.threshold ?? '(none: ideas from a clusters file)'],
        ['synonyms', s.settings.synonyms ?? '(built-in)'],
        ['decisions', s.settings.decisions ?? '(none)'],
        ['recolte', s.recolte ?? '(unknown)'],
        ['created', s.createdAt ?? '(unknown)'],
        ['updated', s.updatedAt ?? '(unknown)'],
      ],
    ),
  ];
  return `${lines.join('\n')}\n`;
}
