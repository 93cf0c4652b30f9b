/** `recolte export sqlite`: records (and clusters) in, a SQLite base anyone can open and query out. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Command } from 'commander';
import type { Cluster } from '../../types/cluster.js';
import { countRecords, territoryKey } from '../../dedupe/counts.js';
import type { RecolteRecord } from '../../types/record.js';
import { diagnostic } from '../../diagnostics.js';
import { exitCodeFor, finalSummary, type CommandContext } from '../context.js';
import { dedupeThreshold, loadDecisions, loadSynonyms, type DedupeSettingsFlags } from '../dedupe-settings.js';
import { readRecordsOrClusters } from '../documents-input.js';
import { checkWritable, displayPath } from '../output.js';
import { plural } from '../reporter.js';
import { UsageError } from '../streams.js';
import { openSqlite, settingsMeta, writeMetadata, writeNewBase } from '../base-file.js';
import { loadTagCatalogue } from '../tag-catalogue.js';
import { VERSION } from '../version.js';
import type { Meta } from '../../base/store.js';

interface ExportSqliteFlags extends DedupeSettingsFlags {
  output?: string;
}

/** Declares the command and its options under `recolte export`. */
export function defineExportSqlite(parent: Command, run: (inputs: string[], flags: ExportSqliteFlags) => Promise<void>): void {
  parent
    .command('sqlite')
    .description('write a SQLite base of the records, their ideas, territories and dispositifs, with full-text search and a Datasette metadata.json beside it')
    .argument('[inputs...]', 'records and, optionally, clusters NDJSON files (from recolte parse and dedupe), or - for standard input')
    .option('-o, --output <file>', 'the base to write (required): a temporary file renamed into place when complete')
    .option('--threshold <number>', 'when no clusters file is given: group the records into ideas at this similarity (as recolte dedupe)')
    .option('--synonyms <file>', 'when no clusters file is given: synonyms for grouping (as recolte dedupe)')
    .option('--decisions <file>', "when no clusters file is given: a reviewer's decisions for grouping (as recolte dedupe)")
    .addHelpText('after', '\nExamples:\n  recolte export sqlite -o base.sqlite records.ndjson clusters.ndjson\n  recolte parse comptes-rendus/ | recolte export sqlite - -o base.sqlite\n  datasette base.sqlite -m metadata.json')
    .action(run);
}

/** Runs `recolte export sqlite`; returns the exit code. */
export async function runExportSqlite(context: CommandContext, inputs: readonly string[], flags: ExportSqliteFlags): Promise<number> {
  if (flags.output === undefined || flags.output === '-') {
    throw new UsageError('export sqlite needs -o FILE: a database cannot be written to standard output (recolte export sqlite -o base.sqlite records.ndjson)');
  }
  if (!inputs.length) {
    if (context.stdin.isTTY) throw new UsageError('no input: name records files, or pipe records into standard input (recolte parse … | recolte export sqlite - -o base.sqlite)');
    inputs = ['-'];
  }
  await checkWritable(context.cwd, flags.output, '--output');
  const open = await openSqlite();
  const { reporter } = context;

  const records: RecolteRecord[] = [];
  const clusters: { value: Cluster; file: string; line: number }[] = [];
  const clusterFiles = new Set<string>();
  const seen = new Map<string, string>();
  for await (const item of readRecordsOrClusters(context, inputs)) {
    if (item.type === 'cluster') {
      clusters.push(item);
      clusterFiles.add(item.file);
      continue;
    }
    const twin = seen.get(item.value.id);
    if (twin !== undefined) {
      reporter.diagnostic(diagnostic(item.file, 'error', 'duplicate-id', `Record id "${item.value.id}" is already used at ${twin}; this record is skipped: was a document parsed twice?`, item.line, 1));
      continue;
    }
    seen.set(item.value.id, `${item.file}:${item.line}`);
    records.push(item.value);
  }

  const given = clusterFiles.size > 0;
  if (given && (flags.threshold !== undefined || flags.synonyms !== undefined || flags.decisions !== undefined)) {
    throw new UsageError('--threshold, --synonyms and --decisions group records into ideas; a clusters file is given, so its ideas are used: leave them out, or leave out the clusters file');
  }
  const folder = path.dirname(path.resolve(context.cwd, flags.output));
  let ideas: Cluster[];
  let settings: Meta;
  if (given) {
    ideas = checkClusters(context, records, clusters);
    settings = { recolte_version: VERSION, threshold: null, synonyms_file: null, decisions_file: null, clusters_file: [...clusterFiles].join(', ') };
  } else {
    const threshold = dedupeThreshold(context, flags);
    const synonyms = await loadSynonyms(context, flags);
    const decisions = await loadDecisions(context, flags, new Set(seen.keys()));
    const { dedupeParallel } = await import('../../dedupe/index.js');
    ideas = (await dedupeParallel(records, { threshold: Math.round(threshold * 10_000), synonyms, same: decisions.same, different: decisions.different })).clusters;
    const file = (name: string | undefined): string | null => (name ? path.resolve(context.cwd, name) : null);
    settings = {
      ...settingsMeta(
        { threshold, synonyms: file(flags.synonyms ?? context.config.dedupe?.synonyms), decisions: file(flags.decisions ?? context.config.dedupe?.decisions) },
        folder,
      ),
      clusters_file: null,
    };
  }

  const [{ writeBase, documentsOfRecords }, catalogue] = await Promise.all([import('../../base/build.js'), loadTagCatalogue(context)]);
  const documents = documentsOfRecords(records);
  const now = new Date().toISOString();
  const unknown = await writeNewBase(open, context.cwd, flags.output, (db) =>
    writeBase(db, { documents, clusters: ideas, catalogue, meta: { ...settingsMeta({ threshold: 0, synonyms: null, decisions: null }, folder), ...settings, created_at: now, updated_at: now } }),
  );
  for (const { record, parent } of unknown) {
    reporter.diagnostic(diagnostic(record.source.file, 'warning', 'parent-unknown', `record ${record.id}: parent "${parent}" is not the id of any record of its document; its parent is left empty in the base`, record.source.line, record.source.column ?? 1));
  }
  await writeMetadata(context.cwd, flags.output);

  const shown = displayPath(context.cwd, path.resolve(context.cwd, flags.output));
  reporter.note(`${plural(documents.length, 'document')}, ${plural(records.length, 'record')}, ${plural(ideas.length, 'idea')} → ${shown} (and metadata.json beside it)`);
  finalSummary(context, `${plural(records.length, 'record')}, ${plural(reporter.counts.errors, 'error')}, ${plural(reporter.counts.warnings, 'warning')}`);
  return exitCodeFor(context);
}

/**
 * The clusters as the base holds them: members that no record read holds are left out (an
 * error: the files are of different runs), and records that no cluster holds become ideas of
 * their own (a warning), so that every record of the base is in exactly one idea.
 */
function checkClusters(context: CommandContext, records: readonly RecolteRecord[], clusters: readonly { value: Cluster; file: string; line: number }[]): Cluster[] {
  const recordOf = new Map(records.map((r) => [r.id, r]));
  const ids = new Set(recordOf.keys());
  const held = new Set<string>();
  const ideas: Cluster[] = [];
  for (const { value: cluster, file, line } of clusters) {
    const members = cluster.members.filter((m) => {
      if (ids.has(m.id) && !held.has(m.id)) {
        held.add(m.id);
        return true;
      }
      const why = ids.has(m.id) ? 'is already in another cluster' : 'is not among the records read';
      context.reporter.diagnostic(diagnostic(file, 'error', 'cluster-member-unknown', `cluster ${cluster.id}: record "${m.id}" ${why}; it is left out of this idea: give the records and clusters of one run`, line, 1));
      return false;
    });
    if (!members.length) continue;
    if (members.length === cluster.members.length) {
      ideas.push(cluster);
      continue;
    }
    const { counts, documents } = countRecords(members.map((m) => recordOf.get(m.id)!));
    ideas.push({ ...cluster, size: members.length, counts, territories: territoryCounts(members), documents: documents as Cluster['documents'], members: members as Cluster['members'] });
  }
  for (const record of records) {
    if (held.has(record.id)) continue;
    context.reporter.diagnostic(diagnostic(record.source.file, 'warning', 'record-not-clustered', `Record "${record.id}" is in no cluster read; it is an idea of its own in the base: give the clusters made from these records`, record.source.line, 1));
    const member = { id: record.id, text: record.text, territory: record.territory ?? null, source: record.source, similarity: 1 };
    // The id dedupe gives a cluster of one record.
    const { counts, documents } = countRecords([record]);
    ideas.push({ id: createHash('sha256').update(record.id).digest('hex').slice(0, 16), kind: record.kind, text: record.text, size: 1, counts, territories: territoryCounts([member]), documents: documents as Cluster['documents'], members: [member] });
  }
  return ideas;
}

/** Members per territory, most frequent first, then by name. */
function territoryCounts(members: readonly Cluster['members'][number][]): Cluster['territories'] {
  const counts = new Map<string, Cluster['territories'][number]>();
  for (const { territory } of members) {
    if (!territory) continue;
    const key = territoryKey(territory);
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { ...territory, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
