/** The five real documents recolte was built from, against records reviewed by hand. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecolteRecord } from '../../src/types/record.js';
import { parseDocument } from '../../src/parse/document.js';
import { parseFixture } from '../helpers/parse.js';

const seeds = readdirSync(new URL('../../fixtures/seeds/', import.meta.url)).filter((f) => f.endsWith('.txt')).sort();
const expected = (seed: string): RecolteRecord[] =>
  readFileSync(new URL(`../../fixtures/seeds/${seed.replace(/\.txt$/, '.expected.ndjson')}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RecolteRecord);
const parse = (prefix: string) => parseFixture(`fixtures/seeds/${seeds.find((s) => s.startsWith(prefix))!}`);
const texts = (records: RecolteRecord[], kind: string) => records.filter((r) => r.kind === kind).map((r) => r.text);

describe('seed documents', () => {
  it.each(seeds)('%s gives exactly the reviewed records, tags included, accounts for every line and warns of nothing', async (seed) => {
    const file = `fixtures/seeds/${seed}`;
    const { result } = await parseDocument(file, readFileSync(new URL(`../../${file}`, import.meta.url)), {});
    if (!result) throw new Error(`${seed} was not read`);
    expect(result.records).toEqual(expected(seed));
    const { nonBlank, record, heading, prose, chrome, unclassified } = result.lines;
    expect(record + heading + prose + chrome + unclassified).toBe(nonBlank);
    expect(unclassified).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it('000 (workshop): two proposals, each with its needs, objectives and first steps linked by parent', () => {
    const { records, layout } = parse('000');
    expect(layout).toBe('workshop');
    const proposals = records.filter((r) => r.kind === 'proposal');
    expect(proposals.map((p) => p.source.line)).toEqual([6, 23]);
    const children = (p: RecolteRecord) => records.filter((r) => r.parent === p.id).map((r) => `${r.kind}@${r.source.line}`);
    expect(children(proposals[0]!)).toEqual([
      'need@8', 'need@9', 'need@10', 'need@11',
      'objective@13', 'objective@14', 'objective@15', 'objective@16',
      'first_step@18', 'first_step@19', 'first_step@20', 'first_step@21',
    ]);
    expect(children(proposals[1]!)).toEqual([
      'need@25', 'need@26', 'objective@28', 'objective@29', 'first_step@31', 'first_step@32', 'first_step@33',
    ]);
    expect(records[0]!.territory).toEqual({ level: 'commune', code: '55502', name: 'Stenay' });
    expect(records[0]!.document).toEqual({
      title: 'Retour sur l’atelier « L’accès aux soins médicaux » du 17 juin 2025',
      date: '2025-06-17',
      participants: null,
    });
  });

  it('001 (article): the five levers of the bulleted list, nothing from the page chrome', () => {
    const { records, layout } = parse('001');
    expect(layout).toBe('article');
    expect(texts(records, 'lever')).toEqual([
      'le soutien à la création de maisons de santé pluriprofessionnelles',
      'le développement de la télémédecine, en particulier dans les zones rurales',
      'les aides à l’installation destinées aux jeunes médecins',
      'les bourses d’études pour les étudiants en médecine',
      'ou encore le salariat de médecins porté par les collectivités ou leurs partenaires.',
    ]);
    expect(records).toHaveLength(5);
  });

  it('002 (synthesis): 5 pitfalls, 6 levers numbered 1, 4–8 as written, 5 good practices, 5 findings, 1 experiment', () => {
    const { records, layout } = parse('002');
    expect(layout).toBe('synthesis');
    expect(texts(records, 'pitfall')).toHaveLength(5);
    expect(records.filter((r) => r.kind === 'lever').map((r) => r.source.line)).toEqual([31, 32, 33, 34, 35, 36]);
    expect(texts(records, 'lever')[1]).toBe(
      'Identifier les ressources du territoire en collaboration et partenariat avec les acteurs tels que les élus, les commerces, le secteur médical et paramédical existant...',
    );
    expect(texts(records, 'good_practice')).toHaveLength(5);
    expect(texts(records, 'finding')).toHaveLength(5);
    expect(texts(records, 'experiment')).toEqual(['Télémédecine']);
    expect(texts(records, 'observation')[3]).toMatch(/^Ne serait-il pas pertinent de créer/);
    expect(records[0]!.document).toEqual({ title: 'Territoires de projet : A votre santé !', date: null, participants: 12 });
  });

  it('003 (digest): each initiative with its département code', () => {
    const { records, layout } = parse('003');
    expect(layout).toBe('digest');
    expect(records.map((r) => [r.kind, r.territory?.code, r.text])).toEqual([
      ['initiative', '01', 'Première édition des « Rencontres des pros de santé »'],
      ['initiative', '27', 'Box médicale.'],
      ['initiative', '41', 'Séduire et capter de nouveaux médecins généralistes'],
      ['initiative', '45', 'Accès aux soins : Le Département du Loiret ouvre des cahiers de témoignages'],
      ['initiative', '66', 'Campagne santé de la CGT.'],
      ['initiative', '71', 'Centre territorial de santé en Bresse'],
      ['initiative', '71', '1,8 million d’Euros pour un robot à l’hôpital de Chalon-sur-Saône'],
    ]);
    expect(records[1]!.source).toMatchObject({ line: 12, endLine: 18 });
    expect(records[1]!.details).toMatch(/^L’Eure se classe parmi les départements/);
  });

  it('004 (restitution): 16 solutions as proposals, each with its axis, and groups under Axe 3', () => {
    const { records, layout } = parse('004');
    expect(layout).toBe('restitution');
    expect(records.filter((r) => r.kind === 'proposal')).toHaveLength(16);
    const byAxis = new Map<string, number>();
    for (const r of records) byAxis.set(r.axis!.slice(0, 5), (byAxis.get(r.axis!.slice(0, 5)) ?? 0) + 1);
    expect([...byAxis]).toEqual([['Axe 1', 2], ['Axe 2', 2], ['Axe 3', 6], ['Axe 4', 6]]);
    expect(records[2]!.axis).toBe('Axe 2 – La continuité des soins et la réponse aux besoins de soins non programmés');
    expect(records.filter((r) => r.group).map((r) => r.group)).toEqual([
      'Former', 'Former', 'Attirer', 'Attirer', 'Fidéliser', 'Fidéliser',
    ]);
    expect(records[3]!.text).toBe(
      'Inscrire les Maisons Médicales de Garde dans un nouveau modèle de permanence des soins ambulatoires (PDSA) plus adapté à la démographie médicale, en lien étroit avec les centres de réception et de régulation des appels (CRRA), les services d’urgences et les services d’accès aux soins (SAS)',
    );
    expect(records[0]!.territory).toEqual({ level: 'region', code: '44', name: 'Grand Est' });
    expect(records[0]!.document?.date).toBe('2023-02-07');
  });
});

describe('seed documents: dispositifs for the base', () => {
  const tagged = async (prefix: string) => {
    const file = `fixtures/seeds/${seeds.find((s) => s.startsWith(prefix))!}`;
    return (await parseDocument(file, readFileSync(new URL(`../../${file}`, import.meta.url)), {})).result!.records;
  };

  it('003 (digest): each initiative with its département and the dispositifs its description names', async () => {
    const records = await tagged('003');
    expect(records.map((r) => [r.territory?.code, r.text, r.dispositifs])).toEqual([
      ['01', 'Première édition des « Rencontres des pros de santé »', []],
      ['27', 'Box médicale.', ['TELEMEDECINE']],
      ['41', 'Séduire et capter de nouveaux médecins généralistes', []],
      ['45', 'Accès aux soins : Le Département du Loiret ouvre des cahiers de témoignages', []],
      ['66', 'Campagne santé de la CGT.', []],
      ['71', 'Centre territorial de santé en Bresse', ['CDS', 'IPA', 'ASALEE']],
      ['71', '1,8 million d’Euros pour un robot à l’hôpital de Chalon-sur-Saône', ['CDS', 'STAGE_INTERNES']],
    ]);
    // The Eure's cabinet is named as telemedicine in its description, not only in its title.
    expect(records[1]!.mentions!.filter((m) => m.field === 'details').map((m) => records[1]!.details!.slice(m.start, m.end))).toEqual([
      'cabinet médical connecté',
      'téléconsultation',
      'borne de téléconsultation',
    ]);
    // The introduction's maisons de santé and mé-dicobus are the document's, though no record's.
    expect(records[0]!.document!.dispositifs).toEqual(['MSP', 'MEDICOBUS', 'AIDE_INSTALLATION', 'TELEMEDECINE', 'CDS', 'IPA', 'ASALEE', 'STAGE_INTERNES']);
  });

  it('002 (workshop synthesis): CLS, CPTS and PTSM, and MDS read as the maisons de santé the document spells out', async () => {
    const records = await tagged('002');
    const lever = records.find((r) => r.text.startsWith('Développer des dispositifs innovants'))!;
    expect(lever.dispositifs).toEqual(['CLS', 'MSP', 'CPTS', 'PTSM']);
    expect(lever.document!.dispositifs).toEqual(expect.arrayContaining(['CLS', 'CPTS', 'PTSM', 'MSP']));
  });
});
