/**
 * The words of the report's map of France, in French (the default) and English: its accessible
 * name, the insets' captions, each département's label and the legends.
 */
import type { Lang } from './labels.js';

/** The two measures the map can colour the départements by. */
export type MapMeasure = 'contributions' | 'ideas';

export interface MapText {
  /** The accessible name of the whole map. */
  mapLabel: string;
  /** The caption of the enlarged box of Paris and the petite couronne. */
  parisInset: string;
  /** "12 contributions", "1 idée", "aucune contribution". */
  count: (measure: MapMeasure, n: number) => string;
  /** What a département says to a screen reader and in its tooltip. */
  departement: (name: string, code: string, contributions: number, ideas: number) => string;
  /** A région's label on the map: its name and its contributions. */
  region: (name: string, contributions: number) => string;
  /** The caption of each measure's legend. */
  legendCaption: Readonly<Record<MapMeasure, string>>;
  /** The legend's first item, for départements with nothing. */
  none: string;
  /** Where the boundaries come from and under which licence; the report shows it near the map. */
  credit: string;
}

export const MAP_TEXT: Readonly<Record<Lang, MapText>> = {
  fr: {
    mapLabel: 'Carte des départements',
    parisInset: 'Paris et petite couronne',
    count: (measure, n) =>
      measure === 'contributions'
        ? n === 0 ? 'aucune contribution' : `${n} ${n > 1 ? 'contributions' : 'contribution'}`
        : n === 0 ? 'aucune idée' : `${n} ${n > 1 ? 'idées' : 'idée'}`,
    departement: (name, code, contributions, ideas) =>
      `${name} (${code}) : ${MAP_TEXT.fr.count('contributions', contributions)}, ${MAP_TEXT.fr.count('ideas', ideas)}`,
    region: (name, contributions) => `${name} : ${contributions}`,
    legendCaption: { contributions: 'Contributions par département', ideas: 'Idées par département' },
    none: 'Aucune',
    credit: 'Fond de carte : IGN – Admin Express, via france-geojson ; Licence Ouverte / Open Licence (Etalab).',
  },
  en: {
    mapLabel: 'Map of the départements',
    parisInset: 'Paris and inner suburbs',
    count: (measure, n) =>
      measure === 'contributions'
        ? n === 0 ? 'no contributions' : `${n} ${n === 1 ? 'contribution' : 'contributions'}`
        : n === 0 ? 'no ideas' : `${n} ${n === 1 ? 'idea' : 'ideas'}`,
    departement: (name, code, contributions, ideas) =>
      `${name} (${code}): ${MAP_TEXT.en.count('contributions', contributions)}, ${MAP_TEXT.en.count('ideas', ideas)}`,
    region: (name, contributions) => `${name}: ${contributions}`,
    legendCaption: { contributions: 'Contributions by département', ideas: 'Ideas by département' },
    none: 'None',
    credit: 'Base map: IGN – Admin Express, via france-geojson; Licence Ouverte / Open Licence (Etalab).',
  },
};
