/**
 * A plan's measure told in the present by its description: "Mesure 1 – Soutenir la création de
 * maisons de santé" over "La Région cofinance les travaux …" is a measure already in force, an
 * initiative; over "Dès 2025, la Région accompagnera …" it is still to come, and stays a
 * proposal. The title's wording cannot tell the two apart; the description's first sentence can.
 */
import type { Draft } from './draft.js';
import { readSentence } from './prose.js';
import { sentences } from './sentences.js';

/** Turns into initiatives the proposals whose description opens by telling what an institution does. */
export function settleByDescription(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (draft.kind !== 'proposal' || draft.parent || !draft.details.length) continue;
    const first = sentences(draft.details[0]!)[0]?.text;
    if (!first) continue;
    const told = readSentence(first, { anySubject: false });
    if (told.length === 1 && told[0]!.kind === 'initiative' && told[0]!.text === first) {
      draft.kind = 'initiative';
      draft.evidence = 'cue';
    }
  }
}
