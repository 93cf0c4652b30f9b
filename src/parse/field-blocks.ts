/**
 * Projects described by fields: a title line, then "Porteur : …", "Lieu : …", "Montant accordé :
 * …" (a funder's list of laureates, a CLS's report of funded actions). The title is an item of
 * its own, its fields and description are its details.
 */
import { fold } from '../text/fold.js';
import { isProjectFieldLabel, splitLabel } from '../vocabulary/match.js';
import type { Unit } from './units.js';
import { wordCount } from './headings.js';

/** A title names a project in a few words, not in a sentence or a paragraph. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
/** How many field lines may come between the title and the one that names who carries or funds it. */
const MAX_FIELDS_BEFORE = 3;

/** The indices of the lines that title a project described by fields. */
export function fieldBlockTitles(units: readonly Unit[], titleIndex: number | null): Set<number> {
  const titles = new Set<number>();
  for (const [index, unit] of units.entries()) {
    if (index === titleIndex || unit.type !== 'line' || !isTitleLike(unit.text)) continue;
    for (let i = index + 1; i <= index + MAX_FIELDS_BEFORE && i < units.length; i++) {
      const next = units[i]!;
      const split = next.type === 'line' ? splitLabel(next.raw) : null;
      if (!split?.rest) break;
      if (isProjectFieldLabel(fold(split.label))) {
        titles.add(index);
        break;
      }
    }
  }
  return titles;
}

/** A line that reads as a name: a few words, no closing colon or full stop, no label of its own. */
function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && !/[:.;]$/.test(trimmed) && !splitLabel(trimmed);
}
