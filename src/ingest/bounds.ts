/**
 * Bounds on a text before the Markdown parser sees it. micromark's cost grows with the square of
 * a line's container depth (a list 1,000 levels deep took 56 s) and the tree code recurses over
 * depth, so nesting past `limits.nestingDepth` is flattened here. A line past
 * `limits.lineLength` characters is no paragraph anyone wrote to be read as one contribution (a
 * broken export, a pasted dump): it is taken out of the parser's input and accounted as
 * unclassified, so that no rule runs over megabytes of it. Every line stays where it was: the
 * line accounting and the records' places are unchanged.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Limits } from '../limits.js';

export interface BoundedText {
  text: string;
  /** Lines (1-based) taken out of `text` because of their length. */
  longLines: number[];
  diagnostics: Diagnostic[];
}

/** A list item open on an earlier line: the column of its marker and of its content. */
interface OpenItem {
  marker: number;
  content: number;
}

// One container marker at the start of what is left of a line: a blockquote's ">" or a list
// item's bullet or number, with the spaces after it. Each match is short and anchored.
const CONTAINER = / {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;
const LIST_MARKER = /^([-+*]|\d{1,9}[.)])([ \t]+|$)/;

/** The text with its nesting capped and its overlong lines taken out, and a warning for each. */
export function boundText(file: string, text: string, limits: Pick<Limits, 'nestingDepth' | 'lineLength'>): BoundedText {
  const lines = text.split('\n');
  const longLines: number[] = [];
  let firstCapped: number | null = null;
  const stack: OpenItem[] = [];
  const max = limits.nestingDepth;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > limits.lineLength) {
      longLines.push(i + 1);
      lines[i] = '';
      stack.length = 0;
      continue;
    }
    const capped = capLine(line, stack, max);
    if (capped !== line) {
      lines[i] = capped;
      firstCapped ??= i + 1;
    }
  }
  const diagnostics: Diagnostic[] = [];
  if (firstCapped !== null) {
    diagnostics.push(
      diagnostic(file, 'warning', 'nesting-capped', `Lists or quotes nested more than ${max} levels deep: the deeper levels are read as level ${max} (first here); check these lines, or raise the bound with --max-nesting`, firstCapped, 1),
    );
  }
  for (const line of longLines.slice(0, 5)) {
    diagnostics.push(
      diagnostic(file, 'warning', 'line-too-long', `Line of more than ${limits.lineLength.toLocaleString('en')} characters: not read for contributions (accounted as unclassified); split it into paragraphs, or raise the bound with --max-line-length`, line, 1),
    );
  }
  if (longLines.length > 5) {
    diagnostics.push(diagnostic(file, 'warning', 'line-too-long', `${longLines.length - 5} more lines of more than ${limits.lineLength.toLocaleString('en')} characters not read for contributions`, longLines[5]!, 1));
  }
  return { text: longLines.length || firstCapped !== null ? lines.join('\n') : text, longLines, diagnostics };
}

/**
 * One line with at most `max` container markers at its start, and list items indented at most
 * `max` levels below the open ones: a deeper item is moved up to be a sibling of the deepest kept.
 */
function capLine(line: string, stack: OpenItem[], max: number): string {
  // Markers on the line itself: "> > > text" or "- - - text".
  let markers = 0;
  let cut = 0;
  let end = 0;
  CONTAINER.lastIndex = 0;
  while (CONTAINER.test(line)) {
    markers++;
    end = CONTAINER.lastIndex;
    if (markers === max) cut = end;
  }
  if (markers > max) return line.slice(0, cut) + line.slice(end);
  // Items nested by indentation, one level per line.
  const { chars, column: indent } = indentOf(line);
  if (chars === line.length) return line;
  while (stack.length && stack.at(-1)!.content > indent) stack.pop();
  const marker = LIST_MARKER.exec(line.slice(chars));
  if (!marker) {
    // Text under an item kept at the deepest level stays in it, whatever its indentation.
    const deepest = stack.at(-1);
    return deepest && stack.length >= max && indent > deepest.content + 3 ? ' '.repeat(deepest.content) + line.slice(chars) : line;
  }
  if (stack.length < max) {
    stack.push({ marker: indent, content: indent + marker[1]!.length + Math.max(1, Math.min(4, marker[2]!.length)) });
    return line;
  }
  const sibling = stack[max - 1]!;
  stack.length = max - 1;
  stack.push(sibling);
  return ' '.repeat(sibling.marker) + line.slice(chars);
}


/** The leading spaces and tabs: how many characters, and how many columns (a tab reaches the next multiple of four). */
function indentOf(line: string): { chars: number; column: number } {
  let column = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const c = line[chars];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return { chars, column };
}
