/**
 * What readers of recolte's output see: kind names in French (the default) and English, in
 * the order syntheses list them.
 */
import type { Kind } from '../types/record.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** The order of kinds in syntheses and tables. */
export const KIND_ORDER: readonly Kind[] = [
  'proposal', 'need', 'objective', 'first_step', 'lever', 'pitfall',
  'good_practice', 'finding', 'experiment', 'initiative', 'question', 'observation',
];

/** Kind names: `one` for a single item, `many` as a section title. */
export const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<Kind, { one: string; many: string }>>>> = {
  fr: {
    proposal: { one: 'proposition', many: 'Propositions' },
    need: { one: 'besoin', many: 'Besoins' },
    objective: { one: 'objectif', many: 'Objectifs' },
    first_step: { one: 'premier pas', many: 'Premiers pas' },
    lever: { one: 'levier', many: 'Leviers' },
    pitfall: { one: 'écueil', many: 'Écueils' },
    good_practice: { one: 'bonne pratique', many: 'Bonnes pratiques' },
    finding: { one: 'constat', many: 'Constats' },
    experiment: { one: 'expérimentation', many: 'Expérimentations' },
    initiative: { one: 'initiative', many: 'Initiatives' },
    question: { one: 'question', many: 'Questions' },
    observation: { one: 'observation', many: 'Observations' },
  },
  en: {
    proposal: { one: 'proposal', many: 'Proposals' },
    need: { one: 'need', many: 'Needs' },
    objective: { one: 'objective', many: 'Objectives' },
    first_step: { one: 'first step', many: 'First steps' },
    lever: { one: 'lever', many: 'Levers' },
    pitfall: { one: 'pitfall', many: 'Pitfalls' },
    good_practice: { one: 'good practice', many: 'Good practices' },
    finding: { one: 'finding', many: 'Findings' },
    experiment: { one: 'experiment', many: 'Experiments' },
    initiative: { one: 'initiative', many: 'Initiatives' },
    question: { one: 'question', many: 'Questions' },
    observation: { one: 'observation', many: 'Observations' },
  },
};
