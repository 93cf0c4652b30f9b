/** Document tree: Markdown and plain text both become an mdast tree with positions. */
import type { Root } from 'mdast';
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

/** Parses text into an mdast tree. */
export function toTree(text: string): Root {
  const constructs: Constructs = { table: text.includes('|'), strike: text.includes('~'), bracket: text.includes('[') };
  const key = `${+constructs.table}${+constructs.strike}${+constructs.bracket}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = unified().use(remarkParse).use(gfmFor(constructs)).freeze() as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor.parse(text);
}
