/** Invariants over arbitrary documents: parse never throws, loses no line, and emits valid records. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/validate/validator.js';
import { parseText } from '../helpers/parse.js';

// Lines built from the shapes real documents use, so the engine's paths are all exercised.
const line = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '', '## Propositions', 'Leviers :', 'Proposition 1', 'À quels besoins répond cette proposition ?', 'Axe 2 – Prévention',
    'Former', '27. Eure', '| Constat | Proposition |', '| --- | --- |', '| Peu de médecins | Créer une MSP |', '---', '***',
    'Commentaires', 'top of page', '  • le soutien aux maisons de santé,', '- 1 : Dévalorisation du territoire', '1) Créer',
    'Réflexion : faut-il ?', '<nav>menu</nav>', '    indented text', '> citation', '```', 'Objectif de l’atelier :',
  ),
  fc.string().map((s) => `- ${s}`),
);
const documents = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('parse invariants', () => {
  it('never throws, and accounts for every non-blank line exactly once', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { lines } = parseText('doc.md', text);
        expect(lines.record + lines.heading + lines.prose + lines.chrome + lines.unclassified).toBe(lines.nonBlank);
      }),
      { numRuns: 300 },
    );
  });

  it('emits records that the schema accepts, with unique ids', async () => {
    const validate = await validatorFor('record');
    fc.assert(
      fc.property(documents, (text) => {
        const { records } = parseText('doc.md', text);
        for (const record of records) expect(validate(record)).toEqual([]);
        expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      }),
      { numRuns: 300 },
    );
  });
});
