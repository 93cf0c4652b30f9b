/** The bounds on one document's cost (issue 14): nesting, long lines, archives, workbooks. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkArchive, zipEntries } from '../../src/ingest/archive.js';
import { boundText } from '../../src/ingest/bounds.js';
import { boundHtml } from '../../src/ingest/html-bounds.js';
import { capXmlDepth } from '../../src/ingest/odf.js';
import { DEFAULT_LIMITS, limitsWith, memoryFor } from '../../src/limits.js';
import { fromXml } from 'xast-util-from-xml';

const limits = { nestingDepth: 3, lineLength: 50 };

describe('boundText', () => {
  it('keeps a text within its bounds as it is', () => {
    const text = '# Propositions\n\n- a\n  - b\n    - c\n> > cité\n';
    expect(boundText('a.md', text, limits)).toEqual({ text, unreadLines: [], diagnostics: [] });
  });

  it('keeps at most the bound of markers at the start of a line', () => {
    const bounded = boundText('a.md', 'intro\n> > > > > texte\n- - - - élément\n', limits);
    expect(bounded.text).toBe('intro\n> > > texte\n- - - élément\n');
    expect(bounded.diagnostics).toEqual([
      {
        file: 'a.md',
        line: 2,
        column: 1,
        severity: 'warning',
        rule: 'nesting-capped',
        message: 'Lists or quotes nested more than 3 levels deep: the deeper levels are read as level 3 (first here); check these lines, or raise the bound with --max-nesting',
      },
    ]);
  });

  it('moves a list item nested past the bound up beside the deepest one kept, and its text with it', () => {
    const text = ['- un', '  - deux', '    - trois', '      - quatre', '        - cinq', '          suite de cinq', '- six'].join('\n');
    const bounded = boundText('a.md', text, limits);
    expect(bounded.text.split('\n')).toEqual(['- un', '  - deux', '    - trois', '    - quatre', '    - cinq', '      suite de cinq', '- six']);
    expect(bounded.diagnostics.map((d) => [d.rule, d.line])).toEqual([['nesting-capped', 4]]);
  });

  it('takes a line past the length bound out of the text, keeping every line in its place', () => {
    const long = `Proposition : ${'mot '.repeat(20)}`;
    const bounded = boundText('a.md', `# Titre\n${long}\nfin\n`, limits);
    expect(bounded.text).toBe('# Titre\n\nfin\n');
    expect(bounded.unreadLines).toEqual([2]);
    expect(bounded.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['line-too-long', 2, 'Line of more than 50 characters: not read for contributions (accounted as unclassified); split it into paragraphs, or raise the bound with --max-line-length'],
    ]);
  });

  it('warns of the first five long lines one by one, and of the others at once', () => {
    const bounded = boundText('a.md', Array.from({ length: 8 }, () => 'x'.repeat(60)).join('\n'), limits);
    expect(bounded.diagnostics.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bounded.diagnostics.at(-1)!.message).toBe('3 more lines of more than 50 characters not read for contributions');
  });

  it('leaves out a line made mostly of brackets and backslashes, not one that holds a few', () => {
    const text = ['['.repeat(20), '\\'.repeat(20), 'Voir [le rapport] et [la note] [^1] ici', '- [ ] tâche à faire'].join('\n');
    const bounded = boundText('a.md', text, { nestingDepth: 32, lineLength: 100_000 });
    expect(bounded.unreadLines).toEqual([1, 2]);
    expect(bounded.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['line-unreadable', 1],
      ['line-unreadable', 2],
    ]);
  });

  it('leaves out the link definitions past the 1,000th, with one warning', () => {
    const text = Array.from({ length: 1_003 }, (_, i) => `[d${i}]: https://exemple.fr/${i}`).join('\n');
    const bounded = boundText('a.md', text, DEFAULT_LIMITS);
    expect(bounded.unreadLines).toEqual([1_001, 1_002, 1_003]);
    expect(bounded.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['definitions-capped', 1_001, 'More than 1,000 link or footnote definitions ("[label]: address"): this one and the next are not read (accounted as unclassified)'],
      ['definitions-capped', 1_002, '2 more definitions not read'],
    ]);
  });

  it('reads 100,000 markers on a line in time linear in their number', () => {
    const bounded = boundText('a.md', `${'> '.repeat(100_000)}texte\n`, { ...DEFAULT_LIMITS, lineLength: 1_000_000 });
    expect(bounded.text).toBe(`${'> '.repeat(32)}texte\n`);
  });
});

describe('boundHtml', () => {
  it('leaves out start tags nested past the bound, with their end tags, and keeps the text', () => {
    const html = '<div><div><div><div><div>texte</div></div></div></div></div><p>après</p>';
    expect(boundHtml(html, 3)).toEqual({ html: '<div><div><div>texte</div></div></div><p>après</p>', cappedAt: 1, countedAt: null });
  });

  it('does not count elements that close themselves or never nest, nor tags in scripts and comments', () => {
    const html = '<ul><li>a<li>b<li>c</ul><p>un<p>deux<br><img src=x><script>if (a<b) { "<div><div><div><div>" }</script><!-- <div><div><div><div> -->';
    expect(boundHtml(html, 2)).toEqual({ html, cappedAt: null, countedAt: null });
  });

  it('leaves out every tag past the most elements a page may hold, and keeps their text', () => {
    expect(boundHtml('<p>un</p><br><b>deux</b><i>trois</i>', 10, 3)).toEqual({ html: '<p>un</p><br><b>deuxtrois', cappedAt: null, countedAt: 1 });
  });

  it('keeps the line numbers of the page', () => {
    const bounded = boundHtml('<div>\n<div>\n<b\nclass="x">\ntexte</b></div></div>', 2);
    expect(bounded.html).toBe('<div>\n<div>\n\n\ntexte</div></div>');
    expect(bounded.cappedAt).toBe(3);
  });
});

describe('capXmlDepth', () => {
  it('replaces what an element at the depth holds by its text', () => {
    const root = fromXml('<a><b><c><text:p>un</text:p><text:p>deux</text:p></c></b></a>');
    expect(capXmlDepth(root, 2)).toBe(true);
    expect(JSON.stringify(root.children[0])).toContain('"children":[{"type":"text","value":"un deux"}]');
    expect(capXmlDepth(fromXml('<a><b>texte</b></a>'), 2)).toBe(false);
  });
});

describe('checkArchive', () => {
  const archive = { archivePartMb: 1, archiveMb: 2, archiveRatio: 200, archiveParts: 10 };

  it('lets an archive within its bounds through, and what is not a zip', () => {
    expect(checkArchive('a.docx', zipSync({ 'word/document.xml': strToU8('<w:document/>') }), archive)).toBeNull();
    expect(checkArchive('a.docx', strToU8('not a zip'), archive)).toBeNull();
  });

  it('refuses a part that declares more than its bound, or too many parts', () => {
    const big = zipSync({ 'content.xml': strToU8('x'.repeat(1_200_000)) }, { level: 0 });
    expect(checkArchive('a.odt', big, archive)?.message).toBe(
      'Refused, nothing of it read: part "content.xml" declares 1.1 MB once inflated, over the limit of 1 MB per part. A document this large is most likely broken or hostile; if it is genuine, raise the bound with --max-archive-mb',
    );
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, strToU8('<a/>')])));
    expect(checkArchive('a.odt', many, archive)?.message).toContain('the archive holds 11 parts, over the limit of 10');
  });

  it('refuses a part whose data inflates past the size it declares', () => {
    // A zip whose directory says the part is 100 bytes, while its data inflates to 100,000.
    const zip = zipSync({ 'content.xml': strToU8(' '.repeat(100_000)) });
    const entry = zipEntries(zip)![0]!;
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directory = zip.length - 22 - (46 + entry.name.length);
    view.setUint32(directory + 24, 100, true);
    expect(zipEntries(zip)![0]!.size).toBe(100);
    expect(checkArchive('a.odt', zip, archive)?.message).toContain('part "content.xml" inflates to more than the 1 KB it declares');
  });
});

describe('limits', () => {
  it('take the config over the defaults, and the flags over the config', () => {
    expect(limitsWith({ pdfPages: 10, nestingDepth: 8 }, { pdfPages: 20 })).toEqual({ ...DEFAULT_LIMITS, pdfPages: 20, nestingDepth: 8 });
  });

  it('give a document a heap that grows with its size, unless one is set', () => {
    expect(memoryFor(DEFAULT_LIMITS, 0)).toBe(256);
    expect(memoryFor(DEFAULT_LIMITS, 10 * 1_048_576)).toBe(5376);
    expect(memoryFor({ memoryMb: 64 }, 10 * 1_048_576)).toBe(64);
  });
});
