import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSqlite } from '../../src/base/sqlite.js';
import { TABLES } from '../../src/base/schema.js';
import { bin, recolte, root } from './run.js';

const seeds = path.join(root, 'fixtures', 'seeds');
const seed = (n: string): string => readdirSync(seeds).find((f) => f.startsWith(n) && f.endsWith('.txt'))!;
const noSqlite = fileURLToPath(new URL('../helpers/no-sqlite.mjs', import.meta.url));
const open = await loadSqlite();

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'recolte-base-'));

/** A folder of documents: docs/ holds the seeds named. */
function project(...names: string[]): string {
  const dir = fresh();
  mkdirSync(path.join(dir, 'docs'));
  for (const name of names) copyFileSync(path.join(seeds, seed(name)), path.join(dir, 'docs', seed(name)));
  return dir;
}

/** Every table's rows, in a stable order, and a search: what a reader of the base sees. */
function contents(file: string): Record<string, unknown[]> {
  const db = new open(file, { readonly: true });
  try {
    const dump: Record<string, unknown[]> = {};
    for (const table of TABLES) {
      const columns = db.prepare(`PRAGMA table_info(${table})`).all().map((_, i) => i + 1);
      dump[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${columns.join(', ')}`).all();
    }
    dump.search = db.prepare("SELECT r.id FROM records_fts JOIN records r ON r.rowid = records_fts.rowid WHERE records_fts MATCH 'sante' ORDER BY r.id").all();
    return dump;
  } finally {
    db.close();
  }
}

const query = (file: string, sql: string): unknown[] => {
  const db = new open(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

describe('recolte export sqlite', () => {
  it('writes the records and their ideas, in one file renamed into place, with metadata.json beside it', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'records.ndjson'), recolte(['-q', 'parse', seeds]).stdout);
    writeFileSync(path.join(dir, 'clusters.ndjson'), recolte(['-q', 'dedupe', 'records.ndjson'], { cwd: dir }).stdout);
    const run = recolte(['export', 'sqlite', '-o', 'base.sqlite', 'records.ndjson', 'clusters.ndjson'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '5 documents, 76 records, 76 ideas → base.sqlite (and metadata.json beside it)\n' });
    expect(readdirSync(dir).sort()).toEqual(['base.sqlite', 'clusters.ndjson', 'metadata.json', 'records.ndjson']);
    const file = path.join(dir, 'base.sqlite');
    expect(query(file, 'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM records) AS records, (SELECT count(*) FROM cluster_members) AS members')).toEqual([{ documents: 5, records: 76, members: 76 }]);
    expect(query(file, "SELECT value FROM meta WHERE key IN ('threshold', 'clusters_file') ORDER BY key")).toEqual([{ value: 'clusters.ndjson' }, { value: null }]);
    // Seed 003's initiatives are under their départements, with their sources.
    expect(query(file, "SELECT territory_name, source_line FROM records WHERE source_file LIKE '%003_%' ORDER BY source_line").slice(0, 2)).toEqual([
      { territory_name: 'Ain', source_line: 6 },
      { territory_name: 'Eure', source_line: 12 },
    ]);
    expect(query(file, "SELECT text FROM records WHERE rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH 'teleconsultation') ORDER BY text")).toEqual([
      { text: 'Box médicale.' },
      { text: 'Développer la téléconsultation assistée et augmentée par les infirmiers' },
    ]);
    const metadata = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as { databases: Record<string, unknown> };
    expect(Object.keys(metadata.databases)).toEqual(['base']);
  });

  it('groups records into ideas itself when no clusters file is given, and keeps the settings in meta', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'records.ndjson'), recolte(['-q', 'parse', path.join(seeds, seed('004'))]).stdout);
    expect(recolte(['-q', 'export', 'sqlite', '-o', 'b.sqlite', 'records.ndjson', '--threshold', '0.6'], { cwd: dir }).code).toBe(0);
    expect(query(path.join(dir, 'b.sqlite'), "SELECT key, value FROM meta WHERE key IN ('threshold', 'synonyms_file', 'decisions_file', 'clusters_file', 'format', 'schema_version') ORDER BY key")).toEqual([
      { key: 'clusters_file', value: null },
      { key: 'decisions_file', value: null },
      { key: 'format', value: 'recolte-base' },
      { key: 'schema_version', value: '2' },
      { key: 'synonyms_file', value: null },
      { key: 'threshold', value: '0.6' },
    ]);
    expect(query(path.join(dir, 'b.sqlite'), 'SELECT count(*) AS n FROM cluster_members')).toEqual([{ n: 16 }]);
  });

  it('keeps a table row\'s meeting, and counts an idea\'s meetings as the clusters do', () => {
    const dir = fresh();
    writeFileSync(
      path.join(dir, 'reunions.csv'),
      'Contribution;Réunion;Département\nDévelopper la télémédecine en zone rurale;Verdun;55\nDévelopper la télémédecine en zone rurale;Verdun;55\nDévelopper la télémédecine en zone rurale;Évreux;27\n',
    );
    writeFileSync(path.join(dir, 'records.ndjson'), recolte(['-q', 'parse', 'reunions.csv', '--map', 'meeting=Réunion'], { cwd: dir }).stdout);
    // Grouped by the base itself: the records it reads back keep their meeting.
    expect(recolte(['-q', 'export', 'sqlite', '-o', 'b.sqlite', 'records.ndjson'], { cwd: dir }).code).toBe(0);
    const file = path.join(dir, 'b.sqlite');
    expect(query(file, 'SELECT meeting FROM records ORDER BY source_line')).toEqual([{ meeting: 'Verdun' }, { meeting: 'Verdun' }, { meeting: 'Évreux' }]);
    expect(query(file, 'SELECT size, territory_count, document_count FROM clusters')).toEqual([{ size: 3, territory_count: 2, document_count: 2 }]);
    expect(query(file, 'SELECT contributions, territoires, reunions FROM idees')).toEqual([{ contributions: 3, territoires: 2, reunions: 2 }]);
  });

  it('refuses standard output, and grouping settings beside a clusters file, with exit 2', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'r.ndjson'), '');
    expect(recolte(['export', 'sqlite', 'r.ndjson'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: export sqlite needs -o FILE: a database cannot be written to standard output (recolte export sqlite -o base.sqlite records.ndjson)\n',
    });
    expect(recolte(['export', 'sqlite', '-o', '-', 'r.ndjson'], { cwd: dir }).code).toBe(2);
    writeFileSync(path.join(dir, 'r.ndjson'), recolte(['-q', 'parse', path.join(seeds, seed('001'))]).stdout);
    writeFileSync(path.join(dir, 'c.ndjson'), recolte(['-q', 'dedupe', 'r.ndjson'], { cwd: dir }).stdout);
    expect(recolte(['export', 'sqlite', '-o', 'b.sqlite', 'r.ndjson', 'c.ndjson', '--threshold', '0.7'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --threshold, --synonyms and --decisions group records into ideas; a clusters file is given, so its ideas are used: leave them out, or leave out the clusters file\n',
    });
    expect(existsSync(path.join(dir, 'b.sqlite'))).toBe(false);
  });

  it('names a cluster member no record holds, and makes an idea of a record no cluster holds', () => {
    const dir = fresh();
    const records = recolte(['-q', 'parse', path.join(seeds, seed('001'))]).stdout.trim().split('\n');
    writeFileSync(path.join(dir, 'r.ndjson'), `${records.slice(1).join('\n')}\n`);
    writeFileSync(path.join(dir, 'all.ndjson'), `${records.join('\n')}\n`);
    writeFileSync(path.join(dir, 'c.ndjson'), recolte(['-q', 'dedupe', 'all.ndjson'], { cwd: dir }).stdout);
    const first = JSON.parse(records[0]!) as { id: string };
    const clusterLine = readFileSync(path.join(dir, 'c.ndjson'), 'utf8').trim().split('\n').findIndex((l) => l.includes(first.id)) + 1;
    const run = recolte(['-q', 'export', 'sqlite', '-o', 'b.sqlite', 'r.ndjson', 'c.ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^c\\.ndjson:${clusterLine}:1: error: cluster [0-9a-f]{16}: record "${first.id}" is not among the records read; it is left out of this idea: give the records and clusters of one run \\(cluster-member-unknown\\)\\n$`));
    expect(query(path.join(dir, 'b.sqlite'), 'SELECT count(*) AS n FROM records')).toEqual([{ n: 4 }]);

    expect(recolte(['export', 'sqlite', '-o', 'b2.sqlite', 'all.ndjson', 'c.ndjson'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(path.join(dir, 'c1.ndjson'), readFileSync(path.join(dir, 'c.ndjson'), 'utf8').split('\n').filter((l) => !l.includes(first.id)).join('\n'));
    const partial = recolte(['export', 'sqlite', '-o', 'b3.sqlite', 'all.ndjson', 'c1.ndjson'], { cwd: dir });
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain(`warning: Record "${first.id}" is in no cluster read; it is an idea of its own in the base: give the clusters made from these records (record-not-clustered)`);
    expect(query(path.join(dir, 'b3.sqlite'), `SELECT c.size FROM clusters c JOIN cluster_members m ON m.cluster_id = c.id WHERE m.record_id = '${first.id}'`)).toEqual([{ size: 1 }]);
  });
});

describe('recolte base add', () => {
  it('creates the base, then changes nothing when the same folder is added again', () => {
    const dir = project('001', '003', '004');
    const first = recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir });
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['base.sqlite', 'docs', 'metadata.json']);
    const file = path.join(dir, 'base.sqlite');
    const before = contents(file);
    expect(before.documents).toHaveLength(3);
    expect(before.records).toHaveLength(28);
    const again = recolte(['base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir });
    expect(again).toEqual({ code: 0, stdout: '', stderr: 'base.sqlite: documents 0 added, 0 replaced, 0 removed, 0 with new paths, 3 unchanged; now 3 documents, 28 records, 28 ideas\n' });
    expect(contents(file)).toEqual(before);
  });

  it('adds exactly the records of a new document, and keeps the others as they were', () => {
    const dir = project('001', '003');
    expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir }).code).toBe(0);
    const file = path.join(dir, 'base.sqlite');
    const before = contents(file);
    copyFileSync(path.join(seeds, seed('004')), path.join(dir, 'docs', seed('004')));
    const run = recolte(['base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').slice(-3)).toEqual([
      `docs/${seed('004')}: added, 16 records`,
      'base.sqlite: documents 1 added, 0 replaced, 0 removed, 0 with new paths, 2 unchanged; now 3 documents, 28 records, 28 ideas',
      '',
    ]);
    const after = contents(file);
    // Its records are those recolte parse gives the document named as the base names it.
    const parsed = recolte(['-q', 'parse', `docs/${seed('004')}`], { cwd: dir }).stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    const added = (after.records as { id: string }[]).map((r) => r.id).filter((id) => !(before.records as { id: string }[]).some((r) => r.id === id));
    expect(added.sort()).toEqual(parsed.sort());
    expect(after.records).toEqual(expect.arrayContaining(before.records!));
    expect(after.documents).toHaveLength(3);
  });

  it('stores paths relative to the base, so ids do not depend on where it runs from', () => {
    const dir = project('001');
    mkdirSync(path.join(dir, 'elsewhere'));
    expect(recolte(['-q', 'base', 'add', '../docs', '--db', '../base.sqlite'], { cwd: path.join(dir, 'elsewhere') }).code).toBe(0);
    const other = project('001');
    expect(recolte(['-q', 'base', 'add', path.join(other, 'docs'), '--db', path.join(other, 'base.sqlite')], { cwd: tmpdir() }).code).toBe(0);
    const ids = (file: string): unknown[] => query(file, 'SELECT id, source_file FROM records ORDER BY id');
    expect(ids(path.join(dir, 'base.sqlite'))).toEqual(ids(path.join(other, 'base.sqlite')));
    expect(query(path.join(dir, 'base.sqlite'), 'SELECT path FROM documents')).toEqual([{ path: `docs/${seed('001')}` }]);
  });

  it('records the same content under another name beside the document, and replaces a changed document', () => {
    const dir = project('001', '004');
    const file = path.join(dir, 'base.sqlite');
    expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir }).code).toBe(0);
    const before = contents(file);
    mkdirSync(path.join(dir, 'copie'));
    copyFileSync(path.join(dir, 'docs', seed('001')), path.join(dir, 'copie', 'renamed.txt'));
    const copied = recolte(['base', 'add', 'copie/renamed.txt', '--db', 'base.sqlite'], { cwd: dir });
    expect(copied.stderr).toBe(
      `copie/renamed.txt: same content as docs/${seed('001')}, already in the base; this path is recorded beside it\n` +
        'base.sqlite: documents 0 added, 0 replaced, 0 removed, 1 with new paths, 1 unchanged; now 2 documents, 21 records, 21 ideas\n',
    );
    const after = contents(file);
    expect(after.document_paths).toHaveLength(3);
    expect({ ...after, document_paths: [], meta: [] }).toEqual({ ...before, document_paths: [], meta: [] });

    // The document changes where it stands: its records, and only its, are replaced.
    const target = path.join(dir, 'docs', seed('004'));
    writeFileSync(target, readFileSync(target, 'utf8').replace(/\n\n/, '\n\nUne ligne ajoutée en tête.\n\n'));
    const changed = recolte(['base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir });
    expect(changed.code).toBe(0);
    expect(changed.stderr.split('\n').slice(-3)).toEqual([
      `docs/${seed('004')}: changed, its records replaced: 16 records`,
      'base.sqlite: documents 0 added, 1 replaced, 0 removed, 0 with new paths, 1 unchanged; now 2 documents, 21 records, 21 ideas',
      '',
    ]);
    const replaced = contents(file);
    const of = (dump: Record<string, unknown[]>, name: string): unknown[] => (dump.records as { source_file: string }[]).filter((r) => r.source_file.includes(name));
    expect(of(replaced, '001_')).toEqual(of(after, '001_'));
    expect((replaced.documents as { hash: string; path: string }[]).find((d) => d.path.includes('004_'))!.hash).not.toBe((after.documents as { hash: string; path: string }[]).find((d) => d.path.includes('004_'))!.hash);
  });

  for (const point of ['applied', 'grouped'] as const) {
    it(`leaves the base as it was when the run is killed inside its transaction (${point})`, () => {
      const dir = project('001', '003');
      const file = path.join(dir, 'base.sqlite');
      expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir }).code).toBe(0);
      const before = contents(file);
      copyFileSync(path.join(seeds, seed('004')), path.join(dir, 'docs', seed('004')));
      const killed = spawnSync(process.execPath, [bin, '-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', RECOLTE_TEST_STOP_AT: point } });
      expect([killed.status, killed.signal]).toEqual([null, 'SIGKILL']);
      // Opening it rolls back what the killed run had begun.
      expect(contents(file)).toEqual(before);
      // And the next run does the work.
      expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir }).code).toBe(0);
      expect(contents(file).documents).toHaveLength(3);
    });
  }

  it('leaves no base when the run that creates it is killed', () => {
    const dir = project('001');
    const killed = spawnSync(process.execPath, [bin, '-q', 'base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', RECOLTE_TEST_STOP_AT: 'grouped' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(path.join(dir, 'base.sqlite'))).toBe(false);
  });

  it('keeps its grouping settings in meta, and uses them wherever it runs from', () => {
    const dir = project('001');
    writeFileSync(path.join(dir, 'revue.yaml'), 'same: []\ndifferent: []\n');
    expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite', '--threshold', '0.7', '--decisions', 'revue.yaml'], { cwd: dir }).code).toBe(0);
    mkdirSync(path.join(dir, 'sub'));
    expect(recolte(['-q', 'base', 'add', '../docs', '--db', '../base.sqlite'], { cwd: path.join(dir, 'sub') }).code).toBe(0);
    expect(query(path.join(dir, 'base.sqlite'), "SELECT key, value FROM meta WHERE key IN ('threshold', 'decisions_file', 'synonyms_file') ORDER BY key")).toEqual([
      { key: 'decisions_file', value: 'revue.yaml' },
      { key: 'synonyms_file', value: null },
      { key: 'threshold', value: '0.7' },
    ]);
    const stats = JSON.parse(recolte(['base', 'stats', '--db', 'base.sqlite', '--json'], { cwd: dir }).stdout) as { settings: unknown; documents: number; records: number };
    expect(stats).toMatchObject({ documents: 1, records: 5, settings: { threshold: 0.7, synonyms: null, decisions: 'revue.yaml' } });
    expect(recolte(['base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir, env: {} }).code).toBe(0);
    rmSync(path.join(dir, 'revue.yaml'));
    expect(recolte(['base', 'add', 'docs', '--db', 'base.sqlite'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: base.sqlite: the base groups its ideas with --decisions revue.yaml (relative to its folder), which cannot be read; put it back, or give --decisions FILE\n',
    });
  });

  it('refuses a file that is not a base, standard input, and a missing folder, with exit 2', () => {
    const dir = project('001');
    writeFileSync(path.join(dir, 'notes.txt'), 'pas une base');
    expect(recolte(['base', 'add', 'docs', '--db', 'notes.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: cannot write notes.txt: it is not an SQLite database; give another file, or a new name to create a base\n',
    });
    const other = new open(path.join(dir, 'other.sqlite'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(recolte(['base', 'add', 'docs', '--db', 'other.sqlite'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --db other.sqlite is not a recolte base (it has no meta table); give another file, or a new name to create a base\n',
    });
    expect(recolte(['base', 'add', '-', '--db', 'b.sqlite'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: base add reads files, not standard input: a document of the base is known by its file; save it and name the file\n',
    });
    expect(recolte(['base', 'add', 'docs', '--db', 'nowhere/b.sqlite'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --db nowhere/b.sqlite: the folder nowhere does not exist; create it first, or choose another\n',
    });
    expect(recolte(['base', 'stats', '--db', 'none.sqlite'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --db none.sqlite: no such base; create one with recolte base add DOCUMENTS --db none.sqlite\n',
    });
  });
});

describe('recolte base stats', () => {
  it('prints the figures as tables, or as JSON', () => {
    const dir = project('001', '003');
    expect(recolte(['-q', 'base', 'add', 'docs', '--db', 'base.sqlite', '--threshold', '0.5'], { cwd: dir }).code).toBe(0);
    const run = recolte(['base', 'stats', '--db', 'base.sqlite'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 12)).toEqual([
      'Base',
      'documents                          2',
      'paths                              2',
      'records                           12',
      'ideas                             12',
      'ideas put forward more than once   0',
      'territories                        6',
      '',
      'Kind        Records',
      'lever             5',
      'initiative        7',
      '',
    ]);
    expect(run.stdout).toContain('\nthreshold                       0.5\nsynonyms                 (built-in)\ndecisions                    (none)\n');
    const json = JSON.parse(recolte(['base', 'stats', '--db', 'base.sqlite', '--json'], { cwd: dir }).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['documents', 'paths', 'records', 'ideas', 'grouped', 'territories', 'byKind', 'dispositifs', 'settings', 'recolte', 'createdAt', 'updatedAt']);
    expect(json.byKind).toEqual([
      { kind: 'lever', label: 'levier', records: 5 },
      { kind: 'initiative', label: 'initiative', records: 7 },
    ]);
  });
});

describe('without better-sqlite3', () => {
  const env = { NODE_OPTIONS: `--import=${noSqlite}` };
  const message =
    'the base needs the optional package better-sqlite3, which is not installed here (module not found); install it with: npm install better-sqlite3@12 ' +
    '(it builds from source when no prebuilt binary can be downloaded, which needs python3, make and a C++ compiler)';

  it('the base commands say what to install, and exit 2', () => {
    const dir = project('001');
    for (const args of [['base', 'add', 'docs', '--db', 'base.sqlite'], ['base', 'stats', '--db', 'base.sqlite']]) {
      expect(recolte(args, { cwd: dir, env })).toEqual({ code: 2, stdout: '', stderr: `recolte: ${message}\n` });
    }
    expect(readdirSync(dir)).toEqual(['docs']);
    // Other commands do not load it.
    expect(recolte(['-q', 'parse', 'docs'], { cwd: dir, env }).code).toBe(0);
  });

  it('synthesize writes everything else, and warns', () => {
    const dir = project('001');
    const run = recolte(['synthesize', 'docs', '-o', 'out'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`out/base.sqlite: warning: not written: ${message} (sqlite-unavailable)\n`);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/; 8 files in out\/$/);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.recolte-synthesize', 'clusters.ndjson', 'contributions.csv', 'dispositifs.csv', 'idees.csv', 'rapport.json', 'records.ndjson', 'synthese.html', 'synthese.md']);
    expect(recolte(['-q', '--strict', 'synthesize', 'docs', '-o', 'out'], { cwd: dir, env }).code).toBe(1);
  });
});

describe('recolte synthesize and the base', () => {
  it('writes base.sqlite with the records and ideas of its other outputs, unless --no-base', () => {
    const dir = project('002', '003');
    expect(recolte(['-q', 'synthesize', 'docs', '-o', 'out'], { cwd: dir }).code).toBe(0);
    const file = path.join(dir, 'out', 'base.sqlite');
    const ids = readFileSync(path.join(dir, 'out', 'records.ndjson'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect((query(file, 'SELECT id FROM records ORDER BY rowid') as { id: string }[]).map((r) => r.id)).toEqual(ids);
    const clusters = readFileSync(path.join(dir, 'out', 'clusters.ndjson'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect((query(file, 'SELECT id FROM clusters ORDER BY rowid') as { id: string }[]).map((r) => r.id)).toEqual(clusters);
    expect(query(file, "SELECT value FROM meta WHERE key = 'threshold'")).toEqual([{ value: '0.5' }]);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'rapport.json'), 'utf8')) as { outputs: string[] };
    expect(report.outputs).toEqual(['records.ndjson', 'clusters.ndjson', 'contributions.csv', 'idees.csv', 'dispositifs.csv', 'synthese.md', 'synthese.html', 'base.sqlite', 'metadata.json', 'rapport.json']);

    // Issue 15's seeds: seed 003's initiatives under their départements with their dispositifs,
    // named in their descriptions; the document's own, from its introduction; seed 002's.
    const where = (code: string): unknown[] => query(file, `SELECT territoire, statut FROM dispositifs_par_territoire WHERE dispositif = '${code}' AND code_territoire IS NOT NULL ORDER BY territoire, statut`);
    expect(where('TELEMEDECINE')).toEqual([{ territoire: 'Eure', statut: 'en place' }]);
    for (const code of ['CDS', 'IPA', 'ASALEE']) expect(where(code)).toEqual([{ territoire: 'Saône-et-Loire', statut: 'en place' }]);
    const own = query(file, "SELECT dispositif FROM document_dispositifs d JOIN documents o ON o.id = d.document_id WHERE o.path LIKE '%003_%'") as { dispositif: string }[];
    expect(own.map((d) => d.dispositif)).toEqual(expect.arrayContaining(['MEDICOBUS', 'MSP']));
    const named = query(file, "SELECT DISTINCT rd.dispositif FROM record_dispositifs rd JOIN records r ON r.id = rd.record_id WHERE r.source_file LIKE '%002_%'") as { dispositif: string }[];
    expect(named.map((d) => d.dispositif)).toEqual(expect.arrayContaining(['CLS', 'CPTS', 'PTSM']));
    expect(query(file, "SELECT name FROM dispositifs WHERE code = 'CPTS'")).toEqual([{ name: expect.stringMatching(/^Communauté professionnelle territoriale de santé/) }]);

    const run = recolte(['synthesize', 'docs', '-o', 'out2', '--no-base'], { cwd: dir });
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/; 8 files in out2\/$/);
    expect(readdirSync(path.join(dir, 'out2'))).not.toContain('base.sqlite');
  });
});
