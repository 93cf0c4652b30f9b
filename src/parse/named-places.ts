/** The places one piece of a document names, with a warning for each name that fits several. */
import type { Diagnostic } from '../diagnostics.js';
import { findNamedPlaces, withinOf } from '../territory/index.js';
import type { Territory } from '../types/record.js';
import { territoryWarning } from './territory-warning.js';

/** Where a text stands in its file, for warnings. */
export interface At {
  file: string;
  line: number;
  column: number;
}

/**
 * The places the texts name unambiguously, France left out (it places nothing), read within
 * `around` when given. A name that fits several places even there is a warning at `at`, once
 * per line and name, and is left out: never a guess.
 */
export function placesNamed(
  texts: readonly string[],
  around: Territory | null,
  at: At,
  diagnostics: Diagnostic[],
): { places: Territory[]; ambiguous: boolean } {
  const places: Territory[] = [];
  let ambiguous = false;
  for (const text of texts) {
    for (const { phrase, resolution } of findNamedPlaces(text, { within: withinOf(around), territory: around })) {
      if (resolution.status === 'found' && resolution.territory.level !== 'national') places.push(resolution.territory);
      if (resolution.status !== 'ambiguous') continue;
      ambiguous = true;
      const warning = territoryWarning(at.file, phrase, 'ambiguous', at.line, at.column);
      if (!diagnostics.some((d) => d.line === warning.line && d.message === warning.message)) diagnostics.push(warning);
    }
  }
  return { places, ambiguous };
}
