/**
 * Bar charts as SVG, drawn when the report is written: the browser needs no chart library. Each
 * bar carries its value as text, so the chart reads without colour, and each chart has a text
 * alternative (its title and a one-sentence summary) and its data as a table.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeHtml } from './escape.js';
import type { ChartRow } from './model.js';

const WIDTH = 640;
const LABEL_WIDTH = 260;
const VALUE_WIDTH = 48;
const BAR_HEIGHT = 22;
const TOP = 24;
/**
 * Labels longer than this are cut in the drawing; the title and the table give them whole. At
 * 12px a character takes up to about 7.7 units (DejaVu Sans, codes in capitals), so 30 of them
 * fit in LABEL_WIDTH; the browser tests check that no label starts left of its chart.
 */
const LABEL_CHARS = 30;

export interface ChartOptions {
  id: string;
  title: string;
  /** The sentence read by screen readers instead of the drawing. */
  summary: string;
  /** The table's caption and its value column's heading. */
  tableCaption: string;
  labelHeading: string;
  valueHeading: string;
}

/** A horizontal bar chart in a <figure>, with its table in a <details>; '' when there is nothing to draw. */
export function barChart(rows: readonly ChartRow[], o: ChartOptions): string {
  if (!rows.length) return '';
  const height = TOP + rows.length * BAR_HEIGHT + 8;
  const max = Math.max(...rows.map((r) => r.value));
  const x = scaleLinear().domain([0, max]).nice().range([LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([TOP, height - 8]).paddingInner(0.25);
  const ticks = x.ticks(Math.min(5, x.domain()[1]!)).filter(Number.isInteger);
  const grid = ticks
    .map((tick) => `<g class="tick"><line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 4}" y2="${height - 8}"/><text x="${x(tick)}" y="${TOP - 8}">${tick}</text></g>`)
    .join('');
  const bars = rows
    .map((row, i) => {
      const top = y(i)!;
      const mid = top + y.bandwidth() / 2;
      const label = row.label.length > LABEL_CHARS ? `${row.label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : row.label;
      return (
        `<g class="bar"><title>${escapeHtml(`${row.label} : ${row.value}`)}</title>` +
        `<text class="label" x="${LABEL_WIDTH - 8}" y="${mid}">${escapeHtml(label)}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${top.toFixed(1)}" width="${(x(row.value) - LABEL_WIDTH).toFixed(1)}" height="${y.bandwidth().toFixed(1)}"/>` +
        `<text class="value" x="${(x(row.value) + 6).toFixed(1)}" y="${mid}">${row.value}</text></g>`
      );
    })
    .join('');
  const table =
    `<details class="chart-data"><summary>${escapeHtml(o.tableCaption)}</summary><table><caption>${escapeHtml(o.title)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(o.labelHeading)}</th><th scope="col">${escapeHtml(o.valueHeading)}</th></tr></thead><tbody>` +
    rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${r.value}</td></tr>`).join('') +
    '</tbody></table></details>';
  return (
    `<figure class="chart" id="${o.id}"><figcaption><h3>${escapeHtml(o.title)}</h3></figcaption>` +
    `<div class="chart-scroll" tabindex="0" role="group" aria-labelledby="${o.id}-title"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc">` +
    `<title id="${o.id}-title">${escapeHtml(o.title)}</title><desc id="${o.id}-desc">${escapeHtml(o.summary)}</desc>` +
    `${grid}${bars}</svg></div>${table}</figure>`
  );
}
