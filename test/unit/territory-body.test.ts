/**
 * Territories named in the body of a document (issue 13): the forms recognised anywhere, the
 * document's territory from its prose when nothing else names one, and each record's own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  arrondissement,
  CITIES,
  commonArea,
  contains,
  findArrondissements,
  findNamedPlaces,
  type City,
} from '../../src/territory/index.js';
import type { Territory } from '../../src/types/record.js';
import { parseText } from '../helpers/parse.js';

const commune = (code: string, name: string): Territory => ({ level: 'commune', code, name });
const departement = (code: string, name: string): Territory => ({ level: 'departement', code, name });
const region = (code: string, name: string): Territory => ({ level: 'region', code, name });
const [paris, lyon, marseille] = CITIES as [City, City, City];

/** What a text names, as "phrase → code" or "phrase → ambiguous". */
function named(text: string, territory: Territory | null = null): string[] {
  return findNamedPlaces(text, { territory }).map(({ phrase, resolution }) =>
    `${phrase} → ${resolution.status === 'found' ? resolution.territory.code : resolution.status}`,
  );
}

describe('places named anywhere in a text', () => {
  it.each([
    ["Les maires de l'Orne demandent des internes", ['Orne → 61']],
    ['Le Département du Gard finance des bourses', ['Gard → 30']],
    ['Les élus des Vosges réunis à Épinal', ['Vosges → 88', 'Épinal → 88160']],
    ['Le conseil départemental de la Meuse recrute', ['Meuse → 55']],
    ['Le conseil régional de Normandie', ['Normandie → 28']],
    ["Une convention avec l'ARS de Normandie", ['Normandie → 28']],
    ["Les élus d'Ille-et-Vilaine", ['Ille-et-Vilaine → 35']],
    ['La ville de Saint-Dizier ouvre un centre de santé', ['Saint-Dizier → 52448']],
    ['Le maire du Mans', ['Mans → 72181']],
    ['Les habitants de Sedan', ['Sedan → 08409']],
    ['Installer un cabinet à Saint-Dizier', ['Saint-Dizier → 52448']],
    ["Avec l'UDAF 53 et le SDIS 2A", ['UDAF 53 → 53', 'SDIS 2A → 2A']],
    ['Le CDOM 971 et la CPAM-13', ['CDOM 971 → 971', 'CPAM-13 → 13']],
    ['Une permanence Paris 11e', ['Paris 11e → 75111']],
    ['Une permanence à Paris (11e)', ['Paris (11e) → 75111']],
    ['Lyon 3e, Lyon 1er et Marseille 8ème', ['Lyon 3e → 69383', 'Lyon 1er → 69381', 'Marseille 8ème → 13208']],
    ['dans le 3e arrondissement de Lyon', ['3e arrondissement de Lyon → 69383']],
    // Paris the commune is all of Paris the département: the département's code, as for régions and départements of one land.
    ['Les élus de Paris', ['Paris → 75']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    'COVID 19',
    'Engagement 12 du Ségur',
    'CNR 2023',
    'Axe 2 : prévention',
    'Proposition n°53',
    'Le plan Santé 2030',
    'Les 35 propositions',
    'UDAF 2023', // a year, not a département
    'UDAF 20', // 20 is no département: Corse is 2A and 2B
    'SDIS 53 000 euros'.replace('53 000', '53,5'), // a decimal
    'Paris 21e', // Paris has 20 arrondissements
    'Lyon 10e',
    '(11e) sans ville', // "(11e)" alone needs a document about the city
    "l'hôpital de Bar-le-Duc", // a place of care, not a territory's people
    'les urgences de Verdun',
    'Ouvrir un centre de santé comme à Figeac', // an example from elsewhere
    'sur le modèle de Saint-Dizier',
    "à l'image de Langres",
    'Un centre de santé en Bresse', // a natural region: "en" before a name only communes bear
    'Orienter vers France Services', // France places nothing; not a locative anyway
  ])('names no place in %s', (text) => {
    expect(named(text).filter((n) => !n.endsWith('→ FR'))).toEqual([]);
  });

  it('reads "(11e)" and "le 11e arrondissement" alone in a document about the city', () => {
    expect(named('Une permanence (11e) et une autre dans le 12e arrondissement', departement('75', 'Paris'))).toEqual([
      '(11e) → 75111',
      '12e arrondissement → 75112',
    ]);
    expect(named('Le centre de santé (3e)', commune('69123', 'Lyon'))).toEqual(['(3e) → 69383']);
    expect(named('Le centre de santé (3e)', departement('69', 'Rhône'))).toEqual([]);
  });

  it('keeps a shared commune name ambiguous, narrowed by the document\'s area when it can be', () => {
    expect(named('Ouvrir un cabinet à Flers')).toEqual(['Flers → ambiguous']);
    expect(findNamedPlaces('Ouvrir un cabinet à Flers', { within: { departement: '61' } })[0]!.resolution).toEqual({
      status: 'found',
      territory: commune('61169', 'Flers'),
    });
  });
});

describe('municipal arrondissements', () => {
  it('have the codes and names of the official data (arrondissement-municipal)', () => {
    const data = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
    const official = (JSON.parse(readFileSync(data, 'utf8')) as { type: string; code: string; nom: string; commune: string }[])
      .filter((c) => c.type === 'arrondissement-municipal')
      .map((c) => ({ level: 'commune', code: c.code, name: c.nom, parent: c.commune }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const ours = CITIES.flatMap((city) =>
      Array.from({ length: city.count }, (_, i) => ({ ...arrondissement(city, i + 1)!, parent: city.commune })),
    ).sort((a, b) => a.code.localeCompare(b.code));
    expect(ours).toEqual(official);
  });

  it('reads only numbers the city has', () => {
    expect(arrondissement(paris, 20)?.code).toBe('75120');
    expect(arrondissement(paris, 21)).toBeNull();
    expect(arrondissement(lyon, 9)?.code).toBe('69389');
    expect(arrondissement(marseille, 16)?.code).toBe('13216');
    expect(arrondissement(marseille, 0)).toBeNull();
    expect(findArrondissements('Marseille 17e')).toEqual([]);
  });
});

describe('areas that hold places', () => {
  const alencon = commune('61001', 'Alençon');
  const caen = commune('14118', 'Caen');
  const nimes = commune('30189', 'Nîmes');
  const orne = departement('61', 'Orne');

  it('knows what holds what', () => {
    expect(contains(orne, alencon)).toBe(true);
    expect(contains(region('28', 'Normandie'), alencon)).toBe(true);
    expect(contains(orne, caen)).toBe(false);
    expect(contains(commune('75056', 'Paris'), arrondissement(paris, 11)!)).toBe(true);
    expect(contains(departement('75', 'Paris'), arrondissement(paris, 11)!)).toBe(true);
  });

  it.each([
    [[alencon, alencon], alencon],
    [[alencon, orne], orne],
    [[alencon, commune('61169', 'Flers')], orne],
    [[alencon, caen], region('28', 'Normandie')],
    [[alencon, nimes], null],
    [[arrondissement(paris, 11)!, arrondissement(paris, 12)!], commune('75056', 'Paris')],
    [[arrondissement(paris, 11)!, commune('75056', 'Paris')], commune('75056', 'Paris')],
    [[], null],
  ])('the smallest area holding %j is %j', (places, expected) => {
    expect(commonArea(places)).toEqual(expected);
  });
});

/** Each record as "line kind territory-code". */
function placed(text: string, file = 'doc.md'): { records: string[]; warnings: string[] } {
  const result = parseText(file, text);
  return {
    records: result.records.map((r) => `${r.source.line} ${r.territory?.code ?? '-'} ${r.text}`),
    warnings: result.diagnostics.map((d) => `${d.line}:${d.rule}`),
  };
}

const PROPOSALS = [
  '## Propositions',
  '',
  '- Installer un cabinet à Flers',
  '- Créer un poste de médecin salarié',
  '- Ouvrir une maison de santé à Saint-Dizier',
  '- Ouvrir un centre de santé comme à Figeac',
  '- Associer le SDIS 61 aux transports sanitaires',
  '- Tenir compte de la COVID 19 et de l\'Engagement 12 du CNR 2023',
].join('\n');

describe('the document\'s territory from its body', () => {
  it('is the smallest area that holds the places its prose names: the maires de l\'Orne and Alençon give the Orne', () => {
    const doc = [
      '# Réunion publique sur l’accès aux soins',
      '',
      '## Contexte',
      '',
      'Les maires de l’Orne ont été invités par le conseil départemental.',
      '',
      'La réunion s’est tenue à Alençon.',
      '',
      PROPOSALS,
    ].join('\n');
    expect(placed(doc)).toEqual({
      records: [
        // Flers is three communes; within the Orne it is one.
        '11 61169 Installer un cabinet à Flers',
        '12 61 Créer un poste de médecin salarié',
        // A place outside the document's area is still the record's own.
        '13 52448 Ouvrir une maison de santé à Saint-Dizier',
        // An example from elsewhere places nothing.
        '14 61 Ouvrir un centre de santé comme à Figeac',
        '15 61 Associer le SDIS 61 aux transports sanitaires',
        '16 61 Tenir compte de la COVID 19 et de l\'Engagement 12 du CNR 2023',
      ],
      warnings: [],
    });
  });

  it('is the région when the places share only their région', () => {
    const doc = ['# Réunion', '', '## Contexte', '', 'Des habitants venus à Alençon.', '', 'Et d’autres réunis à Caen.', '', '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(doc).records).toEqual(['11 28 Créer un poste de médecin salarié']);
  });

  it('is none when the places share no région, or when only one place is named', () => {
    const apart = ['# Réunion', '', '## Contexte', '', 'Des habitants venus à Alençon.', '', 'Et d’autres réunis à Nîmes.', '', '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(apart).records).toEqual(['11 - Créer un poste de médecin salarié']);
    const once = ['# Réunion', '', '## Contexte', '', 'Des habitants réunis à Alençon.', '', '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(once).records).toEqual(['9 - Créer un poste de médecin salarié']);
  });

  it('is the département that holds nearly every place named, when one place lies elsewhere', () => {
    const lines = [
      'Un débat sur la santé dans l’Indre.',
      'Le maire d’Aigurande a parlé le premier.',
      'Les cabinets sont pleins à La Châtre.',
      'Une infirmière libérale à Éguzon-Chantôme a témoigné.',
      'Un auditeur a écrit à Valençay.',
      'Son médecin est parti à Poitiers.',
    ];
    const doc = (kept: readonly string[]): string =>
      ['# Débat', '', '## Contexte', '', ...kept.flatMap((line) => [line, '']), '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(doc(lines)).records).toEqual(['19 36 Créer un poste de médecin salarié']);
    // Four places are too few to outvote one elsewhere.
    expect(placed(doc(lines.slice(2))).records).toEqual(['15 - Créer un poste de médecin salarié']);
  });

  it('warns of a name several places share even within the body\'s area, and never guesses', () => {
    const doc = ['# Réunion', '', '## Contexte', '', 'Les élus de la Meuse et de Verdun.', '', 'Avec les habitants de la Meuse.', '', 'Puis à Beaulieu.', '', '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(doc)).toEqual({ records: ['13 55 Créer un poste de médecin salarié'], warnings: ['9:territory-ambiguous'] });
  });

  it('is taken from the opening lines too, where the people of a place are named', () => {
    const doc = ['# Réunion publique', '', 'Les maires de l’Orne se sont réunis.', '', '## Propositions', '', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(doc).records).toEqual(['7 61 Créer un poste de médecin salarié']);
  });
});

describe('a record\'s territory from its own text', () => {
  it('overrides the document\'s territory, inside it or not, and reads "(11e)" in a document about Paris', () => {
    const doc = ['---', 'territoire: Paris', '---', '# Atelier santé', '', '## Propositions', '', '- Un centre de santé (11e)', '- Une permanence Paris 12e', '- Une antenne Lyon 3e', '- Un bus santé'].join('\n');
    expect(placed(doc).records).toEqual([
      '8 75111 Un centre de santé (11e)',
      '9 75112 Une permanence Paris 12e',
      '10 69383 Une antenne Lyon 3e',
      '11 75 Un bus santé',
    ]);
  });

  it('reads its details too, and takes the smallest of nested places', () => {
    const doc = ['---', 'departement: 52', '---', '# Atelier', '', '## Propositions', '', '- Créer une maison de santé', '', '  Elle ouvrirait à Chaumont, en Haute-Marne.', '', '- Un bus santé'].join('\n');
    expect(placed(doc).records).toEqual(['8 52121 Créer une maison de santé', '12 52 Un bus santé']);
  });

  it('warns of a name the document\'s area does not settle, and keeps the document\'s territory', () => {
    const doc = ['---', 'departement: 55', '---', '# Atelier', '', '## Propositions', '', '- Ouvrir un cabinet à Beaulieu', '- Ouvrir un cabinet entre Stenay et Verdun'].join('\n');
    // Stenay and Verdun are both read ("entre … et …"): two places, neither holding the other, settle nothing.
    expect(placed(doc)).toEqual({
      records: ['8 55 Ouvrir un cabinet à Beaulieu', '9 55 Ouvrir un cabinet entre Stenay et Verdun'],
      warnings: ['8:territory-ambiguous'],
    });
  });

  it('keeps a record with two unrelated places in the document\'s territory', () => {
    const doc = ['---', 'departement: 55', '---', '# Atelier', '', '## Propositions', '', '- Une navette de Stenay à Verdun et à Saint-Dizier'].join('\n');
    expect(placed(doc).records).toEqual(['8 55 Une navette de Stenay à Verdun et à Saint-Dizier']);
  });

  it('places records of a document that names no territory only when two or more name places', () => {
    const one = ['# Rapport', '', '## Propositions', '', '- Créer une maison de santé à Bar-le-Duc', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(one).records).toEqual(['5 - Créer une maison de santé à Bar-le-Duc', '6 - Créer un poste de médecin salarié']);
    const two = ['# Rapport', '', '## Propositions', '', '- Créer une maison de santé à Bar-le-Duc', '- Installer un cabinet à Saint-Dizier', '- Créer un poste de médecin salarié'].join('\n');
    expect(placed(two).records).toEqual([
      '5 55029 Créer une maison de santé à Bar-le-Duc',
      '6 52448 Installer un cabinet à Saint-Dizier',
      '7 - Créer un poste de médecin salarié',
    ]);
  });

  it('keeps the territory of a digest heading', () => {
    const doc = ['# Initiatives', '', '## 52 - Haute-Marne', '', '### Consultations avancées à Langres', '', 'Des spécialistes viennent chaque mois.', '', '## 55 - Meuse', '', '### Un bus santé à Stenay', '', 'Il passe le jeudi.'].join('\n');
    expect(placed(doc).records).toEqual(['5 52 Consultations avancées à Langres', '11 55 Un bus santé à Stenay']);
  });
});
