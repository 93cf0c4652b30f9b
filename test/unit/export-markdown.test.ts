import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { counted } from '../helpers/cluster.js';
import { escapeMarkdown, renderSynthesis } from '../../src/export/markdown.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord } from '../../src/types/record.js';
import type { ParseReport } from '../../src/types/report.js';
import { catalogue } from '../helpers/catalogue.js';

const fixture = (name: string) => new URL(`../../fixtures/synthesis/${name}`, import.meta.url);
const ndjson = <T>(name: string): T[] => readFileSync(fixture(name), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);

const dep = (code: string, name: string) => ({ level: 'departement' as const, code, name });
const record = (id: string, text: string, territory: RecolteRecord['territory'], kind: RecolteRecord['kind'] = 'proposal', extra: Partial<RecolteRecord> = {}): RecolteRecord => ({
  id, kind, text, details: null, parent: null, axis: null, group: null, territory, source: { file: `${territory?.code ?? 'x'}.md`, line: Number(id.slice(1)), column: 1, endLine: Number(id.slice(1)) }, document: { title: null, date: '2025-06-17', participants: null }, ...extra,
});
const records = [
  record('r1', 'Développer la télémédecine en zone rurale', dep('55', 'Meuse')),
  record('r2', 'développement de la téléconsultation dans les zones rurales', dep('27', 'Eure')),
  record('r3', 'TELEMEDECINE : la developper dans nos campagnes', dep('46', 'Lot'), 'proposal', { document: { title: null, date: '2024-03-01', participants: null } }),
  record('r4', 'Former les médecins à la télémédecine', dep('55', 'Meuse')),
  record('r5', 'Le manque de transports', null, 'finding'),
];
const clusterOf = (id: string, members: RecolteRecord[]): Cluster => counted({
  id,
  kind: members[0]!.kind,
  text: members[0]!.text,
  size: members.length,
  territories: members.filter((m) => m.territory).map((m) => ({ ...m.territory!, count: 1 })),
  members: members.map((m) => ({ id: m.id, text: m.text, territory: m.territory ?? null, source: m.source, similarity: 1 })) as Cluster['members'],
});
const clusters = [clusterOf('c1', [records[0]!, records[1]!, records[2]!]), clusterOf('c2', [records[3]!]), clusterOf('c3', [records[4]!])];
const report: ParseReport = {
  version: 1,
  files: [{ file: '55.md', layout: 'synthesis', records: 2, kinds: { proposal: 2 }, lines: { nonBlank: 3, record: 2, heading: 0, prose: 0, chrome: 0, unclassified: 1 }, diagnostics: [
    { file: '55.md', line: 9, column: 1, severity: 'warning', rule: 'unclassified-line', message: 'Line not read as any part of the document: "<b>Voir aussi</b>"' },
  ] }],
  totals: { files: 1, records: 2, kinds: { proposal: 2 }, lines: { nonBlank: 3, record: 2, heading: 0, prose: 0, chrome: 0, unclassified: 1 }, errors: 0, warnings: 1 },
};

describe('Markdown synthesis', () => {
  it('lists each idea with the territories that put it forward and footnotes to its sources', () => {
    expect(renderSynthesis({ records, clusters, report, lang: 'fr', title: 'Atelier santé' })).toBe(`# Atelier santé

- **Territoires** : 3
- **Documents** : 4
- **Contributions** : 5
- **Idées distinctes** : 3
- **Période** : du 1er mars 2024 au 17 juin 2025

## Propositions

- **Développer la télémédecine en zone rurale** — Proposé dans 3 territoires, 3 réunions, 3 contributions : Meuse (55), Eure (27), Lot (46).[^1]
  - Autres formulations : « développement de la téléconsultation dans les zones rurales » ; « TELEMEDECINE : la developper dans nos campagnes ».
- **Former les médecins à la télémédecine** — Proposé dans 1 territoire, 1 réunion, 1 contribution : Meuse (55).[^2]

## Constats

- **Le manque de transports** — Relevé dans 1 réunion, 1 contribution (territoire non précisé).[^3]

## Vue d'ensemble

### Contributions par territoire et par type

| Territoire | Propositions | Constats | Total |
| --- | ---: | ---: | ---: |
| Meuse (55) | 2 | 0 | 2 |
| Eure (27) | 1 | 0 | 1 |
| Lot (46) | 1 | 0 | 1 |
| Territoire non précisé | 0 | 1 | 1 |
| Total | 4 | 1 | 5 |

### Contributions par type

\`\`\`mermaid
pie showData
    title Contributions par type
    "Propositions" : 4
    "Constats" : 1
\`\`\`

### Contributions par territoire

\`\`\`mermaid
xychart-beta
    title "Contributions par territoire"
    x-axis ["Meuse 55", "Eure 27", "Lot 46", "Territoire non précisé"]
    y-axis "Contributions"
    bar [2, 1, 1, 1]
\`\`\`

## À vérifier

Lignes que recolte n'a pas su classer et avertissements de la lecture des documents : à relire avant de publier.

- **55.md** — 1 ligne non classée
  - ligne 9 : « \\<b\\>Voir aussi\\</b\\> »

[^1]: 27.md, ligne 2 ; 46.md, ligne 3 ; 55.md, ligne 1.
[^2]: 55.md, ligne 4.
[^3]: x.md, ligne 5.
`);
  });

  it('says when ideas were not grouped or the report is missing, and speaks English on request', () => {
    const text = renderSynthesis({ records: records.slice(0, 2), clusters: null, report: null, lang: 'en' });
    expect(text.split('\n').slice(0, 8)).toEqual([
      '# Consultation synthesis',
      '',
      '- **Territories**: 2',
      '- **Documents**: 2',
      '- **Contributions**: 2',
      '- **Distinct ideas**: 2 (similar ideas not grouped)',
      '- **Period**: on 17 June 2025',
      '',
    ]);
    expect(text).toContain('- **Développer la télémédecine en zone rurale** — Put forward in 1 territory, 1 meeting, 1 contribution: Meuse (55).[^1]');
    expect(text).toContain('## To check\n\nThe report of how the documents were read was not given: unplaced lines are not listed here.');
  });

  it('groups by axis in the documents\' order, and shows the proposal a need belongs to', () => {
    const withAxes = [
      record('r1', 'Idée B', dep('55', 'Meuse'), 'proposal', { axis: 'Axe 2 – Prévention' }),
      record('r2', 'Idée A', dep('55', 'Meuse'), 'proposal', { axis: 'Axe 1 – Accès' }),
      record('r3', 'Un besoin', dep('55', 'Meuse'), 'need', { parent: 'r2', axis: 'Axe 1 – Accès' }),
    ].map((r) => ({ ...r, source: { ...r.source, file: 'a.md', line: r.id === 'r1' ? 20 : Number(r.id.slice(1)) } }));
    const text = renderSynthesis({ records: withAxes, clusters: null, report: null, lang: 'fr' });
    expect(text.match(/^#{2,3} .*$/gm)).toEqual(['## Axe 1 – Accès', '### Propositions', '### Besoins', '## Axe 2 – Prévention', '### Propositions', "## Vue d'ensemble", '### Contributions par territoire et par type', '### Contributions par type', '### Contributions par territoire', '## À vérifier']);
    expect(text).toContain('- **Un besoin** — Relevé dans 1 territoire, 1 réunion, 1 contribution : Meuse (55).[^2]\n  - Pour la proposition : « Idée A »');
  });

  it('groups a footnote\'s lines by file, names régions as such, and keeps records no cluster holds', () => {
    const region = { level: 'region' as const, code: '44', name: 'Grand Est' };
    const same = [3, 12, 9].map((line, i) => ({ ...record(`r${i + 1}`, 'Créer des MSP', region), source: { file: 'ge.md', line } }));
    const cluster = { ...clusterOf('c1', same), territories: [{ ...region, count: 3 }] };
    const text = renderSynthesis({ records: [...same, record('r7', 'Une idée seule', dep('44', 'Loire-Atlantique'))], clusters: [cluster], report: null, lang: 'fr' });
    expect(text).toContain('- **Créer des MSP** — Proposé dans 1 territoire, 1 réunion, 3 contributions : Grand Est (région 44).[^1]');
    expect(text).toContain('- **Une idée seule** — Proposé dans 1 territoire, 1 réunion, 1 contribution : Loire-Atlantique (44).[^2]');
    expect(text).toContain('[^1]: ge.md, lignes 3, 9 et 12.\n[^2]: 44.md, ligne 7.');
    expect(renderSynthesis({ records: same, clusters: [cluster], report: null, lang: 'en' })).toContain('[^1]: ge.md, lines 3, 9 and 12.');
  });

  it('makes hostile texts inert: no markup, link, image, HTML or table cell comes from a contribution', () => {
    const hostile = '**gras** [lien](https://exemple.fr) ![img](x.png) <script>alert(1)</script> | cellule `code` ~~barré~~\n# titre';
    const text = renderSynthesis({ records: [record('r1', hostile, dep('55', 'Meuse'))], clusters: null, report: null, lang: 'fr', title: '<h1>x</h1>' });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
    const types = new Set<string>();
    const links: { url: string; text: string }[] = [];
    const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
      types.add(node.type);
      if (node.type === 'link') links.push({ url: node.url!, text: toString(node as never) });
      (node.children as { type: string }[] | undefined)?.forEach(visit);
    };
    visit(tree);
    for (const type of ['html', 'image', 'inlineCode', 'delete', 'emphasis']) expect(types.has(type), type).toBe(false);
    // Only the bare address GFM links by itself, showing where it goes; "[lien](…)" stays text.
    expect(links).toEqual([{ url: 'https://exemple.fr', text: 'https://exemple.fr' }]);
    expect(text).toContain('\\[lien\\](https://exemple.fr)');
    expect(escapeMarkdown('a_b *c* [d] <e> | f')).toBe('a\\_b \\*c\\* \\[d\\] \\<e\\> \\| f');
  });
});

describe('the synthesis of the seeds', () => {
  const rendered = renderSynthesis({
    records: ndjson<RecolteRecord>('records.ndjson'),
    clusters: ndjson<Cluster>('clusters.ndjson'),
    report: JSON.parse(readFileSync(fixture('report.json'), 'utf8')) as ParseReport,
    lang: 'fr',
  });

  it('is the golden file, reviewed by hand', () => {
    expect(rendered).toBe(readFileSync(fixture('seeds.md'), 'utf8'));
  });

  it('is valid GFM with the expected structure', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(rendered) as unknown as Node;
    interface Node { type: string; depth?: number; lang?: string; identifier?: string; children?: Node[]; value?: string }
    const all: Node[] = [];
    const walk = (n: Node) => {
      all.push(n);
      n.children?.forEach(walk);
    };
    walk(tree);
    const text = (n: Node): string => n.value ?? (n.children ?? []).map(text).join('');
    const headings = all.filter((n) => n.type === 'heading');
    expect(headings.filter((h) => h.depth === 1).map(text)).toEqual(['Synthèse de la consultation']);
    expect(headings.filter((h) => h.depth === 2).map(text)).toEqual([
      "Axe 1 – L'accès à un médecin traitant ou à une équipe traitante",
      'Axe 2 – La continuité des soins et la réponse aux besoins de soins non programmés',
      'Axe 3 – La mobilisation des leviers locaux pour l’attractivité des métiers de la santé',
      'Axe 4 – La prévention pour une meilleure intégration dans le quotidien des Français',
      'Autres contributions',
      "Vue d'ensemble",
      'À vérifier',
    ]);
    const references = all.filter((n) => n.type === 'footnoteReference').map((n) => n.identifier);
    const definitions = all.filter((n) => n.type === 'footnoteDefinition').map((n) => n.identifier);
    expect(references).toHaveLength(76);
    expect(new Set(references)).toEqual(new Set(definitions));
    const table = all.find((n) => n.type === 'table')!;
    expect(table.children!.map((row) => row.children!.length)).toEqual(Array(table.children!.length).fill(14));
    expect(all.filter((n) => n.type === 'code').map((n) => n.lang)).toEqual(['mermaid', 'mermaid']);
  });
});

describe('the dispositifs and themes of tagged records', () => {
  const digest = { title: 'Lettre des initiatives', date: '2024-03-01', participants: null, dispositifs: ['CDS', 'IPA', 'TELEMEDECINE', 'MEDICOBUS'] };
  const tagged = (id: string, kind: RecolteRecord['kind'], text: string, territory: RecolteRecord['territory'], file: string, line: number, dispositifs?: string[], themes?: string[], extra: Partial<RecolteRecord> = {}): RecolteRecord => ({
    id, kind, text, details: null, parent: null, axis: null, group: null, territory, source: { file, line }, ...(dispositifs && { dispositifs }), ...(themes && { themes }), ...extra,
  });
  const taggedRecords = [
    tagged('i1', 'initiative', 'Centre territorial de santé en Bresse', dep('71', 'Saône-et-Loire'), 'digest.md', 12, ['CDS', 'IPA'], ['ACCES_MEDECIN'], { document: digest }),
    ...[1, 2, 3, 4, 5, 6].map((n) => tagged(`t${n}`, n % 2 ? 'initiative' : 'experiment', `Cabine de téléconsultation n° ${n}`, dep('27', 'Eure'), 'digest.md', 20 + n, ['TELEMEDECINE'], ['NUMERIQUE'], { document: digest })),
    tagged('g1', 'good_practice', 'Une **CPTS** qui [marche](http://x.fr)', dep('27', 'Eure'), 'eure.md', 4, ['CPTS'], []),
    tagged('p1', 'proposal', 'Ouvrir un centre de santé à Verdun', dep('55', 'Meuse'), 'meuse.md', 3, ['CDS'], ['ACCES_MEDECIN']),
    tagged('p2', 'lever', 'La téléconsultation en pharmacie', dep('55', 'Meuse'), 'meuse.md', 7, ['TELEMEDECINE'], ['NUMERIQUE']),
    tagged('n1', 'need', 'Des cabines dans les mairies', null, 'notes.md', 2, ['TELEMEDECINE'], ['NUMERIQUE']),
    tagged('f1', 'finding', 'La CPTS peine à recruter', { level: 'region', code: '44', name: 'Pays de la Loire' }, 'pdl.md', 2, ['CPTS'], []),
    // Schema 2: no tags at all.
    tagged('s1', 'proposal', 'Former des assistants', dep('55', 'Meuse'), 'meuse.md', 9),
  ];
  const between = (text: string, from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to));
  const fr = renderSynthesis({ records: taggedRecords, clusters: null, report: null, lang: 'fr', catalogue });
  const en = renderSynthesis({ records: taggedRecords, clusters: null, report: null, lang: 'en', catalogue });

  it('lists each dispositif by code, where it runs with its initiatives, where it is asked for and where it is mentioned, each line footnoted', () => {
    expect(between(fr, '## Dispositifs', "## Vue d'ensemble")).toBe(FR_SECTION);
    expect(fr.slice(fr.indexOf('[^14]:'))).toBe(FR_NOTES);
  });

  it('speaks English with --lang en, keeping the French word "Dispositifs"', () => {
    expect(between(en, '## Dispositifs', '## Overview')).toBe(EN_SECTION);
    expect(en.slice(en.indexOf('[^14]:'))).toBe(EN_NOTES);
  });

  it('counts contributions by theme in the overview, most first, with the themes\' names where the catalogue has them', () => {
    expect(between(fr, '### Contributions par thème', '### Contributions par type')).toBe(FR_THEMES);
    expect(between(en, '### Contributions by theme', '### Contributions by kind')).toBe(EN_THEMES);
  });

  it('is valid GFM: every footnote referenced is defined, and no contribution adds markup', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(fr);
    const found: { type: string; identifier?: string; url?: string }[] = [];
    const visit = (node: { type: string; identifier?: string; url?: string; children?: unknown[] }) => {
      found.push(node);
      (node.children as (typeof node)[] | undefined)?.forEach(visit);
    };
    visit(tree as never);
    const references = found.filter((n) => n.type === 'footnoteReference').map((n) => n.identifier);
    expect(new Set(references)).toEqual(new Set(found.filter((n) => n.type === 'footnoteDefinition').map((n) => n.identifier)));
    // The official page, and the bare address of a contribution that GFM links by itself, showing where it goes.
    expect(found.filter((n) => n.type === 'link').map((n) => [n.url, toString(n as never)])).toEqual([
      ['http://x.fr', 'http://x.fr'],
      ['https://sante.gouv.fr/cpts', 'Page officielle'],
      ['http://x.fr', 'http://x.fr'],
    ]);
    expect(found.some((n) => n.type === 'strong' && toString(n as never) === 'CPTS')).toBe(false);
  });

  it('is left out, with the themes table, when no record or document names a dispositif or a theme', () => {
    const plain = renderSynthesis({ records: records.slice(0, 2), clusters: null, report: null, lang: 'fr', catalogue });
    expect(plain).not.toContain('## Dispositifs');
    expect(plain).not.toContain('par thème');
    expect(plain).toBe(renderSynthesis({ records: records.slice(0, 2), clusters: null, report: null, lang: 'fr' }));
  });

  it('names the dispositifs only a document\'s prose names, even when no contribution names one', () => {
    const prose = records.slice(0, 2).map((r) => ({ ...r, document: { ...r.document, dispositifs: ['MSP', 'CDS'] } }));
    expect(between(renderSynthesis({ records: prose, clusters: null, report: null, lang: 'fr', catalogue }), '## Dispositifs', "## Vue d'ensemble")).toBe(
      '## Dispositifs\n\nNommés aussi dans les documents, hors des contributions : CDS — Centre de santé (27.md, 55.md) ; MSP (27.md, 55.md).\n\n',
    );
    const many = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ ...prose[0]!, id: `d${n}`, source: { file: `d${n}.md`, line: 1 } }));
    expect(renderSynthesis({ records: many, clusters: null, report: null, lang: 'en' })).toContain(
      'Also named in the documents, outside any contribution: CDS (d1.md, d2.md, d3.md, d4.md, d5.md, and 2 more); MSP (d1.md, d2.md, d3.md, d4.md, d5.md, and 2 more).',
    );
  });

  it('links only an official page whose address can stand in a link as it is', () => {
    const odd = { ...catalogue, dispositifs: catalogue.dispositifs.map((d) => (d.code === 'CPTS' ? { ...d, url: 'javascript:alert(1)' } : d.code === 'CDS' ? { ...d, url: 'https://x.fr/a) [b](c' } : d)) };
    const text = renderSynthesis({ records: taggedRecords, clusters: null, report: null, lang: 'fr', catalogue: odd });
    expect(text).not.toContain('Page officielle');
  });
});

const FR_SECTION = `## Dispositifs

Les dispositifs que nomment les contributions. **En place** : là où une initiative, une expérimentation ou une bonne pratique le décrit ; **demandé** : là où une proposition, un levier, un besoin, un objectif ou un premier pas le nomme ; **évoqué** : dans un constat, un écueil, une question ou une observation.

### CDS — Centre de santé

Structure de soins de proximité aux professionnels salariés.

- **En place** :
  - Saône-et-Loire (71) : « Centre territorial de santé en Bresse ».[^14]
- **Demandé** par 1 contribution : Meuse (55).[^15]

### CPTS — Communauté professionnelle territoriale de santé

Professionnels d’un territoire organisés ensemble. [Page officielle](https://sante.gouv.fr/cpts).

- **En place** :
  - Eure (27) : « Une \\*\\*CPTS\\*\\* qui \\[marche\\](http://x.fr) ».[^16]
- **Évoqué** par 1 autre contribution : Pays de la Loire (région 44).[^17]

### IPA

- **En place** :
  - Saône-et-Loire (71) : « Centre territorial de santé en Bresse ».[^18]

### TELEMEDECINE — Télémédecine

Téléconsultation, télé-expertise.

- **En place** :
  - Eure (27) : « Cabine de téléconsultation n° 1 » ; « Cabine de téléconsultation n° 2 » ; « Cabine de téléconsultation n° 3 » ; « Cabine de téléconsultation n° 4 » ; « Cabine de téléconsultation n° 5 », et 1 autre.[^19]
- **Demandé** par 2 contributions : Meuse (55), territoire non précisé.[^20]

Nommés aussi dans les documents, hors des contributions : MEDICOBUS (digest.md).

`;
const FR_NOTES = `[^14]: digest.md, ligne 12.
[^15]: meuse.md, ligne 3.
[^16]: eure.md, ligne 4.
[^17]: pdl.md, ligne 2.
[^18]: digest.md, ligne 12.
[^19]: digest.md, lignes 21, 22, 23, 24, 25 et 26.
[^20]: meuse.md, ligne 7 ; notes.md, ligne 2.
`;
const FR_THEMES = `### Contributions par thème

| Thème | Contributions | Territoires |
| --- | ---: | ---: |
| NUMERIQUE | 8 | 2 |
| Accès à un médecin | 2 | 2 |

Une contribution peut relever de plusieurs thèmes ; 3 contributions ne relèvent d'aucun.

`;
const EN_SECTION = `## Dispositifs

The dispositifs (French health schemes) the contributions name. **Running**: where an initiative, an experiment or a good practice describes it; **asked for**: where a proposal, a lever, a need, an objective or a first step names it; **also mentioned**: in a finding, a pitfall, a question or an observation.

### CDS — Centre de santé

Structure de soins de proximité aux professionnels salariés.

- **Running**:
  - Saône-et-Loire (71): “Centre territorial de santé en Bresse”.[^14]
- **Asked for** by 1 contribution: Meuse (55).[^15]

### CPTS — Communauté professionnelle territoriale de santé

Professionnels d’un territoire organisés ensemble. [Official page](https://sante.gouv.fr/cpts).

- **Running**:
  - Eure (27): “Une \\*\\*CPTS\\*\\* qui \\[marche\\](http://x.fr)”.[^16]
- **Also mentioned** by 1 other contribution: Pays de la Loire (region 44).[^17]

### IPA

- **Running**:
  - Saône-et-Loire (71): “Centre territorial de santé en Bresse”.[^18]

### TELEMEDECINE — Télémédecine

Téléconsultation, télé-expertise.

- **Running**:
  - Eure (27): “Cabine de téléconsultation n° 1”; “Cabine de téléconsultation n° 2”; “Cabine de téléconsultation n° 3”; “Cabine de téléconsultation n° 4”; “Cabine de téléconsultation n° 5”, and 1 more.[^19]
- **Asked for** by 2 contributions: Meuse (55), territory not given.[^20]

Also named in the documents, outside any contribution: MEDICOBUS (digest.md).

`;
const EN_NOTES = `[^14]: digest.md, line 12.
[^15]: meuse.md, line 3.
[^16]: eure.md, line 4.
[^17]: pdl.md, line 2.
[^18]: digest.md, line 12.
[^19]: digest.md, lines 21, 22, 23, 24, 25 and 26.
[^20]: meuse.md, line 7; notes.md, line 2.
`;
const EN_THEMES = `### Contributions by theme

| Theme | Contributions | Territories |
| --- | ---: | ---: |
| NUMERIQUE | 8 | 2 |
| Accès à un médecin | 2 | 2 |

A contribution can be about several themes; 3 are about none.

`;

describe('« À vérifier »', () => {
  // From the section's heading to the footnotes.
  const section = (text: string): string => text.slice(Math.max(text.indexOf('## À vérifier'), text.indexOf('## To check')), text.indexOf('[^1]:'));
  const diagnostics: ParseReport['files'][number]['diagnostics'] = [
    ...Array.from({ length: 12 }, (_, i) => ({
      file: 'eure.md', line: 20 + i, column: 1, severity: 'warning' as const, rule: 'unclassified-line',
      message: `List item outside any section recolte recognises: "Régionale ${i} *x* "${i}""; add a heading such as "Propositions :" or pass --kind`,
    })),
    { file: 'eure.md', line: 3, column: 7, severity: 'warning', rule: 'territory-unknown', message: 'Territory "Gondor" matches no commune, département or région; check its spelling' },
  ];
  const withReport = (lang: 'fr' | 'en') =>
    renderSynthesis({
      records: records.slice(0, 1),
      clusters: null,
      lang,
      report: {
        ...report,
        files: [
          { ...report.files[0]!, file: 'eure.md', diagnostics },
          { ...report.files[0]!, file: 'meuse.pdf', layout: null, diagnostics: [{ file: 'meuse.pdf', line: null, column: null, severity: 'error', rule: 'pdf-invalid', message: 'Not a readable PDF (bad XRef); skipped' }] },
          { ...report.files[0]!, file: 'lot.md', diagnostics: [] },
        ],
      },
    });

  it('counts the problems of each document, then shows each rule’s lines with their own words, ten at most', () => {
    expect(section(withReport('fr'))).toBe(`## À vérifier

Lignes que recolte n'a pas su classer et avertissements de la lecture des documents : à relire avant de publier.

- **eure.md** — 12 lignes non classées, 1 territoire inconnu
  - ligne 20 : « Régionale 0 \\*x\\* "0" »
  - ligne 21 : « Régionale 1 \\*x\\* "1" »
  - ligne 22 : « Régionale 2 \\*x\\* "2" »
  - ligne 23 : « Régionale 3 \\*x\\* "3" »
  - ligne 24 : « Régionale 4 \\*x\\* "4" »
  - ligne 25 : « Régionale 5 \\*x\\* "5" »
  - ligne 26 : « Régionale 6 \\*x\\* "6" »
  - ligne 27 : « Régionale 7 \\*x\\* "7" »
  - ligne 28 : « Régionale 8 \\*x\\* "8" »
  - ligne 29 : « Régionale 9 \\*x\\* "9" »
  - et 2 autres
  - ligne 3 : territoire inconnu
- **meuse.pdf** — 1 PDF illisible, non lu
  - PDF illisible, non lu

`);
  });

  it('reads as English in English', () => {
    const en = section(withReport('en'));
    expect(en).toContain('- **eure.md** — 12 unclassified lines, 1 unknown territory\n  - line 20: “Régionale 0 \\*x\\* "0"”\n');
    expect(en).toContain('  - and 2 more\n  - line 3: unknown territory\n- **meuse.pdf** — 1 unreadable PDF, not read\n  - unreadable PDF, not read\n');
  });

  it('lets no English message into the French text', () => {
    const fr = section(withReport('fr'));
    for (const english of ['Territory', 'Not a readable', 'outside any section', 'add a heading']) expect(fr).not.toContain(english);
  });

  it('says when there is nothing to check, or no report', () => {
    const clean = { ...report, files: [{ ...report.files[0]!, diagnostics: [] }] };
    expect(renderSynthesis({ records, clusters: null, report: clean, lang: 'fr' })).toContain(
      '## À vérifier\n\nRien à vérifier : toutes les lignes des documents ont été lues sans avertissement.',
    );
    expect(renderSynthesis({ records, clusters: null, report: null, lang: 'fr' })).toContain(
      "## À vérifier\n\nLe rapport de lecture des documents n'a pas été fourni : les lignes non classées ne sont pas listées ici.",
    );
  });
});
