/**
 * synthese.html: one self-contained page (HTML, CSS, SVG, data and script inline) that opens from
 * disk, an email or any static host and requests nothing: a Content-Security-Policy with the
 * hashes of its own style and script makes that hold by construction, and stops any markup a
 * document might smuggle in from running.
 */
import { createHash } from 'node:crypto';
import { countOrder, type HeadlineCount } from '../dedupe/counts.js';
import type { SynthesisInput } from '../export/markdown.js';
import { REPORT_TEXT, type ReportText } from '../vocabulary/report-text.js';
import { SYNTHESIS_TEXT, type SynthesisText } from '../vocabulary/synthesis-text.js';
import { barChart } from './charts.js';
import { checksHtml } from './checks.js';
import { clientScript, reportStyle } from './assets.js';
import { escapeHtml, inlineScript, scriptJson } from './escape.js';
import { departementNames, MAP_CREDIT, renderMap } from './map.js';
import { reportModel, type ReportModel } from './model.js';

export interface ReportInput extends SynthesisInput {
  /** False leaves the contributions' own words out, for a smaller file (default true). */
  sources?: boolean;
  /** "recolte 0.2.0", in the credits and the generator meta tag. */
  generator: string;
  /** Turns a source file as records name it into a link from the report, or null for none. */
  sourceHref?: (file: string) => string | null;
}

/** The whole page. The same input always gives the same text. */
export function renderReport(input: ReportInput): string {
  const lang = input.lang;
  const t = SYNTHESIS_TEXT[lang];
  const r = REPORT_TEXT[lang];
  const names = departementNames();
  const model = reportModel({
    records: input.records,
    clusters: input.clusters,
    lang,
    catalogue: input.catalogue ?? { dispositifs: [], themes: [] },
    departementNames: names,
    sources: input.sources !== false,
    ...(input.count && { count: input.count }),
  });
  const map = renderMap({ departements: model.departements, regions: model.regions, lang });
  const title = input.title ?? t.title;
  const style = `${reportStyle()}\n${map.css}`;
  const script = inlineScript(clientScript());
  const data = scriptJson({
    text: r.client,
    groups: model.groups.map((g) => [g.axis === null ? null : model.axes.indexOf(g.axis), g.label]),
    axes: model.axes.map((a) => a ?? r.client.otherAxis),
    ideas: model.ideas,
    files: model.files,
    links: model.files.map((f) => input.sourceHref?.(f) ?? null),
    places: Object.fromEntries(model.places.map((p) => [p.key, p.label])),
  });
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${r.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="${escapeHtml(input.generator)}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#ideas">${escapeHtml(r.skipLink)}</a>
<header class="page-header"><h1>${escapeHtml(title)}</h1></header>
<main>
${figuresSection(model, t, r, input.count)}
${mapSection(model, map, names, r)}
${chartsSection(model, t, r)}
${ideasSection(r)}
${checksHtml({ report: input.report, lang, weakIdeas: model.weakIdeas, clusters: input.clusters, sourceHref: input.sourceHref ?? (() => null) })}
</main>
${creditsSection(input, r)}
<script type="application/json" id="report-data">${data}</script>
<script>${script}</script>
</body>
</html>
`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function figuresSection(model: ReportModel, t: SynthesisText, r: ReportText, headline: HeadlineCount | undefined): string {
  const f = model.figures;
  // The headline count first, as the ideas are ordered, then the Markdown synthesis's order.
  const items: [string, string][] = [
    ...countOrder(headline).map((c): [string, string] => [t[c], String(f[c])]),
    [t.ideas, String(f.ideas)],
    [t.periodLabel, f.period],
  ];
  return (
    `<section id="figures" aria-labelledby="figures-title"><h2 id="figures-title">${escapeHtml(r.figures)}</h2><dl class="figures">` +
    items.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd${/^\d+$/.test(value) ? '' : ' class="text"'}>${escapeHtml(value)}</dd></div>`).join('') +
    '</dl></section>'
  );
}

function mapSection(model: ReportModel, map: ReturnType<typeof renderMap>, names: ReadonlyMap<string, string>, r: ReportText): string {
  const count = (n: number): string => (n ? ` — ${n}` : '');
  const departements = [...names.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
    .map(([code, name]) => `<option value="d:${escapeHtml(code)}">${escapeHtml(`${name} (${code})${count(model.departements.get(code)?.contributions ?? 0)}`)}</option>`)
    .join('');
  const outside = [...model.outside.regions, ...model.outside.others];
  const others = outside.length
    ? `<optgroup label="${escapeHtml(r.outsideMap)}">${outside.map((p) => `<option value="${escapeHtml(p.key)}">${escapeHtml(`${p.label}${count(p.contributions)}`)}</option>`).join('')}</optgroup>`
    : '';
  const button = (p: ReportModel['places'][number]): string =>
    `<li><button type="button" class="place" data-place="${escapeHtml(p.key)}">${escapeHtml(p.label)}</button> <span class="n">${p.contributions}</span></li>`;
  const side = [
    model.outside.regions.length ? `<h4>${escapeHtml(r.regions)}</h4><p class="note">${escapeHtml(r.regionsNote)}</p><ul class="places">${model.outside.regions.map(button).join('')}</ul>` : '',
    model.outside.others.length ? `<h4>${escapeHtml(r.otherPlaces)}</h4><ul class="places">${model.outside.others.map(button).join('')}</ul>` : '',
  ].join('');
  return `<section id="map" aria-labelledby="map-title"><h2 id="map-title">${escapeHtml(r.map)}</h2>
<p>${escapeHtml(r.mapIntro)}</p>
<p class="note">${escapeHtml(r.mapRollUp)}</p>
<div class="controls map-controls"><fieldset><legend>${escapeHtml(r.measure)}</legend>
<label><input type="radio" name="measure" value="contributions" checked> ${escapeHtml(r.measureContributions)}</label>
<label><input type="radio" name="measure" value="ideas"> ${escapeHtml(r.measureIdeas)}</label></fieldset>
<p><label for="place-select">${escapeHtml(r.chooseDepartement)}</label>
<select id="place-select"><option value="">${escapeHtml(r.allDepartements)}</option>${departements}${others}</select></p></div>
<div class="map-layout"><div class="map-box">${map.svg}<div id="map-tooltip" aria-hidden="true" hidden></div></div>
<div class="map-side">${map.legends}<h3>${escapeHtml(r.outsideMap)}</h3>${side || `<p>${escapeHtml(r.nothingOutside)}</p>`}</div></div>
</section>`;
}

function chartsSection(model: ReportModel, t: SynthesisText, r: ReportText): string {
  const charts: [id: string, title: string, rows: ReportModel['charts']['kinds'], labelHeading: string][] = [
    ['chart-kinds', t.chartKinds, model.charts.kinds, r.kind],
    ['chart-territories', t.chartTerritories, model.charts.territories, t.territory],
    ['chart-themes', r.chartThemes, model.charts.themes, t.theme],
    ['chart-dispositifs', r.chartDispositifs, model.charts.dispositifs, r.dispositif],
  ];
  const drawn = charts
    .map(([id, title, rows, labelHeading]) => barChart(rows, { id, title, summary: r.chartSummary(title, rows), tableCaption: r.dataTable, labelHeading, valueHeading: t.contributions }))
    .filter(Boolean)
    .join('\n');
  if (!drawn) return '';
  return `<section id="charts" aria-labelledby="charts-title"><h2 id="charts-title">${escapeHtml(r.charts)}</h2>\n${drawn}\n</section>`;
}

function ideasSection(r: ReportText): string {
  return `<section id="ideas" aria-labelledby="ideas-title" tabindex="-1"><h2 id="ideas-title">${escapeHtml(r.ideas)}</h2>
<div class="controls search"><label for="search">${escapeHtml(r.search)}</label>
<input type="search" id="search" autocomplete="off" aria-describedby="search-hint" aria-controls="ideas-list">
<p id="search-hint" class="note">${escapeHtml(r.searchHint)}</p></div>
<p id="filter-status" class="controls" hidden><span id="filter-label"></span> <button type="button" id="clear-filter">${escapeHtml(r.client.clearFilter)}</button></p>
<p id="ideas-count" role="status" aria-live="polite"></p>
<div id="ideas-list"></div>
<p class="controls"><button type="button" id="more-ideas" hidden></button></p>
<noscript><p>${escapeHtml(r.noScript)}</p></noscript>
</section>`;
}

function creditsSection(input: ReportInput, r: ReportText): string {
  const lines = [r.madeWith(input.generator.replace(/^recolte\s*/, '')), MAP_CREDIT[input.lang], r.searchCredit, ...(input.sources === false ? [r.sourcesLeftOut] : [])];
  return `<footer id="credits" aria-labelledby="credits-title"><h2 id="credits-title">${escapeHtml(r.credits)}</h2>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</footer>`;
}
