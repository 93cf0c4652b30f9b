/**
 * Local detail: "… notamment à Bar-le-Duc", "les habitants de Sedan", "les atouts du Lot".
 * A place named in a contribution situates it; it does not change the idea, so it is left out
 * of the comparison (the record keeps it in its text and territory).
 */
import { resolveName } from '../territory/index.js';

// A capitalised name (hyphenated parts and particles allowed) after a preposition of place.
const PLACE = /(?<![\p{L}\p{N}])(?:à|a|au|aux|de|du|des|d'|d’|en|sur|près de|autour de|autour d'|autour d’|vers)\s*((?:\p{Lu}[\p{Ll}'’]+)(?:(?:-|\s)(?:\p{Lu}[\p{Ll}'’]+|sur|sous|le|la|les|de|du|des|en|lès|d'|l'))*)/gu;

/** The text without the place names it mentions after a preposition. */
export function withoutPlaces(text: string): string {
  return text.replace(PLACE, (whole, name: string) => {
    const trimmed = name.replace(/[-\s](?:sur|sous|le|la|les|de|du|des|en|lès|d'|l')$/u, '');
    return resolveName(trimmed).status === 'unknown' ? whole : whole.slice(0, whole.length - name.length);
  });
}
