/**
 * Spans between an opening and a closing mark, found in one pass. The regular expressions they
 * replace (`/<[^>]*>/g`, `/\([^)]*\)/g`, `/<!--[\s\S]*?-->/g`, Markdown links) scan to the end
 * of the text from every opening mark that is never closed: a line of a million `<` or `[` took
 * minutes. Each function here matches exactly what its expression did, in linear time.
 */

/**
 * `text.replace(/O[\s\S]*?C/g, replace)` for literal marks O and C: `/<[^>]*>/g` with "<" and
 * ">", `/<!--[\s\S]*?-->/g` with "<!--" and "-->".
 */
export function replaceSpans(text: string, open: string, close: string, replace: (span: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    // No closing mark after this opening one: none after any later one either.
    if (end < 0) break;
    out += text.slice(from, start) + replace(text.slice(start, end + close.length));
    from = end + close.length;
  }
  return out + text.slice(from);
}

/** A tag as `/<(\/?)(name)\b[^>]*?(\/?)>/gi` finds it. */
export interface Tag {
  index: number;
  /** The whole tag, "<" to ">". */
  text: string;
  name: string;
  closing: boolean;
  /** Ends in "/>". */
  selfClosing: boolean;
}

/**
 * Every tag whose start `head` matches, in order: `head` is sticky and matches "<", an optional
 * "/" (group 1) and the name (group 2), as in `/<(\/?)(nav|footer)\b/iy`. A tag ends at the
 * first ">" after its name.
 */
export function* tagsIn(text: string, head: RegExp): Generator<Tag> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('<', from);
    if (start < 0) return;
    head.lastIndex = start;
    const m = head.exec(text);
    if (!m) {
      from = start + 1;
      continue;
    }
    const nameEnd = start + m[0].length;
    const end = text.indexOf('>', nameEnd);
    if (end < 0) return;
    yield { index: start, text: text.slice(start, end + 1), name: m[2]!, closing: m[1] === '/', selfClosing: end > nameEnd && text[end - 1] === '/' };
    from = end + 1;
  }
}

/** `text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')`: Markdown links and images read as their text. */
export function unlinkMarkdown(text: string): string {
  let out = '';
  let from = 0;
  let search = 0;
  for (;;) {
    const open = text.indexOf('[', search);
    if (open < 0) break;
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    if (text[close + 1] !== '(') {
      // Every "[" before this "]" meets the same "]": the next candidate comes after it.
      search = close + 1;
      continue;
    }
    const end = text.indexOf(')', close + 2);
    if (end < 0) break;
    const start = open > from && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(from, start) + text.slice(open + 1, close);
    from = end + 1;
    search = from;
  }
  return out + text.slice(from);
}
