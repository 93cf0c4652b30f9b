/**
 * Hostile input (issue 14): each file of bench/hostile-inputs.mjs, in a small version, read
 * beside a good one in the same run. Each gives its own message and exit code, the good file
 * still gives its records, and no run ends with exit 3. Time and memory are the bench's
 * (bench/hostile.mjs, BENCHMARKS.md), never asserted here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as inputs from '../../bench/hostile-inputs.mjs';
import { recolte, type Run } from './run.js';

type Generator = (dir: string, ...size: number[]) => Promise<string>;

const GOOD = [
  ['proposal', 'Créer une maison de santé à Bar-le-Duc'],
  ['proposal', 'Ouvrir un centre de soins non programmés'],
];

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'recolte-hostile-'));
  await inputs.goodMarkdown(dir);
});

/** Builds a hostile file with `generator(dir, ...size)`; its name in the folder. */
async function build(generator: keyof typeof inputs, ...size: number[]): Promise<string> {
  return path.basename(await (inputs[generator] as Generator)(dir, ...size));
}

/** `recolte parse FILE good.md …flags` in the folder. */
function parse(file: string, ...flags: string[]): Run {
  return recolte(['parse', file, 'good.md', ...flags], { cwd: dir });
}

/** The good file's records, as [kind, text]. */
function goodRecords(run: Run): string[][] {
  return run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { kind: string; text: string; source: { file: string } })
    .filter((r) => r.source.file === 'good.md')
    .map((r) => [r.kind, r.text]);
}

describe('nesting deeper than the bound', () => {
  it('flattens 200 nested blockquotes to 32, with a warning on the line (exit 0)', async () => {
    const file = await build('nestedBlockquotes', 200);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'blockquotes.md:1:1: warning: Lists or quotes nested more than 32 levels deep: the deeper levels are read as level 32 (first here); check these lines, or raise the bound with --max-nesting (nesting-capped)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
    expect(parse(file, '--strict').code).toBe(1);
  });

  it('reads a list 100 levels deep as 32 levels, every item kept', async () => {
    const file = await build('nestedMarkdownList', 100);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('list-100.md:35:1: warning: Lists or quotes nested more than 32 levels deep');
    const texts = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; source: { file: string } }).filter((r) => r.source.file === 'list-100.md').map((r) => r.text);
    expect(texts).toEqual(Array.from({ length: 100 }, (_, i) => `niveau ${i}`));
    expect(run.stderr).toContain('list-100.md: synthesis, 100 records (100 proposal); lines: 100 record, 1 heading, 0 prose, 0 chrome, 0 unclassified\n');
  });

  it('unwraps 1,000 nested <div> past 256 levels to their text', async () => {
    const file = await build('nestedDivs', 1_000);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'divs.html:3:1: warning: Elements nested more than 256 levels deep: the deeper ones are read as text (first here); check it, or raise the bound with --max-nesting (elements may nest eight times as deep as lists) (nesting-capped)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('reads 2,000 unclosed <b> in a page without building as many elements', async () => {
    const file = await build('htmlUnclosedBold', 2_000);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('unclosed-b.html:4:1: warning: Elements nested more than 256 levels deep');
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('reads 200 nested HTML lists as a list 32 levels deep', async () => {
    const file = await build('nestedHtmlLists', 200);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/lists\.html:\d+:1: warning: Lists or quotes nested more than 32 levels deep/);
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('takes the bound from --max-nesting, and refuses a bound that is not a whole number (exit 2)', async () => {
    const file = await build('nestedBlockquotes', 20);
    expect(parse(file).stderr).not.toContain('nesting-capped');
    expect(parse(file, '--max-nesting', '8').stderr).toContain('levels deep: the deeper levels are read as level 8 (first here)');
    const bad = parse(file, '--max-nesting', 'deep');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('recolte: --max-nesting takes a whole number of at least 1 (got "deep")\n');
  });
});

describe('archives past their bounds', () => {
  it('refuses a .docx whose text inflates a thousand times its size, and reads the good file (exit 1)', async () => {
    const file = await build('docxBomb', 2e6);
    const run = parse(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^bomb\.docx: error: Refused, nothing of it read: part "word\/document\.xml" declares 1\.9 MB from \d+ KB compressed, \d+ times its size \(limit 200\)\. A document this large is most likely broken or hostile; if it is genuine, raise the bound with limits\.archiveRatio in the config \(archive-too-large\)$/m,
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('refuses an .odt and an .ods past --max-archive-mb', async () => {
    const odt = await build('odtBomb', 3e6);
    const ods = await build('odsBomb', 3e6);
    const run = recolte(['parse', odt, ods, 'good.md', '--max-archive-mb', '2'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bomb.odt: error: Refused, nothing of it read: part "content.xml" declares 2.9 MB once inflated, over the limit of 2 MB per part.');
    expect(run.stderr).toContain('bomb.ods: error: Refused, nothing of it read: part "content.xml" declares 2.9 MB once inflated, over the limit of 2 MB per part.');
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('refuses a workbook declaring 1,048,576 × 16,384 cells, and one of 300 sheets', async () => {
    const dimension = await build('xlsxHugeDimension');
    const sheets = await build('xlsxManySheets', 300);
    const run = recolte(['parse', dimension, sheets, 'good.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'dimension.xlsx: error: Refused, nothing of it read: a sheet spans 1,048,576 rows × 16,384 columns, over the limit of 20,000,000 cells; save the used range on its own (or as .csv), or raise limits.workbookCells in the config (workbook-too-large)\n',
    );
    expect(run.stderr).toContain(
      'sheets.xlsx: error: Refused, nothing of it read: 300 sheets, over the limit of 256; save the sheet that holds the contributions on its own, or raise limits.workbookSheets in the config (workbook-too-large)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('warns once of the sheets it does not read, however many', async () => {
    const file = await build('xlsxManySheets', 5);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('sheets.xlsx: warning: 4 other sheets are not read ("Feuil2", "Feuil3", "Feuil4"…): only the first sheet with data ("Feuil1") is; save the others on their own (sheet-skipped)\n');
  });

  it('refuses a PDF of more pages than --max-pdf-pages, or the config allows', async () => {
    const file = await build('manyPagesPdf', 12);
    const run = parse(file, '--max-pdf-pages', '10');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pages.pdf: error: Refused, nothing of it read: 12 pages, over the limit of 10; split it into smaller PDFs, or raise the bound with --max-pdf-pages (pdf-too-many-pages)\n');
    expect(goodRecords(run)).toEqual(GOOD);
    writeFileSync(path.join(dir, 'recolte.config.json'), '{"limits": {"pdfPages": 11}}\n');
    try {
      expect(parse(file).stderr).toContain('pages.pdf: error: Refused, nothing of it read: 12 pages, over the limit of 11;');
      expect(parse(file, '--max-pdf-pages', '12').code).toBe(0);
    } finally {
      writeFileSync(path.join(dir, 'recolte.config.json'), '{}\n');
    }
  });
});

describe('lines and cells past their bound', () => {
  it('leaves a line of 2,000 "[" out of the reading with a warning (exit 0)', async () => {
    const file = await build('longBrackets', 2_000);
    const run = parse(file, '--max-line-length', '1000');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'brackets.md:1:1: warning: Line of more than 1,000 characters: not read for contributions (accounted as unclassified); split it into paragraphs, or raise the bound with --max-line-length (line-too-long)\n',
    );
    expect(run.stderr).toContain('brackets.md: article, 0 records; lines: 0 record, 0 heading, 0 prose, 0 chrome, 1 unclassified\n');
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('reads a line of "a a a" under the bound as usual, and over it not', async () => {
    const file = await build('longWords', 2_000);
    expect(parse(file).stderr).not.toContain('line-too-long');
    expect(parse(file, '--max-line-length', '1000').stderr).toContain('long-words.md:1:1: warning: Line of more than 1,000 characters');
  });

  it('leaves a row whose cell is over the bound unread, with a warning', async () => {
    const file = await build('csvLongCell', 5_000);
    const run = parse(file, '--max-line-length', '1000');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'long-cell.csv:2:1: warning: Cell of more than 1,000 characters in column 1: row not read (accounted as unclassified); split the cell, or raise the bound with --max-line-length (line-too-long)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });
});

describe('markup too dense to afford', () => {
  it('leaves the tags of a page past 50,000 elements out, and reads its text', async () => {
    const file = await build('htmlManyElements', 60_000);
    const run = parse(file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'elements.html:5:1: warning: More than 50,000 elements: the tags from here on are left out, their text read as it is; check the page, it is most likely broken (elements-capped)\n',
    );
    expect(run.stderr).toContain('elements.html: synthesis, 1 record (1 proposal)');
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('leaves lines made mostly of brackets out of the reading, and definitions past 1,000', async () => {
    const brackets = await build('bracketLines', 20);
    const definitions = await build('linkDefinitions', 1_200);
    const run = recolte(['parse', brackets, definitions, 'good.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'bracket-lines.md:1:1: warning: Line made mostly of brackets and backslashes: not read for contributions (accounted as unclassified), as no sentence is written so; check it (line-unreadable)\n',
    );
    expect(run.stderr).toContain('bracket-lines.md:11:1: warning: 15 more lines made mostly of brackets and backslashes not read for contributions (line-unreadable)\n');
    expect(run.stderr).toContain(
      'definitions.md:1005:1: warning: More than 1,000 link or footnote definitions ("[label]: address"): this one and the next are not read (accounted as unclassified) (definitions-capped)\n',
    );
    expect(run.stderr).toContain('definitions.md:1006:1: warning: 199 more definitions not read (definitions-capped)\n');
    expect(goodRecords(run)).toEqual(GOOD);
  });
});

describe('the other hostile inputs of the bench', () => {
  // [generator, size, flags, exit code, a line of stderr (or its start) that names the file]
  const cases: [keyof typeof inputs, number[], string[], number, string][] = [
    ['longWord', [2_000], ['--max-line-length', '1000'], 0, 'long-word.md:1:1: warning: Line of more than 1,000 characters: not read for contributions'],
    ['longStars', [2_000], ['--max-line-length', '1000'], 0, 'stars.md:1:1: warning: Line of more than 1,000 characters: not read for contributions'],
    ['markdownWideTable', [500], ['--max-line-length', '1000'], 0, 'wide-table.md:3:1: warning: Line of more than 1,000 characters: not read for contributions'],
    ['csvWideRow', [10_000], [], 0, 'columns.csv: spreadsheet, 1 record (1 proposal); lines: 1 record, 1 heading, 0 prose, 0 chrome, 0 unclassified'],
    ['htmlLongAttribute', [200_000], [], 0, 'long-attribute.html: synthesis, 1 record (1 proposal)'],
    ['yamlAliasBomb', [9], [], 0, 'yaml-aliases.md:12:1: warning: Front matter "titre" should be a single value; ignored (front-matter-invalid)'],
    ['yamlNestedSequences', [100_000], [], 1, 'yaml-nested.md:2:793: error: Invalid front matter: nested too deeply to read; the document is read without it'],
    ['pdfManyItems', [5_000], [], 0, 'items.pdf: '],
    ['docxNestedTables', [5_000], [], 1, 'nested-tables.docx: error: Not a readable Word file (its tables or lists are nested too deeply); skipped: open it in Word or LibreOffice and save it again as .docx (docx-invalid)'],
  ];
  for (const [generator, size, flags, code, line] of cases) {
    it(`${generator}: exit ${code}, "${line.slice(0, 60)}…", and the good file's records`, async () => {
      const run = parse(await build(generator, ...size), ...flags);
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(line);
      expect(goodRecords(run)).toEqual(GOOD);
    });
  }
});

describe('a document that fails', () => {
  it('is that document\'s error when it needs more memory than it may use; the others are read (exit 1)', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => `- Créer une maison de santé numéro ${i} à Bar-le-Duc\n`).join('');
    writeFileSync(path.join(dir, 'many.md'), `# Propositions\n\n${items}`);
    const run = parse('many.md', '--max-memory-mb', '64');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'many.md: error: Could not be read: it needs more memory than the 64 MB a document may use; skipped, the other documents are read: split it into smaller documents, or raise the bound with --max-memory-mb (config limits.memoryMb) (document-failed)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('is that document\'s error when it takes longer than it may; the others are read (exit 1)', () => {
    const items = Array.from({ length: 60_000 }, (_, i) => `- Créer une maison de santé numéro ${i} à Bar-le-Duc\n`).join('');
    writeFileSync(path.join(dir, 'long.md'), `# Propositions\n\n${items}`);
    const run = parse('long.md', '--max-seconds', '2');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'long.md: error: Could not be read: it takes more than the 2 s a document may take; skipped, the other documents are read: split it into smaller documents, or raise the bound with --max-seconds (config limits.seconds) (document-failed)\n',
    );
    expect(goodRecords(run)).toEqual(GOOD);
  });

  it('is named in the synthesis\'s "À vérifier", whose outputs are all written', () => {
    const run = recolte(['synthesize', 'many.md', 'good.md', '--max-memory-mb', '64', '-o', 'out', '--force'], { cwd: dir });
    expect(run.code).toBe(1);
    const synthesis = readFileSync(path.join(dir, 'out', 'synthese.md'), 'utf8');
    // The reason (memory) is on stderr, in English; the synthesis says it in French, without it.
    expect(synthesis).toContain('- **many.md** — 1 document illisible, non lu\n  - document illisible, non lu\n');
    expect(readFileSync(path.join(dir, 'out', 'records.ndjson'), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
