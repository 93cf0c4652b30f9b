/** The document's territory when its front matter or its opening lines name one. */
import type { Diagnostic } from '../diagnostics.js';
import {
  contains,
  findPlaceMentions,
  resolveCode,
  resolveName,
  resolvePlaceMention,
  resolveSpec,
  withinOf,
  type Resolution,
  type SpecResolution,
  type Within,
} from '../territory/index.js';
import type { Territory } from '../types/record.js';
import { findDates } from './dates.js';
import { AREA_BODIES, CARE_PLACES } from '../vocabulary/fr.js';
import { escapeRegExp } from '../text/regexp.js';
import { intercommunalityIn } from '../territory/epci.js';
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
 * Grand Est"), as a label ("… – Ligny-en-Barrois", "Stenay, le 6 juin 2024"), or a département
 * in brackets ("CPTS du Chinonais (Indre-et-Loire)"). A name that fits several places is read
 * within a département or région the same lines name ("VILLE DE CLAMECY" over "Département de
 * la Nièvre"); when nothing chooses between its places, it is a warning, never a guess.
 */
export function territoryFromText(
  file: string,
  sources: readonly PlaceSource[],
  diagnostics: Diagnostic[],
  hints: PlaceHints = {},
): Territory | null {
  // "VILLE DE CAEN – Direction santé …": a run of capitals in a mixed line is read title-cased too, after the line as written.
  const expanded = sources.flatMap((source) => {
    const cased = titleCaseRuns(source.text);
    return cased === source.text ? [source] : [source, { ...source, text: cased }];
  });
  const candidates = expanded.map(({ text: raw, unit, bare, site, venue: isVenue, title }) => {
    // "VILLE DE CLAMECY": a title in capitals is read as "Ville de Clamecy".
    const text = /\p{Ll}/u.test(raw) ? raw : titleCase(raw);
    const labels = placeLabel(text);
    const siteNames = site ? siteTails(text) : [];
    return {
      unit,
      isVenue,
      places: [
        ...(bare && isBareName(text) ? [{ phrase: text, found: (within?: Within) => resolveName(text, { prefer: 'commune', within }) }] : []),
        ...findPlaceMentions(text).map((mention) => ({
          phrase: mention.phrase,
          found: (within?: Within) => resolvePlaceMention(mention, { within }),
          // "COMMUNE DE LA CROIX-VALMER" on a line of its own: whose document this is.
          owner: mention.prefer === 'commune' && text.trim().startsWith(mention.preposition),
        })),
        ...labels.map((named) => ({ phrase: named, found: (within?: Within) => resolveName(named, { prefer: 'commune', within }) })),
        ...placesBeforeAreas(text).map(({ name, area }) => ({ phrase: `${name} (${area})`, found: () => placeInArea(name, area) })),
        ...parenthesisedAreas(text).map((area) => ({ phrase: area, found: () => resolveArea(area) })),
        ...areasAfterDe(text).map((area) => ({ phrase: area, found: () => resolveArea(area) })),
        ...areasAfterBodies(text).map((area) => ({ phrase: area, found: () => resolveArea(area) })),
        ...compassAreas(text).map((area) => ({ phrase: area, found: () => resolveArea(area) })),
        ...leadingPlace(text).map((place) => ({ phrase: place, found: (within?: Within) => resolveName(place, { prefer: 'commune', within }) })),
        // "Avenir de l'hôpital de Concarneau": in the title, a place of care names the town the document is about.
        ...(title ? careTown(text) : []).map((place) => ({ phrase: place, found: (within?: Within) => resolveName(place, { prefer: 'commune', within }) })),
        ...trailingPlace(text).map((place) => ({ phrase: place, found: (within?: Within) => resolveName(place, { prefer: 'commune', within }) })),
        // "J'aime Étiolles": a site's name places the document only when the body names the place too.
        ...[...siteNames, ...(site ? siteHead(text) : [])]
          .filter((name) => hints.named?.(name))
          .map((name) => ({ phrase: name, found: (within?: Within) => resolveName(name, { prefer: 'commune', within }) })),
        // "la Communauté de communes du Val d'Argent", "Bourges Plus": the département of its communes.
        // (Read last and only when needed: its data is large.)
        { phrase: text, late: true, found: (): Resolution => { const t = intercommunalityIn(text); return t ? { status: 'found', territory: t } : { status: 'unknown' }; } },
      ],
    };
  });
  // The areas these lines name, or that hold a commune they name ("Chalon-sur-Saône" above
  // "… les ateliers de Saint-Rémy"), choose among same-named communes.
  const areas = uniqueTerritories(
    candidates
      .flatMap(({ places }) => places.filter((p) => !('late' in p)).map((p) => p.found()))
      .flatMap((r) => (r.status === 'found' ? [r.territory] : []))
      .flatMap((t) => (t.level === 'departement' || t.level === 'region' ? [t] : t.level === 'commune' ? departementOf(t) : [])),
  );
  const choose = (resolve: (within?: Within) => Resolution, among: readonly Territory[]): Territory | null => {
    const chosen = uniqueTerritories(among.map((area) => resolve(withinOf(area))).flatMap((r) => (r.status === 'found' ? [r.territory] : [])));
    return chosen.length === 1 ? chosen[0]! : null;
  };
  // The body names areas most named first: the first that holds one of the communes decides.
  const mostNamed = (resolve: (within?: Within) => Resolution, ranked: readonly Territory[]): Territory | null => {
    for (const area of ranked) {
      const found = resolve(withinOf(area));
      if (found.status === 'found') return found.territory;
    }
    return null;
  };
  // "DÉPARTEMENT DU VAR" above "COMMUNE DE LA CROIX-VALMER": the commune whose letterhead it is.
  const ownerWithin = (area: Territory): Territory | null => {
    if (area.level !== 'departement' && area.level !== 'region') return null;
    for (const { places } of candidates) {
      for (const place of places) {
        if (!('owner' in place) || !place.owner) continue;
        const found = place.found(withinOf(area));
        if (found.status === 'found' && found.territory.level === 'commune' && contains(area, found.territory)) return found.territory;
      }
    }
    return null;
  };
  // A meeting's venue ("Document présenté … le 17 mars 2023, à Die") places the document only
  // when no later line names the département or intercommunality it belongs to: a CLS of the
  // Diois meeting in Die speaks for its whole area.
  let venue: Territory | null = null;
  for (const { unit, places, isVenue } of candidates) {
    for (const { phrase, found: resolve } of places) {
      const found = resolve();
      if (found.status === 'found' && venue) {
        if (found.territory.level === 'departement' && contains(found.territory, venue)) return found.territory;
        continue;
      }
      if (found.status === 'found' && isVenue && found.territory.level === 'commune') {
        venue = found.territory;
        break;
      }
      if (venue) continue;
      if (found.status === 'found') return ownerWithin(found.territory) ?? found.territory;
      if (found.status === 'ambiguous') {
        // The lines' own areas first, then those the body names ("SAINT-ÉLOI INFOS" and, further
        // down, "l'agglomération de Nevers").
        const chosen = choose(resolve, areas) ?? mostNamed(resolve, hints.areas?.() ?? []);
        if (chosen) return chosen;
        diagnostics.push(territoryWarning(file, phrase, 'ambiguous', unit?.line ?? null, unit?.column ?? null));
        return null;
      }
    }
  }
  return venue && !hints.national ? venue : null;
}

/** One text that may place the document. */
export interface PlaceSource {
  text: string;
  unit: Unit | null;
  /** The text is a place's name alone: a front matter's "lieu", one of a blog post's labels. */
  bare?: boolean;
  /** A site's or a publication's name ("J'aime Étiolles", "SAINT-ÉLOI INFOS"). */
  site?: boolean;
  /** A dated line that says where a meeting sat ("Stenay, le 6 juin 2024"). */
  venue?: boolean;
  /** The document's title. */
  title?: boolean;
}

/** What the rest of the document tells, asked only when the opening lines do not settle it. */
export interface PlaceHints {
  /** Whether the body names this place too. */
  named?: (name: string) => boolean;
  /** The départements of the places the body names, the most named first. */
  areas?: () => readonly Territory[];
  /**
   * The opening speaks of a national plan, law or survey: where it was announced ("Jeudi, à
   * Scorbé-Clairvaux, la ministre a dévoilé son pacte national") is no place of the document's.
   */
  national?: boolean;
}

const MAX_PLACE_WORDS = 5;
/** A place's name as written: capitalised words joined by hyphens or a particle ("Saint-Ouen-du-Tilleul", "Bar sur Aube"). */
export const NAME_RUN = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:(?:sur|sous|en|lès|les|le|la)\s+)?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*){0,3}`;
// Tried at the start of words only, so a long run of capitals costs one attempt, not one per letter.
const RUN_BEFORE_BRACKET = new RegExp(`(?<![\\p{L}'’-])(${NAME_RUN})\\s*\\(([^()]{3,40})\\)`, 'gu');
// "d'" or "l'" at a word's start only: from inside a word the run would be read again to its end.
const SITE_TAIL = new RegExp(`(?:^|\\s|(?<![\\p{L}'’-])[dl]['’])(${NAME_RUN})\\s*$`, 'u');
/** A site's name is short: "J'aime Étiolles", "Le Petit Journal de Saint-Rémy". */
const MAX_SITE_WORDS = 6;

/** A name that may be a place's: short, capitalised, no figures. */
function isBareName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= MAX_PLACE_WORDS && !/[0-9:;!?«»"+]/.test(text);
}

/** The names a short site name may end with, longest first ("J'aime Étiolles" → "J'aime Étiolles", "Étiolles"). */
function siteTails(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > MAX_SITE_WORDS) return [];
  const run = SITE_TAIL.exec(trimmed)?.[1];
  if (!run) return [];
  const words = run.split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' ')).filter((name) => /^\p{Lu}/u.test(name));
}

/** "Saint-Ouen-du-Tilleul (Eure)": a name written before the area in brackets that holds it. */
function placesBeforeAreas(text: string): { name: string; area: string }[] {
  return [...text.matchAll(RUN_BEFORE_BRACKET)].map((m) => ({ name: m[1]!, area: m[2]!.trim() })).filter(({ area }) => /^\p{Lu}/u.test(area) && !/\d/.test(area));
}

/** The commune `name` within the bracketed area; the area itself when no commune of it bears the name. */
function placeInArea(name: string, areaName: string): Resolution {
  const area = resolveArea(areaName);
  if (area.status !== 'found') return area;
  const commune = resolveName(name, { prefer: 'commune', within: withinOf(area.territory) });
  return commune.status === 'found' && commune.territory.level === 'commune' && contains(area.territory, commune.territory) ? commune : area;
}

/** The département that holds a place (a commune, or the département itself), as a list of none or one. */
export function departementOf(place: Territory): Territory[] {
  const code = withinOf(place)?.departement;
  const found = code ? resolveCode('departement', code) : null;
  return found ? [found] : [];
}

function uniqueTerritories(territories: readonly Territory[]): Territory[] {
  return [...new Map(territories.map((t) => [`${t.level}:${t.code}`, t] as const)).values()];
}
const BODY_THEN_AREA = new RegExp(`(?:^|[\\s(])(?:${AREA_BODIES.map(escapeRegExp).join('|')})\\s+(?:de la\\s+|de l['’]|du\\s+|des\\s+|de\\s+)?(\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*)`, 'gu');

/**
 * A place written as a label rather than after a preposition: the last part of a title after a
 * dash ("Table ronde … – Ligny-en-Barrois", "… – Verdun, 5 mars 2024", "…, Bar-le-Duc, 22 novembre 2022") or a dateline
 * ("Stenay, le 12 mars 2024"). Returns the name, or null.
 */
function placeLabel(text: string): string[] {
  // After the last dash or bar, what `/\s[–—|-]\s+([^–—|]+)$/u` finds, without reading the rest again from each dash.
  const lastBar = Math.max(text.lastIndexOf('–'), text.lastIndexOf('—'), text.lastIndexOf('|'));
  const dashed = /\s[–—|-]\s+([\s\S]+)$/u.exec(text.slice(Math.max(0, lastBar - 1)));
  let name = (dashed ? dashed[1]! : text).trim();
  const comma = name.lastIndexOf(',');
  const dated = comma > 0 && findDates(name.slice(comma + 1)).length > 0;
  // "Dialogue territorial, Bar-le-Duc, 22 novembre 2022": the place is the part just before the date.
  if (dated) name = name.slice(0, comma).split(',').at(-1)!.trim();
  if (!dashed && !dated) return [];
  const names: string[] = [];
  if (isBareName(name)) names.push(name);
  // A site's name after the dash ends with its place: "… – M+ Mulhouse", "… - Participons Marseille",
  // "… – Comité de vigilance de l'hôpital de Brioude".
  // Six words at most, more are no place (MAX_PLACE_WORDS); "d'" or "l'" at a word's start only.
  const tail = /(?:^|\s|(?<![\p{L}'’-])[dl]['’])(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:sur|sous|en|les|lès|le|la|de|du|des)\s+)?\p{Lu}[\p{L}'’-]*){0,5})\s*$/u.exec(name);
  if (dashed && tail && tail[1] !== name && tail[1]!.split(/\s+/).length <= MAX_PLACE_WORDS) {
    names.push(tail[1]!);
    // "Participons Marseille": the last word alone, when the run is a site's slogan and a place.
    const last = tail[1]!.split(/\s+/).at(-1)!;
    if (last !== tail[1]) names.push(last);
  }
  return names;
}

/**
 * A département or région named in brackets after a name, as titles situate a structure:
 * "CPTS du Chinonais (Indre-et-Loire)", "Communauté de communes du Val d'Argent (Haut-Rhin)".
 */
function parenthesisedAreas(text: string): string[] {
  return [...text.matchAll(/\(([^()]{3,40})\)/gu)].map((m) => m[1]!.trim()).filter((name) => /^\p{Lu}/u.test(name) && !/\d/.test(name));
}

/**
 * A département or région after "de la", "de l'", "du" or "des" in a title or an opening line:
 * "Synthèse des ateliers de la Haute-Marne", "Les élus du Gard". Only an area's exact name
 * counts, so "l'hôpital de Lure" or "du Centre hospitalier" place nothing here.
 */
function areasAfterDe(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)(?:de la|de l['’]|du|des|de|d['’])\s*(\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:et\s+)?\p{Lu}[\p{L}'’-]*)?)/gu)].map((m) => m[1]!);
}

/** "ARS Occitanie", "CESER Auvergne-Rhône-Alpes", "Conseil régional de Bretagne": a body named after its area. */
function areasAfterBodies(text: string): string[] {
  return [...text.matchAll(BODY_THEN_AREA)].map((m) => m[1]!);
}

/**
 * "CPTS Centre-Vendée", "Sud-Gironde": a structure named after part of a département. The whole
 * name is tried first elsewhere, so "Haute-Marne" or "Nord" stay themselves.
 */
function compassAreas(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s(])(?:Centre|Nord|Sud|Est|Ouest)-(\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)/gu)].map((m) => m[1]!);
}

/** "Bouray-sur-Juine : salle comble …", "Chalon-sur-Saône · Mardi 22 novembre": a place standing as a line's first label. */
function leadingPlace(text: string): string[] {
  // "Louvigné-du-Désert. « On va aller où ? » : …": a press dateline, the town then a full stop.
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:sur|sous|en|les|lès|le|la|de|du|des)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?:\s*[:–—·•|]|\.)\s/u.exec(text.trim());
  return m ? [m[1]!] : [];
}

const CARE_TOWN = new RegExp(`(?<![\\p{L}])(?:${CARE_PLACES.map(escapeRegExp).join('|')})\\s+(?:de\\s+|d['’]\\s*)(${NAME_RUN})`, 'iu');

/** "… l'hôpital de Concarneau", "Urgences de Feurs" in a title: the town. */
function careTown(text: string): string[] {
  const m = CARE_TOWN.exec(text);
  return m ? [m[1]!] : [];
}

/** "Albi, l'élan citoyen", "Nos engagements – Albi, l'élan citoyen": a site's name that opens with its place, before a comma. */
function siteHead(text: string): string[] {
  const site = text.split(/\s[–—|-]\s/u).at(-1)!.trim();
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:sur|sous|en|les|lès|le|la|de|du|des)\s+)?\p{Lu}[\p{L}'’-]*){0,3}),\s/u.exec(site);
  // "LE CAYLAR infos": a masthead's place in capitals, then the publication's word.
  const masthead = /^((?:\p{Lu}{2}|L['’]|\p{Lu}['’])[\p{Lu}'’-]*(?:\s+[\p{Lu}'’-]{2,}){0,3})\s+\p{Ll}/u.exec(text.trim());
  return [...(m ? [m[1]!] : []), ...(masthead ? [titleCase(masthead[1]!)] : [])];
}

/** "… des trois ateliers de Saint-Rémy": a place that ends a title after "de". */
function trailingPlace(text: string): string[] {
  const m = /\s(?:de|d['’]|à)\s*(\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)\s*(?:[.!?]\s*)?$/u.exec(text.trim());
  return m ? [m[1]!] : [];
}

/** The département or région a bracketed name is, and only that: a commune of that name does not count. */
function resolveArea(name: string): Resolution {
  const found = resolveName(name, { prefer: 'area' });
  return found.status === 'found' && (found.territory.level === 'departement' || found.territory.level === 'region') ? found : { status: 'unknown' };
}

/** Runs of two words or more in capitals ("VILLE DE CAEN"), title-cased; a line with no lower case is left to titleCase. */
function titleCaseRuns(text: string): string {
  if (!/\p{Ll}/u.test(text)) return text;
  return text.replace(/(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*)+(?![\p{L}'’-])/gu, (run) => titleCase(run));
}

/** "du nord de la Drôme", "des Vosges": a département or région named exactly after "de la", "du", "des". */
export function areasNamedAfterDe(text: string): Territory[] {
  return areasAfterDe(text).flatMap((name) => {
    const found = resolveArea(name);
    return found.status === 'found' ? [found.territory] : [];
  });
}

const LOWER_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'sous', 'au', 'aux', 'à', 'a']);

/** A line in capitals as a title is written: "VILLE DE CLAMECY" → "Ville de Clamecy". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{L}]+/gu, (word, offset: number) => (offset > 0 && LOWER_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)))
    .replace(/(^|[\s(-])([dl])'(\p{Ll})/gu, (_, before: string, article: string, first: string) => `${before}${article}'${first.toUpperCase()}`);
}
