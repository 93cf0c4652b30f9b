/**
 * What the HTML report shows, computed once from records and clusters: key figures, the ideas in
 * reading order with the places they come from, counts by département for the map, what lies
 * outside the map, and the rows of each chart. Plain data in, plain data out.
 */
import type { TagCatalogue } from '../tag/catalogue.js';
import { departementCodeOf } from '../territory/contain.js';
import type { Kind, Territory } from '../types/record.js';
import { KIND_LABELS, KIND_ORDER, type Lang } from '../vocabulary/labels.js';
import { SYNTHESIS_TEXT } from '../vocabulary/synthesis-text.js';
import { axisOrder, byText, ideasOf, keyCounts, parentText, readingOrder, weakIdeas, type IdeasInput } from '../export/ideas.js';
import { periodText, territoryLabel, whoPutForward } from '../export/wording.js';
import type { MapCounts } from './map.js';

export interface ModelInput extends IdeasInput {
  lang: Lang;
  catalogue: TagCatalogue;
  /** The départements the map draws: code → name. */
  departementNames: ReadonlyMap<string, string>;
  /** False leaves the contributions' own words out (a smaller file); their file and line stay. */
  sources: boolean;
}

/** One idea as the page's script gets it: short keys, since a report may hold 100,000 of them. */
export interface IdeaData {
  /** Index in `groups`: the axis and kind it is listed under. */
  g: number;
  /** The canonical wording. */
  t: string;
  /** "Proposé dans 2 territoires, 2 réunions, 3 contributions : Meuse (55), Ain (01)." */
  w: string;
  /** The places it comes from, as filter keys: d:55 (département), r:44 (région), o:975, n (national), x (none). */
  p: string[];
  /** The proposal a need, objective or first step belongs to. */
  r?: string;
  /** Its sources: [index in `files`, line, the contribution's own words (left out without sources)]. */
  s: [number, number, string?][];
  /** Themes and dispositifs, searchable. */
  k?: string;
}

export interface Group {
  axis: string | null;
  kind: Kind;
  /** The kind's heading ("Propositions"). */
  label: string;
}

export interface Place {
  key: string;
  label: string;
  contributions: number;
  ideas: number;
}

export interface ChartRow {
  label: string;
  value: number;
}

export interface ReportModel {
  figures: { documents: number; contributions: number; ideas: number; territories: number; period: string };
  /** Ideas that rest on the wording of their items alone, for « À vérifier ». */
  weakIdeas: number;
  groups: Group[];
  /** The axes' headings, in the documents' order; empty when no idea has one. */
  axes: (string | null)[];
  ideas: IdeaData[];
  files: string[];
  departements: Map<string, MapCounts>;
  regions: Map<string, MapCounts>;
  /** Régions, national, no territory and places the map does not draw, with their counts. */
  outside: { regions: Place[]; others: Place[] };
  /** Every place an idea can be filtered by, with its label (for the select list and the filter status). */
  places: Place[];
  charts: { kinds: ChartRow[]; territories: ChartRow[]; themes: ChartRow[]; dispositifs: ChartRow[] };
}

/** How many territories the territories chart shows before "Autres". */
const TOP_TERRITORIES = 15;

export function reportModel(input: ModelInput): ReportModel {
  const t = SYNTHESIS_TEXT[input.lang];
  const recordOf = new Map(input.records.map((r) => [r.id, r]));
  const ideas = ideasOf(input, recordOf);
  const axes = axisOrder(input, ideas);
  const axisList: (string | null)[] = axes.length ? [...axes, ...(ideas.some((i) => i.axis === null) ? [null] : [])] : [null];

  // Ideas in reading order: by axis, then kind, most widely shared first.
  const order = readingOrder(ideas, axes, input.count);
  const groups: Group[] = order.map((g) => ({ axis: g.axis, kind: g.kind, label: KIND_LABELS[input.lang][g.kind].many }));
  const ordered = order.flatMap((g, group) => g.ideas.map((idea) => ({ idea, group })));

  const placeOf = placeKeys(input.departementNames, t);
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const indexOf = (file: string): number => {
    let i = fileIndex.get(file);
    if (i === undefined) fileIndex.set(file, (i = files.push(file) - 1));
    return i;
  };
  const places = new Map<string, Place>();
  const departements = new Map<string, MapCounts>();
  const regions = new Map<string, MapCounts>();
  const tagNames = new Map([...input.catalogue.themes, ...input.catalogue.dispositifs].map((c) => [c.code, c.name]));

  const data: IdeaData[] = ordered.map(({ idea, group }) => {
    const keys = new Set<string>();
    for (const m of idea.members) {
      const { key, label } = placeOf(m.territory);
      keys.add(key);
      let place = places.get(key);
      if (!place) places.set(key, (place = { key, label, contributions: 0, ideas: 0 }));
      place.contributions++;
    }
    for (const key of keys) places.get(key)!.ideas++;
    const parent = parentText(idea, recordOf);
    const codes = new Set(idea.members.flatMap((m) => [...(recordOf.get(m.id)?.themes ?? []), ...(recordOf.get(m.id)?.dispositifs ?? [])]));
    const tags = [...codes].map((c) => `${c} ${tagNames.get(c) ?? ''}`.trim()).join(' ');
    return {
      g: group,
      t: idea.text,
      w: whoPutForward(idea, t, undefined, input.count),
      p: [...keys].sort(),
      ...(parent ? { r: parent } : {}),
      s: idea.members.map((m): [number, number, string?] => (input.sources ? [indexOf(m.source.file), m.source.line, m.text] : [indexOf(m.source.file), m.source.line])),
      ...(tags ? { k: tags } : {}),
    };
  });

  for (const place of places.values()) {
    const [level, code] = place.key.split(':');
    if (level === 'd') departements.set(code!, { contributions: place.contributions, ideas: place.ideas });
    if (level === 'r') regions.set(code!, { contributions: place.contributions, ideas: place.ideas });
  }
  const sortedPlaces = [...places.values()].sort((a, b) => b.contributions - a.contributions || byText(a.label, b.label));
  const members = ideas.flatMap((i) => i.members);
  const { dates, ...counts } = keyCounts(input.records, ideas);
  return {
    figures: { ...counts, period: periodText(dates, t) },
    weakIdeas: weakIdeas(ideas, recordOf),
    groups,
    axes: axes.length ? axisList : [],
    ideas: data,
    files,
    departements,
    regions,
    outside: {
      regions: sortedPlaces.filter((p) => p.key.startsWith('r:')),
      others: sortedPlaces.filter((p) => !p.key.startsWith('r:') && !p.key.startsWith('d:')),
    },
    places: sortedPlaces,
    charts: {
      kinds: KIND_ORDER.map((kind) => ({ label: KIND_LABELS[input.lang][kind].many, value: ideas.reduce((sum, i) => sum + (i.kind === kind ? i.members.length : 0), 0) })).filter((r) => r.value > 0),
      territories: territoryRows(members.map((m) => m.territory), t),
      themes: tagRows(input.records.map((r) => r.themes ?? []), tagNames, (code, name) => name ?? code),
      dispositifs: tagRows(input.records.map((r) => r.dispositifs ?? []), tagNames, (code, name) => (name ? `${code} — ${name}` : code)),
    },
  };
}

/**
 * The filter key and label of a territory: communes roll up to their département; a région
 * stays a région (never spread over its départements); places the map does not draw (the
 * overseas collectivities) are listed beside it.
 */
function placeKeys(names: ReadonlyMap<string, string>, t: (typeof SYNTHESIS_TEXT)[Lang]): (territory: Territory | null) => { key: string; label: string } {
  const cache = new Map<string, { key: string; label: string }>();
  return (territory) => {
    if (!territory) return { key: 'x', label: t.noTerritory };
    const id = `${territory.level}:${territory.code}`;
    let found = cache.get(id);
    if (found) return found;
    if (territory.level === 'national') found = { key: 'n', label: territory.name };
    else if (territory.level === 'region') found = { key: `r:${territory.code}`, label: territoryLabel(territory, t) };
    else {
      const departement = departementCodeOf(territory);
      const name = departement ? names.get(departement) : undefined;
      if (name) found = { key: `d:${departement}`, label: `${name} (${departement})` };
      else found = { key: `o:${departement ?? territory.code}`, label: territoryLabel(territory, t) };
    }
    cache.set(id, found);
    return found;
  };
}

/** Contributions by territory, most first, the rest summed as "Autres"; no territory last. */
function territoryRows(territories: readonly (Territory | null)[], t: (typeof SYNTHESIS_TEXT)[Lang]): ChartRow[] {
  const counts = new Map<string, ChartRow>();
  let none = 0;
  for (const territory of territories) {
    if (!territory) {
      none++;
      continue;
    }
    const key = `${territory.level}:${territory.code}`;
    const row = counts.get(key);
    if (row) row.value++;
    else counts.set(key, { label: territoryLabel(territory, t), value: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => b.value - a.value || byText(a.label, b.label));
  const rest = sorted.slice(TOP_TERRITORIES).reduce((sum, r) => sum + r.value, 0);
  return [...sorted.slice(0, TOP_TERRITORIES), ...(rest ? [{ label: t.others, value: rest }] : []), ...(none ? [{ label: t.noTerritory, value: none }] : [])];
}

/** Records by theme or dispositif code, most first. */
function tagRows(lists: readonly (readonly string[])[], names: ReadonlyMap<string, string>, label: (code: string, name: string | undefined) => string): ChartRow[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const code of new Set(list)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || byText(a, b))
    .map(([code, value]) => ({ label: label(code, names.get(code)), value }));
}
