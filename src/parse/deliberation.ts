/**
 * The decisions of a council's deliberation, each opening with its verb in capitals: "APPROUVE
 * le principe d'un centre de santé" proposes, "AUTORISE le Maire à …" and "CHARGE …" carry it
 * out; "PRÉCISE", "DIT" record nothing. The verbs are data in src/vocabulary/fr-prose.ts.
 */
import { fold } from '../text/fold.js';
import type { Kind } from '../types/record.js';
import { DELIBERATION_VERBS } from '../vocabulary/fr-prose.js';

const byVerb = new Map((Object.entries(DELIBERATION_VERBS) as [Kind, readonly string[]][]).flatMap(([kind, verbs]) => verbs.map((v) => [fold(v), kind] as const)));

/** The kind a decision's verb in capitals gives a line ("APPROUVE …" → proposal), or null. */
export function deliberationKind(text: string): Kind | null {
  const first = /^\s*(\p{Lu}[\p{Lu}'’-]{2,})(?=\s)/u.exec(text);
  return first ? (byVerb.get(fold(first[1]!)) ?? null) : null;
}
