/**
 * A record's territory from its own text: "Installer un cabinet à Saint-Dizier" is placed in
 * Saint-Dizier, whatever the document's territory, when the record names one place (or places
 * nested in one another: the smallest wins). A record placed by its digest heading or table
 * cell keeps that place.
 */
import type { Diagnostic } from '../diagnostics.js';
import { commonArea, contains, findLocalCommunes, mainDepartement, resolveName, withinOf } from '../territory/index.js';
import { departementOf } from './place.js';
import type { Territory } from '../types/record.js';
import type { Draft } from './draft.js';
import { placesNamed } from './named-places.js';

/**
 * In a document that names no territory of its own, records are placed by their own text
 * only when at least this many are: one place named in one item of an unplaced report is a
 * detail of that item, not evidence that the document's contributions are placed one by one.
 */
const MIN_PLACED_IN_UNPLACED_DOCUMENT = 2;

/** The territory each draft names in its text or details, over `document` (the document's territory). */
export function ownTerritories(
  file: string,
  drafts: readonly Draft[],
  document: Territory | null,
  diagnostics: Diagnostic[],
): Map<Draft, Territory> {
  const own = new Map<Draft, Territory>();
  const signed = new Map<Draft, Territory>();
  for (const draft of drafts) {
    if (draft.territory) continue;
    // "Nathalie · Andancette · il y a 3 jours": the commune its author wrote from, when it is one.
    const author = draft.authorPlace ? resolveName(draft.authorPlace, { prefer: 'commune', within: withinOf(document) }) : null;
    if (author?.status === 'found' && author.territory.level === 'commune') {
      signed.set(draft, author.territory);
      continue;
    }
    const at = { file, line: draft.line, column: draft.column };
    const texts = [draft.text, ...draft.details];
    const { places, ambiguous } = placesNamed(texts, document, at, diagnostics);
    const departement = document?.level === 'commune' || document?.level === 'departement' ? withinOf(document)?.departement : undefined;
    // "les praticiens de Vergt" in a Dordogne document: its communes need no "à" before them.
    if (departement) places.push(...texts.flatMap((text) => findLocalCommunes(text, departement).map((c) => c.territory)));
    const place = ambiguous ? null : innermost(places);
    if (place) own.set(draft, place);
  }
  if (!document && own.size < MIN_PLACED_IN_UNPLACED_DOCUMENT) own.clear();
  // A signature places its comment whatever the rest does.
  for (const [draft, place] of signed) own.set(draft, place);
  return own;
}

/** The one place that every other one holds ("à Saint-Dizier, en Haute-Marne" → Saint-Dizier), or null. */
function innermost(places: readonly Territory[]): Territory | null {
  const inner = places.find((p) => places.every((q) => contains(q, p)));
  return inner ?? null;
}

/** Records placed one by one, at least this many, to place the rest of an unplaced document. */
const MIN_PLACED_RECORDS = 3;
/** The share of those places one département must hold when they share no area. */
const MAIN_SHARE = 0.8;

/**
 * The département (else the région) that holds every place the records of an unplaced document
 * name, or nearly all of them: a CPTS newsletter whose items name Lunéville, Baccarat and
 * Blâmont speaks for the Meurthe-et-Moselle. A commune is never the answer: several records
 * named it, the others may speak for more.
 */
export function recordsArea(own: ReadonlyMap<unknown, Territory>): Territory | null {
  const places = [...own.values()];
  if (places.length < MIN_PLACED_RECORDS) return null;
  const area = commonArea(places) ?? mainDepartement(places, MIN_PLACED_RECORDS, MAIN_SHARE);
  return area?.level === 'commune' ? (departementOf(area)[0] ?? null) : area;
}
