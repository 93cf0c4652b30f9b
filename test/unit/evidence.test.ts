/** `evidence`: how each record's kind was recognised, and `parse --evidence` keeping only some. */
import { describe, expect, it } from 'vitest';
import { filterByEvidence, filteredLines } from '../../src/parse/evidence.js';
import { renderSynthesis } from '../../src/export/markdown.js';
import type { RecolteRecord } from '../../src/types/record.js';
import { parseText } from '../helpers/parse.js';

const DOC = [
  '# Atelier santé',
  '',
  '## Propositions',
  '',
  '- Créer une maison de santé',
  '',
  '## Besoins',
  '',
  '- Des médecins le samedi',
  '',
  'Constat : les délais sont longs',
  '',
  'Les habitants proposent :',
  '',
  '- Un bus santé',
].join('\n');

describe('evidence', () => {
  it('says which mechanism decided each kind', () => {
    const { records } = parseText('atelier.md', DOC);
    expect(records.map((r) => [r.kind, r.text, r.evidence])).toEqual([
      ['proposal', 'Créer une maison de santé', 'heading'],
      ['need', 'Des médecins le samedi', 'heading'],
      ['finding', 'les délais sont longs', 'label'],
      ['proposal', 'Un bus santé', 'lead-in'],
    ]);
  });

  it('is `default` for --kind and `row` for a spreadsheet type column', () => {
    expect(parseText('notes.md', '- Une idée sans titre', { defaultKind: 'proposal' }).records[0]!.evidence).toBe('default');
    const table = parseText('export.csv', 'Contribution;Type\nUn bus santé;Proposition\nDes délais;Constat\n');
    expect(table.records.map((r) => r.evidence)).toEqual(['row', 'row']);
    expect(parseText('export.csv', 'Contribution\nUn bus santé\n').records[0]!.evidence).toBe('default');
  });

  it('--evidence keeps the trusted records and accounts for the others as filtered', () => {
    const result = parseText('atelier.md', DOC, { evidence: ['heading'] });
    expect(result.records.map((r) => r.text)).toEqual(['Créer une maison de santé', 'Des médecins le samedi']);
    expect(result.lines).toEqual({ nonBlank: 8, record: 2, heading: 4, prose: 0, chrome: 0, unclassified: 0, filtered: 2 });
  });

  it('leaves out a record whose parent is left out, and only the lines no kept record stands on', () => {
    const rec = (id: string, evidence: RecolteRecord['evidence'], line: number, parent: string | null = null): RecolteRecord => ({
      id,
      kind: 'proposal',
      text: id,
      parent,
      evidence,
      source: { file: 'a.md', line, endLine: line },
    });
    const records = [rec('a', 'cue', 1), rec('b', 'heading', 2, 'a'), rec('c', 'heading', 3, 'b'), rec('d', 'heading', 4), rec('e', 'cue', 4)];
    const { kept, left } = filterByEvidence(records, new Set(['heading']));
    expect(kept.map((r) => r.id)).toEqual(['d']);
    expect(left.map((r) => r.id)).toEqual(['a', 'b', 'c', 'e']);
    expect([...filteredLines(kept, left)]).toEqual([1, 2, 3]);
  });

  it('the synthesis says how many ideas rest on wording alone', () => {
    const rec = (id: string, evidence: RecolteRecord['evidence']): RecolteRecord => ({ id, kind: 'proposal', text: `Idée ${id}`, evidence, source: { file: 'a.md', line: 1 } });
    const text = renderSynthesis({ records: [rec('a', 'form'), rec('b', 'cue'), rec('c', 'heading')], clusters: null, report: null, lang: 'fr' });
    expect(text).toContain("2 idées ne reposent que sur la forme d'une phrase ou d'un élément de liste, sans titre, étiquette ni tableau qui en dise le type : à relire avant de publier.");
    const en = renderSynthesis({ records: [rec('a', 'form')], clusters: null, report: null, lang: 'en' });
    expect(en).toContain('1 idea rests only on the form of a sentence or a list item');
  });
});
