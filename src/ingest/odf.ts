/**
 * OpenDocument text (.odt, what LibreOffice writes) into the Markdown the parser reads. The
 * file is a zip (read with fflate); its content.xml is parsed with xast-util-from-xml, and its
 * headings, paragraphs, lists and tables become the HTML elements the Word and HTML paths
 * use. Each block is numbered, so records point to their paragraph.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { unzipSync } from 'fflate';
import type { Element as XmlElement, Nodes as XmlNodes, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { hastToMarkdown, type ConvertedText } from './html.js';
import { DEFAULT_LIMITS, elementDepth, type Limits } from '../limits.js';

/** The Markdown of an .odt file's text, with the paragraph of each line. */
export function odtToMarkdown(bytes: Uint8Array, limits: Pick<Limits, 'nestingDepth'> = DEFAULT_LIMITS): ConvertedText {
  const xml = odfContent(bytes);
  // The conversion below recurses over the document's structure, which is bounded first, as a
  // web page's is: its own wrappers (document, body, text) and a list's items each take a level.
  const capped = capXmlDepth(xml, elementDepth(limits));
  const styles = styleMeanings(xml);
  let block = 0;
  const position = () => ({ start: { line: ++block, column: 1 }, end: { line: block, column: 1 } });
  const text = (node: XmlNodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    if (node.name === 'text:s') return ' ';
    if (node.name === 'text:tab' || node.name === 'text:line-break') return ' ';
    return node.children.map(text).join('');
  };
  // A cell's paragraphs stay paragraphs, its line breaks breaks: the column's name is what stands before one.
  const inline = (node: XmlNodes): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type !== 'element') return [];
    if (node.name === 'text:line-break') return [element('br', [])];
    if (node.name === 'text:s' || node.name === 'text:tab') return [{ type: 'text', value: ' ' }];
    return node.children.flatMap(inline);
  };
  // A list in a cell (a SWOT matrix's "Forces" and its points) gives one paragraph per item.
  const cellParagraphs = (node: XmlElement): Element[] =>
    node.name === 'text:list' || node.name === 'text:list-item' ? node.children.filter(isElement).flatMap(cellParagraphs) : [element('p', inline(node))];
  const cell = (node: XmlElement, tag: 'td' | 'th'): Element => element(tag, node.children.filter(isElement).flatMap(cellParagraphs));
  const convert = (node: XmlElement, header = false): ElementContent[] => {
    const style = String(node.attributes['text:style-name'] ?? '');
    switch (node.name) {
      case 'text:h': {
        const level = Number(node.attributes['text:outline-level'] ?? 1);
        return [element(`h${Math.min(Math.max(level, 1), 6)}`, [{ type: 'text', value: text(node) }], position())];
      }
      case 'text:p': {
        const level = styles.headings.get(style);
        return [element(level ? `h${level}` : 'p', [{ type: 'text', value: text(node) }], position())];
      }
      case 'text:list':
        return [element(styles.ordered.has(style) ? 'ol' : 'ul', node.children.filter(isElement).flatMap((child) => convert(child)))];
      case 'text:list-item': {
        const at = position();
        // The item's own paragraphs are its text; a list inside it is nested, with its own numbers.
        const inner = node.children.filter(isElement).flatMap((child): ElementContent[] => (child.name === 'text:p' ? [{ type: 'text', value: text(child) }] : convert(child)));
        return [element('li', inner, at)];
      }
      case 'table:table':
        return [element('table', node.children.filter(isElement).flatMap((child) => convert(child)))];
      case 'table:table-row':
        return [element('tr', node.children.filter(isElement).filter((c) => c.name === 'table:table-cell' || c.name === 'table:covered-table-cell').map((c) => cell(c, header ? 'th' : 'td')), position())];
      case 'table:table-header-rows':
        return node.children.filter(isElement).flatMap((child) => convert(child, true));
      case 'table:table-rows':
      case 'text:section':
        return node.children.filter(isElement).flatMap((child) => convert(child));
      default:
        return [];
    }
  };
  const body = find(xml, 'office:text');
  const root: HastRoot = { type: 'root', children: body ? body.children.filter(isElement).flatMap((child) => convert(child)) : [] };
  const converted = hastToMarkdown(root);
  return capped ? { ...converted, cappedAt: 1 } : converted;
}

/**
 * Replaces what each element at `depth` holds by its text, without recursion (a list item past
 * the depth keeps its words, not its structure); true when it had to.
 */
export function capXmlDepth(root: XmlRoot, depth: number): boolean {
  let capped = false;
  const stack: [XmlRoot | XmlElement, number][] = [[root, 0]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    if (level < depth) {
      for (const child of node.children) if (child.type === 'element') stack.push([child, level + 1]);
      continue;
    }
    if (!node.children.some((child) => child.type === 'element')) continue;
    capped = true;
    const parts: string[] = [];
    const pending: XmlNodes[] = [...node.children].reverse();
    while (pending.length) {
      const next = pending.pop()!;
      if (next.type === 'text') parts.push(next.value);
      else if (next.type === 'element') {
        if (next.name === 'text:p' || next.name === 'text:h') parts.push(' ');
        for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
      }
    }
    node.children = [{ type: 'text', value: parts.join('').replace(/\s+/g, ' ').trim() }];
  }
  return capped;
}

/** The parsed content.xml of an OpenDocument file (text or spreadsheet). */
export function odfContent(bytes: Uint8Array): XmlRoot {
  const content = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' })['content.xml'];
  if (!content) throw new Error('no content.xml: not an OpenDocument file');
  return fromXml(new TextDecoder().decode(content));
}

function element(tagName: string, children: ElementContent[], position?: Element['position']): Element {
  return { type: 'element', tagName, properties: {}, children, ...(position && { position }) };
}

const isElement = (node: XmlNodes): node is XmlElement => node.type === 'element';

function find(node: XmlNodes, name: string): XmlElement | null {
  if (node.type === 'element' && node.name === name) return node;
  if (!('children' in node)) return null;
  for (const child of node.children) {
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}

/**
 * What the automatic styles say: paragraph styles that are headings (they derive from
 * "Heading_20_N" or "Title"), and list styles that number their items.
 */
function styleMeanings(xml: XmlNodes): { headings: Map<string, number>; ordered: Set<string> } {
  const headings = new Map<string, number>();
  const ordered = new Set<string>();
  const visit = (node: XmlNodes): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const name = String(node.attributes['style:name'] ?? '');
      const parent = String(node.attributes['style:parent-style-name'] ?? '');
      const heading = /^Heading_20_(\d)$/.exec(name) ?? /^Heading_20_(\d)$/.exec(parent);
      if (node.name === 'style:style' && heading) headings.set(name, Number(heading[1]));
      if (node.name === 'style:style' && (name === 'Title' || parent === 'Title')) headings.set(name, 1);
      if (node.name === 'text:list-style' && node.children.some((c) => c.type === 'element' && c.name === 'text:list-level-style-number')) ordered.add(name);
    }
    node.children.forEach(visit);
  };
  visit(xml);
  // Named styles used directly ("Heading_20_2" on a text:p) are headings too.
  for (let level = 1; level <= 6; level++) headings.set(`Heading_20_${level}`, level);
  headings.set('Title', 1);
  return { headings, ordered };
}
