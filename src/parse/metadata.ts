/**
 * Document metadata: title, date, participant count and territory, from front matter first,
 * then from the title and the opening lines.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { FrontMatter } from '../ingest/front-matter.js';
import { fold } from '../text/fold.js';
import type { DocumentInfo, Kind, Territory } from '../types/record.js';
import { findKindTerms, isMetadataLine, isNational, splitLabel } from '../vocabulary/match.js';
import { datesMeeting, findDates, parseDateValue } from './dates.js';
import { territoryWarning } from './territory-warning.js';
import { classify, isChrome, NEUTRAL_CONTEXT } from './headings.js';
import { bodyHints, frontMatterPlaceSources, tagLines, tagsOf } from './place-hints.js';
import { resolveFrontMatterTerritory, territoryFromText, type PlaceSource } from './place.js';
import type { Unit } from './units.js';

export interface Metadata {
  info: Required<Pick<DocumentInfo, 'title' | 'date' | 'participants'>>;
  titleIndex: number | null;
  territory: Territory | null;
  /** The one kind the title or opening lines say the document gathers ("1 700 propositions …"). */
  kind: Kind | null;
  /** The title or opening speak of a national plan, law, survey or institution: France, when no place is named. */
  national: boolean;
  diagnostics: Diagnostic[];
}

/** How many units after the title count as the opening lines. */
const OPENING_UNITS = 4;
const MAX_TITLE_LENGTH = 200;

/**
 * Finds the document's metadata; `fallbackTerritory` is the --territory flag, used when the
 * document names none; `context` (a web page's <title>) is read for the territory last.
 */
export function readMetadata(
  file: string,
  units: readonly Unit[],
  frontMatter: FrontMatter,
  fallbackTerritory: Territory | null,
  context: readonly string[] = [],
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
        diagnostic(file, 'warning', 'front-matter-invalid', `Front matter participants "${frontMatter.participants.value}" is not a whole number; ignored: write a number, such as 12`, frontMatter.participants.line, 1),
      );
    }
  } else {
    participants = findParticipants(units);
  }

  const national = isNational([title ?? '', ...opening.map((u) => u.text), ...context].join(' '));
  let territory: Territory | null = null;
  if (frontMatter.territory) {
    const { key, value, line } = frontMatter.territory;
    const found = resolveFrontMatterTerritory(key, value);
    if (found.status === 'found') territory = found.territory;
    else diagnostics.push(territoryWarning(file, value, found.status, line, 1, found.status === 'invalid' ? found.reason : undefined));
  }
  territory ??= fallbackTerritory;
  if (!territory) {
    const sources: PlaceSource[] = [
      // A first line taken for the title may be the site's name ("J'aime Étiolles").
      ...(title ? [{ text: title, unit: titleIndex === null ? null : units[titleIndex]!, site: true, title: true }] : []),
      // "lieu: Étiolles", "site: UFR Santé – Université de Franche-Comté, Besançon".
      ...frontMatter.places.flatMap(({ key, value }) => frontMatterPlaceSources(key, value)),
      ...opening.map((u) => ({ text: u.text, unit: u, venue: findDates(u.text).length > 0 })),
      // Lines above the title ("CESER Auvergne-Rhône-Alpes – Avis n° 2022-04") and a page's <title>,
      // whose parts name the site, place the document when nothing in it does.
      ...preamble(units, titleIndex).map((u) => ({ text: u.text, unit: u, site: true })),
      ...context
        .filter((text) => !tagsOf(text).length)
        .flatMap((text) => [text, ...text.split(/\s[|–—-]\s/u).slice(0, -1)])
        .map((text) => ({ text: text.trim(), unit: null, site: true })),
      ...context.flatMap((text) => tagsOf(text).map((tag) => ({ text: tag, unit: null, bare: true }))),
      // A blog post's labels: "Libellés : Chaudes-Aigues, grand débat, santé".
      ...tagLines(units).flatMap((u) => tagsOf(u.raw).map((tag) => ({ text: tag, unit: u, bare: true }))),
    ];
    territory = territoryFromText(file, sources, diagnostics, { ...bodyHints(units, titleIndex), national });
  }
  const kind = namedKind([title, ...opening.map((u) => u.text)]);
  return { info: { title, date, participants }, titleIndex, territory, kind, national, diagnostics };
}

/** The title: the first Markdown heading near the top, else the first line if it reads as a title. */
function findTitle(units: readonly Unit[]): number | null {
  const candidates: { unit: Unit; index: number }[] = [];
  for (let index = 0; index < units.length && candidates.length < 3; index++) {
    const unit = units[index]!;
    if ((unit.type === 'heading' || unit.type === 'line') && !isChrome(unit)) candidates.push({ unit, index });
  }
  // "## Propositions" or "Axe 1 – …" opens a section: it is never the title.
  const plain = ({ unit, index }: { unit: Unit; index: number }): boolean => {
    const role = classify(unit, units[index + 1], NEUTRAL_CONTEXT);
    return !(role.as === 'heading' && role.heading.role !== 'other') && role.as !== 'intro';
  };
  const heading = candidates.find((c) => c.unit.type === 'heading' && (c.unit.depth ?? 9) <= 2);
  if (heading) return plain(heading) ? heading.index : null;
  const first = candidates.find(({ unit }) => !isMetadataLine(unit.raw));
  if (!first || !plain(first)) return null;
  const text = first.unit.text.trim();
  return text.length > MAX_TITLE_LENGTH || /[.;,]$/.test(text) ? null : first.index;
}

/**
 * The kind named by the first of these texts that names any: "Restitution des propositions
 * …", "Cette synthèse présente les constats …". A text naming several kinds settles nothing.
 */
function namedKind(texts: readonly (string | null)[]): Kind | null {
  for (const text of texts) {
    const kinds = new Set(findKindTerms(fold(text ?? '')).map((m) => m.kind));
    if (kinds.size) return kinds.size === 1 ? [...kinds][0]! : null;
  }
  return null;
}

/** The lines above the title: a site's or an institution's name, a letterhead. */
function preamble(units: readonly Unit[], titleIndex: number | null): Unit[] {
  if (titleIndex === null) return [];
  return units.slice(0, titleIndex).filter((u) => u.type === 'line' && !isChrome(u)).slice(0, OPENING_UNITS);
}

/** The units right after the title, before the first structural heading. */
function openingUnits(units: readonly Unit[], titleIndex: number | null): Unit[] {
  const opening: Unit[] = [];
  for (let i = (titleIndex ?? -1) + 1; i < units.length && opening.length < OPENING_UNITS; i++) {
    const unit = units[i]!;
    if (isChrome(unit)) continue;
    if (unit.type !== 'line' && unit.type !== 'heading') break;
    const role = classify(unit, units[i + 1], NEUTRAL_CONTEXT);
    if (role.as === 'heading' && role.heading.role !== 'other') break;
    opening.push(unit);
  }
  return opening;
}

/**
 * A date that dates the document: in the title, on a labelled line ("Atelier : lundi 8 octobre"),
 * opening a sentence ("Le 17 juin 2025, …"), after the meeting it dates ("réunis le …") or in a
 * dateline ("Stenay, le 6 juin 2024"). A date given without its year leaves the date null.
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
      if (datesMeeting(before)) return found.iso;
      // A dateline: "Saint-Mihiel, le 6 juin 2024".
      if (/^[\p{L}' -]{2,60}, (le )?((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?$/u.test(before)) return found.iso;
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
