/**
 * Raw HTML inside a document (pages saved from the web): page furniture (<nav>, <footer>, …)
 * is hidden, headings and list items keep their role, other text is plain lines.
 */
import { replaceSpans, tagsIn } from '../text/spans.js';

export type HtmlRole = 'heading' | 'item' | 'line';

export interface HtmlPiece {
  text: string;
  role: HtmlRole;
  /** 1–6 for <h1>…<h6>, else null. */
  depth: number | null;
}

/** Elements whose whole content is page furniture, never the document: where their tags start. */
const HIDDEN = /<(\/?)(nav|header|footer|aside|script|style|form|button|noscript|iframe|svg)\b/iy;
/** Tags that start or end a block of text; every other tag is inline and dropped. */
const BLOCK = /<(\/?)(h[1-6]|li|p|div|ul|ol|tr|td|th|br|section|article|main|blockquote|figure|figcaption|table)\b/iy;

/** Blanks the content of hidden elements, keeping line breaks so lines stay in place. */
function hide(value: string): string {
  let depth = 0;
  let start = 0;
  let out = '';
  for (const { index, text, closing, selfClosing } of tagsIn(value, HIDDEN)) {
    if (depth === 0) out += value.slice(start, index);
    else out += value.slice(start, index).replace(/[^\n]/g, ' ');
    out += text.replace(/[^\n]/g, ' ');
    start = index + text.length;
    if (!selfClosing) depth = closing ? Math.max(0, depth - 1) : depth + 1;
  }
  const rest = value.slice(start);
  return out + (depth === 0 ? rest : rest.replace(/[^\n]/g, ' '));
}

// A Map, not an object: "&constructor;" must not find Object's own properties.
const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }));

/** Decodes named and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

const plain = (html: string): string =>
  decodeEntities(replaceSpans(html, '<', '>', () => ' ')).replace(/\s+/g, ' ').trim();

/** The readable pieces of each line of an HTML block; a line with none is markup or furniture. */
export function htmlLines(value: string): HtmlPiece[][] {
  let role: HtmlRole = 'line';
  let depth: number | null = null;
  return hide(replaceSpans(value, '<!--', '-->', (c) => c.replace(/[^\n]/g, ' ')))
    .split('\n')
    .map((line) => {
      const pieces: HtmlPiece[] = [];
      let from = 0;
      const flush = (to: number): void => {
        const text = plain(line.slice(from, to));
        if (text) pieces.push({ text, role, depth });
      };
      for (const { index, text, name, closing } of tagsIn(line, BLOCK)) {
        flush(index);
        from = index + text.length;
        const tag = name.toLowerCase();
        if (/^h[1-6]$/.test(tag)) [role, depth] = closing ? ['line', null] : ['heading', Number(tag[1])];
        else if (tag === 'li') role = closing ? 'line' : 'item';
        else if (!closing && tag !== 'br') [role, depth] = ['line', null];
      }
      flush(line.length);
      return pieces;
    });
}
