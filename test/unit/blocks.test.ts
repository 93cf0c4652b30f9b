import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/parse/blocks.js';
import { toTree } from '../../src/parse/tree.js';

describe('splitBlocks', () => {
  it('cuts before a line at the margin after a blank line, never before a list item or an indented line', () => {
    const text = '# Un\n\n- a\n\n- b\n\n  suite\n\nTexte\n\n## Deux\n';
    expect(splitBlocks(text, 1).map((p) => [p.line, p.offset, p.text])).toEqual([
      [0, 0, '# Un\n\n- a\n\n- b\n\n  suite\n\n'],
      [8, 25, 'Texte\n\n'],
      [10, 32, '## Deux\n'],
    ]);
  });

  it('makes parts of at least the given length', () => {
    const text = Array.from({ length: 100 }, (_, i) => `Ligne ${i}\n`).join('\n');
    const parts = splitBlocks(text, 100);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.text.length >= 100)).toBe(true);
    expect(parts.map((p) => p.text.length)).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 89]);
  });
});

describe('toTree in parts', () => {
  const plain = (text: string, partLength: number): unknown => {
    const tree = toTree(text, partLength);
    delete tree.position;
    return tree;
  };

  it('keeps a fenced code block that holds blank lines in one piece', () => {
    const text = '# Titre\n\n```\ncode\n\nPas un titre\n\nToujours du code\n```\n\nAprès\n';
    expect(plain(text, 1)).toEqual(plain(text, Infinity));
    expect(toTree(text, 1).children.map((c) => [c.type, c.position?.start.line])).toEqual([
      ['heading', 1],
      ['code', 3],
      ['paragraph', 11],
    ]);
  });

  it('resolves a reference to a link or a footnote defined in another part', () => {
    const text = 'Voir [ARS] et la note[^1].\n\nSuite\n\n[ars]: https://www.ars.sante.fr\n\n[^1]: Une note.\n';
    expect(plain(text, 1)).toEqual(plain(text, Infinity));
    const [paragraph] = toTree(text, 1).children;
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual(['text', 'linkReference', 'text', 'footnoteReference', 'text']);
  });
});
