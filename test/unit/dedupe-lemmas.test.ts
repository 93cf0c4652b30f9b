/**
 * Verbs and their action nouns, as dedupe reads them: a noun made from a verb and the verb's
 * irregular forms are compared as the verb itself.
 */
import { describe, expect, it } from 'vitest';
import { lemma, stem } from '../../src/dedupe/analyze.js';
import { actionNouns, verbOfActionNoun } from '../../src/vocabulary/action-nouns.js';

describe('action nouns (vocabulary/action-nouns.fr.tsv)', () => {
  it.each([
    ['création', 'créer'],
    ['installation', 'installer'],
    ['renforcement', 'renforcer'],
    ['ouverture', 'ouvrir'],
    ['construction', 'construire'],
    ['hébergement', 'héberger'],
    ['suppression', 'supprimer'],
    ['fermeture', 'fermer'],
    ['prévention', 'prévenir'],
    ['recrutement', 'recruter'],
    ['valorisation', 'valoriser'],
  ])('%s is the action of %s', (noun, verb) => {
    expect(actionNouns().get(noun)).toBe(verb);
  });

  it('reads plurals and words typed without accents', () => {
    expect(verbOfActionNoun('créations')).toBe('créer');
    expect(verbOfActionNoun('creation')).toBe('créer');
  });

  it('leaves out nouns that name a thing or a state, and words no rule makes', () => {
    for (const word of ['gouvernement', 'situation', 'association', 'médecin', 'maison', 'village']) {
      expect(actionNouns().has(word)).toBe(false);
    }
  });
});

describe('lemmas', () => {
  it.each([
    ['mise', 'mettre'],
    ['fait', 'faire'],
    ['ouvertes', 'ouvrir'],
    ['créations', 'créer'],
    ['prise', 'prendre'],
  ])('%s is read as %s', (word, verb) => {
    expect(lemma(word)).toBe(verb);
  });

  it('keeps the words the guard reads as they are', () => {
    for (const word of ['plus', 'moins', 'pas', 'sans', 'aucun', 'contre']) expect(lemma(word)).toBe(word);
  });

  it.each([
    ['déploiement', 'déployer'],
    ['création', 'créer'],
    ['installation', 'installer'],
    ['renforcement', 'renforcer'],
    ['ouverture', 'ouvrir'],
    ['construction', 'construire'],
    ['mise', 'mettre'],
  ])('%s and %s are one term', (noun, verb) => {
    expect(stem(noun)).toBe(stem(verb));
  });
});
