import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderSynthesis } from '../../src/export/markdown.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord } from '../../src/types/record.js';
import type { ParseReport } from '../../src/types/report.js';

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
const clusterOf = (id: string, members: RecolteRecord[]): Cluster => ({
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

- **Documents** : 4
- **Contributions** : 5
- **Territoires** : 3
- **Idées distinctes** : 3
- **Période** : du 1er mars 2024 au 17 juin 2025

## Propositions

- **Développer la télémédecine en zone rurale** — Proposé par 3 territoires : Meuse (55), Eure (27), Lot (46).[^1]
  - Autres formulations : « développement de la téléconsultation dans les zones rurales » ; « TELEMEDECINE : la developper dans nos campagnes ».
- **Former les médecins à la télémédecine** — Proposé par 1 territoire : Meuse (55).[^2]

## Constats

- **Le manque de transports** — Territoire non précisé.[^3]

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

- 55.md, ligne 9 — ligne non classée : « \\<b\\>Voir aussi\\</b\\> »

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
      '- **Documents**: 2',
      '- **Contributions**: 2',
      '- **Territories**: 2',
      '- **Distinct ideas**: 2 (similar ideas not grouped)',
      '- **Period**: on 17 June 2025',
      '',
    ]);
    expect(text).toContain('- **Développer la télémédecine en zone rurale** — Put forward by 1 territory: Meuse (55).[^1]');
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
    expect(text).toContain('- **Un besoin** — Relevé par 1 territoire : Meuse (55).[^2]\n  - Pour la proposition : « Idée A »');
  });

  it('groups a footnote\'s lines by file, names régions as such, and keeps records no cluster holds', () => {
    const region = { level: 'region' as const, code: '44', name: 'Grand Est' };
    const same = [3, 12, 9].map((line, i) => ({ ...record(`r${i + 1}`, 'Créer des MSP', region), source: { file: 'ge.md', line } }));
    const cluster = { ...clusterOf('c1', same), territories: [{ ...region, count: 3 }] };
    const text = renderSynthesis({ records: [...same, record('r7', 'Une idée seule', dep('44', 'Loire-Atlantique'))], clusters: [cluster], report: null, lang: 'fr' });
    expect(text).toContain('- **Créer des MSP** — Proposé par 1 territoire : Grand Est (région 44).[^1]');
    expect(text).toContain('- **Une idée seule** — Proposé par 1 territoire : Loire-Atlantique (44).[^2]');
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
