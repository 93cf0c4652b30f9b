import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte } from './run.js';

const at = (folder: string) => path.join(cliFixtures, folder);
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; territory: { code: string } | null });

describe('project config', () => {
  it('maps a project\'s own headings to kinds and sets the territory, from recolte.config.json', () => {
    const run = recolte(['parse', 'atelier.md'], { cwd: at('config') });
    expect(run.code).toBe(0);
    expect(records(run.stdout).map((r) => [r.kind, r.territory?.code])).toEqual([
      ['pitfall', '55'],
      ['pitfall', '55'],
      ['proposal', '55'],
      ['proposal', '55'],
    ]);
    // Options win over the config.
    expect(records(recolte(['parse', 'atelier.md', '--territory', '08'], { cwd: at('config') }).stdout)[0]!.territory?.code).toBe('08');
  });

  it('reads a project\'s own cue phrases, chrome lines and item forms, as literal words', () => {
    const run = recolte(['parse', 'notes.md'], { cwd: at('config-vocabulary') });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; text: string; evidence: string }).map((r) => [r.kind, r.evidence, r.text])).toEqual([
      ['proposal', 'cue', "Le bureau retient le principe d'un covoiturage vers les consultations du mardi."],
      ['finding', 'cue', 'Le bureau note avec inquiétude que les familles ne savent pas où trouver un pédiatre.'],
      ['proposal', 'form', 'Coup de pouce aux secrétariats des trois cabinets'],
      ['need', 'form', 'Ras-le-bol des agendas pleins en hiver'],
    ]);
    expect(run.stderr).toContain('lines: 4 record, 2 heading, 0 prose, 1 chrome, 0 unclassified');
    const without = recolte(['--no-config', 'parse', 'notes.md'], { cwd: at('config-vocabulary') });
    expect(without.stdout).toBe('');
  });

  it('reads the "recolte" key of package.json', () => {
    const run = recolte(['parse', 'notes.md'], { cwd: at('config-package') });
    expect(records(run.stdout)[0]!.territory?.code).toBe('2A');
  });

  it('--no-config ignores it; --config reads another file', () => {
    const ignored = recolte(['--no-config', 'parse', 'atelier.md'], { cwd: at('config') });
    expect(ignored.stdout).toBe('');
    expect(ignored.stderr).toContain('4 unclassified');
    const other = recolte(['--config', '../config/recolte.config.json', 'parse', '../config/atelier.md'], { cwd: at('config-package') });
    expect(records(other.stdout).map((r) => r.kind)).toEqual(['pitfall', 'pitfall', 'proposal', 'proposal']);
  });

  it('takes the dedupe threshold from the config, under --threshold', () => {
    const input = [
      '{"id":"t1","kind":"proposal","text":"Développer la télémédecine en zone rurale","source":{"file":"a.md","line":1}}',
      '{"id":"t2","kind":"proposal","text":"Développer la télémédecine en zone rurale avec les pharmaciens","source":{"file":"b.md","line":1}}',
    ].join('\n');
    const strict = recolte(['-q', 'dedupe', '-'], { cwd: at('config-strict'), input });
    const loose = recolte(['-q', 'dedupe', '-', '--threshold', '0.5'], { cwd: at('config-strict'), input });
    expect([strict.stdout.trim().split('\n').length, loose.stdout.trim().split('\n').length]).toEqual([2, 1]);
  });

  it('reads the synonyms file the config names relative to the config, from any folder below it', () => {
    const input = [
      '{"id":"n1","kind":"proposal","text":"Créer une navette vers l\'hôpital","source":{"file":"a.md","line":1}}',
      '{"id":"n2","kind":"proposal","text":"Créer un transport à la demande vers l\'hôpital","source":{"file":"b.md","line":1}}',
    ].join('\n');
    const run = recolte(['-q', 'dedupe', '-'], { cwd: path.join(at('config-synonyms'), 'ateliers'), input });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(recolte(['-q', '--no-config', 'dedupe', '-'], { cwd: path.join(at('config-synonyms'), 'ateliers'), input }).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('names each bad field with its file, line and column, and exits 2', () => {
    expect(recolte(['parse', '../config/atelier.md'], { cwd: at('config-bad') })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'recolte.config.json:2:11: error: /lang must be one of fr, en (config-invalid)',
        'recolte.config.json:3:13: error: /dedupe has an unknown field "seuil" (config-invalid)',
        'recolte.config.json:3:28: error: /dedupe/threshold must be <= 1 (config-invalid)',
        'recolte.config.json:4:50: error: /vocabulary/headings/Ce qui coince must be one of proposal, need, objective, first_step, pitfall, lever, good_practice, finding, experiment, initiative, question, observation (config-invalid)',
        '',
      ].join('\n'),
    });
  });

  it('checks RECOLTE_* variables and a missing --config file the same way', () => {
    expect(recolte(['parse', 'atelier.md'], { cwd: at('config'), env: { RECOLTE_LANG: 'xx' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'RECOLTE_LANG: error: must be one of fr, en (got "xx") (config-invalid)\n',
    });
    expect(recolte(['--config', 'nope.json', 'parse', 'atelier.md'], { cwd: at('config') })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nope.json: error: No such file (config-unreadable)\n',
    });
  });

  it('never hides the schemas behind a broken config', () => {
    expect(recolte(['schema', 'config'], { cwd: at('config-bad') }).code).toBe(0);
  });
});
