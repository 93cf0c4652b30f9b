/**
 * Tables inside documents: columns named as in spreadsheets or by a kind, a header row that is
 * not marked as one, notes under a column's name, and the same table in Markdown, HTML, Word,
 * OpenDocument and PDF.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestDocument } from '../../src/ingest/document.js';
import { htmlToMarkdown } from '../../src/ingest/html.js';
import { parseSource, type ParseOptions, type ParseResult } from '../../src/parse/index.js';
import type { RecolteRecord } from '../../src/types/record.js';

function parseText(text: string, options: ParseOptions = {}, file = 'doc.md'): ParseResult {
  const result = parseSource(ingest(file, Buffer.from(text, 'utf8')).source!, options);
  const { nonBlank, record, heading, prose, chrome, unclassified } = result.lines;
  expect(record + heading + prose + chrome + unclassified).toBe(nonBlank);
  return result;
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

/** "line kind text [details] {axis} @territory", one string per record. */
function brief(result: ParseResult): string[] {
  return result.records.map(
    (r) =>
      `${r.source.line} ${r.kind} ${r.text}${r.details ? ` [${r.details}]` : ''}${r.axis ? ` {${r.axis}}` : ''}${r.group ? ` (${r.group})` : ''}${r.territory ? ` @${r.territory.code}` : ''}`,
  );
}

describe('a table with a text column and no kind column', () => {
  const table = ['| Thème | Contenu |', '|---|---|', '| Mobilité | Un bus santé le mardi |', '| Prévention | Des ateliers dans les écoles |'];

  it('gives one record per row, of the kind of the section heading', () => {
    expect(brief(parseText(lines('# Synthèse', '', '## Leviers', '', ...table)))).toEqual([
      '7 lever Un bus santé le mardi {Mobilité}',
      '8 lever Des ateliers dans les écoles {Prévention}',
    ]);
  });

  it('else of the kind --kind gives, else proposals as in spreadsheets', () => {
    expect(brief(parseText(lines('# Synthèse', '', ...table), { defaultKind: 'need' })).map((r) => r.split(' ')[1])).toEqual(['need', 'need']);
    expect(brief(parseText(lines('# Synthèse', '', ...table))).map((r) => r.split(' ')[1])).toEqual(['proposal', 'proposal']);
  });

  it('reads its rows as prose under a context heading', () => {
    const result = parseText(lines('# Synthèse', '', '## Contexte', '', ...table));
    expect(result.records).toEqual([]);
    expect(result.lines.prose).toBe(2);
  });

  it('takes each row\'s kind from a Type column, whose other words group the rows', () => {
    const result = parseText(lines('# Synthèse', '', '| Type | Proposition | Département |', '|---|---|---|', '| Frein | Trop peu de médecins | Meuse |', '| Former | Des stages en zone rurale | 88 |'));
    expect(brief(result)).toEqual(['5 pitfall Trop peu de médecins @55', '6 proposal Des stages en zone rurale (Former) @88']);
  });

  it('reads a column name with a note after it: "Contenu<br>texte", "Contenu texte", "Commune concernée"', () => {
    for (const header of ['| Contenu<br>texte | Commune concernée |', '| Contenu<br><small>texte</small> | Commune concernée |', '| Contenu texte | Commune concernée |']) {
      expect(brief(parseText(lines('## Propositions', '', header, '|---|---|', '| Un bus santé | Stenay |'))), header).toEqual(['5 proposal Un bus santé @55502']);
    }
  });

  it('does not take a Sujet or Titre column beside it for the text, but takes one alone', () => {
    const beside = parseText(lines('## Propositions', '', '| Sujet | Texte |', '|---|---|', '| Transport | Un bus santé le mardi |'));
    expect(brief(beside)).toEqual(['5 proposal Un bus santé le mardi']);
    const alone = parseText(lines('## Propositions', '', '| Titre | Description |', '|---|---|', '| Bus santé | Il passe le mardi dans les villages |'));
    expect(brief(alone)).toEqual(['5 proposal Bus santé [Il passe le mardi dans les villages]']);
  });

  it('takes the territory from a postal code column: the commune, or the département its communes share', () => {
    const result = parseText(lines('## Propositions', '', '| Texte | Code postal |', '|---|---|', '| Un bus santé | 55700 |', '| Des ateliers | 55840 |'));
    expect(brief(result)).toEqual(['5 proposal Un bus santé @55', '6 proposal Des ateliers @55505']);
  });

  it('warns of a row without text, naming its line', () => {
    const result = parseText(lines('## Propositions', '', '| Thème | Contenu |', '|---|---|', '| Mobilité |  |', '| Prévention | Des ateliers |'));
    expect(brief(result)).toEqual(['6 proposal Des ateliers {Prévention}']);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule} ${d.message}`)).toEqual([
      'doc.md:5: row-skipped Table row without a text in its "Contenu" column; skipped',
    ]);
    expect(result.lines.unclassified).toBe(1);
  });
});

describe('one list of column names for spreadsheets and document tables', () => {
  it('gives the same records from the same table in CSV and in a document', () => {
    const rows = [['Sujet', 'Content', 'Sous-thème', 'Département'], ['Transport', 'Un bus santé le mardi', 'Mobilité', 'Meuse'], ['Écoles', 'Des ateliers de prévention', 'Prévention', '88']];
    const csv = parseText(rows.map((r) => r.join(';')).join('\n'), {}, 'table.csv');
    const markdown = parseText(lines('# Synthèse', '', ...rows.map((r, i) => `| ${r.join(' | ')} |${i ? '' : '\n|---|---|---|---|'}`)));
    const fields = (result: ParseResult) => result.records.map((r) => [r.kind, r.text, r.group, r.territory?.code]);
    expect(fields(csv)).toEqual([
      ['proposal', 'Un bus santé le mardi', 'Mobilité', '55'],
      ['proposal', 'Des ateliers de prévention', 'Prévention', '88'],
    ]);
    expect(fields(markdown)).toEqual(fields(csv));
  });

  it('lets a spreadsheet\'s title column hold the text when no column is named for it, and reads a header\'s first line', () => {
    const csv = parseText('Titre;"Commune\n(nom ou code)"\nUn bus santé;Stenay\n', {}, 'table.csv');
    expect(csv.records.map((r) => [r.text, r.territory?.code])).toEqual([['Un bus santé', '55502']]);
  });
});

describe('a table whose first column names initiatives', () => {
  it('gives one initiative per row, the description as its details: Dispositif | Description, Action | Détail', () => {
    for (const [name, describe] of [['Dispositif', 'Description'], ['Initiative', 'Description'], ['Action', 'Détail']]) {
      const result = parseText(lines('# Ce qui existe', '', `| ${name} | Commune | ${describe} |`, '|---|---|---|', '| Bus santé | Stenay | Il passe le mardi |'));
      expect(brief(result), name).toEqual(['5 initiative Bus santé [Il passe le mardi] @55502']);
    }
  });
});

describe('a table whose header row is empty, as Word and LibreOffice tables come', () => {
  const empty = ['|  |  |', '|---|---|'];

  it('takes a first row that names the columns as the header', () => {
    const result = parseText(lines('# Forum', '', ...empty, '| Constat | Proposition |', '| Les urgences ferment | Une maison médicale de garde |'));
    expect(result.layout).toBe('synthesis');
    expect(brief(result)).toEqual(['6 finding Les urgences ferment', '6 proposal Une maison médicale de garde']);
    expect(result.lines).toMatchObject({ heading: 4, record: 1 });
  });

  it('reads a first row of data as a row, under the section heading as before', () => {
    const result = parseText(lines('# Forum', '', '## Propositions', '', ...empty, '| Mairie | Un bus santé |', '| École | Des ateliers |'));
    expect(brief(result)).toEqual(['7 proposal Mairie | Un bus santé', '8 proposal École | Des ateliers']);
  });

  it('comes from an HTML table whose first row is made of <td> cells, each cell\'s paragraphs apart', () => {
    const { text } = htmlToMarkdown('<table><tr><td><p>Dispositif</p><p>nom</p></td><td>Description</td></tr><tr><td>Bus</td><td>Il passe</td></tr></table>');
    expect(text.split('\n').map((l) => l.replace(/ +/g, ' ').replace(/-+/g, '-'))).toEqual(['| | |', '| - | - |', '| Dispositif<br>nom | Description |', '| Bus | Il passe |']);
  });
});

describe('tables of OpenDocument and Word files', () => {
  it('keep the rows marked as header as the header, and a line break in a cell', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const cell = (inner: string) => `<table:table-cell><text:p>${inner}</text:p></table:table-cell>`;
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body><office:text>
<text:h text:outline-level="2">Ce qui existe</text:h>
<table:table><table:table-header-rows><table:table-row>${cell('Action<text:line-break/>intitulé')}${cell('Détail')}</table:table-row></table:table-header-rows>
<table:table-row>${cell('Bus santé')}${cell('Il passe le mardi')}</table:table-row></table:table></office:text></office:body></office:document-content>`;
    const ingested = await ingestDocument('t.odt', zipSync({ 'content.xml': strToU8(content) }));
    expect(ingested.source!.text.split('\n')[2]!.replace(/ +/g, ' ')).toBe('| Action<br>intitulé | Détail |');
    expect(brief(parseSource(ingested.source!))).toEqual(['3 initiative Bus santé [Il passe le mardi]']);
  });
});

/** The records the same report gives in every format: kind, text, details, axis, territory (the title's "pays de Commercy" places the others). */
const EXPECTED: [string, string, string | null, string | null, string | null][] = [
  ['finding', 'Le cabinet dentaire le plus proche est à quarante minutes de route', null, null, '55122'],
  ['proposal', 'Faire venir un fauteuil dentaire mobile deux jours par mois', null, null, '55122'],
  ['finding', "Les trois généralistes du canton s'épuisent avec les gardes du week-end", null, null, '55122'],
  ['proposal', 'Partager une maison médicale de garde entre cantons voisins', null, null, '55122'],
  ['finding', 'Sans voiture, beaucoup de personnes âgées renoncent à leurs examens', null, null, '55122'],
  ['proposal', "Organiser un transport solidaire vers l'hôpital de Verdun", null, null, '55122'],
  ['initiative', 'Bus santé itinérant', "Un véhicule aménagé s'arrête chaque mardi dans les villages pour des consultations de prévention", null, '55122'],
  ['initiative', 'Infirmière Asalée', 'Une infirmière suit les patients diabétiques avec leur médecin à la maison de santé', null, '55533'],
  ['initiative', "Permanence d'accès aux droits", 'Un travailleur social aide chaque jeudi à ouvrir ses droits à la complémentaire santé', null, '55463'],
  ['lever', 'Le réseau des maisons de santé déjà ouvertes sur le territoire', null, 'Attractivité', '55122'],
  ['lever', 'Les associations sportives prêtes à accueillir des patients', null, 'Prévention', '55122'],
  ['lever', 'Le transport à la demande financé par la région', null, 'Mobilité', '55122'],
];

const fixture = async (ext: string, base = 'rencontre-commercy'): Promise<ParseResult> => {
  const name = `fixtures/tables/${base}.${ext}`;
  const ingested = await ingestDocument(name, readFileSync(new URL(`../../${name}`, import.meta.url)));
  return parseSource(ingested.source!);
};
const shape = (records: readonly RecolteRecord[]) => records.map((r) => [r.kind, r.text, r.details, r.axis, r.territory?.code ?? null]);

describe('the same tables in Markdown, HTML, Word, OpenDocument and PDF (fixtures/tables/)', () => {
  it('give the same records in each format', async () => {
    for (const ext of ['md', 'html', 'docx', 'odt', 'pdf']) {
      const result = await fixture(ext);
      expect(shape(result.records), ext).toEqual(EXPECTED);
      expect(result.diagnostics, ext).toEqual([]);
      // The proposal of each "Constat | Proposition" row owns the constat beside it.
      const byId = new Map(result.records.map((r) => [r.id, r]));
      expect(result.records.filter((r) => r.kind === 'finding').map((r) => byId.get(r.parent ?? '')?.kind), ext).toEqual(['proposal', 'proposal', 'proposal']);
    }
  });

  it('point to the row: the line of the page, the paragraph of the Word or OpenDocument file, the page of the PDF', async () => {
    const rows = async (ext: string) => [...new Set((await fixture(ext)).records.map((r) => r.source.line))];
    expect(await rows('md')).toEqual([9, 10, 11, 19, 20, 21, 27, 28, 29]);
    expect(await rows('html')).toEqual([10, 11, 12, 18, 19, 20, 26, 27, 28]);
    expect(await rows('docx')).toEqual([5, 6, 7, 11, 12, 13, 16, 17, 18]);
    expect(await rows('odt')).toEqual([5, 6, 7, 11, 12, 13, 16, 17, 18]);
    expect(await rows('pdf')).toEqual([1]);
  });
});

describe('a Word table printed to PDF (fixtures/tables/atelier-vaucouleurs)', () => {
  it('gives in the PDF the records the Word file gives, the row with one cell filled included', async () => {
    const [docx, pdf] = await Promise.all(['docx', 'pdf'].map((ext) => fixture(ext, 'atelier-vaucouleurs')));
    expect(shape(docx!.records).map((r) => r.slice(0, 2))).toEqual([
      ['finding', 'Les délais pour voir un ophtalmologue dépassent six mois'],
      ['proposal', 'Former des orthoptistes pour les dépistages courants'],
      ['finding', 'Les jeunes quittent le territoire après leurs études'],
      ['proposal', 'Proposer des stages rémunérés dans les cabinets ruraux'],
      ['finding', 'Les aidants familiaux sont épuisés'],
      ['finding', 'Beaucoup ignorent le numéro des gardes'],
      ['proposal', 'Afficher le numéro des gardes dans chaque mairie'],
      ['lever', 'Le réseau des maisons de santé reste le premier appui des soignants.'],
      ['lever', 'Les communes prêtent volontiers des salles pour les permanences.'],
      ['lever', 'La télécabine de la pharmacie évite des trajets aux plus âgés.'],
    ]);
    expect(shape(pdf!.records)).toEqual(shape(docx!.records));
    expect(pdf!.diagnostics).toEqual([]);
  });
});
