/**
 * HTML pages (and Word files, through their HTML) into the Markdown the parser reads, with a
 * map from each line of that Markdown back to the line of the page it came from. The page's
 * chrome — navigation, header, footer, cookie and share blocks — is dropped, and only the
 * article is kept when the page marks one. Conversion is done by the unified tools
 * (hast-util-from-html, hast-util-to-mdast, mdast-util-to-markdown), block by block.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { VFile } from 'vfile';
import { DEFAULT_LIMITS, elementDepth, type Limits } from '../limits.js';
import { boundHtml } from './html-bounds.js';
import { toMdast } from 'hast-util-to-mdast';
import type { List, Nodes, Root, RootContent, Table } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { fold } from '../text/fold.js';
import { escapeRegExp } from '../text/regexp.js';
import { CONTRIBUTION_COMMENT_HEADINGS, QUOTED_POST_MARKERS } from '../vocabulary/fr.js';

export interface ConvertedText {
  /** Markdown text, one block after another. */
  text: string;
  /** For each line of `text` (index 0 is line 1), the line of the original it comes from. */
  lineMap: number[];
  /** Texts that situate the document without being part of it: a web page's <title>, which names its site. */
  context?: string[];
  /** The original line of the first element nested past `limits.nestingDepth`, whose content was read as text. */
  cappedAt?: number;
  /** The original line of the first tag left out because the page held too many elements (html-bounds.ts). */
  countedAt?: number;
}

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'button', 'iframe', 'svg', 'template', 'dialog']);
/**
 * Class and id names of page furniture, matched as whole parts of a name ("site-footer",
 * "SITE_FOOTER"). Besides the generic ones: WordPress and Jetpack ("entry-meta",
 * "post-navigation", "nav-links", "sharedaddy", "jp-relatedposts", "comment-respond"), Wix
 * ("WIX_ADS"), Drupal ("pager", "tabs--primary", "visually-hidden"), SPIP ("ariane",
 * "pagination"), and the cookie managers of French sites (tarteaucitron, Axeptio, Didomi,
 * Complianz "cmplz", OneTrust, Cookiebot). Tabs and forums in general are kept: consultation
 * sites put contributions in them.
 */
const CHROME_NAMES = new RegExp(
  `(?:^|[\\s_-])(?:${[
    'cookies?', 'consent', 'gdpr', 'rgpd', 'tarteaucitron\\w*', 'axeptio\\w*', 'didomi\\w*', 'cmplz\\w*', 'onetrust\\w*', 'cookiebot\\w*',
    'share', 'sharing', 'sharedaddy', 'partage', 'social', 'addtoany', 'a2a', 'newsletter',
    'breadcrumbs?', 'fil-d-ariane', 'ariane', 'menu', 'navbar', 'navigation', 'nav-links', 'pagination', 'pager', 'tabs--primary', 'tabs-primary',
    'banner', 'bandeau', 'sidebar', 'footer', 'related', 'jp-relatedposts', 'relatedposts',
    'comments?', 'respond', 'skip', 'skip-link', 'print', 'search', 'searchform',
    'entry-meta', 'post-meta', 'article-meta', 'byline', 'author-(?:box|bio|info)', 'reading-time', 'post-views', 'likes?', 'like-button',
    'rating', 'feedback', 'tags', 'tag-links', 'cat-links', 'screen-reader-text', 'sr-only', 'visually-hidden',
    'loader', 'loading', 'spinner', 'skeleton', 'ads', 'wix-ads',
    // Forums (phpBB, vBulletin): the poster's profile box, signature and "back to top" link.
    'postprofile', 'signature', 'back2top',
    // MediaWiki: "[modifier | modifier le code]", footnote calls "[1]", the notes list, the contents box, portals.
    'mw-editsection', 'reference', 'references', 'mw-references-wrap', 'reflist', 'toc', 'navbox', 'catlinks', 'noprint', 'bandeau-portail',
  ].join('|')})(?:$|[\\s_-])`,
  'i',
);

/** The Markdown of an HTML page's content, with its line map. */
export function htmlToMarkdown(html: string, limits: Pick<Limits, 'nestingDepth'> = DEFAULT_LIMITS): ConvertedText {
  const { tree, cappedAt, countedAt } = readHtml(html, elementDepth(limits));
  const capped = (converted: ConvertedText): ConvertedText => ({ ...converted, ...(cappedAt === null ? {} : { cappedAt }), ...(countedAt === null ? {} : { countedAt }) });
  // A post's tags ("Libellés : Chaudes-Aigues, santé") sit in its footer, dropped below; they may name its place.
  const tags = tagLinks(tree);
  const article = articleOf(tree);
  const content = article ?? tree;
  const title = article ? pageTitle(tree) : null;
  // Inside an article, an <aside> is a box of its own (testimonies, a quotation); around it, a sidebar.
  dropChrome(content, article !== null);
  // The page's title names the document (and often its place, after the site's name) when the
  // article kept no <h1>: WordPress puts it in the <header> dropped with the chrome.
  // The <title> also names the site ("… – Mairie d'Étiolles", "… | ARS Occitanie"): where the document stands.
  const titleElement = find(tree, (e) => e.tagName === 'title');
  const context = [
    ...(titleElement ? [textOf(titleElement).replace(/\s+/g, ' ').trim()].filter(Boolean) : []),
    ...(tags.length ? [`Tags : ${tags.join(', ')}`] : []),
  ];
  const situated = (converted: ConvertedText): ConvertedText => capped(context.length ? { ...converted, context } : converted);
  if (article && find(content, (e) => e.tagName === 'h1')) return situated(hastToMarkdown(content));
  const converted = hastToMarkdown(content);
  if (!title) return situated(converted);
  return situated({ text: `# ${title.text}\n\n${converted.text}`, lineMap: [title.line, title.line, ...converted.lineMap] });
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * The page as a hast tree, with elements nested deeper than `depth` unwrapped to their text
 * before the tree is converted: parse5 reads any depth without recursing, but the conversion to
 * hast and every walk of the tree after it recurse, and 100,000 nested <div> overflow the stack.
 */
function readHtml(html: string, depth: number): { tree: HastRoot; cappedAt: number | null; countedAt: number | null } {
  const bounded = boundHtml(html, depth);
  const document = parseHtml(bounded.html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const capped = capDepth(document, depth);
  const cappedAt = bounded.cappedAt === null ? capped : capped === null ? bounded.cappedAt : Math.min(capped, bounded.cappedAt);
  return { tree: fromParse5(document, { file: new VFile(bounded.html) }) as HastRoot, cappedAt, countedAt: bounded.countedAt };
}

/** Replaces the children of each element at `depth` that holds elements by one text node of their text; the line of the first. */
function capDepth(document: Parse5Parent, depth: number): number | null {
  let first: number | null = null;
  const stack: [Parse5Parent, number][] = [[document, 0]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    const children = 'content' in node && node.content ? node.content.childNodes : node.childNodes;
    if (level < depth) {
      for (const child of children) if ('childNodes' in child) stack.push([child as Parse5Parent, level + 1]);
      continue;
    }
    if (!children.some((child) => 'childNodes' in child)) continue;
    const location = children.find((child) => child.sourceCodeLocation)?.sourceCodeLocation ?? null;
    const line = location?.startLine ?? 1;
    first = first === null ? line : Math.min(first, line);
    const text: DefaultTreeAdapterMap['textNode'] = { nodeName: '#text', value: flatText(children), parentNode: node as DefaultTreeAdapterMap['element'], sourceCodeLocation: location };
    children.length = 0;
    children.push(text);
  }
  return first;
}

/** The text of nodes and all they hold, block elements on lines of their own, without recursion. */
function flatText(nodes: readonly Parse5Node[]): string {
  const parts: string[] = [];
  const stack: (Parse5Node | '\n')[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') parts.push('\n');
    else if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    else if ('childNodes' in node && !CHROME_TAGS.has(node.nodeName)) {
      if (!INLINE_TAGS.has(node.nodeName)) stack.push('\n');
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'font']);

/** The texts of the page's tag links (`<a rel="tag">`, the rel-tag microformat of blogs and CMSs). */
function tagLinks(tree: HastRoot): string[] {
  const tags: string[] = [];
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const rel = child.properties?.rel;
      if (child.tagName === 'a' && Array.isArray(rel) && rel.includes('tag')) {
        const text = textOf(child).replace(/\s+/g, ' ').trim();
        if (text && !text.includes(',')) tags.push(text);
      } else visit(child);
    }
  };
  visit(tree);
  return [...new Set(tags)];
}

/** The first element the predicate accepts, in document order. */
function find(node: HastRoot | Element, predicate: (e: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (predicate(child)) return child;
    const found = find(child, predicate);
    if (found) return found;
  }
  return null;
}

/**
 * The page's <title> when it holds its <h1> ("Réunion du CA – Comité de … de Brioude"), else
 * the <h1>, else the <title>: one line of plain text, with the line it stands on.
 */
function pageTitle(tree: HastRoot): { text: string; line: number } | null {
  const plain = (e: Element | null): string => (e ? textOf(e).replace(/\s+/g, ' ').trim() : '');
  const h1 = find(tree, (e) => e.tagName === 'h1');
  const titleElement = find(tree, (e) => e.tagName === 'title');
  const element = h1 && !(titleElement && plain(titleElement).includes(plain(h1))) ? h1 : (titleElement ?? h1);
  const text = plain(element).replace(/[\\*_#[\]<>`|]/g, (c) => `\\${c}`);
  return element && text ? { text, line: element.position?.start.line ?? 1 } : null;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The Markdown of a hast tree, block by block, each line mapped to its block's start line. */
export function hastToMarkdown(content: HastRoot | Element): ConvertedText {
  unwrapLayoutTables(content);
  breakCellParagraphs(content);
  const mdast = toMdast(content) as Root;
  keepCellBreaks(mdast);
  const lines: string[] = [];
  const lineMap: number[] = [];
  for (const block of blocks(mdast.children)) {
    const text = toMarkdown(block, { extensions: [gfmToMarkdown()], bullet: '-' }).trimEnd();
    if (!text.trim()) continue;
    const rows = block.type === 'table' ? rowLines(block) : null;
    const start = rows?.[0] ?? block.position?.start.line ?? lineMap.at(-1) ?? 1;
    if (lines.length) {
      lines.push('');
      lineMap.push(start);
    }
    const split = text.split('\n');
    split.forEach((line, i) => {
      lines.push(line);
      // A table's lines are its rows (after the delimiter row); lines inside another block keep
      // the block's line, and a multi-line block in the page advances with it.
      if (rows?.length === split.length) lineMap.push(rows[i]!);
      else lineMap.push(Math.min(start + i, block.position?.end.line ?? start));
    });
  }
  return { text: lines.join('\n'), lineMap };
}

/** Headings and tables inside a cell: the table lays out a page (an e-mail, an old site), it holds no data. */
const LAYOUT_CONTENT = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Replaces each table that lays out a page by its cells' content, cell after cell: an e-mail
 * newsletter is a table of tables, whose cells hold headings and paragraphs. A table marked
 * `role="presentation"` (or "none"), or whose cells hold a heading or another table, is one.
 * Walks with a stack of its own, not by recursion, whatever the nesting of the page.
 */
function unwrapLayoutTables(root: HastRoot | Element): void {
  const pending: (HastRoot | Element)[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element' || child.tagName !== 'table' || !laysOut(child)) return [child as ElementContent];
      return cellsOf(child).map((cell): Element => ({ type: 'element', tagName: 'div', properties: {}, children: cell.children, ...(cell.position ? { position: cell.position } : {}) }));
    }) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') pending.push(child);
  }
}

function laysOut(table: Element): boolean {
  const role = String(table.properties.role ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  return cellsOf(table).some((cell) => find(cell, (e) => LAYOUT_CONTENT.has(e.tagName)) !== null);
}

/** The cells of a table's own rows (not of tables inside them), in reading order. */
function cellsOf(table: Element): Element[] {
  const cells: Element[] = [];
  const pending: Element[] = [table];
  while (pending.length) {
    const node = pending.shift()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'td' || child.tagName === 'th') cells.push(child);
      else if (child.tagName === 'tr' || child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') pending.push(child);
    }
  }
  return cells;
}

/** The original line of each line of a table's Markdown: its rows, the delimiter row under the first. */
function rowLines(table: Table): number[] | null {
  const known = table.children.map((row) => row.position?.start.line ?? null);
  // The header row hast-util-to-mdast adds to a table that marks none has no position: the first row's.
  const first = known.find((line) => line !== null);
  if (first === undefined || first === null) return null;
  const lines = known.map((line) => line ?? first);
  return [lines[0]!, lines[0]!, ...lines.slice(1)];
}

/** Block elements a table cell may hold several of: Word writes each line of a cell as a paragraph. */
const CELL_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Separates the paragraphs of a table cell by line breaks: a Markdown table cell holds one
 * line, and the paragraphs would otherwise run into one another ("Dispositifnom").
 */
function breakCellParagraphs(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName !== 'td' && child.tagName !== 'th') {
      breakCellParagraphs(child);
      continue;
    }
    let blocks = 0;
    const line = (children: ElementContent[]): ElementContent[] =>
      blocks++ ? [{ type: 'element', tagName: 'br', properties: {}, children: [] }, ...children] : children;
    // A list in a cell (a SWOT matrix's "Forces" with its points): one line per item.
    const lines = (inner: ElementContent): ElementContent[] => {
      if (inner.type !== 'element') return [inner];
      if (inner.tagName === 'ul' || inner.tagName === 'ol') return inner.children.flatMap((li) => (li.type === 'element' && li.tagName === 'li' ? line(li.children.flatMap(unwrapBlock)) : []));
      return CELL_BLOCKS.has(inner.tagName) ? line(inner.children) : [inner];
    };
    child.children = child.children.flatMap(lines);
  }
}

/** The inline content of a block inside a list item of a cell ("<li><p>…</p></li>"). */
function unwrapBlock(node: ElementContent): ElementContent[] {
  return node.type === 'element' && CELL_BLOCKS.has(node.tagName) ? node.children : [node];
}

/**
 * Writes the line breaks of table cells as `<br>`, as GFM tables do: mdast-util-to-markdown
 * turns them into spaces, and the parser reads a column's name as what stands before the break
 * ("Contenu<br>texte").
 */
function keepCellBreaks(node: Nodes): void {
  if (!('children' in node)) return;
  if (node.type === 'tableCell') {
    node.children = node.children.map((child) => (child.type === 'break' ? { type: 'html', value: '<br>' } : child));
    return;
  }
  for (const child of node.children) keepCellBreaks(child);
}

/** The page's <main> or <article>, when it marks one. */
function articleOf(tree: HastRoot): Element | null {
  let found: Element | null = null;
  const visit = (node: HastNodes): void => {
    if (found) return;
    if (node.type === 'element' && (node.tagName === 'main' || node.tagName === 'article')) found = node;
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);

function dropChrome(node: HastRoot | Element, keepAsides = false): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment') return false;
    if (child.type !== 'element') return true;
    const names = [child.properties.id, ...(Array.isArray(child.properties.className) ? child.properties.className : [])].map(String).join(' ');
    // The page itself and its content are never furniture, whatever their classes say (Blogger's <body class="loading">).
    // A comment section titled "Raisons de signer" or "Témoignages" holds contributions, not furniture.
    const named = !CONTENT_TAGS.has(child.tagName) && !!names && CHROME_NAMES.test(names) && !holdsContributions(child);
    const chromeTag = CHROME_TAGS.has(child.tagName) && !(keepAsides && child.tagName === 'aside');
    if (chromeTag || child.properties.role === 'navigation' || named || quotesPost(child) || isPreheader(child)) return false;
    dropChrome(child, keepAsides);
    return true;
  });
}

/**
 * An e-mail's preheader: the summary line mail clients show beside the subject, hidden in the
 * message itself (`display:none` with a zero height or opacity). Not part of what readers see.
 */
function isPreheader(element: Element): boolean {
  const style = String(element.properties.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') && /max-height:0|opacity:0|mso-hide:all|font-size:0|font-size:1px/.test(style);
}

const QUOTED_POST = new RegExp(`^[^\\n]{1,80}?\\s(?:${QUOTED_POST_MARKERS.map(escapeRegExp).join('|')})\\s*:`, 'i');

/** "Bibou79 a écrit : … Est-ce que quelqu'un sait …": a reply's quotation of an earlier post, said once already. */
function quotesPost(element: Element): boolean {
  return element.tagName === 'blockquote' && QUOTED_POST.test(textOf(element).trim().slice(0, 200));
}

const CONTRIBUTION_HEADING = new RegExp(`^(?:${CONTRIBUTION_COMMENT_HEADINGS.map((h) => escapeRegExp(fold(h))).join('|')})(?![a-z])`);

/** Whether a block's first heading names contributions ("Raisons de signer", "Vos témoignages"). */
function holdsContributions(element: Element): boolean {
  const heading = find(element, (e) => /^h[1-6]$/.test(e.tagName));
  return !!heading && CONTRIBUTION_HEADING.test(fold(textOf(heading)));
}

/** Top-level blocks, each list item as a list of its own so that every line keeps its origin. */
function* blocks(children: readonly RootContent[]): Generator<RootContent> {
  for (const child of children) {
    if (child.type === 'list' && child.children.length > 1) {
      let number = child.start ?? 1;
      for (const item of child.children) {
        const single: List = { ...child, start: child.ordered ? number++ : null, children: [item], position: item.position ?? child.position };
        yield single;
      }
    } else yield child;
  }
}
