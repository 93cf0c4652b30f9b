import { describe, expect, it } from 'vitest';
import { defaultSynonymTable } from '../../src/dedupe/synonyms.js';
import { synonymsFor } from '../../src/dedupe/analyze.js';
import { countOrder, countRecords } from '../../src/dedupe/counts.js';
import { dedupe, type DedupeRecord } from '../../src/dedupe/index.js';
import { driftCheck, DRIFT_MIN_SIZE, DRIFT_SIMILARITY } from '../../src/export/checks.js';
import { ideasOf, keyCounts, mostShared, mostSharedCluster, readingOrder, type Idea } from '../../src/export/ideas.js';
import { renderSynthesis } from '../../src/export/markdown.js';
import { countsSentence, whoPutForward } from '../../src/export/wording.js';
import { ingest } from '../../src/ingest/document.js';
import { parseSource } from '../../src/parse/index.js';
import { checksHtml } from '../../src/report/checks.js';
import type { Cluster } from '../../src/types/cluster.js';
import type { RecolteRecord, Territory } from '../../src/types/record.js';
import { SYNTHESIS_TEXT } from '../../src/vocabulary/synthesis-text.js';
import { counted } from '../helpers/cluster.js';

const meuse: Territory = { level: 'departement', code: '55', name: 'Meuse' };
const stenay: Territory = { level: 'commune', code: '55502', name: 'Stenay' };
const eure: Territory = { level: 'departement', code: '27', name: 'Eure' };
const at = (file: string, line: number, territory: Territory | null, meeting?: string) => ({ source: { file, line }, territory, ...(meeting ? { meeting } : {}) });

describe('the counting rule', () => {
  it('counts two contributions of one meeting once as a document, and says so in the list', () => {
    expect(countRecords([at('atelier.md', 3, meuse), at('atelier.md', 9, meuse), at('forum.md', 1, eure)])).toEqual({
      counts: { contributions: 3, documents: 2, territories: 2 },
      documents: [{ file: 'atelier.md', count: 2 }, { file: 'forum.md', count: 1 }],
    });
  });

  it('counts a commune and its département as two territories, each level and code once', () => {
    expect(countRecords([at('a.md', 1, meuse), at('b.md', 1, stenay), at('c.md', 1, stenay), at('d.md', 1, null)]).counts).toEqual({ contributions: 4, documents: 4, territories: 2 });
  });

  it('counts each meeting of a table as a document, and the file as one document without a meeting column', () => {
    const table = 'Contribution;Réunion;Département\nUn médicobus;Verdun, 3 mars;55\nUn médicobus;Verdun, 3 mars;55\nUn médicobus;Bar-le-Duc;55\n';
    const read = (map: Record<string, string>) => parseSource(ingest('reunions.csv', Buffer.from(table)).source!, { map }).records;
    const withMeetings = read({ meeting: 'Réunion' });
    expect(withMeetings.map((r) => r.meeting)).toEqual(['Verdun, 3 mars', 'Verdun, 3 mars', 'Bar-le-Duc']);
    expect(countRecords(withMeetings)).toEqual({
      counts: { contributions: 3, documents: 2, territories: 1 },
      documents: [{ file: 'reunions.csv', meeting: 'Bar-le-Duc', count: 1 }, { file: 'reunions.csv', meeting: 'Verdun, 3 mars', count: 2 }],
    });
    // Without --map meeting=…, no column is taken for the meeting, "Réunion" included.
    const withoutMeetings = read({});
    expect(withoutMeetings.every((r) => !('meeting' in r))).toBe(true);
    expect(countRecords(withoutMeetings).counts).toEqual({ contributions: 3, documents: 1, territories: 1 });
  });

  it('is what dedupe writes on each cluster', async () => {
    const synonyms = synonymsFor(await defaultSynonymTable());
    const record = (id: string, file: string, line: number, territory: Territory, meeting?: string): DedupeRecord => ({
      id, kind: 'proposal', text: 'Développer la télémédecine en zone rurale', territory, source: { file, line, column: 1, endLine: line }, ...(meeting ? { meeting } : {}),
    });
    const { clusters } = dedupe([record('r1', 'a.md', 1, meuse), record('r2', 'a.md', 5, stenay), record('r3', 't.csv', 2, eure, 'Évreux'), record('r4', 't.csv', 3, eure, 'Évreux')], { threshold: 5000, synonyms });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.size).toBe(4);
    expect(clusters[0]!.counts).toEqual({ contributions: 4, documents: 2, territories: 3 });
    expect(clusters[0]!.documents).toEqual([{ file: 'a.md', count: 2 }, { file: 't.csv', meeting: 'Évreux', count: 2 }]);
    expect(Object.keys(clusters[0]!)).toEqual(['id', 'kind', 'text', 'size', 'counts', 'territories', 'documents', 'members']);
  });
});

const idea = (text: string, territories: number, documents: number, contributions: number): Idea => ({
  kind: 'proposal',
  text,
  axis: null,
  members: Array.from({ length: contributions }, (_, i) => ({ id: `${text}${i}`, text, territory: null, source: { file: `${i % documents}.md`, line: i + 1 } })),
  territories: Array.from({ length: territories }, (_, i) => ({ level: 'departement' as const, code: String(10 + i), name: `D${10 + i}`, count: 1 })),
  documents: Array.from({ length: documents }, (_, i) => `${i}.md`),
});

describe('the order of ideas', () => {
  const a = idea('A', 3, 1, 1);
  const b = idea('B', 2, 5, 5);
  const c = idea('C', 2, 5, 9);
  const d = idea('D', 1, 9, 9);
  const e = idea('E', 2, 4, 12);

  it('is by territories, then meetings, then contributions, then wording, by default', () => {
    expect([d, c, e, b, a].sort((x, y) => mostShared(x, y)).map((i) => i.text)).toEqual(['A', 'C', 'B', 'E', 'D']);
    expect([idea('Z', 1, 1, 1), idea('Y', 1, 1, 1)].sort((x, y) => mostShared(x, y)).map((i) => i.text)).toEqual(['Y', 'Z']);
  });

  it('leads with the count asked for, then the two others in their order', () => {
    expect(countOrder('documents')).toEqual(['documents', 'territories', 'contributions']);
    expect(countOrder('contributions')).toEqual(['contributions', 'territories', 'documents']);
    expect([a, b, c, d, e].sort((x, y) => mostShared(x, y, 'documents')).map((i) => i.text)).toEqual(['D', 'C', 'B', 'E', 'A']);
    expect([a, b, c, d, e].sort((x, y) => mostShared(x, y, 'contributions')).map((i) => i.text)).toEqual(['E', 'C', 'D', 'B', 'A']);
    expect(readingOrder([a, b, c, d, e], [], 'contributions')[0]!.ideas.map((i) => i.text)).toEqual(['E', 'C', 'D', 'B', 'A']);
  });

  it('is the same for clusters, as the spreadsheet of ideas lists them', () => {
    const cluster = (id: string, territories: number, documents: number, contributions: number): Cluster =>
      ({ ...counted({ id, kind: 'proposal', text: id, size: contributions, territories: [], members: [{ id, text: id, territory: null, source: { file: 'a.md', line: 1 }, similarity: 1 }] }), counts: { territories, documents, contributions } });
    const list = [cluster('x', 1, 9, 9), cluster('y', 2, 1, 1), cluster('z', 2, 3, 1)];
    expect([...list].sort((p, q) => mostSharedCluster(p, q)).map((c) => c.id)).toEqual(['z', 'y', 'x']);
    expect([...list].sort((p, q) => mostSharedCluster(p, q, 'documents')).map((c) => c.id)).toEqual(['x', 'z', 'y']);
  });
});

describe('the sentence of counts', () => {
  const fr = SYNTHESIS_TEXT.fr;
  const en = SYNTHESIS_TEXT.en;

  it('says « Proposé dans 7 territoires, 9 réunions, 12 contributions », singulars right', () => {
    expect(countsSentence(idea('A', 7, 9, 12), fr)).toBe('Proposé dans 7 territoires, 9 réunions, 12 contributions');
    expect(countsSentence(idea('A', 1, 1, 1), fr)).toBe('Proposé dans 1 territoire, 1 réunion, 1 contribution');
    expect(countsSentence({ ...idea('A', 2, 1, 2), kind: 'finding' }, fr)).toBe('Relevé dans 2 territoires, 1 réunion, 2 contributions');
  });

  it('says "Put forward in 7 territories, 9 meetings, 12 contributions" in English', () => {
    expect(countsSentence(idea('A', 7, 9, 12), en)).toBe('Put forward in 7 territories, 9 meetings, 12 contributions');
    expect(countsSentence(idea('A', 1, 1, 1), en)).toBe('Put forward in 1 territory, 1 meeting, 1 contribution');
    expect(countsSentence({ ...idea('A', 1, 2, 3), kind: 'question' }, en)).toBe('Raised in 1 territory, 2 meetings, 3 contributions');
  });

  it('leads with the headline count', () => {
    expect(countsSentence(idea('A', 7, 9, 12), fr, 'documents')).toBe('Proposé dans 9 réunions, 7 territoires, 12 contributions');
    expect(countsSentence(idea('A', 7, 9, 12), en, 'contributions')).toBe('Put forward in 12 contributions, 7 territories, 9 meetings');
  });

  it('names the territories after the counts, or says none was given', () => {
    const one = idea('A', 1, 1, 2);
    expect(whoPutForward(one, fr)).toBe('Proposé dans 1 territoire, 1 réunion, 2 contributions : D10 (10).');
    expect(whoPutForward(idea('A', 0, 2, 2), fr)).toBe('Proposé dans 2 réunions, 2 contributions (territoire non précisé).');
    expect(whoPutForward(idea('A', 0, 1, 1), en)).toBe('Put forward in 1 meeting, 1 contribution (territory not given).');
  });
});

describe('the key figures', () => {
  const record = (id: string, file: string, territory: Territory | null, meeting?: string): RecolteRecord => ({
    id, kind: 'proposal', text: id, territory, source: { file, line: Number(id.slice(1)) }, ...(meeting ? { meeting } : {}),
  });
  const records = [record('r1', 't.csv', meuse, 'Verdun'), record('r2', 't.csv', stenay, 'Verdun'), record('r3', 't.csv', meuse, 'Bar'), record('r4', 'a.md', null)];

  it('count meetings, contributions and territories by the same rule, grouped or not', () => {
    const recordOf = new Map(records.map((r) => [r.id, r]));
    const alone = ideasOf({ records, clusters: null }, recordOf);
    expect(keyCounts(records, alone)).toMatchObject({ documents: 3, contributions: 4, territories: 2, ideas: 4 });
    const cluster = counted({ id: 'c', kind: 'proposal', text: 'r1', size: 3, territories: [], members: records.slice(0, 3).map((r) => ({ id: r.id, text: r.text, territory: r.territory ?? null, source: r.source, similarity: 1 })) as Cluster['members'] });
    // Members carry no meeting: the cluster's own documents are what counts.
    const withMeetings = { ...cluster, counts: { contributions: 3, documents: 2, territories: 2 }, documents: [{ file: 't.csv', meeting: 'Bar', count: 1 }, { file: 't.csv', meeting: 'Verdun', count: 2 }] } as Cluster;
    const grouped = ideasOf({ records, clusters: [withMeetings] }, recordOf);
    expect(keyCounts(records, grouped)).toMatchObject({ documents: 3, contributions: 4, territories: 2, ideas: 2 });
  });

  it('lead the header with the headline count', () => {
    const text = renderSynthesis({ records, clusters: null, report: null, lang: 'fr', count: 'contributions' });
    expect(text.split('\n').slice(2, 5)).toEqual(['- **Contributions** : 4', '- **Territoires** : 2', '- **Documents** : 3']);
  });
});

describe('the drift check', () => {
  const member = (id: string, similarity: number, line = Number(id.slice(1))) => ({ id, text: `texte ${id}`, territory: meuse, source: { file: 'a.md', line }, similarity });
  const grown = (id: string, similarities: number[], joined?: number): Cluster =>
    counted({
      id, kind: 'proposal', text: `texte ${id}`, size: similarities.length, territories: [{ ...meuse, count: similarities.length }],
      members: similarities.map((s, i) => member(`m${i + 1}`, s)) as Cluster['members'],
      ...(joined ? { review: { joined } } : {}),
    });
  const big = [1, 0.9, 0.8, 0.5, 0.3, 0.12];

  it('lists a cluster grown by "same" decisions past the size, whose least similar member is under the bound', () => {
    expect(DRIFT_MIN_SIZE).toBe(5);
    expect(DRIFT_SIMILARITY).toBe(0.2);
    expect(driftCheck([grown('c1', big, 2)])).toEqual({
      rule: 'cluster-drift',
      summary: '1 idée élargie par des décisions « même idée », à relire',
      items: [{ cluster: 'c1', text: 'texte c1', size: 6, joined: 2, farthest: { text: 'texte m6', file: 'a.md', line: 6, similarity: 0.12 } }],
    });
    expect(driftCheck([grown('c1', big, 2), grown('c2', [1, 0.1, 0.5, 0.5, 0.5, 0.5, 0.5], 1)], 'en')!.summary).toBe('2 ideas grown by "same" decisions, to reread');
  });

  it('leaves out clusters no decision grew, of the size or under, or close enough', () => {
    expect(driftCheck([grown('c1', big)])).toBeNull();
    expect(driftCheck([grown('c1', big.slice(1), 3)])).toBeNull();
    expect(driftCheck([grown('c1', [1, 0.9, 0.8, 0.5, 0.3, 0.2], 3)])).toBeNull();
    expect(driftCheck(null)).toBeNull();
  });

  it('is in « À vérifier » of the Markdown synthesis and of the report', () => {
    const cluster = grown('c1', big, 2);
    const records: RecolteRecord[] = cluster.members.map((m) => ({ id: m.id, kind: 'proposal', text: m.text, territory: meuse, source: m.source }));
    const md = renderSynthesis({ records, clusters: [cluster], report: null, lang: 'fr' });
    expect(md).toContain(
      '- **1 idée élargie par des décisions « même idée », à relire**\n  - « texte c1 » : 6 contributions ; la formulation la plus éloignée : « texte m6 » (a.md, ligne 6, similarité 0,12)',
    );
    const html = checksHtml({ report: null, lang: 'en', weakIdeas: 0, clusters: [cluster], sourceHref: (f) => `../${f}` });
    expect(html).toContain('“texte c1”: 6 contributions; the furthest wording: “texte m6” (<a href="../a.md">a.md</a>, line 6, similarity 0.12)');
  });
});
