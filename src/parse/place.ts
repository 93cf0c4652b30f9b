/** The document's territory when its front matter or its opening lines name one. */
import type { Diagnostic } from '../diagnostics.js';
import {
  findPlaceMentions,
  resolveName,
  resolvePlaceMention,
  resolveSpec,
  type Resolution,
  type SpecResolution,
} from '../territory/index.js';
import type { Territory } from '../types/record.js';
import { findDates } from './dates.js';
import { territoryWarning } from './territory-warning.js';
import type { Unit } from './units.js';

/** The territory a front-matter key names: a code, or a name read at the key's level. */
export function resolveFrontMatterTerritory(key: string, value: string): SpecResolution {
  if (key === 'territoire' || /^[0-9]{2,3}$|^[0-9]{5}$|^2[AB][0-9]{0,3}$/i.test(value)) {
    return resolveSpec(key === 'territoire' ? value : `${key}:${value}`);
  }
  return resolveName(value, { prefer: key === 'commune' ? 'commune' : 'area' });
}

/**
 * The territory named in the title or opening lines: after a preposition ("à Stenay", "en
 * Grand Est") or as a label ("… – Ligny-en-Barrois", "Stenay, le 6 juin 2024"). A name that
 * fits several places is a warning, never a guess.
 */
export function territoryFromText(
  file: string,
  sources: readonly { text: string; unit: Unit | null }[],
  diagnostics: Diagnostic[],
): Territory | null {
  for (const { text, unit } of sources) {
    const named = placeLabel(text);
    const candidates: { phrase: string; found: () => Resolution }[] = [
      ...findPlaceMentions(text).map((mention) => ({ phrase: mention.phrase, found: () => resolvePlaceMention(mention) })),
      ...(named ? [{ phrase: named, found: () => resolveName(named, { prefer: 'commune' }) }] : []),
    ];
    for (const { phrase, found: resolve } of candidates) {
      const found = resolve();
      if (found.status === 'found') return found.territory;
      if (found.status === 'ambiguous') {
        diagnostics.push(territoryWarning(file, phrase, 'ambiguous', unit?.line ?? null, unit?.column ?? null));
        return null;
      }
    }
  }
  return null;
}

const MAX_PLACE_WORDS = 5;

/**
 * A place written as a label rather than after a preposition: the last part of a title after a
 * dash ("Table ronde … – Ligny-en-Barrois", "… – Verdun, 5 mars 2024", "…, Bar-le-Duc, 22 novembre 2022") or a dateline
 * ("Stenay, le 12 mars 2024"). Returns the name, or null.
 */
function placeLabel(text: string): string | null {
  const dashed = /\s[–—-]\s+([^–—]+)$/u.exec(text);
  let name = (dashed ? dashed[1]! : text).trim();
  const comma = name.lastIndexOf(',');
  const dated = comma > 0 && findDates(name.slice(comma + 1)).length > 0;
  // "Dialogue territorial, Bar-le-Duc, 22 novembre 2022": the place is the part just before the date.
  if (dated) name = name.slice(0, comma).split(',').at(-1)!.trim();
  if (!dashed && !dated) return null;
  const words = name.split(/\s+/);
  return words.length <= MAX_PLACE_WORDS && /^\p{Lu}/u.test(name) && !/[0-9:;!?«»"]/.test(name) ? name : null;
}
