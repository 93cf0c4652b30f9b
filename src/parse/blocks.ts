/**
 * Cuts a long Markdown text into parts of whole blocks. micromark's document tokenizer copies
 * every event read so far each time a list or a quote closes (micromark-util-edit-map's
 * `consume`), so one tree is quadratic in the length of the document: 11 s for a 5 MB report,
 * 110 s and 2.6 GB for 20 MB. Parsed in parts of a few hundred kilobytes (tree.ts), the cost
 * stays proportional to the length.
 */

/** A part of the text, and where it starts in the whole. */
export interface Part {
  text: string;
  /** 0-based index of its first line in the whole text. */
  line: number;
  /** Index of its first character in the whole text. */
  offset: number;
}

/** Parts are cut once they reach this length, at the next place where a cut may be made. */
export const PART_LENGTH = 256 * 1024;

/** A line at the margin that goes on with the list above it even after a blank line. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cuts `text` (lines ending in "\n") into parts of at least `length` characters, before a line
 * at the margin that follows a blank line and starts no list item. Every list, quote, paragraph
 * and table has ended there; fenced code and raw HTML may not have, which the parser checks.
 */
export function splitBlocks(text: string, length = PART_LENGTH): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let previousBlank = false;
  for (let at = 0; at < text.length; line++) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    // Markdown's blank lines and indents are of spaces and tabs only.
    const first = text[at];
    const blank = /^[ \t]*$/.test(text.slice(at, end));
    if (previousBlank && at - start >= length && !blank && first !== ' ' && first !== '\t' && !LIST_ITEM.test(text.slice(at, at + 12))) {
      parts.push({ text: text.slice(start, at), line: startLine, offset: start });
      start = at;
      startLine = line;
    }
    previousBlank = blank;
    at = end + 1;
  }
  parts.push({ text: text.slice(start), line: startLine, offset: start });
  return parts;
}
