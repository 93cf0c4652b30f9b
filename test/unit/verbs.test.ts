/**
 * French verb forms from the Lefff: infinitives, the infinitive behind a conjugated form, and
 * every form of a verb. Runs from the TypeScript sources, so the data is reduced from the
 * package at first use; the last test checks the file the build writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConjugations, reduceConjugations, SLOTS } from '../../src/vocabulary/verbs-data.js';
import { formsOf, infinitivesOf, isInfinitive } from '../../src/vocabulary/verbs.js';

describe('isInfinitive', () => {
  it.each(['créer', 'Créer', 'CRÉER', 'creer', 'former', 'suggérer', 'suggerer', 'mettre', 'falloir', 'être', 'aller', 'réouvrir', 'court-circuiter'])(
    '%s is an infinitive',
    (word) => expect(isInfinitive(word)).toBe(true),
  );

  it.each(["s'appuyer", 's’appuyer', "S'appuyer", 'se former', 'Se  former', "l'améliorer", "d'organiser", 'm’inscrire'])(
    '%s, after a reflexive or elided pronoun, is an infinitive',
    (word) => expect(isInfinitive(word)).toBe(true),
  );

  it.each(['création', 'propose', 'proposé', 'mise', 'centre', 'premier', 'dossier', 'métier', 'hiver', 'plaisir', 'manque', 'les', 'se', "s'", ''])(
    '%s is not an infinitive',
    (word) => expect(isInfinitive(word)).toBe(false),
  );
});

describe('infinitivesOf', () => {
  it.each([
    ['proposé', ['proposer']],
    ['proposée', ['proposer']],
    ['proposées', ['proposer']],
    ['proposent', ['proposer']],
    ['proposons', ['proposer']],
    ['proposerait', ['proposer']],
    ['Proposer', ['proposer']],
    ['faudrait', ['falloir']],
    ['suggèrent', ['suggérer']],
    ['suggerent', ['suggérer']],
    ['réclament', ['réclamer']],
    ['demandé', ['demander']],
    ['souhaitent', ['souhaiter']],
    ['évoquée', ['évoquer']],
    ['mis', ['mettre']],
    ['ouverte', ['ouvrir']],
    ['fait', ['faire']],
    ['allé', ['aller']],
    ['va', ['aller']],
    ['irons', ['aller']],
    ['sont', ['être']],
    ['été', ['être']],
    ['ont', ['avoir']],
    ['eues', ['avoir']],
    ['assis', ['asseoir']],
    ['s’appuient', ['appuyer']],
    ['appuierait', ['appuyer']],
    ['créé', ['créer']],
    ['créées', ['créer']],
  ])('%s → %j', (form, expected) => expect(infinitivesOf(form)).toEqual(expected));

  it('lists every verb a form belongs to, irregular verbs first', () => {
    expect(infinitivesOf('mise')).toEqual(['mettre', 'miser']);
    expect(infinitivesOf('suis')).toEqual(['être', 'suivre']);
    // "Il faut" is also the old "faillir" in the Lefff.
    expect(infinitivesOf('faut')).toEqual(['faillir', 'falloir']);
  });

  it('keeps to the accents as written, and finds every spelling of a form typed without them', () => {
    expect(infinitivesOf('pêche')).toEqual(['pêcher']);
    expect(infinitivesOf('pèche')).toEqual(['pécher']);
    expect(infinitivesOf('peche').sort()).toEqual(['pécher', 'pêcher']);
  });

  it('keeps to the slots asked for', () => {
    expect(infinitivesOf('créer', ['W'])).toEqual(['créer']);
    expect(infinitivesOf('crée', ['W'])).toEqual([]);
    expect(infinitivesOf('proposent', ['P6'])).toEqual(['proposer']);
    expect(infinitivesOf('proposent', ['K1', 'K2', 'K3', 'K4'])).toEqual([]);
    expect(infinitivesOf('mise', ['K3'])).toEqual(['mettre']);
  });

  it.each(['création', 'maison', 'médecin', 'xyz', '', "l'"])('%j is no verb form', (word) => {
    expect(infinitivesOf(word)).toEqual([]);
  });
});

describe('formsOf', () => {
  it('gives every form of a verb, its infinitive first', () => {
    const forms = formsOf('proposer');
    expect(forms[0]).toBe('proposer');
    for (const form of ['propose', 'proposes', 'proposons', 'proposez', 'proposent', 'proposait', 'proposa', 'proposèrent', 'proposerait', 'proposeraient', 'proposant', 'proposé', 'proposée', 'proposés', 'proposées', 'proposassent']) {
      expect(forms).toContain(form);
    }
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('reads the infinitive as written, folded or reflexive', () => {
    expect(formsOf('suggerer')).toEqual(formsOf('suggérer'));
    expect(formsOf('Suggérer')).toEqual(formsOf('suggérer'));
    expect(formsOf("s'appuyer")).toEqual(formsOf('appuyer'));
    expect(formsOf('appuyer')).toContain('appuient');
  });

  it('gives the forms of irregular and impersonal verbs', () => {
    expect(formsOf('falloir')).toEqual(['falloir', 'faut', 'faille', 'fallait', 'fallu', 'fallut', 'fallût', 'faudra', 'faudrait']);
    expect(formsOf('mettre')).toEqual(expect.arrayContaining(['mis', 'mise', 'mises', 'mettons', 'mîmes']));
    for (const verb of ['proposer', 'suggérer', 'réclamer', 'demander', 'souhaiter', 'évoquer']) {
      expect(formsOf(verb).length).toBeGreaterThan(30);
    }
  });

  it('gives nothing for a word that is no infinitive', () => {
    expect(formsOf('proposé')).toEqual([]);
    expect(formsOf('création')).toEqual([]);
  });
});

describe('the reduction of the Lefff conjugations', () => {
  const [raw] = readConjugations();
  const expected = (verb: string): Set<string> => {
    const forms = Object.values(raw[verb]!).flatMap((list) => list ?? []);
    return new Set([verb, ...forms.filter((form): form is string => !!form && form !== 'NA')]);
  };

  it('loses no form of any verb', () => {
    const verbs = Object.keys(raw).filter((verb) => /^[\p{Ll}-]+$/u.test(verb));
    expect(verbs.length).toBeGreaterThan(7000);
    for (const verb of verbs) expect(new Set(formsOf(verb)), verb).toEqual(expected(verb));
  });

  it('finds the infinitive back from each form', () => {
    const sample = Object.keys(raw).filter((_, i) => i % 97 === 0);
    for (const verb of sample) for (const form of expected(verb)) expect(infinitivesOf(form), form).toContain(verb);
  });

  it('names its slots from the infinitive to the conditional', () => {
    expect(SLOTS[0]).toBe('W');
    expect(SLOTS).toHaveLength(54);
    expect(SLOTS.at(-1)).toBe('C6');
  });

  it('is the file the build writes', () => {
    // npm test builds first; dist/vocabulary/verbs.json is what the CLI loads.
    const built: unknown = JSON.parse(readFileSync(new URL('../../dist/vocabulary/verbs.json', import.meta.url), 'utf8'));
    expect(built).toEqual(reduceConjugations(...readConjugations()));
  });
});
