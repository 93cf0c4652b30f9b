import { describe, expect, it } from 'vitest';
import type { Territory } from '../../src/types/record.js';
import {
  findPlaceMentions,
  normalizePlaceName,
  parseTerritoryHeading,
  resolveCode,
  resolveName,
  resolvePlaceMention,
  resolveSpec,
  type Resolution,
} from '../../src/territory/index.js';
import { communesLoaded } from '../../src/territory/data.js';

const commune = (code: string, name: string): Territory => ({ level: 'commune', code, name });
const departement = (code: string, name: string): Territory => ({ level: 'departement', code, name });
const region = (code: string, name: string): Territory => ({ level: 'region', code, name });
const france: Territory = { level: 'national', code: 'FR', name: 'France' };
const found = (territory: Territory): Resolution => ({ status: 'found', territory });

/** Every resolvable mention in a sentence, in order. */
function placesIn(text: string): Territory[] {
  return findPlaceMentions(text)
    .map((m) => resolvePlaceMention(m))
    .flatMap((r) => (r.status === 'found' ? [r.territory] : []));
}

// Runs first: heading parsing and area lookups must not pay for communes.json.
describe('laziness', () => {
  it('parses headings and resolves areas without loading communes', () => {
    expect(parseTerritoryHeading('55. Meuse')).toEqual(departement('55', 'Meuse'));
    expect(parseTerritoryHeading('1. Introduction')).toBeNull();
    expect(resolveName('Grand Est')).toEqual(found(region('44', 'Grand Est')));
    expect(resolveCode('departement', '2a')).toEqual(departement('2A', 'Corse-du-Sud'));
    expect(communesLoaded()).toBe(false);
  });
});

describe('normalizePlaceName', () => {
  it.each([
    ['Saône-et-Loire', 'saone et loire'],
    ['Saone et Loire', 'saone et loire'],
    ['SAONE-ET-LOIRE', 'saone et loire'],
    ['Loir & Cher', 'loir et cher'],
    ['St-Dié-des-Vosges', 'saint die des vosges'],
    ['Saint-Dié-des-Vosges', 'saint die des vosges'],
    ['Ste-Marie', 'sainte marie'],
    ['St. Malo', 'saint malo'],
    ['Provence-Alpes-Côte d’Azur', 'provence alpes cote d azur'],
    ['L’Haÿ-les-Roses', 'l hay les roses'],
    ['Cœuvres-et-Valsery', 'coeuvres et valsery'],
    ['  Grand   Est_ ', 'grand est'],
    ['Ｐａｒｉｓ', 'paris'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePlaceName(input)).toBe(expected);
  });

  it('does not expand "st" inside a word', () => {
    expect(normalizePlaceName('Stenay')).toBe('stenay');
  });
});

describe('resolveCode', () => {
  it('finds each level by its own code', () => {
    expect(resolveCode('region', '44')).toEqual(region('44', 'Grand Est'));
    expect(resolveCode('departement', '44')).toEqual(departement('44', 'Loire-Atlantique'));
    expect(resolveCode('region', '01')).toEqual(region('01', 'Guadeloupe'));
    expect(resolveCode('departement', '01')).toEqual(departement('01', 'Ain'));
    expect(resolveCode('departement', '971')).toEqual(departement('971', 'Guadeloupe'));
    expect(resolveCode('commune', '55502')).toEqual(commune('55502', 'Stenay'));
    expect(resolveCode('commune', '2a004')).toEqual(commune('2A004', 'Ajaccio'));
    expect(resolveCode('national', 'FR')).toEqual(france);
  });

  it('returns null for codes that do not exist at that level', () => {
    expect(resolveCode('departement', '99')).toBeNull();
    expect(resolveCode('departement', '1')).toBeNull();
    expect(resolveCode('region', '55')).toBeNull();
    expect(resolveCode('commune', '55')).toBeNull();
    // Paris arrondissements are not communes (commune-actuelle only).
    expect(resolveCode('commune', '75101')).toBeNull();
  });
});

describe('resolveName', () => {
  it.each([
    ['Saône-et-Loire', departement('71', 'Saône-et-Loire')],
    ['Saone et Loire', departement('71', 'Saône-et-Loire')],
    ['SAONE-ET-LOIRE', departement('71', 'Saône-et-Loire')],
    ['Loir & Cher', departement('41', 'Loir-et-Cher')],
    ['Grand Est', region('44', 'Grand Est')],
    ['Pays de la Loire', region('52', 'Pays de la Loire')],
    ['Provence-Alpes-Côte d’Azur', region('93', "Provence-Alpes-Côte d'Azur")],
    ['Corse', region('94', 'Corse')],
    ['Vienne', departement('86', 'Vienne')],
    ['Paris', departement('75', 'Paris')],
    ['Bretagne', region('53', 'Bretagne')],
    ['Guadeloupe', departement('971', 'Guadeloupe')],
    ['Réunion', departement('974', 'La Réunion')],
    ['Stenay', commune('55502', 'Stenay')],
    ['St-Dié-des-Vosges', commune('88413', 'Saint-Dié-des-Vosges')],
    ['Puy-en-Velay', commune('43157', 'Le Puy-en-Velay')],
    ['France', france],
    ['la France', france],
  ])('%s → %o', (name, territory) => {
    expect(resolveName(name)).toEqual(found(territory));
  });

  it('lets prefer "commune" pick the commune when it is unique', () => {
    expect(resolveName('Vienne', { prefer: 'commune' })).toEqual(found(commune('38544', 'Vienne')));
  });

  it('gives the département for a commune that is all of its département of the same name (Paris)', () => {
    expect(resolveName('Paris', { prefer: 'commune' })).toEqual(found(departement('75', 'Paris')));
    expect(resolveName('Paris')).toEqual(found(departement('75', 'Paris')));
    // The département wins only over its own commune: Vienne the commune lies in Isère, not in Vienne.
    expect(resolveName('Vienne', { prefer: 'commune' })).toEqual(found(commune('38544', 'Vienne')));
  });

  it('reports every commune sharing a name, never a guess', () => {
    const beaulieu = resolveName('Beaulieu');
    expect(beaulieu).toEqual({
      status: 'ambiguous',
      candidates: [
        commune('07028', 'Beaulieu'),
        commune('15020', 'Beaulieu'),
        commune('21052', 'Beaulieu'),
        commune('34027', 'Beaulieu'),
        commune('36015', 'Beaulieu'),
        commune('38033', 'Beaulieu'),
        commune('43021', 'Beaulieu'),
        commune('58026', 'Beaulieu'),
        commune('61034', 'Beaulieu'),
        commune('63031', 'Beaulieu'),
      ],
    });
  });

  it('picks among same-named communes with within', () => {
    expect(resolveName('Beaulieu', { within: { departement: '07' } })).toEqual(found(commune('07028', 'Beaulieu')));
    expect(resolveName('Beaulieu', { within: { region: '76' } })).toEqual(found(commune('34027', 'Beaulieu')));
    const auvergne = resolveName('Beaulieu', { within: { region: '84' } });
    expect(auvergne.status === 'ambiguous' && auvergne.candidates.map((t) => t.code)).toEqual([
      '07028',
      '15020',
      '38033',
      '43021',
      '63031',
    ]);
    // Nothing in the Meuse: all ten stay candidates.
    const meuse = resolveName('Beaulieu', { within: { departement: '55' } });
    expect(meuse.status === 'ambiguous' && meuse.candidates).toHaveLength(10);
  });

  it('never lets within reject a unique commune', () => {
    expect(resolveName('Stenay', { within: { departement: '88' } })).toEqual(found(commune('55502', 'Stenay')));
  });

  it('lists communes then areas when prefer "commune" meets a shared commune name', () => {
    expect(resolveName('Bretagne', { prefer: 'commune' })).toEqual({
      status: 'ambiguous',
      candidates: [commune('36024', 'Bretagne'), commune('90019', 'Bretagne'), region('53', 'Bretagne')],
    });
    expect(resolveName('Bretagne', { prefer: 'commune', within: { departement: '90' } })).toEqual(
      found(commune('90019', 'Bretagne')),
    );
  });

  it('counts a région and its same-named département once among candidates', () => {
    expect(resolveName('Saint-Martin')).toEqual(found(departement('978', 'Saint-Martin')));
    expect(resolveName('Saint-Martin', { prefer: 'commune' })).toEqual({
      status: 'ambiguous',
      candidates: [
        commune('32389', 'Saint-Martin'),
        commune('54480', 'Saint-Martin'),
        commune('65392', 'Saint-Martin'),
        commune('67426', 'Saint-Martin'),
        commune('97801', 'Saint-Martin'),
        departement('978', 'Saint-Martin'),
      ],
    });
  });

  it('keeps "Le Pin" apart from "Pin"', () => {
    const lePin = resolveName('Le Pin');
    expect(lePin.status === 'ambiguous' && lePin.candidates.every((t) => t.name === 'Le Pin')).toBe(true);
    expect(resolveName('Pin')).toEqual(found(commune('70410', 'Pin')));
  });

  it('returns unknown for names that are not territories', () => {
    expect(resolveName('Atlantide')).toEqual({ status: 'unknown' });
    expect(resolveName('')).toEqual({ status: 'unknown' });
  });
});

describe('resolveSpec', () => {
  it.each([
    ['55', departement('55', 'Meuse')],
    ['2A', departement('2A', 'Corse-du-Sud')],
    ['2b', departement('2B', 'Haute-Corse')],
    ['971', departement('971', 'Guadeloupe')],
    ['44', departement('44', 'Loire-Atlantique')],
    ['55502', commune('55502', 'Stenay')],
    ['2A004', commune('2A004', 'Ajaccio')],
    ['departement:55', departement('55', 'Meuse')],
    ['département:55', departement('55', 'Meuse')],
    ['region:44', region('44', 'Grand Est')],
    ['région:44', region('44', 'Grand Est')],
    ['region: 01', region('01', 'Guadeloupe')],
    ['commune:55502', commune('55502', 'Stenay')],
    ['region:Guadeloupe', region('01', 'Guadeloupe')],
    ['departement:Vienne', departement('86', 'Vienne')],
    ['commune:Vienne', commune('38544', 'Vienne')],
    ['national', france],
    ['national:FR', france],
    ['FR', france],
    ['France', france],
    ['Meuse', departement('55', 'Meuse')],
    ['Grand Est', region('44', 'Grand Est')],
    ['Stenay', commune('55502', 'Stenay')],
  ])('%s → %o', (spec, territory) => {
    expect(resolveSpec(spec)).toEqual(found(territory));
  });

  it.each([
    ['99', 'no département has code "99"'],
    ['departement:99', 'no département has code "99"'],
    ['region:99', 'no région has code "99"'],
    ['commune:99999', 'no commune has code "99999"'],
    ['99999', 'no commune has code "99999"'],
    ['region:Meuse', 'no région is named "Meuse"'],
    ['canton:12', 'unknown territory level "canton": use commune, departement, region or national'],
    ['1', '"1" is not a territory code: départements have 2 or 3 characters (01, 2A, 971), communes 5 (55502)'],
  ])('%s is invalid', (spec, reason) => {
    expect(resolveSpec(spec)).toEqual({ status: 'invalid', reason });
  });

  it('passes names through resolveName', () => {
    expect(resolveSpec('Beaulieu').status).toBe('ambiguous');
    expect(resolveSpec('commune:Beaulieu').status).toBe('ambiguous');
    expect(resolveSpec('Atlantide')).toEqual({ status: 'unknown' });
  });
});

describe('parseTerritoryHeading', () => {
  it.each([
    ['01. Ain', departement('01', 'Ain')],
    ['2A. Corse-du-Sud', departement('2A', 'Corse-du-Sud')],
    ['66. Pyrénées-Orientales.', departement('66', 'Pyrénées-Orientales')],
    ['71. Saône-et-Loire', departement('71', 'Saône-et-Loire')],
    ['971 - Guadeloupe', departement('971', 'Guadeloupe')],
    ['27 – Eure', departement('27', 'Eure')],
    ['Eure (27)', departement('27', 'Eure')],
    ['Corse-du-Sud (2A)', departement('2A', 'Corse-du-Sud')],
    ['974 - Réunion', departement('974', 'La Réunion')],
    ['71. Saone et Loire', departement('71', 'Saône-et-Loire')],
    ['1. Ain', departement('01', 'Ain')],
    ['## 01. Ain', departement('01', 'Ain')],
    ['**27 – Eure**', departement('27', 'Eure')],
  ])('%s → %o', (heading, territory) => {
    expect(parseTerritoryHeading(heading)).toEqual(territory);
  });

  it.each([
    '1. Introduction',
    '2. Pistes d’action',
    "2. Pistes d'action",
    '1 700 propositions',
    '27. Proposals',
    '01. Aisne',
    '99. Nowhere',
    'Eure',
    'Ain',
    '',
  ])('%s is not a territory heading', (heading) => {
    expect(parseTerritoryHeading(heading)).toBeNull();
  });
});

describe('findPlaceMentions', () => {
  it('finds phrases after locative cues', () => {
    expect(findPlaceMentions('Le 17 juin 2025, au Musée de la Bière à Stenay, a eu lieu le deuxième atelier')).toEqual([
      { phrase: 'Musée de la Bière', preposition: 'au', index: 20 },
      { phrase: 'Stenay', preposition: 'à', index: 40 },
    ]);
    expect(findPlaceMentions('1 700 propositions en Grand Est pour améliorer')).toEqual([
      { phrase: 'Grand Est', preposition: 'en', index: 22 },
    ]);
    expect(findPlaceMentions('Le Département du Loiret ouvre des cahiers')).toEqual([
      { phrase: 'Loiret', preposition: 'Département du', index: 18 },
    ]);
  });

  it.each([
    ['dans la Meuse', 'dans la', 'Meuse'],
    ['dans le Loiret', 'dans le', 'Loiret'],
    ["dans l'Ain", "dans l'", 'Ain'],
    ['du département de la Meuse.', 'département de la', 'Meuse'],
    ['la région Grand Est,', 'région', 'Grand Est'],
    ['en Provence-Alpes-Côte d’Azur', 'en', 'Provence-Alpes-Côte d’Azur'],
    ['au Puy-en-Velay', 'au', 'Puy-en-Velay'],
    ['à la Réunion', 'à la', 'Réunion'],
    ['A Stenay, le 17 juin', 'A', 'Stenay'],
  ])('%s → %s + %s', (text, preposition, phrase) => {
    expect(findPlaceMentions(text)).toMatchObject([{ preposition, phrase }]);
  });

  it.each([
    'Retour sur l’atelier « L’accès aux soins médicaux » du 17 juin 2025',
    'Territoires de projet : A votre santé !',
    'Stenay a Paris pour modèle', // "a" is the verb here
    'en 2025',
    'à La suite',
    'de la Marne',
    'à la CAF', // acronym, not a place
  ])('finds nothing in %s', (text) => {
    expect(findPlaceMentions(text)).toEqual([]);
  });
});

describe('resolvePlaceMention on real sentences', () => {
  it.each([
    ['Le 17 juin 2025, au Musée de la Bière à Stenay, a eu lieu le deuxième atelier', [commune('55502', 'Stenay')]],
    ['CNR Santé : 1 700 propositions en Grand Est pour améliorer le système de santé', [region('44', 'Grand Est')]],
    ['Retour sur l’atelier « L’accès aux soins médicaux » du 17 juin 2025', []],
    ['Territoires de projet : A votre santé !', []],
    ['Le Département du Loiret ouvre des cahiers', [departement('45', 'Loiret')]],
    ['Une réunion à Vienne puis une autre dans la Vienne', [commune('38544', 'Vienne'), departement('86', 'Vienne')]],
    ['Rendez-vous au Puy-en-Velay', [commune('43157', 'Le Puy-en-Velay')]],
    [
      'Des ateliers à la Réunion et en Guadeloupe',
      [departement('974', 'La Réunion'), departement('971', 'Guadeloupe')],
    ],
    ['Des ateliers en Meuse et en Moselle', [departement('55', 'Meuse'), departement('57', 'Moselle')]],
    ['Une réunion à Paris', [departement('75', 'Paris')]],
    ['Une réunion en France', [france]],
    ["Une convention avec l'ARS à l'ARS Grand Est", [region('44', 'Grand Est')]],
    ['Consultations au CHU de Nancy', [commune('54395', 'Nancy')]],
    ['EN GRAND EST', [region('44', 'Grand Est')]],
    ['À Stenay, le 17 juin', [commune('55502', 'Stenay')]],
    ['En Bref', []],
  ])('%s', (text, expected) => {
    expect(placesIn(text)).toEqual(expected);
  });

  it('tries shorter prefixes when the whole phrase is not a place', () => {
    expect(resolvePlaceMention({ phrase: 'Stenay Et Environs', preposition: 'à', index: 0 })).toEqual(
      found(commune('55502', 'Stenay')),
    );
  });

  it('reports a shared commune name as ambiguous, and uses within', () => {
    const mention = { phrase: 'Beaulieu', preposition: 'à', index: 0 };
    expect(resolvePlaceMention(mention).status).toBe('ambiguous');
    expect(resolvePlaceMention(mention, { within: { departement: '63' } })).toEqual(
      found(commune('63031', 'Beaulieu')),
    );
  });

  it('ignores a capitalised set phrase opening a heading, but keeps areas there', () => {
    expect(resolvePlaceMention({ phrase: 'Ligne', preposition: 'En', index: 3 })).toEqual({ status: 'unknown' });
    expect(resolvePlaceMention({ phrase: 'Cours', preposition: 'En', index: 3 })).toEqual({ status: 'unknown' });
    expect(resolvePlaceMention({ phrase: 'Meuse', preposition: 'En', index: 3 })).toEqual(
      found(departement('55', 'Meuse')),
    );
    // After "en" a place is an area: "en ligne" names none of the communes called Ligne.
    expect(resolvePlaceMention({ phrase: 'Ligne', preposition: 'en', index: 3 })).toEqual({ status: 'unknown' });
  });

  it('ignores one-letter and stop-word phrases', () => {
    expect(resolvePlaceMention({ phrase: 'Y', preposition: 'à', index: 0 })).toEqual({ status: 'unknown' });
    expect(resolvePlaceMention({ phrase: 'La', preposition: 'à', index: 0 })).toEqual({ status: 'unknown' });
  });
});

describe('the communes cut down at build time', () => {
  it('hold the same communes, names and postal codes as the official data', async () => {
    // npm test builds first; dist/territory/communes.json is what the CLI loads.
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { communeColumns } = await import('../../src/territory/data.js');
    const data = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
    const built: unknown = JSON.parse(readFileSync(new URL('../../dist/territory/communes.json', import.meta.url), 'utf8'));
    expect(built).toEqual(communeColumns(JSON.parse(readFileSync(data, 'utf8'))));
  });
});
