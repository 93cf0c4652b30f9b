/**
 * A card's fields among its details ("Thème : Accès aux soins", "Commune : Nantes – Nantes Nord"
 * under a platform's contribution): the theme is the record's axis and the commune its territory,
 * as a table's theme and territory columns would be.
 */
import { fold } from '../text/fold.js';
import { foldedWords } from '../text/regexp.js';
import type { Territory } from '../types/record.js';
import { TABLE_COLUMNS } from '../vocabulary/fr.js';
import type { Draft } from './draft.js';
import { placeOf } from './table.js';

const field = (names: readonly string[]): RegExp => new RegExp(`^(?:[-*•]\\s+)?${foldedWords(names)}\\s*:\\s*`, 'u');
const THEME_FIELD = field(TABLE_COLUMNS.axis);
const PLACE_FIELD = field(TABLE_COLUMNS.territory);

/** Gives each draft the theme and the place its details name in fields, where it has none of its own. */
export function fieldsFromDetails(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    for (const detail of draft.details) {
      const text = detail.trim();
      const theme = THEME_FIELD.exec(fold(text));
      if (theme && !draft.axis) draft.axis = text.slice(theme[0].length).trim() || null;
      const place = PLACE_FIELD.exec(fold(text));
      if (place && !draft.territory) draft.territory = placeOfField(text.slice(place[0].length).trim());
    }
  }
}

/** "Nantes – Nantes Nord": the place, or the place before the dash that says which part of it. */
function placeOfField(value: string): Territory | null {
  for (const candidate of [value, value.split(/(?<!\s)\s+[–—-]\s+/)[0]!]) {
    const found = placeOf(candidate);
    if (found.status === 'found') return found.territory;
  }
  return null;
}
