/** Tables rebuilt from the positions of a PDF's text, on lines laid out by hand. */
import { describe, expect, it } from 'vitest';
import { findTables, tableMarkdown, type Piece, type TextLine } from '../../src/ingest/pdf-tables.js';

/** A line of 12-point text at `y`, from pieces given as [x, width, text]. */
const line = (y: number, ...pieces: [number, number, string][]): TextLine => onPage(1, y, ...pieces);
const onPage = (page: number, y: number, ...pieces: [number, number, string][]): TextLine => ({
  page,
  y,
  height: 12,
  text: pieces.map((p) => p[2]).join(' '),
  pieces: pieces.map(([x, width, text]): Piece => ({ x, width, y, text })),
});

describe('tables in a PDF', () => {
  it('rebuilds the columns where the text lines up, cutting text pdf.js ran across a gutter', () => {
    const lines = [
      line(700, [57, 400, 'Un paragraphe qui court sur toute la largeur de la page, avant le tableau.']),
      line(686, [57, 120, 'et qui continue ici.']),
      line(660, [58, 35, 'Thème'], [240, 45, 'Contenu']),
      line(630, [58, 56, 'Attractivité'], [117, 245, 'Le réseau des maisons de santé déjà ouvertes sur le']),
      line(616, [117, 42, 'territoire']),
      line(590, [58, 330, 'Prévention Les associations sportives prêtes à accueillir des patients']),
      line(560, [58, 41, 'Mobilité'], [117, 226, 'Le transport à la demande financé par la région']),
      line(530, [57, 300, 'Un paragraphe après le tableau, sur toute la ligne.']),
    ];
    const tables = findTables(lines, 12);
    expect(tables.map((t) => t.rows)).toEqual([
      [
        ['Thème', 'Contenu'],
        ['Attractivité', 'Le réseau des maisons de santé déjà ouvertes sur le territoire'],
        ['Prévention', 'Les associations sportives prêtes à accueillir des patients'],
        ['Mobilité', 'Le transport à la demande financé par la région'],
      ],
    ]);
    expect(tables[0]!.lines).toEqual(lines.slice(2, 7));
  });

  it('reads an indented list (a column of bullets beside the text) as a list, not a table', () => {
    const lines = [
      line(700, [60, 8, '•'], [80, 300, 'Ouvrir une maison de santé au bourg']),
      line(680, [60, 8, '•'], [80, 260, 'Réunir les professionnels du canton']),
      line(660, [60, 8, '•'], [80, 240, 'Repérer un bâtiment disponible']),
      line(640, [60, 8, '•'], [80, 280, 'Organiser un transport solidaire']),
    ];
    expect(findTables(lines, 12)).toEqual([]);
  });

  it('leaves paragraphs alone, bold words and all, and two rows that line up', () => {
    const paragraphs = [
      line(700, [57, 60, 'Un texte avec'], [120, 40, 'du gras'], [163, 120, 'au milieu de la phrase.']),
      line(686, [57, 80, 'Une autre ligne'], [140, 30, 'gras'], [173, 60, 'ici.']),
      line(672, [57, 70, 'Encore une'], [130, 30, 'gras'], [163, 60, 'là.']),
    ];
    expect(findTables(paragraphs, 12)).toEqual([]);
    expect(findTables([line(700, [58, 35, 'Constat'], [300, 60, 'Proposition']), line(680, [58, 80, 'Pas de bus'], [300, 60, 'Un bus'])], 12)).toEqual([]);
  });

  it('goes on with a table on the next page, without the header row repeated there', () => {
    const row = (page: number, y: number, a: string, b: string) => onPage(page, y, [58, 100, a], [300, 100, b]);
    const tables = findTables([row(1, 120, 'Constat', 'Proposition'), row(1, 100, 'Pas de bus', 'Un bus'), row(1, 80, 'Trop loin', 'Des navettes'), row(2, 760, 'Constat', 'Proposition'), row(2, 740, 'Pas de médecin', 'Des stages')], 12);
    expect(tables.map((t) => [t.rows, t.pages])).toEqual([
      [[['Constat', 'Proposition'], ['Pas de bus', 'Un bus'], ['Trop loin', 'Des navettes'], ['Pas de médecin', 'Des stages']], [1, 1, 1, 2]],
    ]);
  });

  it('writes an empty header row, so that the parser decides whether the first row names the columns', () => {
    expect(tableMarkdown([['Constat', 'Proposition'], ['A | B', '']])).toEqual(['|  |  |', '| --- | --- |', '| Constat | Proposition |', '| A \\| B |  |']);
  });
});
