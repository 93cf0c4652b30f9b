/** Document tree: Markdown and plain text both become an mdast tree with positions. */
import type { Nodes, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { PART_LENGTH, splitBlocks, type Part } from './blocks.js';

/** The GFM constructs a document may hold, told by the one character each cannot do without. */
interface Constructs {
  /** Tables need a pipe; the table construct is otherwise tried at the start of every line. */
  table: boolean;
  /** Strikethrough needs a tilde. */
  strike: boolean;
  /** Footnotes ("[^1]") and task list items ("[ ]") need a bracket. */
  bracket: boolean;
}

/**
 * GFM without its literal autolinks. A bare "www.…" or "https://…" gives the same text either
 * way, but the autolink construct makes every letter a possible start of a link, which splits
 * text into one token per word and made micromark merge them with a splice each: a 9 KB
 * paragraph of plain text took 20 ms instead of 2 (bench/). Indented code is switched off too:
 * text pasted from web pages and slides is often indented by four spaces (seed 004), and it is
 * content, never code. Constructs a document cannot hold are left out: the tree is the same,
 * and plain text parses about a third faster without the table construct.
 */
function gfmFor(constructs: Constructs): (this: Processor) => void {
  return function gfmForContributions(this: Processor): void {
    const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    const syntax: unknown[] = [{ disable: { null: ['codeIndented'] } }];
    const trees: unknown[] = [];
    // In GFM's own order, so that constructs starting on the same character are tried as always.
    if (constructs.bracket) syntax.push(gfmFootnote()), trees.push(gfmFootnoteFromMarkdown());
    if (constructs.strike) syntax.push(gfmStrikethrough()), trees.push(gfmStrikethroughFromMarkdown());
    if (constructs.table) syntax.push(gfmTable()), trees.push(gfmTableFromMarkdown());
    if (constructs.bracket) syntax.push(gfmTaskListItem()), trees.push(gfmTaskListItemFromMarkdown());
    (data.micromarkExtensions ??= []).push(...syntax);
    (data.fromMarkdownExtensions ??= []).push(...trees);
  };
}

const processors = new Map<string, Processor<Root>>();

/**
 * Parses text into an mdast tree; a long text part by part (see blocks.ts), into the tree the
 * whole text gives. `partLength` is for tests.
 */
export function toTree(text: string, partLength = PART_LENGTH): Root {
  const root: Root = { type: 'root', children: [] };
  for (const tree of toTrees(text, partLength)) {
    for (const child of tree.children) root.children.push(child);
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: tree.position!.end };
  }
  return root;
}

/**
 * The trees of a text's parts, in order, with the positions of the whole text: together, the
 * children of the tree the whole text gives. One at a time, so that a long document's trees
 * need not all be held at once, unless it has definitions (below).
 */
export function* toTrees(text: string, partLength = PART_LENGTH): Generator<Root> {
  if (text.length < 2 * partLength) {
    yield parseWhole(text);
    return;
  }
  const parsed = parseParts(splitBlocks(text, partLength), partLength);
  if (!text.includes(']:')) {
    for (const { part, tree } of parsed) yield shifted(tree, part.line, part.offset);
    return;
  }
  // Definitions hold for the whole document: parts that may refer to one are parsed again
  // with them all. Their own names are enough, as a reference keeps no address.
  const all = [...parsed];
  const definitions = [...new Set(all.flatMap(({ tree }) => definitionsIn(tree)))];
  const prefix = definitions.length ? `${definitions.join('')}<!---->\n\n` : '';
  const prefixLines = 2 * definitions.length + 2;
  for (const { part, tree } of all) {
    if (!prefix || !part.text.includes('[')) {
      yield shifted(tree, part.line, part.offset);
      continue;
    }
    const again = parseWhole(prefix + part.text);
    // The definitions read before the part are not the part's own.
    again.children = again.children.filter((child) => (child.position?.start.line ?? 0) > prefixLines);
    yield shifted(again, part.line - prefixLines, part.offset - prefix.length);
  }
}

/**
 * Parses each part, joined to the next while it ends in fenced code or raw HTML, which may run
 * on past the cut. After eight parts' length of that, the rest is parsed as one.
 */
function* parseParts(parts: readonly Part[], partLength: number): Generator<{ part: Part; tree: Root }> {
  let pending: Part | null = null;
  for (const [index, next] of parts.entries()) {
    const part: Part = pending ? { ...pending, text: pending.text + next.text } : next;
    const last = index === parts.length - 1;
    if (!last && part.text.length > 8 * partLength) {
      const text = part.text + parts.slice(index + 1).map((p) => p.text).join('');
      yield { part: { ...part, text }, tree: parseWhole(text) };
      return;
    }
    const tree = parseWhole(part.text);
    const end = tree.children.at(-1)?.type;
    pending = !last && (end === 'code' || end === 'html') ? part : null;
    if (!pending) yield { part, tree };
  }
}

/** The link and footnote definitions in a tree, each as one line (a name may span lines) to define its name again. */
function definitionsIn(node: Nodes): string[] {
  if (node.type === 'definition') return [`[${(node.label ?? node.identifier).replace(/\s+/g, ' ')}]: #\n\n`];
  if (node.type === 'footnoteDefinition') return [`[^${(node.label ?? node.identifier).replace(/\s+/g, ' ')}]: #\n\n`];
  return 'children' in node ? node.children.flatMap((child) => definitionsIn(child)) : [];
}

/** The tree, moved down by `lines` lines and `offset` characters. */
function shifted(tree: Root, lines: number, offset: number): Root {
  shift(tree, lines, offset);
  return tree;
}

/** Moves a node and all it holds down by `lines` lines and `offset` characters. */
function shift(node: Nodes, lines: number, offset: number): void {
  const { position } = node;
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

function parseWhole(text: string): Root {
  const constructs: Constructs = { table: text.includes('|'), strike: text.includes('~'), bracket: text.includes('[') };
  const key = `${+constructs.table}${+constructs.strike}${+constructs.bracket}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = unified().use(remarkParse).use(gfmFor(constructs)).freeze() as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor.parse(text);
}
