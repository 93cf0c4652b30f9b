import type { Territory } from '../types/record.js';
import { areaData } from './data.js';
import { memoize } from '../text/memo.js';
import { normalizePlaceName, stripArticle } from './normalize.js';

// "01. Ain", "2A) Corse-du-Sud", "971 - Guadeloupe", "27 – Eure", "01 Ain"; one trailing dot or colon allowed.
const CODE_FIRST = /^(\d{1,3}|2[AB])(?:\s*[.)\-–—:]|\s)\s*(\p{L}.*?)(?<!\s)\s*[.:;]?$/iu;
// "Eure (27)"
const NAME_FIRST = /^(\p{L}.*?)(?<!\s)\s*\(\s*(\d{1,3}|2[AB])\s*\)\s*[.:;]?$/iu;
// Leftover Markdown: leading hashes and emphasis around the whole heading.
const MARKUP = /^#{1,6}\s+|^[*_]+|(?<![*_])[*_]+$/g;

/**
 * The département a digest heading names ("01. Ain", "Eure (27)", "971 - Guadeloupe"), or null.
 * Both code and name must agree, so numbered sections ("1. Introduction") are never taken.
 */
export function parseTerritoryHeading(text: string): Territory | null {
  const found = territoryHeading(text);
  return found && { ...found };
}

const territoryHeading = memoize((text: string): Readonly<Territory> | null => {
  const t = text.trim().replace(MARKUP, '').trim();
  let code: string | undefined;
  let name: string | undefined;
  const codeFirst = CODE_FIRST.exec(t);
  if (codeFirst) [, code, name] = codeFirst;
  // NAME_FIRST's lazy name retries at every character: only a line with a parenthesis can match.
  else if (t.includes('(')) {
    const nameFirst = NAME_FIRST.exec(t);
    if (!nameFirst) return null;
    [, name, code] = nameFirst;
  }
  if (code === undefined || name === undefined) return null;
  // Single digits are padded ("1. Ain" → 01); harmless because the name must still match.
  const entry = areaData().departements.byCode.get(code.toUpperCase().padStart(2, '0'));
  if (!entry) return null;
  const given = normalizePlaceName(name);
  const official = normalizePlaceName(entry.territory.name);
  const same = given === official || stripArticle(given) === stripArticle(official);
  return same ? entry.territory : null;
});
