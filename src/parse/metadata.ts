/**
 * Document metadata: title, date, participant count and territory, from front matter first,
 * then from the title and the opening lines.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { FrontMatter } from '../ingest/front-matter.js';
import { fold } from '../text/fold.js';
import {
  findPlaceMentions,
  resolveName,
  resolvePlaceMention,
  resolveSpec,
  type Resolution,
  type SpecResolution,
} from '../territory/index.js';
import type { DocumentInfo, Territory } from '../types/record.js';
import { isMetadataLine, splitLabel } from '../vocabulary/match.js';
import { findDates, parseDateValue } from './dates.js';
import { territoryWarning } from './engine.js';
import { classify, isChrome } from './headings.js';
import type { Unit } from './units.js';

export interface Metadata {
  info: Required<DocumentInfo>;
  titleIndex: number | null;
  territory: Territory | null;
  diagnostics: Diagnostic[];
}

/** How many units after the title count as the opening lines. */
const OPENING_UNITS = 4;
const MAX_TITLE_LENGTH = 200;

/** Finds the document's metadata; `fallbackTerritory` is the --territory flag, used when the document names none. */
export function readMetadata(
  file: string,
  units: readonly Unit[],
  frontMatter: FrontMatter,
  fallbackTerritory: Territory | null,
): Metadata {
  const diagnostics: Diagnostic[] = [];
  const titleIndex = findTitle(units);
  const opening = openingUnits(units, titleIndex);
  const title = frontMatter.title?.value ?? (titleIndex === null ? null : units[titleIndex]!.text.trim());

  let date: string | null = null;
  if (frontMatter.date) {
    date = parseDateValue(frontMatter.date.value);
    if (!date) {
      diagnostics.push(
        diagnostic(file, 'warning', 'date-invalid', `Front matter date "${frontMatter.date.value}" is not a date (write 2025-06-17 or 17 juin 2025)`, frontMatter.date.line, 1),
      );
    }
  } else {
    date = findDocumentDate(titleIndex === null ? opening : [units[titleIndex]!, ...opening]);
  }

  let participants: number | null = null;
  if (frontMatter.participants) {
    participants = /^\d+$/.test(frontMatter.participants.value) ? Number(frontMatter.participants.value) : null;
    if (participants === null) {
      diagnostics.push(
        diagnostic(file, 'warning', 'front-matter-invalid', `Front matter participants "${frontMatter.participants.value}" is not a whole number`, frontMatter.participants.line, 1),
      );
    }
  } else {
    participants = findParticipants(units);
  }

  let territory: Territory | null = null;
  if (frontMatter.territory) {
    const { key, value, line } = frontMatter.territory;
    const found = resolveFrontMatterTerritory(key, value);
    if (found.status === 'found') territory = found.territory;
    else diagnostics.push(territoryWarning(file, value, found.status, line, 1, found.status === 'invalid' ? found.reason : undefined));
  }
  territory ??= fallbackTerritory;
  if (!territory) {
    const sources = [...(title ? [{ text: title, unit: titleIndex === null ? null : units[titleIndex]! }] : []), ...opening.map((u) => ({ text: u.text, unit: u }))];
    territory = territoryFromText(file, sources, diagnostics);
  }
  return { info: { title, date, participants }, titleIndex, territory, diagnostics };
}

/** The title: the first Markdown heading near the top, else the first line if it reads as a title. */
function findTitle(units: readonly Unit[]): number | null {
  const candidates = units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => !isChrome(unit) && (unit.type === 'heading' || unit.type === 'line'))
    .slice(0, 3);
  const heading = candidates.find(({ unit }) => unit.type === 'heading' && (unit.depth ?? 9) <= 2);
  if (heading) return heading.index;
  const first = candidates.find(({ unit }) => !isMetadataLine(unit.raw));
  if (!first) return null;
  const text = first.unit.text.trim();
  const neutral = { strongSection: false, grouping: false, collecting: false };
  const role = classify(first.unit, units[first.index + 1], neutral);
  const structural = role.as === 'heading' && role.heading.role !== 'other';
  if (structural || role.as === 'intro' || text.length > MAX_TITLE_LENGTH || /[.;,]$/.test(text)) return null;
  return first.index;
}

/** The units right after the title, before the first structural heading. */
function openingUnits(units: readonly Unit[], titleIndex: number | null): Unit[] {
  const opening: Unit[] = [];
  for (let i = (titleIndex ?? -1) + 1; i < units.length && opening.length < OPENING_UNITS; i++) {
    const unit = units[i]!;
    if (isChrome(unit)) continue;
    if (unit.type !== 'line' && unit.type !== 'heading') break;
    const role = classify(unit, units[i + 1], { strongSection: false, grouping: false, collecting: false });
    if (role.as === 'heading' && role.heading.role !== 'other') break;
    opening.push(unit);
  }
  return opening;
}

/**
 * A date that dates the document: in the title, on a labelled line ("Atelier : lundi 8 octobre"),
 * or opening a sentence ("Le 17 juin 2025, …"). A date given without its year leaves the date null.
 */
function findDocumentDate(units: readonly Unit[]): string | null {
  for (const [i, unit] of units.entries()) {
    const dates = findDates(unit.text);
    if (!dates.length) continue;
    if (i === 0 && unit.type !== 'line') return dates[0]!.iso;
    const folded = fold(unit.text);
    if (isMetadataLine(unit.raw)) return dates[0]!.iso;
    for (const found of dates) {
      const before = folded.slice(0, found.index);
      if (/(^|[.!?]\s+)(le\s+)?((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/.test(before)) return found.iso;
      if (i === 0) return found.iso;
    }
  }
  return null;
}

/** "Nombre de participants : 12" anywhere in the document. */
function findParticipants(units: readonly Unit[]): number | null {
  for (const unit of units) {
    if (unit.type !== 'line' || !isMetadataLine(unit.raw)) continue;
    const split = splitLabel(unit.raw);
    if (!split || !/participant/.test(fold(split.label))) continue;
    const count = /^(\d{1,6})\b/.exec(split.rest.replace(/\s/g, ''));
    if (count) return Number(count[1]);
  }
  return null;
}

function resolveFrontMatterTerritory(key: string, value: string): SpecResolution {
  if (key === 'territoire' || /^[0-9]{2,3}$|^[0-9]{5}$|^2[AB][0-9]{0,3}$/i.test(value)) {
    return resolveSpec(key === 'territoire' ? value : `${key}:${value}`);
  }
  return resolveName(value, { prefer: key === 'commune' ? 'commune' : 'area' });
}

/**
 * The territory named in the title or opening lines ("à Stenay", "en Grand Est"). Only
 * prepositional mentions count; a mention that names several places is a warning, never a guess.
 */
function territoryFromText(
  file: string,
  sources: readonly { text: string; unit: Unit | null }[],
  diagnostics: Diagnostic[],
): Territory | null {
  for (const { text, unit } of sources) {
    for (const mention of findPlaceMentions(text)) {
      const found: Resolution = resolvePlaceMention(mention);
      if (found.status === 'found') return found.territory;
      if (found.status === 'ambiguous') {
        diagnostics.push(territoryWarning(file, mention.phrase, 'ambiguous', unit?.line ?? null, unit?.column ?? null));
        return null;
      }
    }
  }
  return null;
}
