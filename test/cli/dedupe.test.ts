import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte, root } from './run.js';

const cwd = path.join(cliFixtures, 'dedupe');
const clusters = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string; text: string; size: number; members: { id: string }[] });

describe('recolte dedupe', () => {
  it('groups the same idea across territories, keeps every record once, and names a broken line', () => {
    const run = recolte(['dedupe', 'records.ndjson', 'more.ndjson'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "more.ndjson:2:27: error: Not valid JSON: Expected ',' or '}' after property value; each line must be one whole JSON record, as recolte parse writes them (json-invalid)\n" +
        '7 records → 5 clusters (1 grouping 3 records, 4 single)\n',
    );
    const out = clusters(run.stdout);
    expect(out.map((c) => [c.kind, c.size, c.text])).toEqual([
      ['proposal', 3, 'Développer la télémédecine en zone rurale'],
      ['proposal', 1, 'Former les médecins à la télémédecine'],
      ['proposal', 1, 'Ne pas supprimer les urgences de nuit'],
      ['proposal', 1, 'Supprimer les urgences de nuit'],
      ['lever', 1, 'Développer la télémédecine en zone rurale'],
    ]);
    expect(out.flatMap((c) => c.members.map((m) => m.id)).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1']);
  });

  it('writes clusters that validate against the cluster schema, the same whatever the input order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const parsed = recolte(['-q', 'parse', 'fixtures/seeds', 'fixtures/variants'], { cwd: root });
    const lines = parsed.stdout.trim().split('\n');
    const a = recolte(['-q', 'dedupe', '-', '-o', path.join(dir, 'a.ndjson')], { input: `${lines.join('\n')}\n` });
    const b = recolte(['-q', 'dedupe', '-', '-o', path.join(dir, 'b.ndjson')], { input: `${[...lines].reverse().join('\n')}\n` });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(path.join(dir, 'a.ndjson'), 'utf8')).toBe(readFileSync(path.join(dir, 'b.ndjson'), 'utf8'));
    const check = recolte(['validate', '--schema', 'cluster', path.join(dir, 'a.ndjson')]);
    expect(check.code).toBe(0);
    const total = clusters(readFileSync(path.join(dir, 'a.ndjson'), 'utf8')).reduce((n, c) => n + c.size, 0);
    expect(total).toBe(lines.length);
  });

  it('--review writes the borderline pairs as a decisions template; --decisions applies it, warning about unknown ids', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const review = path.join(dir, 'review.yaml');
    expect(recolte(['-q', 'dedupe', 'records.ndjson', '--review', review], { cwd }).code).toBe(0);
    expect(readFileSync(review, 'utf8')).toBe(
      [
        '# recolte dedupe: pairs to review. Move each pair you decide under `same` or `different`',
        '# (write `same:` then `  - [id, id]` on the next lines), then run',
        '# recolte dedupe --decisions THIS-FILE …; every later run honours the decisions.',
        'same: []',
        'different: []',
        'pending:',
        '  # 0.5294 facet',
        '  #   "Ne pas supprimer les urgences de nuit" (marne.md:4)',
        '  #   "Supprimer les urgences de nuit" (ardennes.md:9)',
        '  - ["a5", "a6"]',
        '',
      ].join('\n'),
    );
    expect(recolte(['validate', '--schema', 'decisions', review]).code).toBe(0);
    const decided = recolte(['dedupe', 'records.ndjson', '--decisions', 'decisions.yaml'], { cwd });
    expect(decided.code).toBe(0);
    expect(decided.stderr.split('\n')[0]).toBe(
      'decisions.yaml:4:10: warning: "zz" is not the id of any record read; this different decision is ignored (ids change when a document is edited: review the current records again with --review) (decision-unknown-id)',
    );
    const first = clusters(decided.stdout)[0]!;
    expect(first.members.map((m) => m.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('--explain prints each merge with its score and shared terms', () => {
    const input = [
      '{"id":"x1","kind":"proposal","text":"Créer des maisons de santé en zone rurale","source":{"file":"a.md","line":1}}',
      '{"id":"x2","kind":"proposal","text":"Création de MSP dans les campagnes, notamment à Stenay","source":{"file":"b.md","line":1}}',
    ].join('\n');
    // Asked for explicitly, the explanation prints even under --quiet.
    const run = recolte(['-q', 'dedupe', '-', '--explain'], { input });
    expect(run.stderr).toBe(
      'explain: proposal 1.0000 (average 1.0000) "Créer des maisons de santé en zone rurale" + "Création de MSP dans les campagnes, notamment à Stenay"; shared: #msp, #rural, #developper\n',
    );
  });

  it('--synonyms adds the user\'s wordings, and warns about one that another concept already reads', () => {
    const input = [
      '{"id":"n1","kind":"proposal","text":"Créer une navette vers l\'hôpital","source":{"file":"a.md","line":1}}',
      '{"id":"n2","kind":"proposal","text":"Créer un transport à la demande vers l\'hôpital","source":{"file":"b.md","line":1}}',
    ].join('\n');
    expect(clusters(recolte(['-q', 'dedupe', '-'], { input, cwd }).stdout).map((c) => c.size)).toEqual([1, 1]);
    const run = recolte(['dedupe', '-', '--synonyms', 'synonyms.yaml'], { input, cwd });
    expect(run.code).toBe(0);
    expect(clusters(run.stdout).map((c) => c.size)).toEqual([2]);
    expect(run.stderr).toBe(
      'synonyms.yaml:6:5: warning: "développer" (mine) reads the same as a wording of developper once stemmed; it stands for developper (synonym-conflict)\n' +
        '2 records → 1 cluster (1 grouping 2 records, 0 single)\n',
    );
  });

  it('exits 2 on a bad threshold or an unreadable synonyms file', () => {
    expect(recolte(['dedupe', 'records.ndjson', '--threshold', '2'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --threshold must be a number above 0 and at most 1 (got "2")\n',
    });
    expect(recolte(['dedupe', 'records.ndjson', '--synonyms', 'nope.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'recolte: --synonyms nope.yaml: No such file or folder; check the path, and quote a name that holds spaces\n',
    });
  });
});
