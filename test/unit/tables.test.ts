/**
 * Tables inside documents: columns named as in spreadsheets or by a kind, a header row that is
 * not marked as one, notes under a column's name, and the same table in Markdown, HTML, Word,
 * OpenDocument and PDF.
 */
import { describe, expect, it } from 'vitest';
import { ingest, ingestDocument } from '../../src/ingest/document.js';
import { htmlToMarkdown } from '../../src/ingest/html.js';
import { parseSource, type ParseOptions, type ParseResult } from '../../src/parse/index.js';

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
