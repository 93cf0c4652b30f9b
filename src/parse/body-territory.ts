/**
 * The document's territory from the places its own prose and headings name, for a document
 * whose front matter, --territory, title and opening lines name none. Contributions are left
 * out: a place named in one proposal situates that proposal, not the whole document; the other
 * sentences of a paragraph that holds one are background, and read.
 */
import type { Diagnostic } from '../diagnostics.js';
import { commonArea, mainDepartement } from '../territory/index.js';
import { isNational } from '../vocabulary/match.js';
import type { Territory } from '../types/record.js';
import type { Draft, LineClass } from './draft.js';
import { placesNamed } from './named-places.js';
import type { Unit } from './units.js';

/** A single place named once is too thin to place a whole document (a passing reference). */
const MIN_MENTIONS = 2;
/** Places named, and the share of them one département must hold, to place a document whose places share no area. */
const MIN_MAIN_MENTIONS = 5;
const MAIN_SHARE = 0.8;

/**
 * The smallest commune, département or région that holds every place the body names
 * unambiguously, when it names at least two and they share one; else null.
 */
export function territoryFromBody(
  file: string,
  units: readonly Unit[],
  lineClass: ReadonlyMap<number, LineClass>,
  titleIndex: number | null,
  diagnostics: Diagnostic[],
  drafts: readonly Draft[] = [],
  national = false,
): Territory | null {
  const body = units.flatMap((unit, i): Unit[] => {
    const cls = lineClass.get(unit.line);
    if (i === titleIndex || (unit.type !== 'line' && unit.type !== 'heading' && unit.type !== 'item')) return [];
    // In a document about a national plan, where the plan was announced ("à Puycapel, dans le
    // Cantal, le Premier ministre a présenté un pacte …") is no place of the document's.
    if (national && isNational(unit.text)) return [];
    if (cls === 'prose' || cls === 'heading') return [unit];
    // A paragraph one of whose sentences is a record still tells its background in the others.
    if (cls !== 'record' || unit.type !== 'line') return [];
    const said = drafts.filter((d) => d.line >= unit.line && d.line <= unit.endLine).map((d) => d.text);
    const rest = said.reduce((text, record) => text.replace(record, ' '), unit.text);
    return said.length && rest.trim().length > 0 && rest !== unit.text ? [{ ...unit, text: rest }] : [];
  });
  // A first reading finds the area; a second one reads the names several places share within it.
  const quiet: Diagnostic[] = [];
  const first = body.flatMap((unit) => placesNamed([unit.text], null, { file, line: unit.line, column: unit.column }, quiet).places);
  // "en Corse" beside Levie, Zonza and Ajaccio: the région is the setting, the places say which part of it.
  const local = first.filter((t) => t.level === 'commune' || t.level === 'departement');
  const shared = local.length >= MIN_MENTIONS ? (commonArea(local) ?? commonArea(first)) : first.length >= MIN_MENTIONS ? commonArea(first) : null;
  // Nearly every place in one département, one elsewhere ("son médecin est parti à Poitiers"): the département.
  const area = shared ?? mainDepartement(local, MIN_MAIN_MENTIONS, MAIN_SHARE);
  for (const unit of body) placesNamed([unit.text], area, { file, line: unit.line, column: unit.column }, diagnostics);
  return area;
}
