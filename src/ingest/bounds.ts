/**
 * Bounds on a text before the Markdown parser sees it. micromark's cost grows with the square of
 * a line's container depth (a list 1,000 levels deep took 56 s) and the tree code recurses over
 * depth, so nesting past `limits.nestingDepth` is flattened here. A line past
 * `limits.lineLength` characters is no paragraph anyone wrote to be read as one contribution (a
 * broken export, a pasted dump): it is taken out of the parser's input and accounted as
 * unclassified, so that no rule runs over megabytes of it; so are lines made of brackets and
 * backslashes, and link definitions past MAX_DEFINITIONS. Every line stays where it was: the
 * line accounting and the records' places are unchanged.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Limits } from '../limits.js';

export interface BoundedText {
  text: string;
  /** Lines (1-based) taken out of `text`: too long, made of marks, or definitions past the bound. */
  unreadLines: number[];
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

/**
 * Link and footnote definitions read at most: micromark checks each new one against all those
 * before it, so 100,000 of them (3 MB) took 95 s. Documents of contributions hold a handful.
 */
export const MAX_DEFINITIONS = 1_000;
// A definition's start, "[label]:" or "[^note]:", as micromark reads one (labels are at most 999 characters).
const DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:/;
/** Why a line is left out of the reading, as its warning's rule and message. */
type Unread = 'line-too-long' | 'line-unreadable' | 'definitions-capped';

/** The text with its nesting capped and the lines it cannot afford to read taken out, and a warning for each kind. */
export function boundText(file: string, text: string, limits: Pick<Limits, 'nestingDepth' | 'lineLength'>): BoundedText {
  const lines = text.split('\n');
  const unread = new Map<Unread, number[]>();
  let firstCapped: number | null = null;
  let definitions = 0;
  const stack: OpenItem[] = [];
  const max = limits.nestingDepth;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const why = line.length > limits.lineLength ? 'line-too-long' : mostlyMarks(line) ? 'line-unreadable' : DEFINITION.test(line) && ++definitions > MAX_DEFINITIONS ? 'definitions-capped' : null;
    if (why) {
      const at = unread.get(why);
      if (at) at.push(i + 1);
      else unread.set(why, [i + 1]);
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
  const length = limits.lineLength.toLocaleString('en');
  const messages: Record<Unread, [string, (n: number) => string]> = {
    'line-too-long': [
      `Line of more than ${length} characters: not read for contributions (accounted as unclassified); split it into paragraphs, or raise the bound with --max-line-length`,
      (n) => `${n} more lines of more than ${length} characters not read for contributions`,
    ],
    'line-unreadable': [
      'Line made mostly of brackets and backslashes: not read for contributions (accounted as unclassified), as no sentence is written so; check it',
      (n) => `${n} more lines made mostly of brackets and backslashes not read for contributions`,
    ],
    'definitions-capped': [
      `More than ${MAX_DEFINITIONS.toLocaleString('en')} link or footnote definitions ("[label]: address"): this one and the next are not read (accounted as unclassified)`,
      (n) => `${n} more definitions not read`,
    ],
  };
  for (const [rule, at] of unread) {
    const [one, more] = messages[rule];
    // Definitions past the bound have one warning; other lines one each, up to five.
    const shown = rule === 'definitions-capped' ? 1 : 5;
    for (const line of at.slice(0, shown)) diagnostics.push(diagnostic(file, 'warning', rule, one, line, 1));
    if (at.length > shown) diagnostics.push(diagnostic(file, 'warning', rule, more(at.length - shown), at[shown]!, 1));
  }
  const unreadLines = [...unread.values()].flat().sort((a, b) => a - b);
  return { text: unreadLines.length || firstCapped !== null ? lines.join('\n') : text, unreadLines, diagnostics };
}

/**
 * True for a line of 16 characters or more that is more than half brackets and backslashes:
 * what micromark is slowest on, 10 to 20 times plain text (brackets open and close links, a
 * backslash escapes the next character), and what no sentence is made of.
 */
function mostlyMarks(line: string): boolean {
  if (line.length < 16) return false;
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 91 || c === 93 || c === 92) marks++;
  }
  return marks * 2 > line.length;
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
