/**
 * The vocabulary as a glossary: how recolte reads each wording of a heading, question, label,
 * table column or page-chrome line. Headings go through the real classifier, as Markdown
 * headings and as plain-text lines, so the glossary is what the parser does.
 */
import { describe, expect, it } from 'vitest';
import { classify, isChrome, type Context } from '../../src/parse/headings.js';
import { toTree } from '../../src/parse/tree.js';
import { stripMarker, toUnits, type Unit } from '../../src/parse/units.js';
import { fold } from '../../src/text/fold.js';
import type { Kind } from '../../src/types/record.js';
import {
  columnRole,
  inlineKindLabel,
  isAxisHeading,
  isMetadataLine,
} from '../../src/vocabulary/match.js';

const neutral: Context = { strongSection: false, grouping: false, collecting: false };

function unitsOf(text: string): Unit[] {
  return toUnits(toTree(text), text.split('\n'));
}

type Reading = Kind | 'context' | 'block' | 'axis' | null;

/** What a heading line opens: a kind, a context section, a numbered block, an axis, or nothing named. */
function reading(line: string): Reading {
  const [unit, next] = unitsOf(`${line}\n\n- un item`);
  const c = classify(unit!, next, neutral);
  if (c.as === 'intro') return c.kind;
  if (c.as !== 'heading') return null;
  const role = c.heading;
  if (role.role === 'section') return role.kind ?? 'context';
  if (role.role === 'block') return 'block';
  if (role.role === 'axis') return 'axis';
  return null;
}

const GLOSSARY: Record<Exclude<Reading, null | 'block' | 'axis'>, string[]> = {
  pitfall: [
    'Écueils à éviter (méthodologie, gouvernance...) :',
    'Freins',
    'Freins :',
    'Points de vigilance',
    "Points d'attention",
    'Obstacles rencontrés',
    'Risques',
    'Erreurs à éviter',
    'À éviter',
    'Ce qui freine',
    'Ce qui bloque',
    'Ce qui pose problème',
  ],
  proposal: [
    "Pistes d'action",
    "Pistes d’action :",
    'Zoom sur les 16 solutions explorées',
    'Zoom sur les 16 solutions explorées au niveau régional',
    'Propositions',
    'Nos propositions',
    'Les propositions retenues',
    'Recommandations',
    'Préconisations',
    'Pistes de solutions',
    'Idées des participants :',
    'Suggestions',
    'Ce que nous proposons :',
    'Quelles solutions proposez-vous ?',
    'Que proposez-vous ?',
    '💡 Propositions',
  ],
  need: [
    'Besoins',
    'Quels besoins ?',
    'À quels besoins répond cette proposition ?',
    'À quels besoins répond-elle ?',
    'Besoins identifiés',
    'Attentes des habitants',
    'Ce qui manque',
    'Pourquoi cette proposition ?',
    'Pourquoi ?',
  ],
  objective: [
    'Objectifs',
    'Objectifs visés',
    'Objectifs attendus :',
    'Quels sont les grands objectifs de cette proposition ?',
    'Finalités',
    'Résultats attendus',
    'Pour quoi faire ?',
    'Dans quel but ?',
  ],
  first_step: [
    'Premières actions à engager',
    'Mise en œuvre',
    'Mise en oeuvre',
    'Premiers pas',
    'Premières étapes :',
    'Prochaines étapes',
    'Étapes de mise en œuvre',
    'Actions à mener :',
    "Plan d'action",
    'Quels sont les premiers pas concrets pour mettre en place cette proposition ?',
    'Comment la mettre en œuvre ?',
    'Par où commencer ?',
  ],
  lever: [
    'Leviers',
    'Leviers :',
    'Leviers à privilégier (méthodologie, gouvernance...) :',
    'Facteurs de réussite',
    'Conditions de réussite',
    'Atouts du territoire',
    'Points forts',
    'Ce qui aide',
  ],
  good_practice: [
    'Bonnes pratiques',
    'Bonnes pratiques (suite aux échanges avec la salle) :',
    'Exemples inspirants',
    "Retours d'expérience",
    'Ce qui fonctionne',
    'Ce qui marche',
  ],
  finding: [
    'Constats',
    'Constats généraux (suite aux échanges avec la salle) :',
    'Diagnostic',
    'État des lieux',
    'Difficultés rencontrées',
    'Problèmes identifiés',
    'Enseignements',
  ],
  experiment: ['Expérimentation', 'Projets pilotes'],
  initiative: ['Initiatives', 'Dispositifs existants', 'Actions menées'],
  question: ["Problématique de l'atelier :", 'Questions de la salle', 'Questions posées'],
  observation: ['Remarques', 'Observations des étudiants', 'Réflexions', 'Verbatim', 'Témoignages', 'Divers', 'Expression libre'],
  context: [
    "Objectif de l'atelier",
    "Objectif de l'atelier :",
    'Objectif de la réunion',
    'Contexte',
    'Introduction',
    'Déroulé de la séance',
    'Ordre du jour',
    'Méthodologie',
    'Participants',
    'Remerciements',
    'Perspectives',
    'Programme',
  ],
};

describe('heading wordings', () => {
  for (const [kind, wordings] of Object.entries(GLOSSARY)) {
    describe(kind, () => {
      it.each(wordings)('"%s" as a Markdown heading', (wording) => {
        expect(reading(`### ${wording}`)).toBe(kind);
      });
      it.each(wordings)('"%s" as a plain line', (wording) => {
        expect(reading(wording)).toBe(kind);
      });
    });
  }

  it.each([
    "Partager les solutions pour renforcer l'action locale",
    'Une réalité territoriale de plus en plus contrastée',
    "Des Départements contraints d'innover face à l'urgence",
    'Un temps d’échange national au service des territoires',
    'Santé des professionnels de santé',
    'Pour les étudiants',
    'Comment attirer les jeunes médecins en zone rurale ?',
    'Étape 1 : accueil des participants',
  ])('"%s" names no kind', (wording) => {
    expect(reading(`## ${wording}`)).toBeNull();
  });

  it('"Objectif de l\'atelier" describes the meeting: context, not objective', () => {
    expect(reading("### **Objectif de l'atelier :**")).toBe('context');
    expect(reading('### Objectifs de la proposition')).toBe('objective');
  });

  it.each([
    'Proposition 1',
    'Proposition n°2 : Créer une maison de santé',
    '## Proposition n°1 : Créer un centre de santé',
    'PROPOSITION N°1 – CRÉER UN CENTRE DE SANTÉ',
    'Fiche action 1 – Des ateliers de prévention dans les collèges',
    'Solution n° 4. Développer la télémédecine',
    'Initiative 4',
    'Expérimentation 2 : un bus santé',
  ])('"%s" opens a numbered block', (wording) => {
    expect(reading(wording)).toBe('block');
  });

  it.each([
    "Axe 1 – L'accès à un médecin traitant ou à une équipe traitante",
    'Axe II – Organiser les soins non programmés',
    'Thème 1 : Attirer et fidéliser les professionnels de santé',
    'Thème III :',
    'Chantier n°1',
    'Priorité 2 : la prévention',
  ])('"%s" is a thematic axis', (wording) => {
    expect(isAxisHeading(fold(wording))).toBe(true);
    expect(reading(wording)).toBe('axis');
  });

  it.each([
    ['Parmi les leviers mobilisés figurent notamment :', 'lever'],
    ['Les freins identifiés sont les suivants :', 'pitfall'],
    ['Les participants proposent de :', 'proposal'],
    ['Le bâtiment regroupe sous le même toit :', null],
  ])('"%s" introduces a list of %s', (sentence, kind) => {
    const [unit, next] = unitsOf(`${sentence}\n- un item`);
    const c = classify(unit!, next, neutral);
    expect(c.as).toBe('intro');
    expect(c.as === 'intro' && c.kind).toBe(kind);
  });
});

describe('inline labels', () => {
  it.each([
    ['Constat : les habitants de plus de 75 ans sont nombreux', 'finding', 'les habitants de plus de 75 ans sont nombreux'],
    ['Proposition – Organiser un covoiturage solidaire.', 'proposal', 'Organiser un covoiturage solidaire.'],
    ['Levier : la CPTS déjà en place.', 'lever', 'la CPTS déjà en place.'],
    ['Point de vigilance : veiller au bénévolat.', 'pitfall', 'veiller au bénévolat.'],
    ['**Réflexion** : Ne serait-il pas pertinent de créer une base ?', 'observation', 'Ne serait-il pas pertinent de créer une base ?'],
    ['Ce qui manque : un pédiatre', 'need', 'un pédiatre'],
  ])('"%s" is a %s', (line, kind, rest) => {
    expect(inlineKindLabel(line)).toEqual({ kind, rest });
  });

  it.each([
    "L'objectif est clair : favoriser la diffusion des bonnes pratiques",
    'Au programme : ateliers et tables rondes.',
    "Objectif de l'atelier : échanger",
    'Kits de communication à destination des professionnels : livret, site internet.',
  ])('"%s" is not a label', (line) => {
    expect(inlineKindLabel(line)).toBeNull();
  });

  it.each(['Nombre de participants : 12', '**Nombre de participants :** 12', 'Participants : 42 (habitants, élus)', 'Date : 12 mars 2024', 'Contact : service santé'])(
    '"%s" is document metadata',
    (line) => {
      expect(isMetadataLine(line)).toBe(true);
    },
  );
});

describe('table columns', () => {
  it.each([
    ['Constat', { role: 'kind', kind: 'finding' }],
    ['Proposition', { role: 'kind', kind: 'proposal' }],
    ['Propositions retenues', { role: 'kind', kind: 'proposal' }],
    ['Point de vigilance', { role: 'kind', kind: 'pitfall' }],
    ['Levier', { role: 'kind', kind: 'lever' }],
    ['Département', { role: 'territory' }],
    ['Territoire', { role: 'territory' }],
    ['Commune', { role: 'territory' }],
    ['Thème', { role: 'axis' }],
    ['Axe', { role: 'axis' }],
    ['Groupe', { role: 'group' }],
    ['Sous-thème', { role: 'group' }],
    ['Topic', { role: 'axis' }],
    ['Contenu', { role: 'text' }],
    ['Contenu texte', { role: 'text' }],
    ['Content', { role: 'text' }],
    ['Sujet', { role: 'title' }],
    ['Titre', { role: 'title' }],
    ['Description', { role: 'details' }],
    ['Détails', { role: 'details' }],
    ['Type', { role: 'type' }],
    ['Catégorie', { role: 'type' }],
    ['Code postal', { role: 'postcode' }],
    ['Commune concernée', { role: 'territory' }],
    ['Dispositif', { role: 'kind', kind: 'initiative' }],
    ['Dispositif nom usuel', { role: 'kind', kind: 'initiative' }],
    ['Action', { role: 'kind', kind: 'initiative' }],
    ['Action à mener', { role: 'kind', kind: 'first_step' }],
    // The free text of an export, as in spreadsheets: a table of verbatims gives contributions, not remarks.
    ['Verbatim', { role: 'text' }],
    ['Commentaire', { role: 'text' }],
    ['Porteur', null],
    ['Échéance', null],
  ])('"%s"', (header, role) => {
    expect(columnRole(header)).toEqual(role);
  });
});

describe('page chrome', () => {
  const chrome = (line: string): boolean => unitsOf(line).every(isChrome);

  it.each([
    'top of page',
    'bottom of page',
    'Commentaires',
    'Commentaires (3)',
    '3 commentaires',
    'Laisser un commentaire',
    'Je m’exprime et je partage mon avis dans l’espace commentaires, en bas de page ⬇️ |',
    'Retrouvez les propositions des autres ateliers thématiques :',
    'Inscrivez-vous ci-dessous :',
    'Je rejoins le collectif « Tous meusiens ! »',
    'Lié à :',
    '  • La rédaction',
    '  • il y a 3 jours',
    '  • 2 min de lecture',
    'Temps de lecture : 3 min',
    'Par Claire Martin',
    'Par Jean-Luc Moreau, secrétaire de séance',
    'Publié le 18 mars 2024 par la rédaction',
    'Mis en ligne le 3 mars 2024',
    'Partager sur Facebook',
    'Partager cet article',
    'Partager : Facebook | Twitter',
    'Facebook Twitter LinkedIn',
    'Suivez-nous sur Facebook',
    "S'abonner à la newsletter",
    'Lire aussi : Déserts médicaux, la Meuse expérimente la télémédecine',
    'Vous aimerez aussi',
    'Télécharger la synthèse (PDF, 2 Mo)',
    'Accueil > Santé > Actualités',
    'Ce site utilise des cookies pour améliorer votre expérience.',
    'Accepter les cookies',
    'Tout accepter',
    'Mentions légales',
    '© 2024 Le Journal de l’Argonne',
    'Crédit photo : DR',
    'Source : ARS Grand Est',
    '![photo](atelier-argonne.jpg)',
    '![]() | Retrouvez le compte-rendu complet des ateliers en cliquant ici ! |',
    '<nav><a href="/">Accueil</a> | <a href="/actualites">Actualités</a></nav>',
    '<footer>© 2024 Le Journal de l’Argonne – Mentions légales</footer>',
    '***Synthèse réalisée par les étudiants M2 du Master F2DT de l’Université de Lorraine***',
    '\\*\\*\\*',
    'https://www.assisesnationales-accesauxsoins.fr/',
  ])('"%s" is chrome', (line) => {
    expect(chrome(line)).toBe(true);
  });

  it.each([
    "Partager les solutions pour renforcer l'action locale",
    'Partager les pratiques entre professionnels de santé',
    'Inscrire les Maisons Médicales de Garde dans un nouveau modèle de permanence des soins ambulatoires',
    'Inscrire la santé dans le projet de territoire',
    'Retour d’expérience des élus du Loiret',
    'Suivre les patients à domicile',
    'Créer une newsletter santé pour les habitants',
    'Réagir vite en cas d’urgence vitale',
    'Imprimer les ordonnances en pharmacie',
    'Menu santé dans les cantines scolaires',
    'Par ailleurs, les élus ont rappelé leur engagement.',
    'Par SMS ou par téléphone',
    'Publier un annuaire des professionnels de santé',
    'Découvrir les métiers de la santé dès le collège',
    'Source de financement à trouver',
  ])('"%s" is not chrome', (line) => {
    expect(chrome(line)).toBe(false);
  });
});

describe('list markers', () => {
  it.each([
    ['• item', 'item', false],
    ['– item', 'item', false],
    ['* item', 'item', false],
    ['➢ item', 'item', false],
    ['1. item', 'item', true],
    ['1) item', 'item', true],
    ['(2) item', 'item', true],
    ['1.1 item', 'item', true],
    ['2.1. item', 'item', true],
    ['- 1 : item', 'item', true],
    ['a) item', 'item', true],
    ['B. Item', 'Item', true],
    ['iv. item', 'item', true],
    ['n°3 : item', 'item', true],
    ['R1 – item', 'item', true],
    ['P2.1 : item', 'item', true],
    ['✅ item', 'item', false],
    ['👉 item', 'item', false],
  ])('"%s" → "%s"', (line, text, numbered) => {
    expect(stripMarker(line)).toMatchObject({ text, numbered });
  });

  it('keeps a line that only starts like a number or a letter', () => {
    expect(stripMarker('100 000 habitants sans médecin')).toMatchObject({ text: '100 000 habitants sans médecin', numbered: false });
    expect(stripMarker('a. martin').numbered).toBe(false);
  });
});

describe('a project’s own headings', () => {
  it('win over a built-in heading of the same words', async () => {
    const { headingKind, useHeadingExtensions } = await import('../../src/vocabulary/match.js');
    expect(headingKind('ce qui coince')?.kind).toBe('finding');
    useHeadingExtensions({ 'Ce qui coince': 'pitfall' });
    try {
      expect(headingKind('ce qui coince')?.kind).toBe('pitfall');
    } finally {
      useHeadingExtensions({});
    }
    expect(headingKind('ce qui coince')?.kind).toBe('finding');
  });
});
