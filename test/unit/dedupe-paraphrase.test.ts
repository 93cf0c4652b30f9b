/**
 * Domain paraphrase classes of vocabulary/synonyms.fr.yaml, read like a glossary, and the
 * look-alikes that must stay apart however many words they share.
 */
import { describe, expect, it } from 'vitest';
import { analyze, synonymsFor } from '../../src/dedupe/analyze.js';
import { guard } from '../../src/dedupe/guard.js';
import { dedupe, type DedupeRecord } from '../../src/dedupe/index.js';
import { defaultSynonymTable } from '../../src/dedupe/synonyms.js';
import { DEFAULT_THRESHOLD } from '../../src/cli/commands/dedupe.js';

const synonyms = synonymsFor(await defaultSynonymTable());
const concepts = (text: string): string[] => analyze(text, synonyms).terms.filter((t) => t.startsWith('#'));

describe('paraphrase classes', () => {
  it.each([
    ['#cabinet_mobile', ['médicobus', 'bus médical itinérant', 'cabinet médical mobile', 'cabinet itinérant', 'camion médicalisé']],
    ['#desert', ['désert médical', 'zones sous-dotées', 'zone sous-dense', 'territoires sous-dotés', 'désertification médicale']],
    ['#clsm', ['CLSM', 'conseil local de santé mentale']],
    ['#pssm', ['PSSM', 'premiers secours en santé mentale']],
    ['#msu', ['MSU', 'maîtres de stage universitaires']],
    ['#infirmier', ['infirmières', 'IDE', 'IDEL', 'infirmier libéral']],
    ['#dentiste', ['dentistes', 'chirurgiens-dentistes']],
    ['#cabine_teleconsultation', ['cabine de téléconsultation', 'borne de téléconsultation', 'cabine connectée']],
    ['#telesurveillance', ['télésurveillance', 'télésuivi', 'suivi à distance']],
    ['#maladie_chronique', ['maladies chroniques', 'ALD', 'affection de longue durée']],
    ['#valoriser', ['valoriser', 'mettre en valeur', 'mise en valeur']],
    ['#informer', ['informer', 'faire connaître', 'sensibiliser']],
    ['#pedopsychiatrie', ['pédopsychiatres', 'pédopsychiatrie']],
  ])('%s: %j', (concept, wordings) => {
    for (const wording of wordings) expect(concepts(wording)).toEqual([concept]);
  });

  it('reads a médicobus and a bus médical itinérant in the villages as the same thing in the same place', () => {
    for (const text of ['Déployer des bus médicaux itinérants dans les villages', 'Faire circuler un médicobus dans nos villages']) {
      expect(concepts(text)).toEqual(expect.arrayContaining(['#cabinet_mobile', '#rural']));
    }
  });

  it('reads a fixed phrase whose words come in the other order, close together', () => {
    expect(concepts('Installation des médecins : la réguler')).toEqual(['#regulation_installation']);
    expect(concepts("Réguler l'installation des médecins")).toEqual(['#regulation_installation']);
    // In the phrase's own order, a word between qualifies it: a maison sport santé is no maison de santé.
    expect(concepts('Créer des maisons sport santé')).not.toContain('#msp');
    // Too far apart, the words do not belong together.
    expect(concepts("L'installation des jeunes médecins généralistes en ville, il faut la réguler")).not.toContain('#regulation_installation');
  });

  it('keeps a nurse in advanced practice apart from a nurse, and telemonitoring apart from telemedicine', () => {
    expect(concepts('infirmière en pratique avancée')).toEqual(['#ipa']);
    expect(concepts('télésurveillance')).not.toEqual(concepts('télémédecine'));
  });
});

let line = 0;
const record = (text: string): DedupeRecord => ({
  id: `r${++line}`,
  kind: 'proposal',
  text,
  territory: { level: 'departement', code: '55', name: 'Meuse' },
  source: { file: 'a.md', line, column: 1, endLine: line },
});

describe('paraphrases found at the default threshold', () => {
  it.each([
    ['an inverted phrase', "Réguler l'installation des médecins", 'Installation des médecins : la réguler'],
  ])('%s: "%s" / "%s"', (_, a, b) => {
    const threshold = Math.round(DEFAULT_THRESHOLD * 10_000);
    expect(dedupe([record(a), record(b)], { threshold, synonyms }).clusters).toHaveLength(1);
  });
});

describe('hard negatives stay apart at the default threshold', () => {
  it.each([
    ['another profession', 'Revaloriser les actes des IDEL', 'Revaloriser les actes des kinés'],
    ['another profession', 'Former les infirmiers à la télémédecine', 'Former les médecins à la télémédecine'],
    ['another public', 'Un médicobus pour les personnes âgées', 'Un médicobus pour les jeunes'],
    ['a public named on one side', 'Pénurie de pédopsychiatres', 'Pénurie de psychiatres'],
    ['another number', 'Créer 2 centres de santé dans le département', 'Créer 5 centres de santé dans le département'],
    ['a negation', "Réguler l'installation des médecins", "Ne pas réguler l'installation des médecins"],
    ['a negation', 'Installation des médecins : la réguler', "Installation des médecins : ne pas la réguler"],
    ['the opposite', 'Maintenir les urgences de nuit', 'Fermer les urgences la nuit'],
    ['another action', 'Développer la télémédecine en zone rurale', 'Former les médecins à la télémédecine en zone rurale'],
    ['another action', 'Financer des assistants médicaux', 'Former des assistants médicaux'],
    ['a branch of the structure', 'Créer des maisons de santé dans les villages', 'Créer des antennes de maisons de santé dans les villages'],
  ])('%s: "%s" / "%s"', (_, a, b) => {
    const threshold = Math.round(DEFAULT_THRESHOLD * 10_000);
    expect(guard(analyze(a, synonyms), analyze(b, synonyms))).not.toBeNull();
    expect(dedupe([record(a), record(b)], { threshold, synonyms }).clusters).toHaveLength(2);
  });
});
