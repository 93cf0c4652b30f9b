/**
 * The report's map of France by département, as strings to inline in synthese.html: one SVG
 * (metropolitan France in Lambert conformal conic, an enlarged box for Paris and the petite
 * couronne, a box for each overseas département), its legends in HTML and the CSS both need.
 * Every département carries its counts and its colour class for each measure, so the page's
 * script switches measure by swapping classes. Records placed at a région are drawn as that
 * région's outline and label, never spread over its départements. Same input, same strings.
 */
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { areaData } from '../territory/data.js';
import type { Lang } from '../vocabulary/labels.js';
import { MAP_TEXT, type MapMeasure, type MapText } from '../vocabulary/map-text.js';
import { classifier, colourClasses, colourCss, type ColourClass } from './colour.js';
import { escapeHtml } from './escape.js';
import { mapData, type DepartementProperties, type DepartementShape } from './map-data.js';

export interface MapCounts { contributions: number; ideas: number }

export interface MapInput {
  /** Counts by département INSEE code ("01", "2A", "55", "971"); missing = 0. */
  departements: ReadonlyMap<string, MapCounts>;
  /** Records whose territory is a région (not spread over its départements), by région code ("44"). */
  regions: ReadonlyMap<string, MapCounts>;
  lang: Lang;
}

export interface RenderedMap {
  /** The whole `<svg id="map-svg">`. */
  svg: string;
  /** HTML: one `<ul class="legend" data-measure="…">` per measure, the ideas one hidden. */
  legends: string;
  /** The CSS the map and legends need: colour classes, borders, hover, focus. */
  css: string;
}

/** The boundaries' source and licence, to show next to the map. */
export const MAP_CREDIT: Readonly<Record<Lang, string>> = {
  fr: MAP_TEXT.fr.credit,
  en: MAP_TEXT.en.credit,
};

const MEASURES: readonly MapMeasure[] = ['contributions', 'ideas'];
const ZERO: MapCounts = { contributions: 0, ideas: 0 };

// The layout, in viewBox units: a left column of boxes (Paris, then the five overseas
// départements from west to east, as INSEE's maps set them) beside metropolitan France.
const WIDTH = 760;
const HEIGHT = 600;
const COLUMN = { x: 6, width: 132 };
const METRO: Box = { x: 150, y: 8, width: 602, height: 584 };
const PARIS: Box = { x: COLUMN.x, y: 8, width: COLUMN.width, height: 150 };
const OVERSEAS = ['971', '972', '973', '974', '976'] as const;
const PETITE_COURONNE = ['75', '92', '93', '94'] as const;
const LABEL_HEIGHT = 14;

interface Box { x: number; y: number; width: number; height: number }

/** The départements' names by INSEE code, in code order (for the page's list of départements). */
export function departementNames(): ReadonlyMap<string, string> {
  return new Map([...mapData().departements].map(([code, d]) => [code, d.name]));
}

/** Draws the map for these counts. */
export function renderMap(input: MapInput): RenderedMap {
  const t = MAP_TEXT[input.lang];
  const { departements } = mapData();
  const countsOf = (code: string): MapCounts => input.departements.get(code) ?? ZERO;
  const classes = Object.fromEntries(
    MEASURES.map((m) => [m, colourClasses([...departements.keys()].map((code) => countsOf(code)[m]))]),
  ) as Record<MapMeasure, ColourClass[]>;
  const classOf = { contributions: classifier(classes.contributions), ideas: classifier(classes.ideas) };
  const attributes = (d: DepartementShape): string => {
    const counts = countsOf(d.code);
    const qc = classOf.contributions(counts.contributions);
    const qi = classOf.ideas(counts.ideas);
    return `data-code="${escapeHtml(d.code)}" data-name="${escapeHtml(d.name)}" ` +
      `data-contributions="${counts.contributions}" data-ideas="${counts.ideas}" data-qc="${qc}" data-qi="${qi}"`;
  };
  const qcOf = (d: DepartementShape): number => classOf.contributions(countsOf(d.code).contributions);

  const metro = [...departements.values()].filter((d) => !d.code.startsWith('97'));
  const metroProjection = lambert().fitExtent(extent(METRO), collection(metro));
  const metroPath = geoPath(metroProjection).digits(1);
  const out: string[] = [
    `<svg id="map-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="${escapeHtml(t.mapLabel)}">`,
    '<g class="departements">',
  ];
  const focusable = (d: DepartementShape, path: string): string => {
    const label = escapeHtml(t.departement(d.name, d.code, countsOf(d.code).contributions, countsOf(d.code).ideas));
    // role="button": a click or Enter filters the ideas to the département, and aria-pressed says
    // which one is chosen (an SVG path has no role of its own, and ARIA forbids naming one without).
    return `<path class="dep q${qcOf(d)}" ${attributes(d)} tabindex="0" role="button" aria-pressed="false" aria-label="${label}" d="${path}"><title>${label}</title></path>`;
  };
  for (const d of metro) out.push(focusable(d, metroPath(d.geometry) ?? ''));
  out.push('</g>');

  // Paris and the petite couronne, enlarged: copies for the eye and the mouse; keyboards and
  // screen readers use the metropolitan shapes, so the copies are hidden from them.
  const paris = PETITE_COURONNE.map((code) => departements.get(code)!);
  const parisPath = geoPath(lambert().fitExtent(inner(PARIS, 6), collection(paris))).digits(1);
  out.push(`<g class="inset inset-paris" aria-hidden="true">`, frame(PARIS, t.parisInset));
  for (const d of paris) out.push(`<path class="dep-inset q${qcOf(d)}" ${attributes(d)} d="${parisPath(d.geometry) ?? ''}"></path>`);
  out.push('</g>');

  const overseasPaths = new Map<string, ReturnType<typeof geoPath>>();
  const boxHeight = (HEIGHT - 8 - (PARIS.y + PARIS.height + 8)) / OVERSEAS.length;
  OVERSEAS.forEach((code, i) => {
    const d = departements.get(code)!;
    const box: Box = { x: COLUMN.x, y: PARIS.y + PARIS.height + 8 + i * boxHeight, width: COLUMN.width, height: boxHeight - 6 };
    const path = geoPath(geoMercator().fitExtent(inner(box, 4), collection([d]))).digits(1);
    overseasPaths.set(code, path);
    out.push(`<g class="inset" data-inset="${escapeHtml(code)}">`, frame(box, d.name), focusable(d, path(d.geometry) ?? ''), '</g>');
  });

  out.push(...regionLayer(input, t, metroPath, overseasPaths), '</svg>');
  return { svg: out.join('\n'), legends: legends(classes, t), css: css() };
}

/** Outlines and labels of the régions that records name as such. */
function regionLayer(
  input: MapInput,
  t: MapText,
  metroPath: ReturnType<typeof geoPath>,
  overseasPaths: ReadonlyMap<string, ReturnType<typeof geoPath>>,
): string[] {
  const { topology } = mapData();
  const names = areaData().regions.byCode;
  const codes = [...input.regions]
    .filter(([, c]) => c.contributions > 0 || c.ideas > 0)
    .map(([code]) => code)
    .sort();
  const out: string[] = [];
  for (const code of codes) {
    const geometries = topology.objects.departements.geometries.filter((g) => (g.properties as DepartementProperties).region === code);
    if (!geometries.length) continue; // not a région of the map (a typo, or a former code)
    const outline = merge(topology, geometries as Parameters<typeof merge>[1]);
    const first = (geometries[0]!.properties as DepartementProperties).code;
    // An overseas région is its one département: drawn in that département's box.
    const path = overseasPaths.get(first) ?? metroPath;
    const [x, y] = path.centroid(largestPart(outline));
    const name = names.get(code)?.territory.name ?? code;
    const label = escapeHtml(t.region(name, input.regions.get(code)!.contributions));
    out.push(
      `<path class="region-outline" data-region="${escapeHtml(code)}" d="${path(outline) ?? ''}"></path>`,
      `<text class="region-label" data-region="${escapeHtml(code)}" x="${round(x)}" y="${round(y)}">${label}</text>`,
    );
  }
  return out.length ? ['<g class="regions">', ...out, '</g>'] : [];
}

// The label goes on the mainland, not at a centroid pulled out to sea by islands.
function largestPart(shape: MultiPolygon): Polygon {
  let best: Polygon = { type: 'Polygon', coordinates: shape.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of shape.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoPath().area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/** The legends, one per measure; only the contributions one shows at first. */
function legends(classes: Record<MapMeasure, ColourClass[]>, t: MapText): string {
  return MEASURES.map((measure) => {
    const items = [
      `<li data-min="0" data-max="0"><span class="swatch q0" aria-hidden="true"></span>${escapeHtml(t.none)}</li>`,
      ...classes[measure].map((c) =>
        `<li data-min="${c.min}" data-max="${c.max}"><span class="swatch q${c.index}" aria-hidden="true"></span>` +
        `${c.min === c.max ? c.min : `${c.min} – ${c.max}`}</li>`),
    ];
    const hidden = measure === 'contributions' ? '' : ' hidden';
    return `<ul class="legend" data-measure="${measure}" aria-label="${escapeHtml(t.legendCaption[measure])}"${hidden}>\n${items.join('\n')}\n</ul>`;
  }).join('\n');
}

// Lambert-like conformal conic on the parallels of metropolitan France, centred on 3° E.
function lambert(): GeoProjection {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
}

function collection(shapes: readonly DepartementShape[]): { type: 'FeatureCollection'; features: Feature[] } {
  return { type: 'FeatureCollection', features: shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.geometry })) };
}

function extent(box: Box): [[number, number], [number, number]] {
  return [[box.x, box.y], [box.x + box.width, box.y + box.height]];
}

// A box's drawing area: below its caption, inside a margin.
function inner(box: Box, margin: number): [[number, number], [number, number]] {
  return [[box.x + margin, box.y + LABEL_HEIGHT + margin], [box.x + box.width - margin, box.y + box.height - margin]];
}

function frame(box: Box, caption: string): string {
  return `<rect class="inset-frame" x="${box.x}" y="${round(box.y)}" width="${box.width}" height="${round(box.height)}"></rect>` +
    `<text class="inset-label" x="${box.x + 4}" y="${round(box.y + 11)}" aria-hidden="true">${escapeHtml(caption)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function css(): string {
  return [
    colourCss(),
    // A grey border shows on the palest and the darkest classes alike.
    '#map-svg{max-width:100%;height:auto;font-family:inherit}',
    '#map-svg .dep,#map-svg .dep-inset{stroke:#6b6b6b;stroke-width:.5px;stroke-linejoin:round;vector-effect:non-scaling-stroke;cursor:pointer}',
    '#map-svg .dep:hover,#map-svg .dep-inset:hover{stroke:#000;stroke-width:1.5px}',
    '#map-svg .dep:focus{outline:none}',
    '#map-svg .dep:focus-visible,#map-svg .dep.selected,#map-svg .dep-inset.selected{stroke:#000;stroke-width:3px}',
    '#map-svg .inset-frame{fill:none;stroke:#9a9a9a;stroke-width:.75px}',
    '#map-svg .inset-label{font-size:10px;fill:#333}',
    '#map-svg .region-outline{fill:none;stroke:#b3003b;stroke-width:2px;stroke-dasharray:5 3;pointer-events:none}',
    '#map-svg .region-label{font-size:12px;font-weight:bold;fill:#1a1a1a;text-anchor:middle;dominant-baseline:middle;' +
      'paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none}',
    '.legend{list-style:none;margin:.5em 0;padding:0;display:flex;flex-wrap:wrap;gap:.25em 1em}',
    '.legend[hidden]{display:none}',
    // The legend's caption is its accessible name, shown above it so it hides along with it.
    '.legend::before{content:attr(aria-label);flex-basis:100%;font-weight:bold}',
    '.legend li{display:flex;align-items:center;gap:.4em}',
    '.legend .swatch{display:inline-block;width:1.2em;height:1.2em;border:1px solid #6b6b6b;' +
      '-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '#map-svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}',
  ].join('\n');
}
