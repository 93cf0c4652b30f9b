import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/document.js';
import { htmlToMarkdown } from '../../src/ingest/html.js';
import { parseSource } from '../../src/parse/index.js';

type Parsed = ReturnType<typeof parseSource>;
const parse = async (name: string): Promise<Parsed> => {
  const ingested = await ingestDocument(`fixtures/inputs/${name}`, readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url)));
  return parseSource(ingested.source!);
};

describe('workbooks', () => {
  it('read their first sheet like the same table in CSV, rows and sheet named in the source', async () => {
    const csv = await parse('atelier.csv');
    for (const workbook of ['atelier.xlsx', 'atelier.ods']) {
      const result = await parse(workbook);
      expect(result.records.map((r) => [r.kind, r.text, r.territory?.code])).toEqual(csv.records.map((r) => [r.kind, r.text, r.territory?.code]));
      expect(result.records.map((r) => [r.source.line, r.source.sheet])).toEqual([[2, 'atelier'], [3, 'atelier'], [4, 'atelier']]);
      expect(result.diagnostics.map((d) => `${d.line}: ${d.rule}`)).toEqual(['5: row-skipped', '6: row-skipped']);
    }
  });
});

describe('documents in other formats', () => {
  it('gives the same records from the same report in Markdown, Word, OpenDocument, HTML and PDF', async () => {
    const [md, docx, odt, html, pdf] = (await Promise.all(['md', 'docx', 'odt', 'html', 'pdf'].map((ext) => parse(`atelier-sante.${ext}`)))) as [Parsed, Parsed, Parsed, Parsed, Parsed];
    const shape = (r: Parsed) => r.records.map((x) => [x.kind, x.text]);
    expect(shape(md)).toEqual([
      ['proposal', 'Créer un pack de bienvenue pour les professionnels de santé'],
      ['proposal', 'Développer la télémédecine en zone rurale, avec les pharmacies'],
      ['pitfall', "Le manque de transports vers l'hôpital"],
      ['pitfall', 'La difficulté à trouver un emploi pour les conjoints'],
      ['lever', 'Le réseau des maisons de santé'],
      ['lever', 'Les internes accueillis en stage'],
    ]);
    expect(shape(docx)).toEqual(shape(md));
    expect(shape(odt)).toEqual(shape(md));
    expect(shape(html)).toEqual(shape(md));
    expect(shape(pdf)).toEqual(shape(md));
    // The running title and "Page N" footer of the PDF are page chrome, left out.
    expect(pdf.lines).toEqual({ nonBlank: 10, record: 6, heading: 4, prose: 0, chrome: 0, unclassified: 0 });
    // Every line accounted for, the page's navigation, cookie banner, share block and footer dropped.
    expect(html.lines).toEqual({ nonBlank: 10, record: 6, heading: 4, prose: 0, chrome: 0, unclassified: 0 });
    expect(html.diagnostics).toEqual([]);
  });

  it('keeps the nesting of a PDF list from where its bullets stand, and reads the items an item announces', async () => {
    // Printed by LibreOffice from an HTML list nested in a list item under "Premières étapes :".
    const result = await parse('pistes-imbriquees.pdf');
    const byId = new Map(result.records.map((r) => [r.id, r.text]));
    expect(result.records.map((r) => [r.kind, r.text, r.parent ? byId.get(r.parent) : null])).toEqual([
      ['proposal', 'Ouvrir une maison de santé au bourg avec des consultations avancées', null],
      ['first_step', "Réunir les professionnels du canton autour d'un projet commun", 'Ouvrir une maison de santé au bourg avec des consultations avancées'],
      ['first_step', 'Repérer avec la mairie un bâtiment disponible', 'Ouvrir une maison de santé au bourg avec des consultations avancées'],
      ['proposal', 'Organiser un transport solidaire vers les consultations de la ville', null],
      ['proposal', "Former des bénévoles au repérage de l'isolement des aînés", null],
    ]);
  });

  it('starts a paragraph at a label line of a PDF, and gives the item above a "Concrètement :" its steps', async () => {
    // Printed by LibreOffice from numbered paragraphs, each followed by "Concrètement :" or "Objectif : …" on its next line.
    const result = await parse('propositions-concretement.pdf');
    const byId = new Map(result.records.map((r) => [r.id, r.text]));
    expect(result.records.map((r) => [r.kind, r.text, r.parent ? byId.get(r.parent) : null])).toEqual([
      ['proposal', "Maintenir à Lourdes un service d'urgences ouvert jour et nuit", null],
      ['first_step', 'garder un scanner accessible la nuit', "Maintenir à Lourdes un service d'urgences ouvert jour et nuit"],
      ['first_step', 'faire tourner les urgentistes sur ce site', "Maintenir à Lourdes un service d'urgences ouvert jour et nuit"],
      ['proposal', "Loger les internes qui acceptent d'exercer dans les vallées", null],
      ['objective', "qu'aucun cabinet ne ferme faute de remplaçant", "Loger les internes qui acceptent d'exercer dans les vallées"],
    ]);
  });

  it('reads each item of a list in a table cell as its own record, in HTML, Word and OpenDocument alike', async () => {
    // A SWOT-like matrix whose cells hold bulleted lists; the .odt and .docx were made from the HTML by LibreOffice.
    const [html, odt, docx] = (await Promise.all(['html', 'odt', 'docx'].map((ext) => parse(`swot-cellules.${ext}`)))) as [Parsed, Parsed, Parsed];
    const shape = (r: Parsed) => r.records.map((x) => [x.kind, x.text]);
    expect(shape(html)).toEqual([
      ['lever', 'Un tissu associatif dense'],
      ['lever', 'Des élus mobilisés autour du contrat local de santé'],
      ['finding', 'Des bâtiments anciens et mal adaptés'],
      ['finding', 'Très peu de consultations spécialisées sur place'],
    ]);
    expect(shape(odt)).toEqual(shape(html));
    expect(shape(docx)).toEqual(shape(html));
  });

  it('points into the original: the line of the page, the paragraph of the Word file, the page of the PDF', async () => {
    expect((await parse('atelier-sante.pdf')).records.map((r) => r.source.line)).toEqual([1, 1, 1, 1, 2, 2]);
    expect((await parse('atelier-sante.html')).records.map((r) => r.source.line)).toEqual([11, 12, 16, 17, 21, 22]);
    expect((await parse('atelier-sante.docx')).records.map((r) => r.source.line)).toEqual([3, 4, 6, 7, 9, 10]);
    expect((await parse('atelier-sante.odt')).records.map((r) => r.source.line)).toEqual([3, 4, 6, 7, 9, 10]);
  });

  it('reads a bold-only paragraph as the heading it acts as', async () => {
    const page = '<p><strong>Freins identifiés</strong></p>\n<ul><li>Le manque de transports</li></ul>\n<p><b>Propositions</b></p>\n<ul><li>Un bus santé</li></ul>';
    const ingested = await ingestDocument('page.html', new TextEncoder().encode(page));
    expect(parseSource(ingested.source!).records.map((r) => [r.kind, r.text, r.source.line])).toEqual([
      ['pitfall', 'Le manque de transports', 2],
      ['proposal', 'Un bus santé', 4],
    ]);
  });

  it('keeps a page\'s article, and drops the chrome around and inside it', () => {
    const page = `<body><header>Site</header><div id="menu">Menu</div>
<article><h2>Leviers</h2>
<p>Premier levier</p>
<div class="social-share">Partager</div>
</article><aside>Voir aussi</aside></body>`;
    expect(htmlToMarkdown(page)).toEqual({ text: '## Leviers\n\nPremier levier', lineMap: [2, 3, 3] });
  });

  it('reports a Word, OpenDocument, workbook or PDF file it cannot read', async () => {
    for (const [name, rule] of [['broken.odt', 'odt-invalid'], ['broken.xlsx', 'workbook-invalid'], ['broken.ods', 'workbook-invalid']]) {
      const ingested = await ingestDocument(name!, new TextEncoder().encode('not a zip'));
      expect([ingested.source, ingested.diagnostics.map((d) => d.rule)]).toEqual([null, [rule]]);
    }
    const docx = await ingestDocument('broken.docx', new TextEncoder().encode('not a zip'));
    expect(docx.source).toBeNull();
    expect(docx.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['docx-invalid', 'error']]);
    const pdf = await ingestDocument('broken.pdf', new TextEncoder().encode('%PDF-1.4 nothing'));
    expect(pdf.source).toBeNull();
    expect(pdf.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['pdf-invalid', 'error']]);
  });
});
