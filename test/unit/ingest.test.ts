import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/document.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { parseText } from '../helpers/parse.js';

describe('decode', () => {
  it('reads UTF-8 with and without BOM, and turns CRLF and CR into LF', () => {
    expect(decode(Buffer.from('\ufeffÉcueils\r\nLeviers\rFin', 'utf8'))).toEqual({ text: 'Écueils\nLeviers\nFin', encoding: 'utf-8', invalidUtf8Line: null });
  });
  it('reads UTF-16 LE and BE with their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Santé', 'utf16le')]);
    expect(decode(le).text).toBe('Santé');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Santé');
  });
  it('reads invalid UTF-8 as Windows-1252 and says on which line the first bad byte stands', () => {
    const bytes = Buffer.concat([Buffer.from('ligne 1\nligne 2\n'), Buffer.from([0x50, 0xe9, 0x72, 0x69, 0x6c])]);
    expect(decode(bytes)).toEqual({ text: 'ligne 1\nligne 2\nPéril', encoding: 'windows-1252', invalidUtf8Line: 3 });
  });
  it('tells ISO-8859-15 from Windows-1252: œ and € sit on different bytes', () => {
    // ISO-8859-15: "cœur", "10 €" (0xBD, 0xA4), no byte in 0x80–0x9F.
    expect(decode(Buffer.from([0x63, 0xbd, 0x75, 0x72, 0x20, 0x31, 0x30, 0x20, 0xa4]))).toMatchObject({ text: 'cœur 10 €', encoding: 'iso-8859-15' });
    // Windows-1252: "l’œuvre" (0x92, 0x9C), and ½ between digits stays ½.
    expect(decode(Buffer.from([0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65]))).toMatchObject({ text: 'l’œuvre', encoding: 'windows-1252' });
    expect(decode(Buffer.from([0x31, 0xbd, 0x20, 0x68, 0x65, 0x75, 0x72, 0x65, 0x20, 0xe9]))).toMatchObject({ text: '1½ heure é', encoding: 'windows-1252' });
  });
  it('refuses binary files', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toThrow('it contains NUL bytes, as images, archives and binary office files do');
  });
});

describe('ingest', () => {
  it('warns, with the line, when a file is not UTF-8', () => {
    const { diagnostics } = ingest('notes.txt', Buffer.concat([Buffer.from('a\n'), Buffer.from([0xe9])]));
    expect(diagnostics).toEqual([
      { file: 'notes.txt', line: 2, column: 1, severity: 'warning', rule: 'encoding-invalid', message: 'Not valid UTF-8: read as Windows-1252; check the accents, or save the file as UTF-8' },
    ]);
  });
  it('reports a binary file as an error and gives no source', () => {
    const { source, diagnostics } = ingest('photo.txt', Buffer.from([0xff, 0xd8, 0x00, 0x10]));
    expect(source).toBeNull();
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'binary-file', message: 'Not a text file: it contains NUL bytes, as images, archives and binary office files do; skipped. Save it as text (.md, .txt, .csv), or under the extension of its format (.docx, .odt, .pdf, .xlsx, .ods)' });
  });
  it('blanks front-matter lines so that record lines stay those of the file', () => {
    const { source } = ingest('a.md', Buffer.from('---\ntitre: Atelier\n---\n# Leviers\n- Un levier\n'));
    expect(source!.text).toBe('\n\n\n# Leviers\n- Un levier\n');
    expect(source!.frontMatterLines).toBe(3);
  });
});

describe('front matter', () => {
  it('keeps INSEE codes and dates as strings (01015 is not 525, 2A is not a number)', () => {
    const { data, lineCount, diagnostics } = readFrontMatter('a.md', '---\ntitle: Atelier\ncommune: 01015\ndate: 2025-06-17\nparticipants: 12\n---\nbody\n');
    expect(diagnostics).toEqual([]);
    expect(lineCount).toBe(6);
    expect(data).toEqual({
      title: { value: 'Atelier', line: 2 },
      date: { value: '2025-06-17', line: 4 },
      participants: { value: '12', line: 5 },
      territory: { key: 'commune', value: '01015', line: 3 },
      places: [],
    });
  });
  it('accepts French keys with accents', () => {
    const { data } = readFrontMatter('a.md', '---\ntitre: Atelier\ndépartement: 2A\n---\n');
    expect(data.title?.value).toBe('Atelier');
    expect(data.territory).toEqual({ key: 'departement', value: '2A', line: 3 });
  });
  it('never runs JavaScript front matter, and says so', () => {
    const marker = `/tmp/recolte-front-matter-${process.pid}`;
    const text = `---js\n{ title: require('fs').writeFileSync('${marker}', 'ran') }\n---\n# Leviers\n- Un levier\n`;
    const { data, lineCount, diagnostics } = readFrontMatter('evil.md', text);
    expect(existsSync(marker)).toBe(false);
    expect(lineCount).toBe(3);
    expect(data.title).toBeNull();
    expect(diagnostics).toEqual([
      { file: 'evil.md', line: 1, column: 1, severity: 'error', rule: 'front-matter-language', message: 'Front matter in "js" is code and was not run: recolte reads YAML front matter only; write it as YAML (key: value)' },
    ]);
    for (const language of ['javascript', 'coffee', 'coffeescript']) {
      expect(readFrontMatter('evil.md', text.replace('---js', `---${language}`)).diagnostics[0]?.rule).toBe('front-matter-language');
    }
    expect(existsSync(marker)).toBe(false);
  });
  it('reports invalid YAML at its line in the file', () => {
    const { diagnostics } = readFrontMatter('a.md', '---\ntitle: Atelier\nbad: [unclosed\n---\nbody\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'a.md', line: 3, severity: 'error', rule: 'front-matter-invalid' });
    expect(diagnostics[0]!.message).toMatch(/^Invalid front matter: /);
  });
  it('takes a document opening with --- and never closing it as content, not as front matter', () => {
    expect(readFrontMatter('a.md', '---\nLeviers\n- un\n').lineCount).toBe(0);
  });
  it('ignores prototype-polluting keys', () => {
    const { data } = readFrontMatter('a.md', '---\n__proto__: x\nconstructor: y\ntitle: ok\n---\n');
    expect(data.title?.value).toBe('ok');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('front matter in a parsed document', () => {
  it('sets the territory, date and title of every record', () => {
    const result = parseText('meuse.md', '---\ntitre: Atelier santé\ndepartement: 55\ndate: 12 mars 2024\n---\n## Propositions\n- Créer une maison de santé\n');
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      kind: 'proposal',
      text: 'Créer une maison de santé',
      territory: { level: 'departement', code: '55', name: 'Meuse' },
      source: { file: 'meuse.md', line: 7, column: 1, endLine: 7 },
      document: { title: 'Atelier santé', date: '2024-03-12', participants: null },
    });
    expect(result.lines).toEqual({ nonBlank: 7, record: 1, heading: 1, prose: 0, chrome: 5, unclassified: 0 });
  });
  it('warns about a territory that names nothing, and guesses nothing', () => {
    const result = parseText('x.md', '---\nterritoire: Atlantide\n---\n## Propositions\n- Créer\n');
    expect(result.records[0]!.territory).toBeNull();
    expect(result.diagnostics).toEqual([
      { file: 'x.md', line: 2, column: 1, severity: 'warning', rule: 'territory-unknown', message: 'Territory "Atlantide" matches no commune, département or région; check its spelling, or give its INSEE code (55, 2A, 55502)' },
    ]);
  });
});

describe('front matter edge cases', () => {
  it('takes an empty block as front matter with nothing in it', () => {
    expect(readFrontMatter('a.md', '---\n---\n# Titre\n')).toEqual({
      data: { title: null, date: null, participants: null, territory: null, places: [] },
      lineCount: 2,
      diagnostics: [],
    });
  });
});
