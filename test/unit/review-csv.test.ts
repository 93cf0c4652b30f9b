import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { neutralise } from '../../src/export/csv.js';
import { readReviewCsv, reviewCsv, type ReviewCsvRow } from '../../src/dedupe/review-csv.js';
import type { ReviewSide, Suggestion } from '../../src/dedupe/review-types.js';
import { ANSWER_WORDS, REVIEW_TEXT } from '../../src/vocabulary/review-text.js';

const side = (id: string, text: string, over: Partial<ReviewSide> = {}): ReviewSide => ({
  id,
  text,
  size: 1,
  territories: ['Meuse (55)'],
  source: { file: 'meuse.md', line: 3 },
  ...over,
});

// Ids a spreadsheet mangles unprotected: leading zeros, sixteen digits (past a double's
// precision), and hex that reads as a number in scientific notation.
const suggestions: Suggestion[] = [
  {
    number: 1,
    kind: 'proposal',
    question: 'merge',
    a: side('0000123456789012', 'Créer une maison de santé’s « pluriprofessionnelle »', { size: 3, territories: ['Meuse (55)', 'Eure (27)'] }),
    b: side('1234567890123456', 'Ouvrir une maison de santé', { source: { file: 'eure.md', line: 12 } }),
    score: 0.4321,
    chance: 0.35,
    gain: 0.7,
    shared: ['maison', 'santé'],
  },
  {
    number: 2,
    kind: 'proposal',
    question: 'split',
    a: side('12e4567890abcdef', 'Renforcer l’œuvre des CPTS', { size: 4 }),
    b: side('abcdef0123456789', '=SOMME(A1) des internes'),
    score: 0.5,
    chance: 0.055,
    gain: 0.2,
    shared: [],
  },
];

const HEADER_FR = '"n°";"décision (oui / non)";"question";"texte A";"texte B";"contributions A";"contributions B";"territoires A";"territoires B";"en commun";"similarité";"chance";"source A";"source B";"id A";"id B"';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A table as a spreadsheet saves it: cells quoted only when needed, the separator, line end and encoding given. */
function saved(
  rows: readonly (readonly string[])[],
  { delimiter = ';', eol = '\r\n', bom = false, encoding = 'utf-8' }: { delimiter?: string; eol?: string; bom?: boolean; encoding?: 'utf-8' | 'win1252' | 'utf-16le' } = {},
): Uint8Array {
  const text = stringify(rows as string[][], { delimiter, record_delimiter: eol, quote_record_delimiter: true });
  if (encoding === 'utf-8') return utf8((bom ? '\ufeff' : '') + text);
  return iconv.encode(text, encoding, { addBOM: bom });
}

const HEADER_ROW = ['n°', 'décision', 'id A', 'id B'];
const row = (n: string, decision: string, a = 'id:0000123456789012', b = 'id:1234567890123456'): string[] => [n, decision, a, b];

describe('reviewCsv', () => {
  const written = reviewCsv({ answered: [], suggestions });

  it("writes Excel's French CSV: BOM, `;`, CRLF, every cell quoted, ids behind their mark", () => {
    expect(written.split('\r\n')).toEqual([
      `\ufeff${HEADER_FR}`,
      '"1";"";"fusion";"Créer une maison de santé’s « pluriprofessionnelle »";"Ouvrir une maison de santé";"3";"1";"Meuse (55); Eure (27)";"Meuse (55)";"maison, santé";"0,43";"35 %";"meuse.md:3";"eure.md:12";"id:0000123456789012";"id:1234567890123456"',
      // A text that would run as a formula is shown with a quote before it.
      `"2";"";"séparation";"Renforcer l’œuvre des CPTS";"'=SOMME(A1) des internes";"4";"1";"Meuse (55)";"Meuse (55)";"";"0,50";"6 %";"meuse.md:3";"meuse.md:3";"id:12e4567890abcdef";"id:abcdef0123456789"`,
      '',
    ]);
  });

  it('writes English headers, decimals and answers with lang en', () => {
    const { rows } = readReviewCsv('r.csv', utf8(written));
    const english = reviewCsv({ answered: [{ ...rows[0]!, answer: 'same' }], suggestions: suggestions.slice(1) }, 'en').split('\r\n');
    expect(english[0]).toBe(
      '\ufeff"number";"decision (yes / no)";"question";"text A";"text B";"contributions A";"contributions B";"territories A";"territories B";"shared words";"similarity";"chance";"source A";"source B";"id A";"id B"',
    );
    // The row read keeps its French cells as they were; the answer is in the file's language.
    expect(english[1]).toMatch(/^"1";"yes";"fusion";/);
    expect(english[2]).toMatch(/^"2";"";"split";.*;"0\.50";"6%";/);
  });

  it('reads back exactly what it wrote, and writes the rows read back byte for byte', () => {
    const read = readReviewCsv('review.csv', utf8(written));
    expect(read.diagnostics).toEqual([]);
    expect(read.rows).toEqual<ReviewCsvRow[]>([
      {
        number: 1,
        a: '0000123456789012',
        b: '1234567890123456',
        answer: null,
        line: 2,
        shown: {
          question: 'fusion',
          text_a: 'Créer une maison de santé’s « pluriprofessionnelle »',
          text_b: 'Ouvrir une maison de santé',
          size_a: '3',
          size_b: '1',
          territories_a: 'Meuse (55); Eure (27)',
          territories_b: 'Meuse (55)',
          shared: 'maison, santé',
          score: '0,43',
          chance: '35 %',
          source_a: 'meuse.md:3',
          source_b: 'eure.md:12',
        },
      },
      {
        number: 2,
        a: '12e4567890abcdef',
        b: 'abcdef0123456789',
        answer: null,
        line: 3,
        shown: {
          question: 'séparation',
          text_a: 'Renforcer l’œuvre des CPTS',
          text_b: "'=SOMME(A1) des internes",
          size_a: '4',
          size_b: '1',
          territories_a: 'Meuse (55)',
          territories_b: 'Meuse (55)',
          shared: '',
          score: '0,50',
          chance: '6 %',
          source_a: 'meuse.md:3',
          source_b: 'meuse.md:3',
        },
      },
    ]);
    expect(reviewCsv({ answered: read.rows, suggestions: [] })).toBe(written);
  });

  it('puts the questions answered first, their answers written back, then the new ones', () => {
    const [first] = readReviewCsv('review.csv', utf8(reviewCsv({ answered: [], suggestions: suggestions.slice(0, 1) }))).rows;
    const next = reviewCsv({ answered: [{ ...first!, answer: 'different' }], suggestions: [{ ...suggestions[1]!, number: 2 }] });
    const read = readReviewCsv('review.csv', utf8(next));
    expect(read.rows.map((r) => [r.number, r.a, r.b, r.answer])).toEqual([
      [1, '0000123456789012', '1234567890123456', 'different'],
      [2, '12e4567890abcdef', 'abcdef0123456789', null],
    ]);
    expect(next.split('\r\n')[1]).toMatch(/^"1";"non";"fusion";/);
  });

  it('reads back any id and any text it wrote, answered or not', () => {
    // Any string but a carriage return, which is read as the line break it usually belongs to,
    // and NUL, which makes the file binary.
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((t) => !/[\r\0]/.test(t));
    const answer = fc.constantFrom<'same' | 'different' | null>('same', 'different', null);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text, answer), { minLength: 1, maxLength: 5 }), fc.constantFrom('fr' as const, 'en' as const), (sides, lang) => {
        const asked = sides.map(([a, b, words], i) => ({ ...suggestions[0]!, number: i + 1, a: side(a, words), b: side(b, words) }));
        const first = readReviewCsv('r.csv', utf8(reviewCsv({ answered: [], suggestions: asked }, lang))).rows;
        const answered = first.map((row, i) => ({ ...row, answer: sides[i]![3] }));
        const read = readReviewCsv('r.csv', utf8(reviewCsv({ answered, suggestions: [] }, lang)));
        expect(read.diagnostics).toEqual([]);
        expect(read.rows.map((r) => [r.number, r.a, r.b, r.answer, r.shown.text_a])).toEqual(sides.map(([a, b, words, given], i) => [i + 1, a, b, given, neutralise(words)]));
      }),
    );
  });

  it('writes a text with a line break inside its quoted cell, and reads it back whole', () => {
    const multi = [{ ...suggestions[0]!, a: { ...suggestions[0]!.a, text: 'Deux lignes :\nla seconde' } }, suggestions[1]!];
    const read = readReviewCsv('review.csv', utf8(reviewCsv({ answered: [], suggestions: multi })));
    expect(read.rows.map((r) => [r.number, r.line, r.shown.text_a])).toEqual([
      [1, 2, 'Deux lignes :\nla seconde'],
      [2, 4, 'Renforcer l’œuvre des CPTS'],
    ]);
  });
});

describe('readReviewCsv reads the file as spreadsheets save it', () => {
  const expected = [
    { number: 1, a: '0000123456789012', b: '1234567890123456', answer: 'same' },
    { number: 2, a: '0000123456789012', b: '1234567890123456', answer: 'different' },
    { number: 3, a: '0000123456789012', b: '1234567890123456', answer: null },
  ];
  const rows = [HEADER_ROW, row('1', 'oui'), row('2', 'non'), row('3', '')];
  const answers = (bytes: Uint8Array): unknown => {
    const read = readReviewCsv('r.csv', bytes);
    expect(read.diagnostics).toEqual([]);
    return read.rows.map(({ number, a, b, answer }) => ({ number, a, b, answer }));
  };

  it('with or without a BOM', () => {
    expect(answers(saved(rows, { bom: true }))).toEqual(expected);
    expect(answers(saved(rows, { bom: false }))).toEqual(expected);
  });

  it('separated by `;`, `,` or tabs, told from the header line', () => {
    for (const delimiter of [';', ',', '\t']) expect(answers(saved(rows, { delimiter }))).toEqual(expected);
    // A comma inside a quoted text does not make the separator a comma.
    const commas = [[...HEADER_ROW, 'texte A'], [...row('1', 'oui'), 'Plus de médecins, et plus tôt; vite']];
    expect(answers(saved(commas, { delimiter: ';' }))).toEqual(expected.slice(0, 1));
    expect(answers(saved(commas, { delimiter: ',' }))).toEqual(expected.slice(0, 1));
  });

  it('with CRLF or LF line ends, the line of each row the same', () => {
    for (const eol of ['\r\n', '\n']) {
      expect(answers(saved(rows, { eol }))).toEqual(expected);
      expect(readReviewCsv('r.csv', saved(rows, { eol })).rows.map((r) => r.line)).toEqual([2, 3, 4]);
    }
  });

  it("in UTF-8 or Windows-1252 (Excel's « CSV (séparateur : point-virgule) »), texts read whole", () => {
    const text = 'Café « œcuménique » : l’accès';
    const table = [[...HEADER_ROW, 'texte A'], [...row('1', 'Oui'), text]];
    for (const encoding of ['utf-8', 'win1252'] as const) {
      const bytes = saved(table, { encoding });
      const read = readReviewCsv('r.csv', bytes);
      expect(read.diagnostics).toEqual([]);
      expect(read.rows.map((r) => [r.answer, r.shown.text_a])).toEqual([['same', text]]);
    }
    // The test is of something: these bytes are not UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(saved(table, { encoding: 'win1252' }))).toThrow();
  });

  it('in UTF-16LE with a BOM, tab-separated (Excel\'s « Texte Unicode »)', () => {
    expect(answers(saved(rows, { encoding: 'utf-16le', bom: true, delimiter: '\t' }))).toEqual(expected);
  });

  it('with line breaks inside quoted cells, each row on the line it starts', () => {
    const table = [[...HEADER_ROW, 'texte A'], [...row('1', 'oui'), 'une\r\nidée\r\nen trois lignes'], [...row('2', 'non'), 'une ligne']];
    for (const eol of ['\r\n', '\n']) {
      const read = readReviewCsv('r.csv', saved(table, { eol }));
      expect(read.rows.map((r) => [r.number, r.line, r.answer, r.shown.text_a])).toEqual([
        [1, 2, 'same', 'une\nidée\nen trois lignes'],
        [2, 5, 'different', 'une ligne'],
      ]);
    }
  });

  it('reads the answers in any case, with or without accents, spaces around', () => {
    const words: [string, 'same' | 'different'][] = [
      ['oui', 'same'], ['Oui', 'same'], ['OUI', 'same'], [' o ', 'same'], ['yes', 'same'], ['Y', 'same'], ['x', 'same'], ['X', 'same'], ['1', 'same'], ['✓', 'same'], ['même', 'same'], ['Meme', 'same'],
      ['non', 'different'], ['NON', 'different'], ['n', 'different'], ['no', 'different'], ['No', 'different'], ['0', 'different'], ['différent', 'different'], ['DIFFERENT', 'different'],
    ];
    const table = [HEADER_ROW, ...words.map(([word], i) => row(String(i + 1), word))];
    const read = readReviewCsv('r.csv', saved(table));
    expect(read.diagnostics).toEqual([]);
    expect(read.rows.map((r) => r.answer)).toEqual(words.map(([, answer]) => answer));
  });

  it('reads headers in French or English, in any case, accents and spacing, in any order, other columns ignored', () => {
    const english = [['ID B', 'Comment', 'Number', 'Decision (yes / no)', 'id a'], ['id:1234567890123456', 'sure', '1', 'Yes', 'id:0000123456789012']];
    expect(answers(saved(english))).toEqual(expected.slice(0, 1));
    const loose = [['N°', 'DECISION', 'commentaire', 'Id_A', 'idB'], ['1', 'oui', 'vu', 'id:0000123456789012', 'id:1234567890123456']];
    expect(answers(saved(loose))).toEqual(expected.slice(0, 1));
    // The shown cells of a file in English are read too.
    const read = readReviewCsv('r.csv', saved([['number', 'decision', 'id A', 'id B', 'text A', 'similarity'], ['1', '', 'id:a', 'id:b', 'Plus de médecins', '0.43']]));
    expect(read.rows[0]!.shown).toMatchObject({ text_a: 'Plus de médecins', score: '0.43', text_b: '' });
  });

  it('skips blank rows, and rows a spreadsheet left as empty cells', () => {
    const table = [HEADER_ROW, row('1', 'oui'), ['', '', '', ''], [''], row('2', 'non'), ['', '', '', '']];
    const read = readReviewCsv('r.csv', saved(table));
    expect(read.diagnostics).toEqual([]);
    expect(read.rows.map((r) => [r.number, r.line])).toEqual([[1, 2], [2, 5]]);
  });
});

describe('readReviewCsv warns of what it cannot trust', () => {
  it('an answer it does not know: a warning naming the file, line and value; the question is left unanswered', () => {
    const read = readReviewCsv('revue.csv', saved([HEADER_ROW, row('1', 'oui'), row('2', ' peut-être ')]));
    expect(read.diagnostics).toEqual([
      {
        file: 'revue.csv',
        line: 3,
        column: null,
        severity: 'warning',
        rule: 'review-answer-unknown',
        message: '"peut-être" is not an answer to question 2: write oui or non (yes or no), or leave the cell empty; the question is left unanswered',
      },
    ]);
    expect(read.rows.map((r) => [r.number, r.answer])).toEqual([[1, 'same'], [2, null]]);
  });

  it('an id a spreadsheet changed: a warning naming the file and line; the row is ignored', () => {
    const table = [HEADER_ROW, row('1', 'oui', '1.23457E+15'), row('2', 'non'), row('3', 'oui', '123456789012', '12e45')];
    const read = readReviewCsv('revue.csv', saved(table));
    expect(read.diagnostics).toEqual([
      {
        file: 'revue.csv',
        line: 2,
        column: null,
        severity: 'warning',
        rule: 'review-id-changed',
        message: 'id A "1.23457E+15" lost its "id:" mark: a spreadsheet seems to have changed the id; the row (question 1) is ignored',
      },
      {
        file: 'revue.csv',
        line: 4,
        column: null,
        severity: 'warning',
        rule: 'review-id-changed',
        message: 'id A "123456789012" and id B "12e45" lost their "id:" mark: a spreadsheet seems to have changed the id; the row (question 3) is ignored',
      },
    ]);
    expect(read.rows.map((r) => r.number)).toEqual([2]);
  });

  it('a missing, unreadable or repeated question number: a warning; the row is ignored', () => {
    const table = [HEADER_ROW, row('1', 'oui'), row('', 'oui'), row('1,5', 'non'), row('1', 'non')];
    const read = readReviewCsv('revue.csv', saved(table));
    expect(read.diagnostics.map((d) => [d.line, d.rule, d.message])).toEqual([
      [3, 'review-number-invalid', 'no question number; the row is ignored'],
      [4, 'review-number-invalid', '"1,5" is not a question number; the row is ignored'],
      [5, 'review-number-invalid', 'question 1 is already on line 2; this row is ignored'],
    ]);
    expect(read.rows.map((r) => [r.number, r.answer])).toEqual([[1, 'same']]);
  });

  it('a file that is not a review: an error naming the file and the columns missing', () => {
    const read = readReviewCsv('contributions.csv', saved([['Contribution', 'Décision', 'id A'], ['Plus de médecins', 'oui', 'id:a']]));
    expect(read).toEqual({
      rows: [],
      diagnostics: [
        {
          file: 'contributions.csv',
          line: 1,
          column: null,
          severity: 'error',
          rule: 'review-columns-missing',
          message: 'not a review file: no column n° (number), id B; a review has the columns n° (number), décision (decision), id A, id B',
        },
      ],
    });
    expect(readReviewCsv('vide.csv', utf8('')).diagnostics.map((d) => [d.line, d.rule])).toEqual([[null, 'review-columns-missing']]);
  });

  it('a quote never closed: an error at the row it opens; the rows before it are kept', () => {
    const text = `${HEADER_ROW.join(';')}\n1;oui;id:a;id:b\n2;peut-être;id:c;id:d\n3;"non;id:e;id:f\n4;oui;id:g;id:h\n`;
    const read = readReviewCsv('r.csv', utf8(text));
    expect(read.rows.map((r) => r.number)).toEqual([1, 2]);
    // In the order of the file's lines.
    expect(read.diagnostics.map((d) => [d.line, d.severity, d.rule, d.message])).toEqual([
      [3, 'warning', 'review-answer-unknown', '"peut-être" is not an answer to question 2: write oui or non (yes or no), or leave the cell empty; the question is left unanswered'],
      [4, 'error', 'csv-invalid', 'not a readable table: a quote opened in the row of line 4 is never closed; the rows from line 4 on are not read'],
    ]);
  });

  it('a binary file: an error, no rows', () => {
    expect(readReviewCsv('r.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0])).diagnostics.map((d) => [d.severity, d.rule])).toEqual([['error', 'binary-file']]);
  });
});

describe('the review file\'s words, a glossary', () => {
  it('answers: oui and non in French, yes and no in English', () => {
    expect(REVIEW_TEXT.fr.answer).toEqual({ same: 'oui', different: 'non' });
    expect(REVIEW_TEXT.en.answer).toEqual({ same: 'yes', different: 'no' });
  });

  it('questions: fusion / merge, séparation / split', () => {
    expect(REVIEW_TEXT.fr.question).toEqual({ merge: 'fusion', split: 'séparation' });
    expect(REVIEW_TEXT.en.question).toEqual({ merge: 'merge', split: 'split' });
  });

  it('numbers: a decimal comma and a spaced percent in French', () => {
    expect([REVIEW_TEXT.fr.decimal(0.4321), REVIEW_TEXT.fr.percent(0.35)]).toEqual(['0,43', '35 %']);
    expect([REVIEW_TEXT.en.decimal(0.4321), REVIEW_TEXT.en.percent(0.35)]).toEqual(['0.43', '35%']);
  });

  it('every word written back as an answer is read as that answer, and no word is read both ways', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(ANSWER_WORDS.same).toContain(REVIEW_TEXT[lang].answer.same);
      expect(ANSWER_WORDS.different).toContain(REVIEW_TEXT[lang].answer.different);
    }
    expect(ANSWER_WORDS.same.filter((word) => ANSWER_WORDS.different.includes(word))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The file through LibreOffice Calc, as a reviewer's spreadsheet opens and saves it. Not a pure
// function, but the check of the id mark belongs beside the reader it protects.

/** LibreOffice's soffice: RECOLTE_SOFFICE when set (and then only it), else soffice on PATH; null when none. */
function sofficePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const executable = (file: string): boolean => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.RECOLTE_SOFFICE) return executable(env.RECOLTE_SOFFICE) ? env.RECOLTE_SOFFICE : null;
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder && executable(path.join(folder, 'soffice'))) return path.join(folder, 'soffice');
  }
  return null;
}

const SOFFICE = sofficePath();
const SOFFICE_MISSING = `${
  process.env.RECOLTE_SOFFICE ? `RECOLTE_SOFFICE=${process.env.RECOLTE_SOFFICE} is not an executable file` : 'no LibreOffice found (RECOLTE_SOFFICE unset, no soffice on PATH)'
}; to run this test: apt-get install libreoffice-calc-nogui (Debian), or set RECOLTE_SOFFICE to a soffice executable`;
const run = promisify(execFile);

// As the browser tests do with Chromium: skipped with a note without LibreOffice, failed under CI.
if (SOFFICE === null && !process.env.CI) process.stderr.write(`LibreOffice test skipped: ${SOFFICE_MISSING}\n`);

describe.skipIf(SOFFICE === null && !process.env.CI)('the review file saved again by LibreOffice Calc', () => {
  let folder = '';
  // A profile of its own: two runs sharing one wait on each other's lock, or fail.
  const soffice = async (...args: string[]): Promise<void> => {
    const profile = `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`;
    await run(SOFFICE!, [profile, '--headless', ...args], { cwd: folder, timeout: 90_000 });
  };

  beforeEach(() => {
    if (SOFFICE === null) throw new Error(`CI must run the LibreOffice test: ${SOFFICE_MISSING}`);
    folder = mkdtempSync(path.join(tmpdir(), 'review-csv-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps every id, all-digit ones too, and the answers filled in, in UTF-8 and in Windows-1252', async () => {
    // Hex digits that read as a number in scientific notation, and an integer past a double's precision.
    const extra: Suggestion = { ...suggestions[1]!, number: 3, a: side('1234e56789012345', 'Une troisième'), b: side('9007199254740993', 'Une quatrième') };
    const answers: Record<string, string> = { 1: 'Oui', 2: '', 3: 'NON' };
    // The reviewer's answers, filled in the CSV itself; and a column of bare ids (what recolte
    // would write without the mark) to show what LibreOffice does to them.
    const lines = reviewCsv({ answered: [], suggestions: [...suggestions, extra] }).split('\r\n');
    const filled = lines
      .map((line, i) => {
        if (i === 0) return `${line};"brut"`;
        if (!line) return line;
        const n = /^"(\d+)"/.exec(line)![1]!;
        const bare = /"id:([^"]+)";"id:[^"]+"$/.exec(line)![1]!;
        return `${line.replace(/^"(\d+)";""/, `"$1";"${answers[n]}"`)};"${bare}"`;
      })
      .join('\r\n');
    writeFileSync(path.join(folder, 'revue.csv'), filled);

    // Opened as a French reviewer's Calc reads a CSV: `;`, UTF-8, French locale (1036), numbers,
    // dates and times detected; then saved as a workbook, and that workbook saved as CSV.
    await soffice('--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true', '--convert-to', 'xlsx', '--outdir', 'xlsx', 'revue.csv');
    // Character set 76 is UTF-8; 1 is Windows-1252 (LibreOffice's RTL_TEXTENCODING_MS_1252). 1252
    // is no code of its list: it writes œ and ’ as bytes 0x53 and 0x19.
    await soffice('--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1', '--outdir', 'utf8', 'xlsx/revue.xlsx');
    await soffice('--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,1,1', '--outdir', 'cp1252', 'xlsx/revue.xlsx');

    const expected = [
      [1, '0000123456789012', '1234567890123456', 'same'],
      [2, '12e4567890abcdef', 'abcdef0123456789', null],
      [3, '1234e56789012345', '9007199254740993', 'different'],
    ];
    for (const encoding of ['utf8', 'cp1252']) {
      const bytes = readFileSync(path.join(folder, encoding, 'revue.csv'));
      const read = readReviewCsv('revue.csv', bytes);
      expect(read.diagnostics).toEqual([]);
      expect(read.rows.map((r) => [r.number, r.a, r.b, r.answer])).toEqual(expected);
      expect(read.rows[1]!.shown.text_a).toBe('Renforcer l’œuvre des CPTS');
      // Without the mark, the ids would not have come back.
      const bare = (parse(iconv.decode(bytes, encoding === 'utf8' ? 'utf-8' : 'win1252'), { delimiter: ';' }) as string[][]).slice(1).map((cells) => cells.at(-1));
      expect(bare).not.toContain('0000123456789012');
      expect(bare).not.toContain('1234e56789012345');
      expect(bare).not.toContain('9007199254740993');
    }
    // Windows-1252 indeed: œ is byte 0x9C, and the file is no UTF-8.
    const cp1252 = readFileSync(path.join(folder, 'cp1252', 'revue.csv'));
    expect(cp1252.includes(0x9c)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252)).toThrow();
  }, 120_000);
});
