/**
 * The tagger as a glossary: what names a dispositif in French consultation prose, and what only
 * looks like one. Each case is a sentence and the codes it gives, with the span that named each.
 */
import { describe, expect, it } from 'vitest';
import { retag, tagDocument, taggerFor, tagRecord } from '../../src/tag/index.js';
import { readVocabulary, TagVocabularyError, builtinSources, type VocabularySources } from '../../src/tag/vocabulary.js';
import { withinOneEdit } from '../../src/tag/matcher.js';
import type { RecolteRecord } from '../../src/types/record.js';

const tagger = taggerFor();

/** Tags one sentence as the only record of its document. */
function tag(text: string, details: string | null = null, axis: string | null = null, documentText?: string) {
  const record: RecolteRecord = { id: 'r1', kind: 'proposal', text, details, axis, source: { file: 'doc.md', line: 1 } };
  return tagRecord(tagger, record, tagDocument(tagger, documentText ?? [axis, text, details].filter(Boolean).join('\n\n')));
}

const codes = (text: string, details: string | null = null) => tag(text, details).dispositifs;
const named = (text: string) => {
  const record = tag(text);
  return record.mentions!.map((m) => `${m.code}:${text.slice(m.start, m.end)}`);
};

describe('dispositifs named in French', () => {
  it.each([
    ['Créer une maison de santé pluriprofessionnelle au bourg', ['MSP:maison de santé pluriprofessionnelle']],
    ['Les MAISONS DE SANTE du canton manquent de médecins', ['MSP:MAISONS DE SANTE']],
    ['aider les communes à créer des maisons de santé pluriprofesionnelles', ['MSP:maisons de santé pluriprofesionnelles']],
    ['Le projet de mai-son de santé avance', ['MSP:mai-son de santé']],
    ['Le déploiement de 100 mé-dicobus en France', ['MEDICOBUS:mé-dicobus']],
    ['un cabinet médical mobile passe dans les villages', ['MEDICOBUS:cabinet médical mobile']],
    ['Développer la télé-consultation en pharmacie', ['TELEMEDECINE:télé-consultation']],
    ['Une borne de téléconsultation à la mairie', ['TELEMEDECINE:borne de téléconsultation']],
    ['Installer une cabine de teleconsultation', ['TELEMEDECINE:cabine de teleconsultation']],
    ["l'IPA suit les patients chroniques", ['IPA:IPA']],
    ['une infirmière en pratique avancée et une infirmière Asalée', ['IPA:infirmière en pratique avancée', 'ASALEE:infirmière Asalée']],
    ['Centre territorial de santé en Bresse', ['CDS:Centre territorial de santé']],
    ['Inscrire les Maisons Médicales de Garde dans la permanence des soins ambulatoires (PDSA)', ['MMG:Maisons Médicales de Garde', 'PDSA:permanence des soins ambulatoires', 'PDSA:PDSA']],
    ['Articuler le SAS et les urgences', ['SAS:SAS']],
    ['Développer des dispositifs innovants : CLS, CPTS, PTSM...', ['CLS:CLS', 'CPTS:CPTS', 'PTSM:PTSM']],
    ['Outils du bassin de vie : CLS, CPTS, ESP, DAC', ['CLS:CLS', 'CPTS:CPTS', 'ESP:ESP', 'DAC:DAC']],
    ['les ptsm restent mal connus des maires', ['PTSM:ptsm']],
    ['Deux MSPs ouvriront en 2026', ['MSP:MSPs']],
    ['Les infirmières Azalée craignent pour leur financement', ['ASALEE:infirmières Azalée']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('finds a dispositif named only in the details, and says so in the mention', () => {
    const record = tag('Box médicale.', 'Un cabinet médical connecté équipé pour la téléconsultation.');
    expect(record.dispositifs).toEqual(['TELEMEDECINE']);
    expect(record.mentions).toEqual([
      { code: 'TELEMEDECINE', field: 'details', start: 3, end: 27 },
      { code: 'TELEMEDECINE', field: 'details', start: 43, end: 59 },
    ]);
  });
});

describe('look-alikes that are not dispositifs', () => {
  it.each([
    'Le centre hospitalier ferme sa maternité',
    'Une maison de retraite de quarante lits',
    'La maison de quartier accueille les ateliers',
    'Un bus scolaire passe à 7 h 30',
    "Installer un SAS d'entrée à la mairie, près des urgences",
    "L'entreprise Dupont SAS rénove la salle des soins",
    'Le centre-ville manque de stationnement',
    'Le contrat local de sécurité (CLS) prévoit un groupe de travail',
    'La zone d\'aménagement concerté (ZAC) accueillera une pharmacie',
    'Le centre médico-social (CMS) reçoit les enfants',
    'Les PME-PMI du bassin recrutent',
    'La brasserie sert son IPA maison au marché',
    "L'aide à l'installation de la fibre dans les hameaux",
    'Le centre de santé sexuelle reçoit sans rendez-vous',
    'Télécharger le fichier ZIP du compte rendu',
  ])('%s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('ambiguous acronyms', () => {
  it('tags MDS where the document spells it out, and not where it does not', () => {
    expect(codes('Créer des maisons de santé (MDS/MSP) avec un projet', null)).toEqual(['MSP']);
    expect(codes('Développer des dispositifs : CLS, MDS, CPTS')).toEqual(['CLS', 'CPTS']);
    const document = 'Créer des maisons de santé (MDS/MSP).\n\nDévelopper des dispositifs : CLS, MDS, CPTS';
    expect(tag('Développer des dispositifs : CLS, MDS, CPTS', null, null, document).dispositifs).toEqual(['CLS', 'MSP', 'CPTS']);
  });

  it('reads MDA as the maison des adolescents or de l\'autonomie by what the document says', () => {
    expect(tag('La MDA reçoit les 11-21 ans', null, null, 'La maison des adolescents (MDA) ouvre une antenne.\n\nLa MDA reçoit les 11-21 ans').dispositifs).toEqual(['MDA']);
    expect(tag('La MDA instruit les dossiers', null, null, "La maison départementale de l'autonomie (MDA) déménage.\n\nLa MDA instruit les dossiers").dispositifs).toEqual(['MAISON_AUTONOMIE']);
    expect(codes('La MDA instruit les dossiers')).toEqual([]);
  });

  it('follows the project vocabulary where it settles an acronym', () => {
    const sources: VocabularySources = { ...builtinSources(), dispositifs: [...builtinSources().dispositifs, { file: 'mine.yaml', text: 'acronyms:\n  MDA: MAISON_AUTONOMIE\n' }] };
    const mine = taggerFor(sources);
    const record: RecolteRecord = { id: 'r', kind: 'need', text: 'La MDA instruit les dossiers', source: { file: 'a.md', line: 1 } };
    expect(tagRecord(mine, record, tagDocument(mine, record.text)).dispositifs).toEqual(['MAISON_AUTONOMIE']);
  });
});

describe('themes', () => {
  it('come from the words, the dispositifs and the axis', () => {
    expect(tag('Développer la téléconsultation assistée par les infirmiers').themes).toEqual(['NUMERIQUE']);
    expect(tag('Repérer la souffrance psychique des collégiens').themes).toEqual(['SANTE_MENTALE', 'JEUNES']);
    expect(tag('Équipe mobile à destination des jeunes', null, 'Axe 4 – La prévention pour une meilleure intégration dans le quotidien des Français').themes).toEqual(['PREVENTION', 'JEUNES']);
  });

  it('read "médecin" as access to a doctor, except where the item is about something stronger', () => {
    expect(tag('Un médecin qui passe au village une fois par semaine').themes).toEqual(['ACCES_MEDECIN']);
    expect(tag('Accueillir les internes chez les généralistes du secteur').themes).toEqual(['ATTRACTIVITE']);
  });

  it('do not read "jeunes médecins" as young people', () => {
    expect(tag('Crainte d\'un isolement professionnel des jeunes médecins').themes).toEqual(['ATTRACTIVITE']);
  });
});

describe('recolte tag on records', () => {
  it('replaces the tags a record had, and keeps the document dispositifs found in its prose', () => {
    const records: RecolteRecord[] = [
      { id: 'a', kind: 'proposal', text: 'Créer une CPTS', source: { file: 'x.md', line: 3 }, document: { title: 'T', date: null, participants: null, dispositifs: ['MEDICOBUS'] }, dispositifs: ['MSP'], themes: [], mentions: [] },
      { id: 'b', kind: 'proposal', text: 'Ouvrir un centre de santé', source: { file: 'x.md', line: 4 }, document: { title: 'T', date: null, participants: null, dispositifs: ['MEDICOBUS'] } },
    ];
    const out = retag(tagger, records);
    expect(out.map((r) => r.dispositifs)).toEqual([['CPTS'], ['CDS']]);
    expect(out[0]!.document!.dispositifs).toEqual(['MEDICOBUS', 'CPTS', 'CDS']);
    expect(out[0]!.mentions).toEqual([{ code: 'CPTS', field: 'text', start: 10, end: 14 }]);
    expect(Object.keys(out[1]!)).toEqual(['id', 'kind', 'text', 'source', 'document', 'dispositifs', 'themes', 'mentions']);
  });
});

describe('vocabulary files', () => {
  it('extend the built-in ones: a new code, and names for a known one', () => {
    const sources: VocabularySources = {
      ...builtinSources(),
      dispositifs: [...builtinSources().dispositifs, { file: 'mine.yaml', text: 'dispositifs:\n  - code: BUS_SANTE_71\n    name: Bus santé de Saône-et-Loire\n    names: [bus bleu]\n  - code: MSP\n    names: [maison médicale du bourg]\n' }],
    };
    const mine = taggerFor(sources);
    const record: RecolteRecord = { id: 'r', kind: 'proposal', text: 'Le bus bleu passe près de la maison médicale du bourg', source: { file: 'a.md', line: 1 } };
    expect(tagRecord(mine, record, tagDocument(mine, record.text)).dispositifs).toEqual(['BUS_SANTE_71', 'MSP']);
  });

  it.each([
    ['dispositifs:\n  - code: msp\n    name: x\n    names: [y]\n', 'mine.yaml:2: code "msp" must be capitals, digits and underscores (MSP, SPORT_SANTE)'],
    ['dispositifs:\n  - code: NEW\n    names: [y]\n', 'mine.yaml:2: dispositif NEW has no name'],
    ['dispositifs:\n  - code: NEW\n    name: Nouveau\n', 'mine.yaml:2: dispositif NEW has neither names nor acronyms: nothing would ever tag it'],
    ['dispositifs:\n  - code: NEW\n    name: Nouveau\n    acronyms: [Nv]\n', 'mine.yaml:4: acronym "Nv" must be capitals and digits, without spaces or hyphens (MSP, CPTS)'],
    ['dispositifs:\n  - code: NEW\n    nom: Nouveau\n', 'mine.yaml:3: unknown key "nom" in a dispositif'],
    ['dispositifs: [a\n', 'mine.yaml:2: not valid YAML'],
    ['acronyms:\n  MDA: NOPE\n', 'mine.yaml:1: acronyms: MDA means NOPE, but no dispositif has that code'],
  ])('a broken file names its line: %j', (text, message) => {
    const sources: VocabularySources = { ...builtinSources(), dispositifs: [...builtinSources().dispositifs, { file: 'mine.yaml', text }] };
    expect(() => readVocabulary(sources)).toThrow(TagVocabularyError);
    expect(() => readVocabulary(sources)).toThrow(message);
  });

  it('the built-in files are valid and every code has a name and a description', () => {
    const vocabulary = readVocabulary(builtinSources());
    expect(vocabulary.dispositifs.length).toBeGreaterThanOrEqual(35);
    for (const entry of [...vocabulary.dispositifs, ...vocabulary.themes]) expect(entry.description, entry.code).not.toBe('');
    expect(vocabulary.themes.map((t) => t.code)).toEqual(['ACCES_MEDECIN', 'SOINS_NON_PROGRAMMES', 'ATTRACTIVITE', 'PREVENTION', 'SANTE_MENTALE', 'MOBILITE', 'PERSONNES_AGEES', 'JEUNES', 'COORDINATION', 'NUMERIQUE']);
  });
});

describe('one typo in a long word', () => {
  it.each([
    ['pluriprofessionnelle', 'pluriprofesionnelle', true],
    ['telemedecine', 'telemedcine', true],
    ['telemedecine', 'telemdeecine', true],
    ['medicobus', 'medicobis', true],
    ['medicobus', 'medicaux', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
