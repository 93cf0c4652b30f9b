/**
 * Issue 13: the everyday layouts of real documents, one category at a time. Every document here
 * was written for this test after the rules were, in wordings of its own (no document of
 * fixtures/real/tune was reused): each is a case the parser was not tuned on. Expectations are
 * what an analyst extracts (fixtures/real/ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import type { Kind, RecolteRecord } from '../../src/types/record.js';
import { parseText } from '../helpers/parse.js';

type Brief = [Kind, string, RecolteRecord['evidence']?];

/** Kind, text and evidence of each record, in order. */
function brief(file: string, text: string): Brief[] {
  return parseText(file, text).records.map((r) => [r.kind, r.text, r.evidence]);
}

const doc = (...lines: string[]): string => lines.join('\n');

describe('1. lists announced by a sentence', () => {
  it('take the kind the sentence names, whatever their numbering', () => {
    const text = doc(
      '# Réunion du collectif santé de Pouilly',
      '',
      'À la fin de la soirée, trois pistes ont été retenues par les participants ;',
      '',
      '1- Demander une permanence de la PMI au centre social',
      '2 – Mutualiser un secrétariat entre les deux cabinets',
      "3- Lancer un annuaire des professionnels de l'intercommunalité",
    );
    expect(brief('pouilly.md', text)).toEqual([
      ['proposal', 'Demander une permanence de la PMI au centre social', 'lead-in'],
      ['proposal', 'Mutualiser un secrétariat entre les deux cabinets', 'lead-in'],
      ['proposal', "Lancer un annuaire des professionnels de l'intercommunalité", 'lead-in'],
    ]);
  });

  it('take a proposal verb as their kind when the sentence names none', () => {
    const text = doc('Notes du conseil de quartier', '', 'Deux solutions sont envisagées :', 'a – un cabinet partagé au rez-de-chaussée de la mairie', 'b) une navette le mardi vers la clinique');
    expect(brief('quartier.txt', text)).toEqual([
      ['proposal', 'un cabinet partagé au rez-de-chaussée de la mairie', 'lead-in'],
      ['proposal', 'une navette le mardi vers la clinique', 'lead-in'],
    ]);
  });
});

describe('2. unlabelled lists under a thematic heading', () => {
  it('read their kind from the form of each item: action → proposal, lack → need beside proposals', () => {
    const text = doc(
      '# Ateliers santé du Pays de Bitche',
      '',
      '## Axe 2 : Prendre soin des aidants',
      '',
      '- Ouvrir une halte-répit dans chaque canton',
      "- Manque d'information sur les congés de proche aidant",
      '- Mise en place de formations courtes pour les aidants familiaux',
      '  - Difficulté à se libérer en semaine pour suivre une formation',
    );
    const { records } = parseText('bitche.md', text);
    expect(records.map((r) => [r.kind, r.text, r.evidence, r.axis])).toEqual([
      ['proposal', 'Ouvrir une halte-répit dans chaque canton', 'form', 'Axe 2 : Prendre soin des aidants'],
      ['need', "Manque d'information sur les congés de proche aidant", 'form', 'Axe 2 : Prendre soin des aidants'],
      ['proposal', 'Mise en place de formations courtes pour les aidants familiaux', 'form', 'Axe 2 : Prendre soin des aidants'],
      ['need', 'Difficulté à se libérer en semaine pour suivre une formation', 'form', 'Axe 2 : Prendre soin des aidants'],
    ]);
    expect(records[3]!.parent).toBe(records[2]!.id);
  });

  it('read a lack as a finding where no proposal stands beside it', () => {
    const text = doc('## Le quartier aujourd’hui', '', '- Absence de pharmacie de garde le dimanche', '- Trop peu de places en crèche pour les soignants de nuit');
    expect(brief('constats.md', text)).toEqual([
      ['finding', 'Absence de pharmacie de garde le dimanche', 'form'],
      ['finding', 'Trop peu de places en crèche pour les soignants de nuit', 'form'],
    ]);
  });
});

describe('3. ordinal and numbered inline labels', () => {
  it('are numbering: the text is what follows them', () => {
    const text = doc(
      '# Le plan régional, mesure par mesure',
      '',
      '**Première mesure :** doubler les places de stage en cabinet rural',
      '',
      '> « Notre troisième engagement : un guichet unique par département »',
      '',
      'Recommandation n°4 – ouvrir les maisons de santé le samedi matin',
      '',
      'Action 2.3 : former les secrétaires médicales à la téléconsultation',
    );
    expect(brief('plan.md', text)).toEqual([
      ['proposal', 'doubler les places de stage en cabinet rural', 'label'],
      ['proposal', 'un guichet unique par département', 'label'],
      ['proposal', 'ouvrir les maisons de santé le samedi matin', 'label'],
      ['proposal', 'former les secrétaires médicales à la téléconsultation', 'label'],
    ]);
  });
});

describe('4. proposals written as prose', () => {
  it('give one record per sentence, at its own line and column, and leave background alone', () => {
    const text = doc(
      '# Compte rendu de la réunion publique de Saint-Pons',
      '',
      "La salle des fêtes était pleine. Le canton compte 4 médecins pour 9 000 habitants. Il a été proposé d'ouvrir une antenne",
      'du centre de santé de Bédarieux deux jours par semaine.',
      '',
      'Plusieurs habitantes ont aussi suggéré de recruter une sage-femme pour les consultations de suivi.',
      '',
      "L'idée d'un bus de dépistage itinérant a également été évoquée.",
    );
    const { records } = parseText('saint-pons.md', text);
    expect(records.map((r) => [r.kind, r.text, r.evidence, r.source.line, r.source.column])).toEqual([
      ['proposal', "Il a été proposé d'ouvrir une antenne du centre de santé de Bédarieux deux jours par semaine.", 'cue', 3, 84],
      ['proposal', 'Plusieurs habitantes ont aussi suggéré de recruter une sage-femme pour les consultations de suivi.', 'cue', 6, 1],
      ['proposal', "L'idée d'un bus de dépistage itinérant a également été évoquée.", 'cue', 8, 1],
    ]);
  });
});

describe('5. enumerations inside one sentence', () => {
  it('give one record per item, without the words that join them or the closing "…"', () => {
    const text = doc(
      '# Ce que disent les familles',
      '',
      'Les parents ont surtout réclamé un pédiatre au centre de santé, des consultations le mercredi et même une ligne téléphonique de conseil.',
      '',
      "Ce qu'ils attendent : une orthophoniste sur le territoire, des rendez-vous de PMI plus proches, un accompagnement pour les dossiers MDPH…",
    );
    expect(brief('familles.md', text)).toEqual([
      ['proposal', 'un pédiatre au centre de santé', 'cue'],
      ['proposal', 'des consultations le mercredi', 'cue'],
      ['proposal', 'une ligne téléphonique de conseil', 'cue'],
      ['need', 'une orthophoniste sur le territoire', 'cue'],
      ['need', 'des rendez-vous de PMI plus proches', 'cue'],
      ['need', 'un accompagnement pour les dossiers MDPH', 'cue'],
    ]);
  });
});

describe('6. other bullets', () => {
  it('✔️ ✅ ➢ ► ▪ ◦ → and lettered items are items', () => {
    const text = doc(
      'Propositions :',
      '✔️ Équiper la mairie d’une cabine de téléconsultation',
      '✅ Créer un poste de médiatrice santé',
      '➢ Installer un défibrillateur sur la place',
      '► Relancer le transport à la demande',
      '▪ Former des secouristes dans les clubs',
      '◦ Ouvrir la salle de sport aux patients diabétiques',
      '→ Afficher les horaires des gardes en pharmacie',
      'c) Recenser les logements pour les stagiaires',
    );
    expect(brief('puces.txt', text).map(([kind, t]) => `${kind}: ${t}`)).toEqual([
      'proposal: Équiper la mairie d’une cabine de téléconsultation',
      'proposal: Créer un poste de médiatrice santé',
      'proposal: Installer un défibrillateur sur la place',
      'proposal: Relancer le transport à la demande',
      'proposal: Former des secouristes dans les clubs',
      'proposal: Ouvrir la salle de sport aux patients diabétiques',
      'proposal: Afficher les horaires des gardes en pharmacie',
      'proposal: Recenser les logements pour les stagiaires',
    ]);
  });
});

describe('7. tables whose headers are not the seed\'s words', () => {
  it('a first row naming the columns, a theme column and a département column', () => {
    const text = doc(
      '# Contributions reçues',
      '',
      '| | | |',
      '| --- | --- | --- |',
      '| Thème | Verbatim | Département |',
      '| Urgences | Rouvrir le service de nuit à Clamecy | Nièvre |',
      '| Prévention | Des ateliers mémoire dans les clubs seniors | Yonne |',
    );
    const { records } = parseText('export.md', text);
    expect(records.map((r) => [r.kind, r.text, r.axis, r.territory?.code, r.evidence])).toEqual([
      ['proposal', 'Rouvrir le service de nuit à Clamecy', 'Urgences', '58', 'table'],
      ['proposal', 'Des ateliers mémoire dans les clubs seniors', 'Prévention', '89', 'table'],
    ]);
  });

  it('Dispositif | Description gives initiatives described by their row', () => {
    const text = doc('| Dispositif | Description |', '| --- | --- |', '| Bourse d’études | 600 euros par mois contre cinq ans d’exercice |');
    const { records } = parseText('dispositifs.md', text);
    expect(records.map((r) => [r.kind, r.text, r.details])).toEqual([['initiative', 'Bourse d’études', '600 euros par mois contre cinq ans d’exercice']]);
  });
});

describe('9. web page chrome', () => {
  it('gives no record and hides none', () => {
    const text = doc(
      'Accueil › Vie locale › Santé',
      '',
      '# Réunion publique sur la santé',
      '',
      'Temps de lecture : 2 min',
      '',
      '## Propositions',
      '',
      '- Partager un cabinet entre trois communes',
      '',
      'Lien copié',
      '',
      'Cet article vous a-t-il aidé ?',
      '',
      "J'aime",
      '',
      'Page 2 sur 7',
    );
    const result = parseText('page.md', text);
    expect(result.records.map((r) => r.text)).toEqual(['Partager un cabinet entre trois communes']);
    expect(result.lines.chrome).toBe(6);
  });
});

describe('11. territories named in the body', () => {
  it('a record names its commune; numbers after words are no départements', () => {
    const text = doc(
      '# Synthèse des ateliers de la Haute-Marne',
      '',
      '## Propositions',
      '',
      '- Installer une cabine de téléconsultation à Chaumont',
      '- Tenir l’engagement 12 du plan COVID 19 sur les vaccinations',
    );
    const { records } = parseText('haute-marne.md', text);
    expect(records.map((r) => r.territory?.code)).toEqual(['52121', '52']);
  });

  it('an organisation numbered by its département places the document', () => {
    const text = doc('# Compte rendu', '', 'L’UDAF 53 et les élus de la Mayenne ont réuni les familles.', '', '## Propositions', '', '- Un annuaire des médecins qui acceptent de nouveaux patients');
    expect(parseText('udaf.md', text).records[0]!.territory).toEqual({ level: 'departement', code: '53', name: 'Mayenne' });
  });
});

describe('8. heading wordings', () => {
  it('Enjeux, Ce que nous demandons, Nos engagements, Ce que nous avons constaté, Étapes concrètes', () => {
    const text = doc(
      '## Ce que nous avons constaté',
      '- Les kinésithérapeutes ne prennent plus de nouveaux patients',
      '## Enjeux',
      '- Garder une offre de rééducation à moins de vingt minutes',
      '## Ce que nous demandons',
      '- Une aide à l’installation pour les kinésithérapeutes',
      '## Nos engagements',
      '- Relayer chaque offre de reprise de cabinet',
      '## Étapes concrètes',
      '- Rencontrer l’ordre des kinésithérapeutes avant l’été',
    );
    expect(brief('kine.md', text).map(([kind]) => kind)).toEqual(['finding', 'objective', 'proposal', 'proposal', 'first_step']);
  });
});

describe('10. a page of dispositifs with FAQ questions', () => {
  it('gives one initiative per dispositif, its answers as details', () => {
    const text = doc(
      '# Les aides de la communauté de communes',
      '',
      '## Chèque installation des infirmiers',
      '### Qui peut en bénéficier ?',
      'Tout infirmier libéral qui ouvre un cabinet sur le territoire.',
      '### Montant de l’aide',
      '3 000 euros versés en une fois.',
      '## Logement des stagiaires',
      '### Comment faire la demande ?',
      'Écrire au service santé un mois avant le stage.',
    );
    const { records } = parseText('aides.md', text);
    expect(records.map((r) => [r.kind, r.text, r.evidence])).toEqual([
      ['initiative', 'Chèque installation des infirmiers', 'heading'],
      ['initiative', 'Logement des stagiaires', 'heading'],
    ]);
    expect(records[0]!.details).toBe('Qui peut en bénéficier ?\nTout infirmier libéral qui ouvre un cabinet sur le territoire.\nMontant de l’aide\n3 000 euros versés en une fois.');
  });
});

describe('12. remarks and comments', () => {
  it('a named speaker, a quotation with its speaker, a caveat', () => {
    const text = doc(
      '# Conseil de santé mentale du Ternois',
      '',
      'Dr Vasseur : les délais au CMP dépassent quatre mois pour les adolescents.',
      '',
      '« On ne sait plus à qui adresser les jeunes en crise », regrette Sophie Lemaire, infirmière scolaire.',
      '',
      'Bémol : la maison des adolescents la plus proche reste à quarante minutes.',
    );
    expect(brief('ternois.md', text)).toEqual([
      ['observation', 'Dr Vasseur : les délais au CMP dépassent quatre mois pour les adolescents.', 'label'],
      ['observation', '« On ne sait plus à qui adresser les jeunes en crise », regrette Sophie Lemaire, infirmière scolaire.', 'cue'],
      ['observation', 'la maison des adolescents la plus proche reste à quarante minutes.', 'label'],
    ]);
  });

  it('a paragraph judging a measure just quoted is a remark; one that only gives figures is not', () => {
    const text = doc(
      '**Mesure 5 :** un médecin traitant pour chaque patient en affection de longue durée',
      '',
      'Selon la caisse, 300 000 patients en ALD sont sans médecin traitant.',
      '',
      "C'est une promesse bienvenue, mais personne ne dit qui recevra ces patients.",
    );
    expect(brief('mesures.md', text)).toEqual([
      ['proposal', 'un médecin traitant pour chaque patient en affection de longue durée', 'label'],
      ['observation', "C'est une promesse bienvenue, mais personne ne dit qui recevra ces patients.", 'cue'],
    ]);
  });
});

describe('13. initiatives told in sentences', () => {
  it('one initiative per action a digest tells under a territory, figures left out', () => {
    const text = doc(
      '# Ce que font les Départements',
      '',
      '## Lot (46)',
      '',
      'Le Département finance deux cabinets infirmiers mobiles qui sillonnent le causse. Près de 30 % des habitants ont plus de 65 ans.',
      '',
      'Il loue aussi des studios aux internes en stage à Figeac.',
      '',
      '## Gers (32)',
      '',
      'Le Gers verse une prime de 10 000 euros aux médecins qui s’installent en zone rurale.',
    );
    const { records } = parseText('departements.md', text);
    expect(records.map((r) => [r.kind, r.text, r.territory?.code])).toEqual([
      ['initiative', 'Le Département finance deux cabinets infirmiers mobiles qui sillonnent le causse.', '46'],
      ['initiative', 'Il loue aussi des studios aux internes en stage à Figeac.', '46'],
      ['initiative', 'Le Gers verse une prime de 10 000 euros aux médecins qui s’installent en zone rurale.', '32'],
    ]);
  });
});

describe('precision: background, statistics and speaker introductions give no record', () => {
  it('a meeting report of facts only', () => {
    const text = doc(
      '# Assemblée générale de l’association Santé Vallée',
      '',
      'Étaient présents 42 adhérents. Mme Durand, présidente, ouvre la séance à 18 h.',
      '',
      'Le territoire compte 12 généralistes, dont 5 ont plus de 60 ans.',
      '',
      'La trésorière présente les comptes de l’année, qui sont approuvés à l’unanimité.',
    );
    expect(brief('ag.md', text)).toEqual([]);
  });
});
