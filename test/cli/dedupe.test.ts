import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
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

  it('--review writes the questions as a decisions file; --decisions applies it, warning about unknown ids', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const review = path.join(dir, 'review.yaml');
    const run = recolte(['dedupe', 'records.ndjson', '--review', review, '-o', path.join(dir, 'clusters.ndjson')], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`6 records → 4 clusters (1 grouping 3 records, 3 single); 2 questions to review in ${review}\n`);
    expect(readFileSync(review, 'utf8')).toBe(
      [
        '# recolte dedupe: questions to review. Move each pair you decide under `same` or `different`',
        '# (one `  - [id, id]` line each), leave the others under `pending`, then run',
        '# recolte dedupe --decisions THIS-FILE --review THIS-FILE … to apply them and get the next questions.',
        'same: []',
        'different: []',
        'pending:',
        '  # 1. same idea? similarity 0.5294, chance 17 %; shared: nuit, urgences',
        '  #   A "Ne pas supprimer les urgences de nuit" (marne.md:4; 1 contribution)',
        '  #   B "Supprimer les urgences de nuit" (ardennes.md:9; 1 contribution)',
        '  - ["a5", "a6"]',
        '  # 2. same idea? similarity 0.2905, chance 3 %; shared: télémédecine',
        '  #   A "Développer la télémédecine en zone rurale" (meuse.md:3; 3 contributions; Eure (27), Lot (46), Meuse (55))',
        '  #   B "Former les médecins à la télémédecine" (vosges.md:5; 1 contribution; Vosges (88))',
        '  - ["a1", "a4"]',
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

  it('goes round after round with one YAML file: answers kept, the next questions after them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const review = path.join(dir, 'review.yaml');
    const round = () => recolte(['-q', 'dedupe', 'records.ndjson', '--decisions', review, '--review', review, '-o', path.join(dir, 'clusters.ndjson')], { cwd });
    // First round: the file does not exist yet, and that is no error.
    expect(round().code).toBe(0);
    writeFileSync(review, readFileSync(review, 'utf8').replace('different: []', 'different:\n  - ["a5", "a6"]'));
    expect(round().code).toBe(0);
    const text = readFileSync(review, 'utf8');
    expect(text).toContain('different:\n  - ["a5", "a6"]\npending:\n  # 2. same idea?');
    expect(text).not.toContain('- ["a5", "a6"]\n  # ');
  });

  it('writes a spreadsheet review for a .csv name and reads it back as Excel saves it, with ids kept whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const review = path.join(dir, 'review.csv');
    const out = path.join(dir, 'clusters.ndjson');
    // Ids made only of digits are what spreadsheets turn into numbers.
    const records = readFileSync(path.join(cwd, 'records.ndjson'), 'utf8').replace(/"id":"a(\d)"/g, '"id":"000012345678901$1"');
    writeFileSync(path.join(dir, 'records.ndjson'), records);
    const round = () => recolte(['dedupe', 'records.ndjson', '--decisions', review, '--review', review, '-o', out], { cwd: dir });
    expect(round().code).toBe(0);
    const written = readFileSync(review);
    expect(written.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = written.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      '"n°";"décision (oui / non)";"question";"texte A";"texte B";"contributions A";"contributions B";"territoires A";"territoires B";"en commun";"similarité";"chance";"source A";"source B";"id A";"id B"',
    );
    expect(text).toContain('"id:0000123456789011";"id:0000123456789014"');
    // The reviewer answers in Excel, which saves in Windows-1252 without a BOM.
    // Answered by the ids each row names, not by its number: the order of the questions follows their chance.
    const answered = text
      .replace(/^("\d+";)"";(.*"id:0000123456789011";"id:0000123456789014")(?=\r?$)/m, '$1"Oui";$2')
      .replace(/^("\d+";)"";(.*"id:0000123456789015";"id:0000123456789016")(?=\r?$)/m, '$1"n";$2');
    writeFileSync(review, iconv.encode(answered, 'windows-1252'));
    const second = round();
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`6 records → 3 clusters (1 grouping 4 records, 2 single); 0 questions to review in ${review}\n`);
    expect(clusters(readFileSync(out, 'utf8'))[0]!.members.map((m) => m.id).sort()).toEqual(['0000123456789011', '0000123456789012', '0000123456789013', '0000123456789014']);
    // The answers are kept, written back as oui / non.
    const kept = readFileSync(review, 'utf8');
    expect(kept).toMatch(/"oui";"fusion";[^\r\n]*"id:0000123456789011";"id:0000123456789014"/);
    expect(kept).toMatch(/"non";"fusion";[^\r\n]*"id:0000123456789015";"id:0000123456789016"/);
  });

  it('asks at most --review-budget questions, and refuses a budget that is not a whole number', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-'));
    const review = path.join(dir, 'review.yaml');
    expect(recolte(['-q', 'dedupe', 'records.ndjson', '--review', review, '--review-budget', '1', '-o', path.join(dir, 'c.ndjson')], { cwd }).code).toBe(0);
    expect(readFileSync(review, 'utf8').match(/^ {2}- \[/gm)).toHaveLength(1);
    const bad = recolte(['dedupe', 'records.ndjson', '--review', review, '--review-budget', '0'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('recolte: --review-budget must be a whole number of questions, at least 1 (got "0")\n');
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
