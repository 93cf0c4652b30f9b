import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/document.js';
import { htmlToMarkdown } from '../../src/ingest/html.js';
import { parseSource } from '../../src/parse/index.js';

const parse = async (name: string) => {
  const ingested = await ingestDocument(`fixtures/inputs/${name}`, readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url)));
  return parseSource(ingested.source!);
};

describe('documents in other formats', () => {
  it('gives the same records from the same report in Markdown, Word, HTML and PDF', async () => {
    const [md, docx, html, pdf] = await Promise.all([parse('atelier-sante.md'), parse('atelier-sante.docx'), parse('atelier-sante.html'), parse('atelier-sante.pdf')]);
    const shape = (r: Awaited<ReturnType<typeof parse>>) => r.records.map((x) => [x.kind, x.text]);
    expect(shape(md)).toEqual([
      ['proposal', 'Créer un pack de bienvenue pour les professionnels de santé'],
      ['proposal', 'Développer la télémédecine en zone rurale, avec les pharmacies'],
      ['pitfall', "Le manque de transports vers l'hôpital"],
      ['pitfall', 'La difficulté à trouver un emploi pour les conjoints'],
      ['lever', 'Le réseau des maisons de santé'],
      ['lever', 'Les internes accueillis en stage'],
    ]);
    expect(shape(docx)).toEqual(shape(md));
    expect(shape(html)).toEqual(shape(md));
    expect(shape(pdf)).toEqual(shape(md));
    // The running title and "Page N" footer of the PDF are page chrome, left out.
    expect(pdf.lines).toEqual({ nonBlank: 10, record: 6, heading: 4, prose: 0, chrome: 0, unclassified: 0 });
    // Every line accounted for, the page's navigation, cookie banner, share block and footer dropped.
    expect(html.lines).toEqual({ nonBlank: 10, record: 6, heading: 4, prose: 0, chrome: 0, unclassified: 0 });
    expect(html.diagnostics).toEqual([]);
  });

  it('points into the original: the line of the page, the paragraph of the Word file, the page of the PDF', async () => {
    expect((await parse('atelier-sante.pdf')).records.map((r) => r.source.line)).toEqual([1, 1, 1, 1, 2, 2]);
    expect((await parse('atelier-sante.html')).records.map((r) => r.source.line)).toEqual([11, 12, 16, 17, 21, 22]);
    expect((await parse('atelier-sante.docx')).records.map((r) => r.source.line)).toEqual([3, 4, 6, 7, 9, 10]);
  });

  it('keeps a page\'s article, and drops the chrome around and inside it', () => {
    const page = `<body><header>Site</header><div id="menu">Menu</div>
<article><h2>Leviers</h2>
<p>Premier levier</p>
<div class="social-share">Partager</div>
</article><aside>Voir aussi</aside></body>`;
    expect(htmlToMarkdown(page)).toEqual({ text: '## Leviers\n\nPremier levier', lineMap: [2, 3, 3] });
  });

  it('reports a Word file or a PDF it cannot read', async () => {
    const docx = await ingestDocument('broken.docx', new TextEncoder().encode('not a zip'));
    expect(docx.source).toBeNull();
    expect(docx.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['docx-invalid', 'error']]);
    const pdf = await ingestDocument('broken.pdf', new TextEncoder().encode('%PDF-1.4 nothing'));
    expect(pdf.source).toBeNull();
    expect(pdf.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['pdf-invalid', 'error']]);
  });
});
