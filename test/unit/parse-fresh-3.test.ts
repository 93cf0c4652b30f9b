/**
 * Layouts met on the fresh documents 71–93 (issue 13): transcripts with speaker turns, and
 * what they taught about headings. Each document here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parse/index.js';
import { parseText } from '../helpers/parse.js';

/** Each record as "kind (evidence): text". */
function shown(result: ParseResult): string[] {
  return result.records.map((r) => `${r.kind} (${r.evidence}): ${r.text}`);
}

describe('a radio transcript', () => {
  it('reads a turn that ends on a question as a turn, not as a heading over the turns after it', () => {
    const transcript = [
      'JOURNALISTE : Le Département verse une bourse aux internes en échange d’un engagement de cinq ans. Est-ce que ça marche ?',
      '',
      'LA DÉPUTÉE : C’est un bon outil, mais il arrive trop tard.',
      '',
      'JOURNALISTE : On passe au standard.',
      '',
      'UN AUDITEUR : Bonjour, on vous écoute depuis Valençay.',
    ].join('\n');
    expect(shown(parseText('debat.txt', transcript))).toEqual([]);
  });
});
