/** Document tree: Markdown and plain text both become an mdast tree with positions. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Indented code is switched off: text pasted from web pages and slides is often indented
 * by four spaces (seed 004), and it is content, never code.
 */
function withoutIndentedCode(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutIndentedCode).freeze();

/** Parses text into an mdast tree. */
export function toTree(text: string): Root {
  return processor.parse(text);
}
