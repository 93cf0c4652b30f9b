/**
 * The map's colour classes: q0 for nothing, then up to five classes q1–q5 of growing counts.
 * Counts are skewed (most départements have a few contributions, one or two have dozens), so
 * the breaks grow geometrically from 1 to the maximum: with a maximum of 30 they are 1, 2–3,
 * 4–7, 8–14, 15–30, and up to a maximum of 5 each count has its own class, so the small counts
 * of a first consultation stay apart.
 */
import { scaleLog, scaleThreshold } from 'd3-scale';

/** One class: counts from `min` to `max` inclusive take colour class `index` (1–5). */
export interface ColourClass {
  index: number;
  min: number;
  max: number;
}

export const CLASS_COUNT = 5;

// ColorBrewer YlGnBu (6 classes) without its palest yellow: sequential and safe for the common
// colour-vision deficiencies; the neutral grey of q0 stays apart from the palest green of q1.
const PALETTE = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;
const NONE = '#f0f0f0';

/** The classes for these counts (zeros aside); none when every count is zero. */
export function colourClasses(counts: Iterable<number>): ColourClass[] {
  let max = 0;
  for (const n of counts) if (n > max) max = n;
  max = Math.floor(max);
  if (max < 1) return [];
  const bounds: number[] = []; // lowest count of each class after the first
  if (max <= CLASS_COUNT) {
    for (let n = 2; n <= max; n++) bounds.push(n);
  } else {
    const position = scaleLog().domain([1, max]).range([0, CLASS_COUNT]);
    for (let i = 1; i < CLASS_COUNT; i++) {
      const previous = bounds.at(-1) ?? 1;
      bounds.push(Math.max(previous + 1, roundish(position.invert(i))));
    }
  }
  const lows = [1, ...bounds.filter((b) => b <= max)];
  return lows.map((min, i) => ({ index: i + 1, min, max: (lows[i + 1] ?? max + 1) - 1 }));
}

/** The class index of a count (0 for none) given the classes of its measure. */
export function classifier(classes: readonly ColourClass[]): (n: number) => number {
  if (!classes.length) return () => 0;
  const scale = scaleThreshold<number, number>()
    .domain(classes.map((c) => c.min))
    .range([0, ...classes.map((c) => c.index)]);
  return (n) => scale(n) ?? 0;
}

// Integers a reader takes in at a glance: two significant digits from 100 up (251 → 250).
function roundish(x: number): number {
  if (x < 100) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / unit) * unit;
}

/** The CSS of the classes: fills on the map, backgrounds on the legends' swatches. */
export function colourCss(): string {
  const colours = [NONE, ...PALETTE];
  return colours
    .map((c, i) => `#map-svg .q${i}{fill:${c}}.legend .swatch.q${i}{background:${c}}`)
    .join('\n');
}
