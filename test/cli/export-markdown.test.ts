import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte } from './run.js';

const cwd = path.join(cliFixtures, 'markdown');

describe('recolte export markdown', () => {
  it('writes the synthesis of records and clusters, with what to check from the report', () => {
    const run = recolte(['export', 'markdown', 'records.ndjson', 'clusters.ndjson', '--report', 'report.json'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('- **Développer la télémédecine en zone rurale** — Proposé dans 2 territoires, 2 réunions, 2 contributions : Eure (27), Meuse (55).[^1]\n  - Autres formulations : « Développement de la télémédecine dans les campagnes ».');
    expect(run.stdout).toContain('## À vérifier\n\nLignes que recolte n\'a pas su classer et avertissements de la lecture des documents : à relire avant de publier.\n\n- **eure.md** — 1 ligne non classée\n  - ligne 14 : « Voir aussi »\n');
    expect(run.stdout.endsWith('[^1]: eure.md, ligne 8 ; meuse.md, ligne 3.\n[^2]: eure.md, ligne 12.\n')).toBe(true);
  });

  it('speaks English with --lang en, and writes to a file with -o', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'recolte-md-')), 'synthesis.md');
    expect(recolte(['export', 'markdown', 'records.ndjson', 'clusters.ndjson', '--lang', 'en', '--title', 'Access to care', '-o', out], { cwd }).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n').slice(0, 8).join('\n')).toBe('# Access to care\n\n- **Territories**: 2\n- **Documents**: 2\n- **Contributions**: 3\n- **Distinct ideas**: 2\n- **Period**: not given\n');
    expect(text).toContain('## To check\n\nThe report of how the documents were read was not given: unplaced lines are not listed here.');
  });

  it('reports a bad report file and still writes the synthesis (exit 1)', () => {
    const run = recolte(['export', 'markdown', 'records.ndjson', '--report', 'bad-report.json'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe([
      'bad-report.json:1:1: error: / is missing "files" (schema-required)',
      'bad-report.json:1:1: error: / is missing "totals" (schema-required)',
      'bad-report.json:1:13: error: /version must be 1 (schema-const)',
      '',
    ].join('\n'));
    expect(run.stdout).toContain('- **Idées distinctes** : 3 (sans regroupement des idées semblables)');
  });

  it('warns about records no cluster holds, and still lists them', () => {
    const run = recolte(['export', 'markdown', 'records.ndjson', 'other-clusters.ndjson'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe([
      'records.ndjson:1:1: warning: Record "m1" is in no cluster read; it is listed as an idea of its own: give the clusters made from these records (record-not-clustered)',
      'records.ndjson:2:1: warning: Record "m2" is in no cluster read; it is listed as an idea of its own: give the clusters made from these records (record-not-clustered)',
      '',
    ].join('\n'));
    expect(run.stdout).toContain('- **Développer la télémédecine en zone rurale** — Proposé dans 1 territoire, 1 réunion, 1 contribution : Meuse (55).');
  });

  it('--count, else the config\'s synthesis.count, chooses the count the figures and sentences lead with', () => {
    const head = (stdout: string) => stdout.split('\n').slice(2, 5);
    const byDocuments = recolte(['export', 'markdown', 'records.ndjson', 'clusters.ndjson', '--count', 'documents'], { cwd });
    expect([byDocuments.code, byDocuments.stderr]).toEqual([0, '']);
    expect(head(byDocuments.stdout)).toEqual(['- **Documents** : 2', '- **Territoires** : 2', '- **Contributions** : 3']);
    expect(byDocuments.stdout).toContain('— Proposé dans 2 réunions, 2 territoires, 2 contributions : Eure (27), Meuse (55).[^1]');
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-count-'));
    const config = path.join(dir, 'recolte.config.json');
    writeFileSync(config, '{ "synthesis": { "count": "contributions" } }\n');
    const configured = recolte(['--config', config, 'export', 'markdown', 'records.ndjson', 'clusters.ndjson'], { cwd });
    expect(head(configured.stdout)).toEqual(['- **Contributions** : 3', '- **Territoires** : 2', '- **Documents** : 2']);
    // The flag wins over the config.
    expect(head(recolte(['--config', config, 'export', 'markdown', 'records.ndjson', '--count', 'territories'], { cwd }).stdout)[0]).toBe('- **Territoires** : 2');
    writeFileSync(config, '{ "synthesis": { "count": "meetings" } }\n');
    const bad = recolte(['--config', config, 'export', 'markdown', 'records.ndjson'], { cwd });
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/recolte\.config\.json:1:\d+: error: \/synthesis\/count must be one of .*\(config-invalid\)/);
  });

  it('exits 2 on a bad --count, as on any bad option', () => {
    for (const command of [['export', 'markdown'], ['export', 'html']]) {
      expect(recolte([...command, 'records.ndjson', '--count', 'reunions'], { cwd })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'recolte: --count must be one of territories, documents, contributions (got "reunions")\n',
      });
    }
  });

  it('exits 2 on an unknown language', () => {
    expect(recolte(['export', 'markdown', 'records.ndjson', '--lang', 'de'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'recolte: --lang must be one of fr, en (got "de")\n' });
  });

  it('adds the dispositifs the records name, where they run and where they are asked for, and the themes', () => {
    const tagged = path.join(cliFixtures, 'export');
    const run = recolte(['export', 'markdown', 'tagged.ndjson'], { cwd: tagged });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const section = run.stdout.slice(run.stdout.indexOf('## Dispositifs'), run.stdout.indexOf("## Vue d'ensemble"));
    // Headings read "### CDS — Centre de santé" where the catalogue names the code; the unit tests check the names.
    expect(section.match(/^### [A-Z_]+/gm)).toEqual(['### ASALEE', '### CDS', '### CPTS', '### IPA', '### TELEMEDECINE']);
    expect(section).toMatch(/- \*\*En place\*\* :\n {2}- Saône-et-Loire \(71\) : « Centre territorial de santé en Bresse »\.\[\^\d+\]\n- \*\*Demandé\*\* par 1 contribution : Meuse \(55\)\.\[\^\d+\]/);
    expect(section).toMatch(/- \*\*Demandé\*\* par 2 contributions : Meuse \(55\), territoire non précisé\.\[\^\d+\]/);
    expect(section).toMatch(/\nNommés aussi dans les documents, hors des contributions : MEDICOBUS.* \(digest\.md\) ; MSP.* \(digest\.md\)\.\n/);
    expect(run.stdout).toContain('### Contributions par thème\n\n| Thème | Contributions | Territoires |\n| --- | ---: | ---: |\n');
    expect(run.stdout).toContain("Une contribution peut relever de plusieurs thèmes ; 1 contribution ne relève d'aucun.");
    const en = recolte(['export', 'markdown', 'tagged.ndjson', '--lang', 'en'], { cwd: tagged });
    expect(en.stdout).toMatch(/## Dispositifs\n\nThe dispositifs \(French health schemes\)[^\n]*\n\n### ASALEE — Dispositif Asalée \(Action de santé libérale en équipe\)\n\nInfirmiers [^\n]*\n\n- \*\*Running\*\*:\n/);
    expect(run.stdout).toContain('### CDS — Centre de santé\n\nStructure de soins de proximité où exercent des professionnels salariés, portée par une commune, un département, une association ou une mutuelle. Défini par : Code de la santé publique, art. L6323-1.\n');
  });
});
