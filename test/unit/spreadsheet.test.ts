import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/document.js';
import { parseSource } from '../../src/parse/index.js';
import { sniffDelimiter, tableLayout } from '../../src/parse/spreadsheet.js';
import { resolvePostalCode } from '../../src/territory/index.js';

const input = (name: string) => ingest(`fixtures/inputs/${name}`, readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url))).source!;

describe('tables of contributions', () => {
  it('finds the delimiter from the header and the first rows, quotes aside', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(sniffDelimiter('a,b\n"1;2",3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(sniffDelimiter('Texte;Date\n"Oui, et non";2025-01-01\n')).toBe(';');
  });

  it('reads one record per row: kind words, territory names and codes, cells over several lines', () => {
    const result = parseSource(input('atelier.csv'));
    expect(result.records.map((r) => [r.kind, r.text, r.territory?.code, r.axis, r.source.line, r.source.endLine])).toEqual([
      ['proposal', 'Créer une maison de santé pluriprofessionnelle', '55502', 'Accès aux soins', 2, 2],
      ['proposal', 'Un bus santé qui passe dans les villages, le mardi et le vendredi', '55', 'Mobilité', 3, 4],
      ['pitfall', 'Le "désert médical" fait fuir les jeunes médecins', '55', 'Attractivité', 5, 5],
    ]);
    expect(result.lines).toEqual({ nonBlank: 7, record: 4, heading: 1, prose: 0, chrome: 0, unclassified: 2 });
    expect(result.diagnostics.map((d) => `${d.line}: ${d.rule}`)).toEqual(['6: row-skipped', '7: row-skipped']);
    // The same table as TSV gives the same records.
    expect(parseSource(input('atelier.tsv')).records.map((r) => r.text)).toEqual(result.records.map((r) => r.text));
  });

  it('reads 1,700 rows of a Windows-1252 export with ";" and CRLF, dates and postal codes included', () => {
    const source = input('plateforme-1252.csv');
    expect(source.encoding).toBe('windows-1252');
    const result = parseSource(source);
    expect(result.records).toHaveLength(1700);
    expect(result.records[0]).toMatchObject({ text: 'FIDÉLISER LES CLS AUPRÈS DES JEUNES', kind: 'proposal', territory: { level: 'departement', code: '15' }, document: { date: '2025-01-01' } });
    expect(result.lines).toMatchObject({ nonBlank: 1701, record: 1700, heading: 1, unclassified: 0 });
  });

  it('reads the same table saved as UTF-16 (LE, BE), ISO-8859-15 or Windows-1252, with CR line ends', async () => {
    const { default: iconv } = await import('iconv-lite');
    const text = readFileSync(new URL('../../fixtures/inputs/atelier.csv', import.meta.url), 'utf8').replace('Vœu pieux', 'Cœur de cible');
    const expected = parseSource(ingest('t.csv', Buffer.from(text)).source!).records.map((r) => [r.kind, r.text]);
    for (const [encoding, bom] of [['utf16le', true], ['utf16be', true], ['iso-8859-15', false], ['win1252', false]] as const) {
      const bytes = iconv.encode(text.replace(/\n/g, encoding === 'win1252' ? '\r' : '\r\n'), encoding, { addBOM: bom });
      const source = ingest('t.csv', bytes).source!;
      expect(parseSource(source).records.map((r) => [r.kind, r.text]), encoding).toEqual(expected);
    }
  });

  it('takes columns the user names, by header or number, and says when one is missing', () => {
    const source = input('atelier.csv');
    expect(tableLayout(source, { map: { text: 'Thème', territory: '2' } }).columns).toMatchObject({
      text: { index: 3, header: 'Thème', how: 'given' },
      territory: { index: 1, how: 'given' },
      kind: { index: 2, how: 'recognised' },
    });
    expect(tableLayout(source, { map: { text: 'Verbatim' } }).diagnostics.map((d) => d.message)).toEqual([
      '--map text=Verbatim: no such column; the columns are "Idée", "Territoire", "Catégorie", "Thème"',
    ]);
  });
});

describe('postal codes', () => {
  it('name the commune, or the département several communes share, or say why not', () => {
    expect(resolvePostalCode('55700')).toEqual({ status: 'found', territory: { level: 'departement', code: '55', name: 'Meuse' } });
    expect(resolvePostalCode('20000')).toEqual({ status: 'found', territory: { level: 'commune', code: '2A004', name: 'Ajaccio' } });
    expect(resolvePostalCode('99999')).toEqual({ status: 'invalid', reason: 'no commune has the postal code 99999' });
    expect(resolvePostalCode('37160').status).toBe('ambiguous');
  });
});

describe('tables streamed in batches', () => {
  const source = (file: string, text: string) => ingest(file, Buffer.from(text)).source!;
  const streamed = async (table: ReturnType<typeof source>) => {
    const { streamSpreadsheet } = await import('../../src/parse/spreadsheet.js');
    const batches: number[] = [];
    const records: unknown[] = [];
    const result = await streamSpreadsheet(table, {}, async (batch) => {
      batches.push(batch.length);
      records.push(...batch);
    });
    return { result, records, batches };
  };

  it('give the same records, accounting and diagnostics as a table read whole, 5,000 records at a time', async () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => (i % 4000 === 7 ? ';55;Proposition' : `"Idée ${i}, avec ""guillemets""";55;${i % 2 ? 'Levier' : 'Proposition'}`));
    for (const table of [input('atelier.csv'), input('plateforme-1252.csv'), source('grand.csv', `Contribution;Département;Type\n${rows.join('\n')}\n`)]) {
      const whole = parseSource(table);
      const { result, records, batches } = await streamed(table);
      expect(records).toEqual(whole.records);
      expect({ ...result, records: whole.records }).toEqual(whole);
      expect(batches.every((n) => n <= 5_000)).toBe(true);
    }
    expect((await streamed(source('grand.csv', `Contribution;Département;Type\n${rows.join('\n')}\n`))).batches).toEqual([5000, 5000, 1998]);
  });

  it('place rows after blank lines, and cells over several lines with blank lines inside', async () => {
    const table = source('blancs.csv', '\n\nIdée;Département\n"Ligne un\n\nligne trois";55\n\n\n   \nSimple;55\n"a ""b"" c";2A\n\n"x\ny";Meuse\n');
    const whole = parseSource(table);
    expect(whole.records.map((r) => [r.source.line, r.source.endLine, r.text])).toEqual([
      [4, 6, 'Ligne un ligne trois'],
      [10, 10, 'Simple'],
      [11, 11, 'a "b" c'],
      [13, 14, 'x y'],
    ]);
    expect(whole.diagnostics.map((d) => [d.line, d.rule])).toEqual([[9, 'row-skipped']]);
    expect(whole.lines).toEqual({ nonBlank: 7, record: 6, heading: 1, prose: 0, chrome: 0, unclassified: 0 });
    const { result, records } = await streamed(table);
    expect(records).toEqual(whole.records);
    expect({ ...result, records: whole.records }).toEqual(whole);
  });

  it('keep an emoji whole where the text is cut into 1 MB slices', async () => {
    const slice = 1 << 20;
    let text = 'Contribution;Type\n';
    while (text.length < slice - 100) text += 'Idée x;Proposition\n';
    text = `${text}Idée ${'a'.repeat(slice - 1 - text.length - 5)}`;
    text += '😀 fin;Proposition\nDernière idée;Proposition\n';
    expect(text.charCodeAt(slice - 1)).toBe(0xd83d);
    const table = source('emoji.csv', text);
    const { records } = await streamed(table);
    expect(records).toEqual(parseSource(table).records);
    expect((records.at(-2) as { text: string }).text.endsWith('😀 fin')).toBe(true);
  });

  it('keep the rows read before a row that cannot be read, and name its line', async () => {
    const table = source('coupe.csv', 'Contribution;Type\nCréer une maison de santé;Proposition\n"Une cellule jamais fermée;Levier\nAutre ligne;Levier\n');
    const whole = parseSource(table);
    expect(whole.records.map((r) => r.text)).toEqual(['Créer une maison de santé']);
    expect(whole.diagnostics.map((d) => [d.line, d.rule, d.message])).toEqual([
      [3, 'csv-invalid', 'Not a readable table: a quote opened in the row of line 3 is never closed, so this row and the rest of the table are not read; close the quote, or double it ("") inside a cell'],
    ]);
    expect(whole.lines).toEqual({ nonBlank: 4, record: 1, heading: 1, prose: 0, chrome: 0, unclassified: 2 });
    const { result, records } = await streamed(table);
    expect(records).toEqual(whole.records);
    expect({ ...result, records: whole.records }).toEqual(whole);
  });
});
