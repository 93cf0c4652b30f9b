/**
 * A section held in one place: a workshop or meeting heading followed by the line that says
 * where and when it met ("## Atelier 2 : Urgences" then "Carhaix-Plouguer, salle du Glenmor –
 * 12 octobre 2021 – 41 participants"). Its records are that place's, in a regional report of
 * local meetings, as the participants of a local meeting speak for their commune.
 */
import { contains, resolveName, withinOf } from '../territory/index.js';
import type { Territory } from '../types/record.js';
import { findDates } from './dates.js';
import type { LineClass } from './draft.js';
import { NAME_RUN } from './place.js';
import type { Unit } from './units.js';

/** "Carhaix-Plouguer, salle …", "Pontivy – 5 octobre", "Saint-Brieuc · 19 octobre": a name, then a separator. */
const VENUE_LINE = new RegExp(`^(${NAME_RUN})\\s*(?:,|\\s[–—·|-]\\s)`, 'u');
/** A venue line is short: a long line that opens with a place is a sentence about it. */
const MAX_VENUE_LINE = 200;
/** Headings without Markdown depth rank below every Markdown heading. */
const PLAIN_DEPTH = 7;

interface PlacedSection {
  from: number;
  to: number;
  place: Territory;
}

/** For each line, the place of the section it stands in, when a venue line names one. */
export function sectionPlaces(
  units: readonly Unit[],
  lineClass: ReadonlyMap<number, LineClass>,
  document: Territory | null,
): (line: number) => Territory | null {
  const sections: PlacedSection[] = [];
  const isHeading = (unit: Unit): boolean => unit.type === 'heading' || lineClass.get(unit.line) === 'heading';
  const firstHeading = units.findIndex(isHeading);
  for (const [i, unit] of units.entries()) {
    if (!isHeading(unit)) continue;
    const next = units[i + 1];
    // The engine may read the venue line as a subtitle: only its type matters here.
    if (!next || next.type !== 'line') continue;
    const place = venuePlace(next.text, document);
    if (!place) continue;
    const depth = unit.depth ?? PLAIN_DEPTH;
    let end = i + 1;
    while (end < units.length && !(isHeading(units[end]!) && (units[end]!.depth ?? PLAIN_DEPTH) <= depth)) end++;
    // The title of a whole département's or région's meeting: its venue is where the meeting
    // sat ("CNR Santé – Concertation de Seine-et-Marne" then "Saint-Pierre-lès-Nemours, 21
    // novembre"), and the participants speak for the area the title names.
    const wholeDocument = end === units.length && i === firstHeading;
    if (wholeDocument && document && document.level !== 'commune') continue;
    sections.push({ from: unit.line, to: end < units.length ? units[end]!.line - 1 : Number.MAX_SAFE_INTEGER, place });
  }
  if (!sections.length) return () => null;
  return (line) => sections.findLast((s) => line >= s.from && line <= s.to)?.place ?? null;
}

/** The commune a venue line names, when the line is dated and the commune lies in the document's area. */
function venuePlace(text: string, document: Territory | null): Territory | null {
  if (text.length > MAX_VENUE_LINE || !findDates(text).length) return null;
  const name = VENUE_LINE.exec(text.trim())?.[1];
  if (!name) return null;
  const found = resolveName(name, { prefer: 'commune', within: withinOf(document) });
  if (found.status !== 'found' || found.territory.level !== 'commune') return null;
  return !document || contains(document, found.territory) ? found.territory : null;
}
