/**
 * Element nesting bounded in the page's text, before parse5 builds a tree of it: a page of
 * 1,000,000 unclosed <b> nests as many elements, hundreds of megabytes before any cap on the tree
 * could apply. Start tags past the depth are left out with their end tags, their text kept. The
 * depth is counted as a reader would: elements that close themselves (<p>, <li>, <td>…) and void
 * ones (<br>, <img>…) do not nest. html.ts caps the tree parse5 builds all the same.
 */

/** Elements that never nest, or that the parser closes by itself when the next one opens. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// A tag, a comment or a declaration; each alternative is linear ([^>]* stops at the first ">").
const MARKUP = /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([A-Za-z][^\s/>]*)([^>]*)>?)/g;

/**
 * Elements a page may hold: past them, tags are left out and their text read. A large page
 * holds 5,000 to 30,000; parse5 took 47 s and 2 GB to build a page of 1,000,000 <br>.
 */
export const MAX_ELEMENTS = 50_000;

export interface BoundedHtml {
  html: string;
  /** The line of the first start tag left out for its depth, or null when none was. */
  cappedAt: number | null;
  /** The line of the first tag left out past MAX_ELEMENTS, or null when none was. */
  countedAt: number | null;
}

/** The page with start tags nested past `depth` (and their end tags), and all tags past MAX_ELEMENTS, left out. */
export function boundHtml(html: string, depth: number, maxElements = MAX_ELEMENTS): BoundedHtml {
  let open = 0;
  let elements = 0;
  let firstDeep = -1;
  let firstCounted = -1;
  const dropped = new Map<string, number>();
  // The page is rewritten as it is read: only the text kept is held, not a list of every tag cut.
  const parts: string[] = [];
  let from = 0;
  const cut = (start: number, end: number): void => {
    if (start > from) parts.push(html.slice(from, start));
    // Line breaks inside a tag left out stay, so that lines keep their numbers.
    const inside = html.slice(start, end);
    if (inside.includes('\n')) parts.push(inside.replace(/[^\n]/g, ''));
    from = end;
  };
  let lower: string | null = null;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    if (elements >= maxElements) {
      if (firstCounted < 0) firstCounted = match.index;
      cut(match.index, MARKUP.lastIndex);
      continue;
    }
    if (match[1]) {
      const owed = dropped.get(name) ?? 0;
      if (owed) {
        dropped.set(name, owed - 1);
        cut(match.index, MARKUP.lastIndex);
      } else if (!FLAT.has(name) && open > 0) open--;
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, MARKUP.lastIndex);
      MARKUP.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (FLAT.has(name) || match[3]!.endsWith('/')) continue;
    if (open < depth) open++;
    else {
      if (firstDeep < 0) firstDeep = match.index;
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      cut(match.index, MARKUP.lastIndex);
    }
  }
  if (!from) return { html, cappedAt: null, countedAt: null };
  parts.push(html.slice(from));
  return { html: parts.join(''), cappedAt: firstDeep < 0 ? null : lineAt(html, firstDeep), countedAt: firstCounted < 0 ? null : lineAt(html, firstCounted) };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
