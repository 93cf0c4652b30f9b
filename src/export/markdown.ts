/**
 * The Markdown synthesis a facilitator publishes: a header with the counts, the ideas by axis
 * then kind (most widely shared first), each traced to its sources in a footnote, the
 * dispositifs the contributions name and where, a territories × kinds table, the themes,
 * Mermaid charts, and what is left to check. Plain data in, GFM text out; the same input always
 * gives the same text.
 */
import type { TagCatalogue } from '../tag/catalogue.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';
import type { ParseReport } from '../types/report.js';
import { KIND_LABELS, KIND_ORDER, type Lang } from '../vocabulary/labels.js';
import { SYNTHESIS_TEXT, type SynthesisText } from '../vocabulary/synthesis-text.js';
import { countOrder, type HeadlineCount } from '../dedupe/counts.js';
import { checkGroups, driftCheck } from './checks.js';
import { dispositifRows, USE_OF_KIND, type DispositifRow } from './dispositifs.js';
import { periodText, territoryLabel, whoPutForward } from './wording.js';
import { axisOrder, byText, ideasOf, keyCounts, parentText, readingOrder, weakIdeas, type Idea, type IdeasInput } from './ideas.js';

export { unclustered } from './ideas.js';

export interface SynthesisInput extends IdeasInput {
  /** How the documents were read (recolte parse --report), for "À vérifier"; null when not given. */
  report: ParseReport | null;
  lang: Lang;
  title?: string;
  /** Names and descriptions of the dispositif and theme codes; without it, codes stand alone. */
  catalogue?: TagCatalogue;
}

const NO_CATALOGUE: TagCatalogue = { dispositifs: [], themes: [] };

/** Renders the synthesis. */
export function renderSynthesis(input: SynthesisInput): string {
  const t = SYNTHESIS_TEXT[input.lang];
  const recordOf = new Map(input.records.map((r) => [r.id, r]));
  const ideas = ideasOf(input, recordOf);
  const footnotes: string[] = [];
  const out: string[] = [`# ${escapeMarkdown(input.title ?? t.title)}`, '', ...header(input, ideas, t), ''];

  const axes = axisOrder(input, ideas);
  const byAxis = axes.length > 0;
  let axis: string | null | undefined;
  for (const group of readingOrder(ideas, axes, input.count)) {
    if (byAxis && group.axis !== axis) out.push(`## ${escapeMarkdown(group.axis ?? t.noAxis)}`, '');
    axis = group.axis;
    out.push(`${byAxis ? '###' : '##'} ${KIND_LABELS[input.lang][group.kind].many}`, '');
    // Needs, objectives and first steps of a workshop proposal name it, so they read in context.
    for (const idea of group.ideas) out.push(...ideaLines(idea, t, footnotes, parentText(idea, recordOf), input.count));
    out.push('');
  }
  const catalogue = input.catalogue ?? NO_CATALOGUE;
  out.push(...dispositifsSection(input.records, catalogue, t, footnotes));
  out.push(...overview(input, ideas, t, catalogue), ...checkSection(input, t, weakIdeas(ideas, recordOf)));
  if (footnotes.length) out.push('', ...footnotes);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function header(input: SynthesisInput, ideas: readonly Idea[], t: SynthesisText): string[] {
  const counts = keyCounts(input.records, ideas);
  return [
    // The headline count first, as the ideas are ordered.
    ...countOrder(input.count).map((c) => [t[c], counts[c]]),
    [t.ideas, `${counts.ideas}${input.clusters ? '' : ` (${t.notGrouped})`}`],
    [t.periodLabel, periodText(counts.dates, t)],
  ].map(([label, value]) => `- **${label}**${t.colon}${value}`);
}

/** The idea, who put it forward, its other wordings, and a footnote with its sources. */
function ideaLines(idea: Idea, t: SynthesisText, footnotes: string[], parent: string | null, headline: HeadlineCount | undefined): string[] {
  const n = footnotes.length + 1;
  const colon = t.colon;
  const lines = [`- **${escapeMarkdown(idea.text)}** — ${whoPutForward(idea, t, escapeMarkdown, headline)}[^${n}]`];
  if (parent) lines.push(`  - ${t.partOf}${colon}${t.quote(escapeMarkdown(parent))}`);
  const others = [...new Set(idea.members.map((m) => m.text))].filter((text) => text !== idea.text);
  if (others.length) {
    const shown = others.slice(0, 3).map((o) => t.quote(escapeMarkdown(o)));
    const rest = others.length > 3 ? `, ${t.more(others.length - 3)}` : '';
    lines.push(`  - ${t.otherWordings}${colon}${shown.join(t.listSeparator)}${rest}.`);
  }
  footnote(footnotes, idea.members.map((m) => m.source), t);
  return lines;
}

/** Adds a footnote listing the sources and returns its number. */
function footnote(footnotes: string[], sources: readonly { file: string; line: number }[], t: SynthesisText): number {
  // One entry per file, its lines in order: an idea with hundreds of sources stays readable.
  const byFile = new Map<string, number[]>();
  for (const { file, line } of sources) {
    const lines = byFile.get(file);
    if (lines) lines.push(line);
    else byFile.set(file, [line]);
  }
  const entries = [...byFile.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([file, numbers]) => `${escapeMarkdown(file)}, ${t.lines([...new Set(numbers)].sort((a, b) => a - b))}`);
  footnotes.push(`[^${footnotes.length + 1}]: ${entries.join(t.listSeparator)}.`);
  return footnotes.length;
}

/** How many initiative titles a territory shows under "En place", or files a dispositif named in prose, before "et N autres". */
const TITLES_SHOWN = 5;

/**
 * "Dispositifs": for each dispositif a record names (by code), the territories where it runs,
 * with the initiatives' titles, and those where it is asked for or only mentioned, each line
 * footnoted; then the dispositifs that only a document's prose names. Nothing when no record
 * or document names one.
 */
function dispositifsSection(records: readonly RecolteRecord[], catalogue: TagCatalogue, t: SynthesisText, footnotes: string[]): string[] {
  const rows = dispositifRows(records, catalogue);
  const named = new Set(rows.map((r) => r.code));
  const inDocuments = new Map<string, Set<string>>();
  for (const r of records) {
    for (const code of r.document?.dispositifs ?? []) if (!named.has(code)) inDocuments.set(code, (inDocuments.get(code) ?? new Set()).add(r.source.file));
  }
  if (!rows.length && !inDocuments.size) return [];
  const info = new Map(catalogue.dispositifs.map((d) => [d.code, d]));
  const title = (code: string): string => {
    const name = info.get(code)?.name;
    return escapeMarkdown(name ? `${code} — ${name}` : code);
  };
  // "Meuse (55), territoire non précisé": lower case inside a list, as a sentence reads.
  const place = (territory: Territory | null, inList = false): string =>
    escapeMarkdown(territory ? territoryLabel(territory, t) : inList ? t.noTerritory.charAt(0).toLowerCase() + t.noTerritory.slice(1) : t.noTerritory);
  const out = [`## ${t.dispositifs}`, ''];
  if (rows.length) out.push(t.dispositifsIntro, '');
  for (const code of named) {
    const here = rows.filter((r) => r.code === code);
    out.push(`### ${title(code)}`, '');
    const about = info.get(code);
    const description = about?.description ? escapeMarkdown(about.description).replace(/(?<![.!?…])$/, '.') : '';
    const page = about?.url && SAFE_URL.test(about.url) ? `[${t.officialPage}](${about.url}).` : '';
    const reference = about?.reference ? `${t.definedBy}${t.colon}${escapeMarkdown(about.reference)}.` : '';
    if (description || page || reference) out.push([description, reference, page].filter(Boolean).join(' '), '');
    const running = here.filter((r) => r.initiatives > 0);
    if (running.length) {
      out.push(`- **${t.running}**${t.colon.trimEnd()}`);
      for (const row of running) {
        const initiatives = row.records.filter((r) => USE_OF_KIND[r.kind] === 'runs');
        const titles = [...new Set(initiatives.map((r) => r.text))];
        const shown = titles.slice(0, TITLES_SHOWN).map((text) => t.quote(escapeMarkdown(text))).join(t.listSeparator);
        const rest = titles.length > TITLES_SHOWN ? `, ${t.more(titles.length - TITLES_SHOWN)}` : '';
        out.push(`  - ${place(row.territory)}${t.colon}${shown}${rest}.[^${footnote(footnotes, initiatives.map((r) => r.source), t)}]`);
      }
    }
    for (const [use, label, by] of [['asked', t.asked, t.askedBy], ['other', t.mentioned, t.mentionedBy]] as const) {
      const count = (row: DispositifRow): number => (use === 'asked' ? row.proposals : row.otherMentions);
      const where = here.filter((row) => count(row) > 0);
      if (!where.length) continue;
      const sources = where.flatMap((row) => row.records.filter((r) => USE_OF_KIND[r.kind] === use).map((r) => r.source));
      const total = where.reduce((sum, row) => sum + count(row), 0);
      out.push(`- **${label}** ${by(total)}${t.colon}${where.map((row) => place(row.territory, true)).join(', ')}.[^${footnote(footnotes, sources, t)}]`);
    }
    out.push('');
  }
  if (inDocuments.size) {
    const list = [...inDocuments.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([code, files]) => {
        const sorted = [...files].sort(byText);
        const rest = sorted.length > TITLES_SHOWN ? `, ${t.more(sorted.length - TITLES_SHOWN)}` : '';
        return `${title(code)} (${sorted.slice(0, TITLES_SHOWN).map(escapeMarkdown).join(', ')}${rest})`;
      });
    out.push(`${t.namedInDocuments}${t.colon}${list.join(t.listSeparator)}.`, '');
  }
  return out;
}

/** A web address that can stand in a Markdown link as it is. */
const SAFE_URL = /^https?:\/\/[^\s()<>\\\[\]`]+$/;

/** The territories × kinds table, the themes table and the two charts. */
function overview(input: SynthesisInput, ideas: readonly Idea[], t: SynthesisText, catalogue: TagCatalogue): string[] {
  const members = ideas.flatMap((i) => i.members.map((m) => ({ kind: i.kind, territory: m.territory })));
  if (!members.length) return [];
  const kinds = KIND_ORDER.filter((k) => members.some((m) => m.kind === k));
  const rows = new Map<string, { label: string; counts: Map<Kind, number>; total: number }>();
  for (const m of members) {
    const key = m.territory ? `${m.territory.level}:${m.territory.code}` : '';
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { label: m.territory ? territoryLabel(m.territory, t) : t.noTerritory, counts: new Map(), total: 0 }));
    row.counts.set(m.kind, (row.counts.get(m.kind) ?? 0) + 1);
    row.total++;
  }
  const ordered = [...rows.entries()].sort(([ka, a], [kb, b]) => (ka === '' ? 1 : kb === '' ? -1 : 0) || b.total - a.total || byText(a.label, b.label)).map(([, r]) => r);
  const labels = KIND_LABELS[input.lang];
  const cell = (text: string | number): string => escapeMarkdown(String(text));
  const table = [
    `| ${[t.territory, ...kinds.map((k) => labels[k].many), t.total].map(cell).join(' | ')} |`,
    `| ${['---', ...kinds.map(() => '---:'), '---:'].join(' | ')} |`,
    ...ordered.map((r) => `| ${[r.label, ...kinds.map((k) => r.counts.get(k) ?? 0), r.total].map(cell).join(' | ')} |`),
    `| ${[t.total, ...kinds.map((k) => members.filter((m) => m.kind === k).length), members.length].map(cell).join(' | ')} |`,
    '',
    ...themesTable(input.records, catalogue, t),
  ];
  const pie = kinds.map((k) => `    "${mermaidLabel(labels[k].many)}" : ${members.filter((m) => m.kind === k).length}`);
  const top = ordered.slice(0, 15);
  const rest = ordered.slice(15).reduce((sum, r) => sum + r.total, 0);
  const bars = [...top.map((r) => ({ label: r.label, total: r.total })), ...(rest ? [{ label: t.others, total: rest }] : [])];
  return [
    `## ${t.overview}`,
    '',
    `### ${t.table}`,
    '',
    ...table,
    '',
    `### ${t.chartKinds}`,
    '',
    '```mermaid',
    'pie showData',
    `    title ${mermaidLabel(t.chartKinds)}`,
    ...pie,
    '```',
    '',
    `### ${t.chartTerritories}`,
    '',
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(t.chartTerritories)}"`,
    `    x-axis [${bars.map((b) => `"${mermaidLabel(b.label)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(t.contributions)}"`,
    `    bar [${bars.map((b) => b.total).join(', ')}]`,
    '```',
    '',
  ];
}

/** Contributions and territories by theme, most contributions first; nothing when no record has a theme. */
function themesTable(records: readonly RecolteRecord[], catalogue: TagCatalogue, t: SynthesisText): string[] {
  const themes = new Map<string, { records: number; territories: Set<string> }>();
  let none = 0;
  for (const r of records) {
    if (!r.themes?.length) none++;
    for (const code of new Set(r.themes ?? [])) {
      let theme = themes.get(code);
      if (!theme) themes.set(code, (theme = { records: 0, territories: new Set() }));
      theme.records++;
      if (r.territory) theme.territories.add(`${r.territory.level}:${r.territory.code}`);
    }
  }
  if (!themes.size) return [];
  const names = new Map(catalogue.themes.map((th) => [th.code, th.name]));
  const rows = [...themes.entries()].sort(([ca, a], [cb, b]) => b.records - a.records || b.territories.size - a.territories.size || byText(ca, cb));
  return [
    `### ${t.themes}`,
    '',
    `| ${t.theme} | ${t.contributions} | ${t.territories} |`,
    '| --- | ---: | ---: |',
    ...rows.map(([code, theme]) => `| ${escapeMarkdown(names.get(code) ?? code)} | ${theme.records} | ${theme.territories.size} |`),
    '',
    t.themesNote(none),
  ];
}

/** Lines shown per rule and document in "À vérifier"; the others are counted. */
const CHECKS_SHOWN = 10;

/**
 * "À vérifier": how many ideas rest on wording alone, the ideas grown by "same" decisions that
 * may have drifted, then per document what the parse report found, rule by rule, with the lines.
 */
function checkSection({ report, clusters, lang }: SynthesisInput, t: SynthesisText, weak: number): string[] {
  const lines = [`## ${t.check}`, ''];
  if (weak) lines.push(t.weakIdeas(weak), '');
  const drift = driftCheck(clusters, lang);
  if (drift) {
    lines.push(t.driftIntro, '', `- **${escapeMarkdown(drift.summary)}**`);
    for (const item of drift.items.slice(0, CHECKS_SHOWN)) {
      const where = `${escapeMarkdown(item.farthest.file)}, ${t.line} ${item.farthest.line}`;
      lines.push(`  - ${t.quote(escapeMarkdown(item.text))}${t.colon}${t.driftFarthest(item.size, t.quote(escapeMarkdown(item.farthest.text)), where, item.farthest.similarity)}`);
    }
    if (drift.items.length > CHECKS_SHOWN) lines.push(`  - ${t.more(drift.items.length - CHECKS_SHOWN)}`);
    lines.push('');
  }
  if (!report) return [...lines, t.noReport];
  const documents = checkGroups(report, lang);
  if (!documents.length) return [...lines, t.nothingToCheck];
  lines.push(t.checkIntro, '');
  for (const { file, groups } of documents) {
    lines.push(`- **${escapeMarkdown(file)}** — ${groups.map((g) => g.summary).join(', ')}`);
    for (const group of groups) {
      for (const item of group.items.slice(0, CHECKS_SHOWN)) {
        // The line's own words say more to a reader than the name of the problem.
        const what = item.words !== null ? t.quote(escapeMarkdown(item.words)) : escapeMarkdown(item.message);
        lines.push(`  - ${item.line === null ? what : `${t.line} ${item.line}${t.colon}${what}`}`);
      }
      if (group.items.length > CHECKS_SHOWN) lines.push(`  - ${t.more(group.items.length - CHECKS_SHOWN)}`);
    }
  }
  return lines;
}

/**
 * Text from the documents made inert, for use inside a line: Markdown and HTML marks are
 * escaped, so a contribution can never add emphasis, a link, an image, a table cell or markup
 * to the synthesis; line breaks become spaces. A bare web address stays a link in GFM viewers
 * (escapes cannot stop that), and shows the address it goes to.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

/** A label Mermaid reads as text: no quotes, brackets or statement marks. */
function mermaidLabel(text: string): string {
  return text.replace(/["'`[\]{}();:#<>|\\]/g, ' ').replace(/\s+/g, ' ').trim();
}
