/** The pieces prose is read with: sentences, enumerations, speakers, decisions, FAQ questions. */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/parse/sentences.js';
import { isStatistic, readSentence, splitEnumeration } from '../../src/parse/prose.js';
import { isFaqQuestion, speakerLine } from '../../src/parse/remarks.js';
import { deliberationKind } from '../../src/parse/deliberation.js';

describe('sentences', () => {
  it('are not cut after an abbreviation, nor inside a quotation', () => {
    expect(sentences('M. Roux le dit. « Venez. Vite. », lance-t-elle. Mme. Leroy approuve.').map((s) => [s.text, s.offset])).toEqual([
      ['M. Roux le dit.', 0],
      ['« Venez. Vite. », lance-t-elle.', 16],
      ['Mme. Leroy approuve.', 48],
    ]);
  });
});

describe('enumerations', () => {
  it.each([
    ['un cabinet infirmier, des permanences à la mairie et même une mutuelle communale.', ['un cabinet infirmier', 'des permanences à la mairie', 'une mutuelle communale']],
    ['un médecin qui accepte de nouveaux patients, des rendez-vous chez le dentiste et l’ophtalmologiste, un transport…', ['un médecin qui accepte de nouveaux patients', 'des rendez-vous chez le dentiste et l’ophtalmologiste', 'un transport']],
    ["l'accès à la pharmacie et à la poste", ["l'accès à la pharmacie et à la poste"]],
    ['des bus, des navettes, etc.', ['des bus', 'des navettes']],
  ])('%s', (text, items) => {
    expect(splitEnumeration(text).map((i) => i.text)).toEqual(items);
  });

  it('an institution telling what it offers gives initiatives; one citing things gives nothing', () => {
    const context = { anySubject: false };
    expect(readSentence('Le Département propose une aide aux internes, des logements et une bourse.', context).map((i) => i.kind)).toEqual(['initiative', 'initiative', 'initiative']);
    expect(readSentence("Les réponses de l'ARS évoquent le maintien des urgences et du SMUR.", context)).toEqual([]);
    expect(readSentence('Sans attendre la loi, la commune a aménagé deux logements pour les internes.', context).map((i) => i.kind)).toEqual(['initiative']);
  });
});

describe('statistics and background', () => {
  it.each([
    ['Le canton compte 4 médecins pour 9 000 habitants.', true],
    ['Près de 13 % des habitants ont plus de 75 ans.', true],
    ["À peine un étudiant sur deux passe par un cabinet de ville.", true],
    ['Selon la caisse, les délais ont doublé.', true],
    ['Le dispositif existe depuis 2010 et peine à séduire.', false],
  ])('%s → %s', (text, statistic) => {
    expect(isStatistic(text)).toBe(statistic);
  });
});

describe('speakers', () => {
  it.each([
    ['Dr Martin : les internes repartent le soir.', true],
    ['M. Roux : les pharmaciens peuvent déjà le faire.', true],
    ['Marie Dupont : il faut un bus.', true],
    ['Nadia, 42 ans, habitante du quartier : « Trois semaines pour un pédiatre. »', true],
    ['Pilote : Communauté de communes', false],
    ['Date : 12 mars 2024', false],
    ['Constat : les délais sont longs', false],
    ['Saint-Dizier : réunion publique jeudi', false],
  ])('%s → %s', (line, speaker) => {
    expect(speakerLine(line) !== null).toBe(speaker);
  });
});

describe('council decisions and FAQ questions', () => {
  it('read the verb in capitals', () => {
    expect(['APPROUVE le principe', 'AUTORISE le Maire à signer', 'PRÉCISE que la délibération', 'Approuve le principe'].map(deliberationKind)).toEqual(['proposal', 'first_step', null, null]);
  });

  it('know the questions of a dispositif page', () => {
    expect(['Qui peut en bénéficier ?', "Montant de l'aide", 'Comment faire la demande ?', 'Comment attirer des médecins ?'].map(isFaqQuestion)).toEqual([true, true, true, false]);
  });
});

describe('intercommunalities', () => {
  it('give the département of their communes, named after a cue or by themselves', async () => {
    const { intercommunalityIn } = await import('../../src/territory/epci.js');
    expect(intercommunalityIn("Diagnostic de la Communauté de communes du Val d'Argent")?.code).toBe('68');
    expect(intercommunalityIn('Avis du conseil de développement de Bourges Plus')?.code).toBe('18');
    expect(intercommunalityIn('Le val d’argent est une jolie vallée')).toBeNull();
  });
});
