/**
 * The form of a list item, as a glossary: what its first words make of it (an action, a lack,
 * or nothing), with the items that look like one and are not.
 */
import { describe, expect, it } from 'vitest';
import { itemForm } from '../../src/parse/item-form.js';

const cases = (form: 'action' | 'lack', rows: [string, string][]) =>
  it.each(rows)('%j → %s', (text, word) => expect(itemForm(text)).toEqual({ form, word }));

describe('an infinitive first is an action', () => {
  cases('action', [
    ['Créer des maisons de santé pluriprofessionnelles', 'créer'],
    ['Former les internes en zone rurale', 'former'],
    ['Installer des cabinets éphémères', 'installer'],
    ["S'appuyer sur les CPTS", 'appuyer'],
    ['S’appuyer sur les pharmaciens', 'appuyer'],
    ['Se former à la télémédecine', 'former'],
    ['Faire venir des médecins étrangers', 'faire'],
    ['Développer la télémédecine', 'développer'],
    ['Lever les freins à l’installation', 'lever'],
    ['Toucher les publics éloignés', 'toucher'],
    ['Creer des postes salaries', 'créer'],
  ]);
});

describe('after a negation, an adverb or a pronoun', () => {
  cases('action', [
    ['Ne pas fermer la maternité', 'fermer'],
    ['Ne plus fermer de lits', 'fermer'],
    ['Mieux rembourser les transports sanitaires', 'rembourser'],
    ['Bien vieillir à domicile', 'vieillir'],
    ['Davantage valoriser les stages', 'valoriser'],
    ['Les accompagner dans leurs démarches', 'accompagner'],
    ['Mieux les accompagner', 'accompagner'],
    ["S'y installer durablement", 'installer'],
    ['Pouvoir consulter le soir', 'pouvoir'],
    ['Pouvoir se soigner près de chez soi', 'pouvoir'],
  ]);
});

describe('an action noun first is an action', () => {
  cases('action', [
    ['Création de postes de médecins salariés', 'création'],
    ['Développement des IPA', 'développement'],
    ["Renforcement de l'offre de soins", 'renforcement'],
    ["Ouverture d'un centre de santé", 'ouverture'],
    ['Réouverture des urgences la nuit', 'réouverture'],
    ['Recrutement de médecins salariés', 'recrutement'],
    ['Installation de jeunes médecins', 'installation'],
    ['Formation continue des aides-soignants', 'formation'],
    ['Financement des études de médecine', 'financement'],
    ['Accompagnement des patients âgés', 'accompagnement'],
    ['Déploiement de la télémédecine', 'déploiement'],
    ['Simplification des démarches', 'simplification'],
    ['Communication auprès des jeunes', 'communication'],
    ["Construction d'une maison de santé", 'construction'],
    ['Prévention en milieu scolaire', 'prévention'],
    ['Investissement dans les cabinets', 'investissement'],
    ['Dépistage itinérant', 'dépistage'],
    ['Logement des internes', 'logement'],
    ['Creation de postes', 'creation'],
  ]);
});

describe('an action phrase first is an action', () => {
  cases('action', [
    ['Mise en place de permanences', 'mise en place'],
    ['Mise en œuvre du plan régional', 'mise en œuvre'],
    ['Mise en oeuvre du plan', 'mise en œuvre'],
    ['Prise en charge des frais de transport', 'prise en charge'],
    ["Aides à l'installation", 'aide à'],
    ['Aide au transport', 'aide à'],
    ['Soutien aux aidants', 'soutien à'],
    ['Accueil des stagiaires', 'accueil'],
    ['Maintien des services publics', 'maintien'],
  ]);
});

describe('a lack opener is a lack', () => {
  cases('lack', [
    ['Manque de médecins généralistes', 'manque'],
    ["Manque d'infirmiers", 'manque'],
    ['Absence de transports en commun', 'absence'],
    ['Difficultés à trouver un médecin traitant', 'difficulté'],
    ['Difficulté(s) de recrutement', 'difficulté'],
    ['Trop peu de pédiatres', 'trop peu de'],
    ['Pas assez de kinés', 'pas assez de'],
    ['Peu de spécialistes', 'peu de'],
    ['Insuffisance des moyens', 'insuffisance'],
    ['Pénurie de soignants', 'pénurie'],
    ['Déficit de médecins', 'déficit'],
    ['Éloignement des services de santé', 'éloignement'],
    ['Isolement des personnes âgées', 'isolement'],
    ["Délais d'attente trop longs", 'délai'],
    ["Temps d'attente aux urgences", "temps d'attente"],
    ['Déserts médicaux', 'désert'],
    ['Vieillissement de la population', 'vieillissement'],
    ['Fermeture de la maternité', 'fermeture'],
  ]);
});

describe('the first words are found behind marks', () => {
  it.each([
    '**Créer** un guichet unique',
    '- Créer un guichet unique',
    '- 1. Créer un guichet unique',
    '3) Créer un guichet unique',
    'A) Créer un guichet unique',
    'IV. Créer un guichet unique',
    '« Créer » un guichet unique',
    '"Créer un guichet unique"',
    '💡 Créer un guichet unique',
    '➡️ Créer un guichet unique',
    '  • Créer un guichet unique',
  ])('%j', (text) => expect(itemForm(text)).toEqual({ form: 'action', word: 'créer' }));

  it('reads a lack behind marks too', () => {
    expect(itemForm('- **Manque** de médecins')).toEqual({ form: 'lack', word: 'manque' });
  });
});

describe('what does not tell', () => {
  it.each([
    'Le centre de santé de Bar-le-Duc',
    'Des délais trop longs',
    'Les habitants',
    'Ensemble de mesures',
    'Gouvernement',
    'Département de la Meuse',
    'Moment de convivialité',
    'Logements vacants en centre-bourg',
    'Formations courtes',
    'Situation des urgences',
    'Association des usagers',
    'Consultation citoyenne du 12 mars',
    'Également',
    'Ménage',
    "Pouvoir d'achat",
    'Avenir des urgences',
    'Conseiller numérique',
    'Devenir médecin',
    'Plus de médecins',
    'Il faut créer',
    'La création de postes',
    'Proposé par les habitants',
    'Médecins',
    '',
    '- ',
    '💡',
  ])('%j → null', (text) => expect(itemForm(text)).toBeNull());
});
