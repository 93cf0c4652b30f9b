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
    expect(result.diagnostics.filter((d) => d.code === 'unclassified-line')).toEqual([]);
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
