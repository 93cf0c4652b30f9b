import { describe, expect, it } from 'vitest';
import { counted } from '../helpers/cluster.js';
import { barChart } from '../../src/report/charts.js';
import { checksHtml } from '../../src/report/checks.js';
import { SYNTHESIS_TEXT } from '../../src/vocabulary/synthesis-text.js';
import { escapeHtml, inlineScript, scriptJson } from '../../src/report/escape.js';
import { reportModel } from '../../src/report/model.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord, Territory } from '../../src/types/record.js';
import type { Diagnostic, ParseReport } from '../../src/types/report.js';

const dep = (code: string, name: string): Territory => ({ level: 'departement', code, name });
const names = new Map([['55', 'Meuse'], ['01', 'Ain'], ['27', 'Eure'], ['971', 'Guadeloupe']]);
let line = 0;
const record = (id: string, text: string, territory: Territory | null, extra: Partial<RecolteRecord> = {}): RecolteRecord => ({
  id, kind: 'proposal', text, details: null, parent: null, axis: null, group: null, territory,
  source: { file: id.startsWith('b') ? 'b.md' : 'a.md', line: ++line, column: 1, endLine: line },
  document: { title: null, date: '2025-06-17', participants: null }, ...extra,
});
const records = [
  record('a1', 'Un médicobus dans les villages', { level: 'commune', code: '55502', name: 'Stenay' }, { themes: ['MOBILITE'], dispositifs: ['MEDICOBUS'] }),
  record('a2', 'Un bus médical itinérant', dep('55', 'Meuse'), { themes: ['MOBILITE'] }),
  record('b1', 'Un cabinet mobile', dep('01', 'Ain')),
  record('b2', 'Former les élus', { level: 'region', code: '44', name: 'Grand Est' }, { kind: 'finding' }),
  record('b3', 'Une campagne nationale', { level: 'national', code: 'FR', name: 'France' }),
  record('b4', 'Sans lieu', null),
  record('b5', 'Saint-Pierre demande un médecin', { level: 'commune', code: '97502', name: 'Saint-Pierre' }),
];
const cluster: Cluster = counted({
  id: 'c1', kind: 'proposal', text: 'Un médicobus dans les villages', size: 3,
  territories: [{ ...dep('55', 'Meuse'), count: 1 }, { level: 'commune', code: '55502', name: 'Stenay', count: 1 }, { ...dep('01', 'Ain'), count: 1 }],
  members: [records[0]!, records[1]!, records[2]!].map((r) => ({ id: r.id, text: r.text, territory: r.territory, source: r.source, similarity: 1 })) as Cluster['members'],
});
const catalogue = { dispositifs: [{ code: 'MEDICOBUS', name: 'Cabinet médical mobile', description: '', url: '', themes: [] }], themes: [{ code: 'MOBILITE', name: 'Mobilité', description: '' }] };

describe('the report model', () => {
  const model = reportModel({ records, clusters: [cluster], lang: 'fr', catalogue, departementNames: names, sources: true });

  it('rolls communes up to their département, keeps a région as a région, and lists what the map does not draw', () => {
    expect([...model.departements]).toEqual([
      ['55', { contributions: 2, ideas: 1 }],
      ['01', { contributions: 1, ideas: 1 }],
    ]);
    expect([...model.regions]).toEqual([['44', { contributions: 1, ideas: 1 }]]);
    expect(model.outside.regions.map((p) => [p.key, p.label, p.contributions])).toEqual([['r:44', 'Grand Est (région 44)', 1]]);
    expect(model.outside.others.map((p) => [p.key, p.label, p.contributions])).toEqual([
      ['n', 'France', 1],
      ['o:975', 'Saint-Pierre (97502)', 1],
      ['x', 'Territoire non précisé', 1],
    ]);
  });

  it('gives each idea its places, its sentence of territories and its sources', () => {
    const first = model.ideas[0]!;
    expect(first).toEqual({
      g: 0,
      t: 'Un médicobus dans les villages',
      w: 'Proposé dans 3 territoires, 2 réunions, 3 contributions : Meuse (55), Stenay (55502), Ain (01).',
      p: ['d:01', 'd:55'],
      s: [[0, 1, 'Un médicobus dans les villages'], [0, 2, 'Un bus médical itinérant'], [1, 3, 'Un cabinet mobile']],
      k: 'MOBILITE Mobilité MEDICOBUS Cabinet médical mobile',
    });
    expect(model.files).toEqual(['a.md', 'b.md']);
    expect(model.groups.map((g) => g.label)).toEqual(['Propositions', 'Constats']);
    expect(model.ideas.map((i) => i.t)).toEqual(['Un médicobus dans les villages', 'Saint-Pierre demande un médecin', 'Une campagne nationale', 'Sans lieu', 'Former les élus']);
  });

  it('leaves the own words out without sources, and keeps file and line', () => {
    const light = reportModel({ records, clusters: [cluster], lang: 'fr', catalogue, departementNames: names, sources: false });
    expect(light.ideas[0]!.s).toEqual([[0, 1], [0, 2], [1, 3]]);
  });

  it('counts the key figures and the charts', () => {
    expect(model.figures).toEqual({ documents: 2, contributions: 7, ideas: 5, territories: 6, period: 'le 17 juin 2025' });
    expect(model.charts.kinds).toEqual([{ label: 'Propositions', value: 6 }, { label: 'Constats', value: 1 }]);
    expect(model.charts.themes).toEqual([{ label: 'Mobilité', value: 2 }]);
    expect(model.charts.dispositifs).toEqual([{ label: 'MEDICOBUS — Cabinet médical mobile', value: 1 }]);
    expect(model.charts.territories.at(-1)).toEqual({ label: 'Territoire non précisé', value: 1 });
  });
});

describe('escaping', () => {
  it('makes document text inert in HTML', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });

  it('writes JSON that cannot close its script element, open a comment or break a line, and reads back the same', () => {
    const value = { t: '</script><script>alert(1)</script> <!-- \u2028\u2029 & >' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps an inline library from ending its script element', () => {
    expect(inlineScript('var a = "</script>"; // <!-- x')).toBe('var a = "<\\/script>"; // <\\!-- x');
  });
});

describe('bar charts', () => {
  const options = { id: 'c', title: 'Par type', summary: 'Par type : Propositions, 6.', tableCaption: 'Données', labelHeading: 'Type', valueHeading: 'Contributions' };

  it('draws a bar per row with its value written beside it, and the data as a table', () => {
    const svg = barChart([{ label: 'Propositions', value: 6 }, { label: '<Constats>', value: 1 }], options);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('<text class="value" x="');
    expect(svg).toContain('>6</text>');
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<desc id="c-desc">Par type : Propositions, 6.</desc>');
    expect(svg).toContain('<tr><th scope="row">&lt;Constats&gt;</th><td>1</td></tr>');
  });

  it('draws nothing without rows', () => {
    expect(barChart([], options)).toBe('');
  });
});

describe('« À vérifier » in the report', () => {
  const diagnostic = (file: string, line: number | null, rule: string, message: string, severity: 'warning' | 'error' = 'warning'): Diagnostic => ({ file, line, column: 1, severity, rule, message });
  const report: ParseReport = {
    version: 1,
    files: [
      { file: 'a.md', layout: 'synthesis', records: 1, kinds: {}, lines: { nonBlank: 3, record: 1, heading: 0, prose: 0, chrome: 0, unclassified: 2 }, diagnostics: [
        diagnostic('a.md', 5, 'unclassified-line', 'Line not read as any part of the document: "<b>Voir</b> aussi"'),
        diagnostic('a.md', 9, 'unclassified-line', 'Line not read as any part of the document: "Fin"'),
        diagnostic('a.md', 2, 'territory-unknown', 'Unknown territory "Xyz"'),
      ] },
      { file: '<stdin>', layout: 'synthesis', records: 1, kinds: {}, lines: { nonBlank: 1, record: 1, heading: 0, prose: 0, chrome: 0, unclassified: 1 }, diagnostics: [
        diagnostic('<stdin>', 3, 'unclassified-line', 'Line not read as any part of the document: "x"'),
      ] },
    ],
    totals: { files: 2, records: 2, kinds: {}, lines: { nonBlank: 4, record: 2, heading: 0, prose: 0, chrome: 0, unclassified: 3 }, errors: 0, warnings: 4 },
  };

  it('groups by document and rule, quotes each line escaped, and links it to its document', () => {
    const html = checksHtml({ report, lang: 'fr', weakIdeas: 2, sourceHref: (file) => (file.startsWith('<') ? null : `../${file}`) });
    expect(html.split('\n')).toEqual([
      '<section id="checks" class="checks" aria-labelledby="checks-title"><h2 id="checks-title">À vérifier</h2>',
      `<p>${escapeHtml(SYNTHESIS_TEXT.fr.weakIdeas(2))}</p>`,
      `<p>${escapeHtml(SYNTHESIS_TEXT.fr.checkIntro)}</p>`,
      '<div class="check-file"><h3><a href="../a.md">a.md</a></h3><p>2 lignes non classées ; 1 territoire inconnu</p><ul>',
      '<li class="warning">2 lignes non classées<ul><li><a href="../a.md">ligne 5</a> : « &lt;b&gt;Voir&lt;/b&gt; aussi »</li><li><a href="../a.md">ligne 9</a> : « Fin »</li></ul></li>',
      '<li class="warning">1 territoire inconnu<ul><li><a href="../a.md">ligne 2</a> : territoire inconnu</li></ul></li>',
      '</ul></div>',
      '<div class="check-file"><h3>&lt;stdin&gt;</h3><ul>',
      '<li class="warning">1 ligne non classée<ul><li>ligne 3 : « x »</li></ul></li>',
      '</ul></div>',
      '</section>',
    ]);
  });

  it('says when there is nothing to check, or no report', () => {
    expect(checksHtml({ report: null, lang: 'en', weakIdeas: 0, sourceHref: () => null })).toContain(`<p>${escapeHtml(SYNTHESIS_TEXT.en.noReport)}</p>`);
    expect(checksHtml({ report: { ...report, files: [] }, lang: 'fr', weakIdeas: 0, sourceHref: () => null })).toContain(`<p>${escapeHtml(SYNTHESIS_TEXT.fr.nothingToCheck)}</p>`);
  });
});
