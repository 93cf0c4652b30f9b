/** `recolte tag`, and the tags `parse` adds with a project's own vocabulary, run as a user would. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte } from './run.js';

const project = path.join(cliFixtures, 'config-tags');
const lines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const tags = (text: string) => lines(text).map((r) => [r.text, r.dispositifs, r.themes]);

describe('parse tags records with the config vocabulary', () => {
  it('adds the project dispositifs and settles its acronyms', () => {
    const run = recolte(['parse', 'notes.md'], { cwd: project });
    expect(run.code).toBe(0);
    expect(tags(run.stdout)).toEqual([
      ['Faire passer le bus bleu une fois par mois dans chaque commune', ['BUS_SANTE_71'], ['PREVENTION', 'MOBILITE']],
      ['Ouvrir la MDA le samedi matin pour les aidants', ['MAISON_AUTONOMIE'], ['PERSONNES_AGEES']],
      ['Créer une CPTS avec les pharmaciens', ['CPTS'], ['COORDINATION']],
    ]);
    const first = lines(run.stdout)[0]!;
    expect(first.mentions).toEqual([{ code: 'BUS_SANTE_71', field: 'text', start: 16, end: 24 }]);
    expect(first.document).toEqual({
      title: 'Conseil de territoire du Louhannais',
      date: null,
      participants: null,
      hash: '6c104a98f664f0a17329fc6ea02f95ccd47c55f286db74d55e9662b8d2fd212a',
      dispositifs: ['BUS_SANTE_71', 'MAISON_AUTONOMIE', 'CPTS'],
    });
  });

  it('without the config, the built-in vocabulary alone: the bus is unknown and MDA left undecided', () => {
    const run = recolte(['--no-config', 'parse', 'notes.md'], { cwd: project });
    expect(tags(run.stdout).map((t) => t[1])).toEqual([[], [], ['CPTS']]);
  });
});

describe('recolte tag', () => {
  const untagged = recolte(['--no-config', 'parse', 'notes.md'], { cwd: project }).stdout;

  it('re-tags records from standard input with --dispositifs, replacing the tags they had', () => {
    const run = recolte(['--no-config', 'tag', '-', '--dispositifs', 'vocabulaire/dispositifs.yaml'], { cwd: project, input: untagged });
    expect(run.code).toBe(0);
    expect(tags(run.stdout).map((t) => t[1])).toEqual([['BUS_SANTE_71'], ['MAISON_AUTONOMIE'], ['CPTS']]);
    expect(lines(run.stdout)[0]!.id).toBe(lines(untagged)[0]!.id);
    expect(run.stderr).toBe('');
  });

  it('takes the config vocabulary and writes to -o', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tag-'));
    const out = path.join(folder, 'tagged.ndjson');
    const run = recolte(['tag', '-', '-o', out], { cwd: project, input: untagged });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(tags(readFileSync(out, 'utf8')).map((t) => t[1])).toEqual([['BUS_SANTE_71'], ['MAISON_AUTONOMIE'], ['CPTS']]);
  });

  it('refuses a broken vocabulary file with its line, exit 2, before reading anything', () => {
    const run = recolte(['--no-config', 'tag', '-', '--dispositifs', '../config-tags-bad.yaml'], { cwd: project, input: untagged });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('recolte: tag vocabulary ../config-tags-bad.yaml:3: unknown key "nom" in a dispositif\n');
    expect(run.stdout).toBe('');
  });

  it('names a missing vocabulary file', () => {
    const run = recolte(['--no-config', 'tag', '-', '--themes', 'absent.yaml'], { cwd: project, input: untagged });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('recolte: tag vocabulary absent.yaml:1: cannot be read (ENOENT)\n');
  });

  it('skips clusters with an error naming the line, exit 1', () => {
    const clusters = recolte(['dedupe', 'dedupe/records.ndjson']).stdout;
    const run = recolte(['--no-config', 'tag', '-'], { input: clusters.split('\n')[0] + '\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('<stdin>:1:1: error: recolte tag takes records, and this line is a cluster; it is skipped: tag the records, then group them again (not-a-record)\n');
  });
});
