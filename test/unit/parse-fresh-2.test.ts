/**
 * Layouts met on the fresh documents 59–70 (issue 13): a tracking page whose actions carry a
 * status badge, and an institution's actions told in the future or the conditional. Each
 * document here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parse/index.js';
import { parseText } from '../helpers/parse.js';

/** Each record as "kind (evidence): text", with its axis when it has one. */
function shown(result: ParseResult): string[] {
  return result.records.map((r) => `${r.kind} (${r.evidence}): ${r.text}${r.axis ? ` [${r.axis}]` : ''}`);
}

describe('actions with a status badge', () => {
  const page = [
    '# Où en est notre contrat local de santé ?',
    '',
    '## Axe 1 – Attirer des soignants',
    '',
    '#### Un studio meublé pour les internes',
    '',
    'Réalisé',
    '',
    'Deux internes accueillis depuis 2024.',
    '',
    '#### Création d’un centre de santé intercommunal',
    '',
    'En cours',
    '',
    'Pilote : communauté de communes',
    '',
    '#### Journée d’accueil des étudiants en santé',
    '',
    'À venir',
    '',
  ].join('\n');

  it('reads a title over "Réalisé" or "En cours" as an initiative, over "À venir" as a proposal', () => {
    const result = parseText('cls.md', page);
    expect(shown(result)).toEqual([
      'initiative (label): Un studio meublé pour les internes [Axe 1 – Attirer des soignants]',
      'initiative (label): Création d’un centre de santé intercommunal [Axe 1 – Attirer des soignants]',
      'proposal (label): Journée d’accueil des étudiants en santé [Axe 1 – Attirer des soignants]',
    ]);
  });

  it('keeps the badge out of the records and accounts it as page furniture', () => {
    const result = parseText('cls.md', page);
    expect(result.records.map((r) => r.details)).toEqual(['Deux internes accueillis depuis 2024.', 'Pilote : communauté de communes', null]);
    expect(result.lines.unclassified).toBe(0);
    expect(result.diagnostics.filter((d) => d.rule === 'unclassified-line')).toEqual([]);
  });

  it('reads a badge under a list item too', () => {
    const text = '# Bilan\n\n## Actions\n\n- Créer un transport solidaire\n\n  En cours\n\n- Ouvrir une maison de santé\n\nÀ venir\n';
    expect(shown(parseText('bilan.md', text)).map((s) => s.split(':')[0])).toEqual(['initiative (label)', 'proposal (label)']);
  });
});

describe('an institution’s action told in the future or the conditional', () => {
  it('is a proposal (a commitment, an idea), where the present tells an initiative', () => {
    const text = [
      '# Compte rendu du conseil de quartier',
      '',
      'La Ville proposera à la clinique d’organiser des consultations de pédiatrie dans la future maison de santé.',
      '',
      'Le CCAS lancera un service de transport solidaire dès le mois de janvier.',
      '',
      'La commune pourrait aussi proposer un logement aux internes de passage.',
      '',
      'Le CCAS délivre déjà des bons de transport aux habitants de plus de 75 ans.',
      '',
    ].join('\n');
    expect(shown(parseText('cr.md', text))).toEqual([
      'proposal (cue): La Ville proposera à la clinique d’organiser des consultations de pédiatrie dans la future maison de santé.',
      'proposal (cue): Le CCAS lancera un service de transport solidaire dès le mois de janvier.',
      'proposal (cue): La commune pourrait aussi proposer un logement aux internes de passage.',
      'initiative (cue): Le CCAS délivre déjà des bons de transport aux habitants de plus de 75 ans.',
    ]);
  });
});

describe('lists announced by what is done and what is to come', () => {
  it('gives the items of "… a déjà engagé :" initiatives and those of "dans les prochaines semaines :" proposals', () => {
    const text = [
      'Voici ce que la commune a déjà engagé :',
      '✅ Une annonce pour trouver un médecin est en ligne depuis hier.',
      '✅ Un cabinet équipé attend le futur médecin.',
      '',
      'Et dans les prochaines semaines :',
      '➡️ des affiches seront posées dans les commerces ;',
      '➡️ un appel à candidatures passera sur la radio locale.',
      '',
    ].join('\n');
    expect(shown(parseText('post.txt', text))).toEqual([
      'initiative (lead-in): Une annonce pour trouver un médecin est en ligne depuis hier.',
      'initiative (lead-in): Un cabinet équipé attend le futur médecin.',
      'proposal (lead-in): des affiches seront posées dans les commerces',
      'proposal (lead-in): un appel à candidatures passera sur la radio locale.',
    ]);
  });
});

describe('a comment thread pasted from a social network', () => {
  const thread = [
    'Mairie de Saint-Firmin',
    '3 mars à 18:02',
    '',
    'Notre médecin part à la retraite en juin : nous cherchons un successeur.',
    '',
    'Monique Lebrun',
    'Quelle tristesse, on savait que le cabinet ne tiendrait pas avec un seul médecin.',
    '2 j · J’aime · Répondre · 18',
    '',
    'Jean Hamon',
    'Il faudrait loger gratuitement le futur médecin pendant deux ans.',
    '2 j · J’aime · Répondre · 41',
    '',
    '    Mairie de Saint-Firmin · Auteur',
    '    Merci Jean, c’est noté pour le conseil municipal.',
    '    2 j · J’aime · Répondre · 6',
    '',
    'Nathalie Roux',
    'Est-ce que les infirmières passeront toujours à domicile après juin ?',
    '1 j · J’aime · Répondre · 4',
    '',
    'Gérard Fort',
    'Et les trous sur la route du stade, c’est pour quand ?',
    '1 j · J’aime · Répondre · 3',
    '',
    'Kévin Marie',
    'Élodie Marie regarde',
    '20 h · J’aime · Répondre',
    '',
  ].join('\n');

  it('reads each comment on the subject as a remark, a question or what it proposes, and leaves small talk out', () => {
    const result = parseText('fil.txt', thread);
    expect(shown(result).filter((s) => !s.includes('successeur'))).toEqual([
      'observation (form): Quelle tristesse, on savait que le cabinet ne tiendrait pas avec un seul médecin.',
      'proposal (cue): Il faudrait loger gratuitement le futur médecin pendant deux ans.',
      'question (form): Est-ce que les infirmières passeront toujours à domicile après juin ?',
    ]);
  });

  it('accounts names and reactions as page furniture, the small talk as prose', () => {
    const result = parseText('fil.txt', thread);
    expect(result.lines.unclassified).toBe(0);
    expect(result.records.some((r) => /Jean|Répondre|Élodie|trous/.test(r.text))).toBe(false);
  });
});

describe('minutes with an agenda, residents’ questions and the answers given', () => {
  const minutes = [
    '# Conseil citoyen du quartier de la gare',
    '',
    '### Ordre du jour',
    '',
    '1. Point sur l’offre de soins',
    '2. Questions des habitants',
    '3. Le projet de maison de santé',
    '',
    '### 2. Questions des habitants',
    '',
    '**Question de Mme Perret :** Où les familles arrivées dans le quartier peuvent-elles trouver un médecin traitant ?',
    '',
    '**Réponse de l’adjointe :** La Ville proposera au second médecin de réserver des créneaux aux familles du quartier.',
    '',
    'M. Tissot demande si la Ville compte verser des aides aux médecins pour les attirer.',
    '',
    '**Réponse de l’adjointe :** Les horaires relèvent des professionnels eux-mêmes ; la Ville ne peut pas les leur imposer.',
    '',
  ].join('\n');

  it('reads a question labelled with its speaker, an indirect question, and what an answer commits to, without the labels', () => {
    expect(shown(parseText('cr.md', minutes))).toEqual([
      'question (label): Où les familles arrivées dans le quartier peuvent-elles trouver un médecin traitant ?',
      'proposal (cue): La Ville proposera au second médecin de réserver des créneaux aux familles du quartier.',
      'question (cue): M. Tissot demande si la Ville compte verser des aides aux médecins pour les attirer.',
    ]);
  });

  it('takes the agenda’s points for no sections: "Questions des habitants" there opens nothing', () => {
    const result = parseText('cr.md', minutes);
    expect(result.records.some((r) => /projet de maison|Point sur/.test(r.text))).toBe(false);
  });
});

describe('new heading wordings, and sentences that say their own kind under a heading', () => {
  it('reads "Points clés" as findings, "Conseils pour essaimer" as good practices, "Les ressources du territoire" as levers, and "Chiffres clés" as no records', () => {
    const text = [
      '# Fiche territoire',
      '',
      '## Points clés',
      '',
      '- Une population plus âgée que la moyenne régionale',
      '',
      '## Chiffres clés',
      '',
      '- 12 400 habitants, dont 31 % de plus de 65 ans',
      '',
      '## Les ressources du territoire',
      '',
      '- Un tissu associatif dense dans le sport et l’aide à domicile',
      '',
      '## Conseils pour essaimer',
      '',
      '- Commencer par un diagnostic partagé avec les acteurs locaux.',
      '',
    ].join('\n');
    expect(shown(parseText('fiche.md', text))).toEqual([
      'finding (heading): Une population plus âgée que la moyenne régionale',
      'lever (heading): Un tissu associatif dense dans le sport et l’aide à domicile',
      'good_practice (heading): Commencer par un diagnostic partagé avec les acteurs locaux.',
    ]);
  });

  it('gives a sentence with its own cue its own kind under a proposals heading, and plain lines the heading’s', () => {
    const text = [
      '# Comité de pilotage',
      '',
      '## Premières pistes des groupes de travail',
      '',
      'Le groupe propose de créer une commission avec les bailleurs sociaux et les CCAS.',
      '',
      'Le groupe constate que de nombreux médecins ne connaissent pas les modalités d’adressage au CMP.',
      '',
      'Dr Lacoste estime que ce dispositif ne fonctionnera pas sans une ligne directe vers un psychiatre.',
      '',
    ].join('\n');
    expect(shown(parseText('copil.md', text)).map((s) => s.split(':')[0])).toEqual(['proposal (heading)', 'finding (cue)', 'observation (cue)']);
  });
});

describe('a text wrapped by hand', () => {
  it('joins a line that reached the margin to the next one, whatever its first letter', () => {
    const text = [
      'De : Collectif des soignants du canton',
      'Objet : nos demandes pour l’accès aux soins',
      '',
      'Madame la directrice, depuis la fermeture des urgences de nuit, les habitants',
      'du canton font plus de quarante minutes de route pour être soignés, et les',
      'infirmières libérales voient revenir à domicile des patients sortis trop tôt',
      'd’un service éloigné. Les internes que nous accueillons nous le répètent sans',
      'cesse : sans plateau technique proche, ils ne viendront pas s’installer ici.',
      '',
      'Pour attirer de jeunes médecins dans nos villages, nous proposons que le',
      'Département et l’ARS financent des stages d’externes dans les cabinets et',
      'un accompagnement des maîtres de stage pendant toute la durée de leur séjour,',
      'et nous demandons que la régulation médicale soit ouverte aux libéraux du',
      'canton qui le souhaitent, dès cet hiver, pour éviter des trajets inutiles.',
      '',
    ].join('\n');
    const result = parseText('lettre.txt', text);
    expect(shown(result).filter((s) => s.startsWith('proposal'))).toEqual([
      'proposal (cue): Pour attirer de jeunes médecins dans nos villages, nous proposons que le Département et l’ARS financent des stages d’externes dans les cabinets et un accompagnement des maîtres de stage pendant toute la durée de leur séjour, et nous demandons que la régulation médicale soit ouverte aux libéraux du canton qui le souhaitent, dès cet hiver, pour éviter des trajets inutiles.',
    ]);
    expect(result.records[0]!.source.line).toBe(10);
  });

  it('leaves a text of short lines as it is: each line its own', () => {
    const text = '# Atelier\n\n## Propositions\n\nCréer une maison de santé\nOuvrir un cabinet infirmier\n';
    expect(shown(parseText('atelier.txt', text))).toEqual(['proposal (heading): Créer une maison de santé', 'proposal (heading): Ouvrir un cabinet infirmier']);
  });
});

describe('a plan’s measures and what their descriptions tell', () => {
  it('makes a measure whose description tells what an institution does an initiative, and keeps one still to come a proposal', () => {
    const text = [
      '# Plan régional d’accès à la santé',
      '',
      'Mesure 1',
      '',
      '### Soutenir la création de maisons de santé',
      '',
      'La Région cofinance les travaux des maisons de santé portées par les communes.',
      '',
      'Mesure 2',
      '',
      '### Salarier des médecins là où rien d’autre n’existe',
      '',
      'Dès 2025, la Région accompagnera les collectivités qui ouvriront un centre de santé.',
      '',
    ].join('\n');
    expect(shown(parseText('plan.md', text))).toEqual([
      'initiative (cue): Soutenir la création de maisons de santé',
      'proposal (heading): Salarier des médecins là où rien d’autre n’existe',
    ]);
  });
});

describe('minutes of a residents’ council', () => {
  it('reads a speaker introduced with an article, an indirect question with "qui", and a plan told by "elle sollicitera … pour financer"', () => {
    const text = [
      '# Conseil de la vie sociale',
      '',
      'Le Dr Lefranc souligne que le médecin coordonnateur ne peut pas devenir le médecin traitant des résidents.',
      '',
      'M. Moreau demande qui prend en charge un résident qui fait un malaise la nuit.',
      '',
      'La directrice indique qu’elle sollicitera l’ARS pour financer un temps de médecin salarié.',
      '',
      'Elle offre aussi un an de loyer gratuit à tout généraliste qui viendrait s’installer dans la commune.',
      '',
    ].join('\n');
    expect(shown(parseText('cvs.md', text)).map((s) => s.split(':')[0])).toEqual(['observation (cue)', 'question (cue)', 'proposal (cue)']);
  });
});

describe('a pad exported to Markdown', () => {
  it('reads "Ce qui nous manque" as needs and leaves the group’s to-do list out', () => {
    const text = [
      '# Projet citoyen : se soigner à 16 ans',
      '',
      '## ✅ To-do du groupe',
      '',
      '- [x] Écrire le questionnaire @Ambre @Noah',
      '- [ ] Préparer le diaporama pour le 5 avril',
      '',
      '## 😕 Ce qui nous manque',
      '',
      '- Manque de transport pour aller aux rendez-vous après 17 h',
      '- Des consultations le mercredi après-midi',
      '',
    ].join('\n');
    expect(shown(parseText('pad.md', text))).toEqual([
      'need (heading): Manque de transport pour aller aux rendez-vous après 17 h',
      'need (heading): Des consultations le mercredi après-midi',
    ]);
  });
});
