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

/**
 * GFM without its literal autolinks. A bare "www.…" or "https://…" gives the same text either
 * way, but the autolink construct makes every letter a possible start of a link, which splits
 * text into one token per word and made micromark merge them with a splice each: a 9 KB
 * paragraph of plain text took 20 ms instead of 2 (bench/). Indented code is switched off too:
 * text pasted from web pages and slides is often indented by four spaces (seed 004), and it is
 * content, never code.
 */
function gfmForContributions(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), { disable: { null: ['codeIndented'] } });
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmForContributions).freeze();

/** Parses text into an mdast tree. */
export function toTree(text: string): Root {
  return processor.parse(text);
}
