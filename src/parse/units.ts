/**
 * Flattens an mdast tree into units: one per heading, list item, table row or line of a
 * paragraph. Plain text and Markdown meet here, so the engine sees the same shapes for
 * "• item" typed in a .txt file and "- item" in Markdown.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fold, isBlank } from '../text/fold.js';
import { isChromeText } from '../vocabulary/match.js';
import { htmlLines } from './html.js';
import { replaceSpans } from '../text/spans.js';

export type UnitType = 'heading' | 'line' | 'item' | 'table-header' | 'table-row' | 'code' | 'chrome';

export interface Cell {
  text: string;
  /** The text before the cell's first line break: a column's name without the note below it ("Contenu<br>texte"). */
  head: string;
  /** The cell's lines, cut at its line breaks ("Recenser …<br>Former …"). */
  parts: string[];
  column: number;
}

export interface Unit {
  type: UnitType;
  /** Text without Markdown markup; for items, without the list marker. */
  text: string;
  /** Text without Markdown markup but with its marker or number ("01. Ain", "2. Pistes d'action"). */
  raw: string;
  line: number;
  column: number;
  endLine: number;
  /** Depth of a Markdown heading (1–6), else null. */
  depth: number | null;
  /** Nesting of a list item (1 for a top-level item), 0 outside lists. */
  listDepth: number;
  /** The line had a number ("1.", "2)", "- 1 :", "1.1") rather than a bullet. */
  numbered: boolean;
  /** All of the text is bold (a bold line often acts as a heading). */
  strong: boolean;
  /** The paragraph the line came from, and whether the line is alone in it. */
  paragraph: number;
  standalone: boolean;
  /** Lines after the first paragraph of a list item: they describe the item. */
  continuation: string[];
  cells: Cell[];
  /** The line holds an image and nothing else worth reading. */
  image: boolean;
}

interface LinePiece {
  text: string;
  strong: boolean;
  image: boolean;
}

// Emoji serve as bullets too ("✅ …", "👉 …"); ©, ® and ™ open credits, not items.
const BULLET = /^(?:[•◦▪▫●○■□►▶▸➢➤➔→✓✔·‣⁃∙–—*+-]|(?![©®™])\p{Extended_Pictographic}\uFE0F?)\s+/u;
const NUMBERING = [
  /^\(?\d{1,3}(?:\.\d{1,3})*\s*[.)°]\s+/,
  /^\d{1,3}\s*[:–—-]\s+/,
  /^\d{1,3}(?:\.\d{1,3})+\s+/,
  /^\(?[a-h]\)\s+/,
  // "a – …", "b - …": lettered items with a dash.
  /^[a-h]\s+[–—-]\s+/,
  /^[a-hA-H]\.\s+(?=\p{Lu})/u,
  // Coded numbering: "R1 – …" (recommandation 1), "P2.1 : …", "A3. …".
  /^[A-Z]\d{1,2}(?:\.\d{1,2})?\s*[.)°:–—-]\s+/,
  /^[ivx]{1,5}[.)]\s+/i,
  /^n°\s*\d+\s*[:.)–—-]?\s+/i,
  // "1/ Que les urgences …": a petition's numbering (a space after the slash, so no date).
  /^\d{1,3}\s*\/\s+/,
];

/** Removes one leading bullet glyph or number ("•", "–", "1.", "2)", "1 :", "1.1"), reporting which. */
export function stripMarker(text: string): { text: string; bullet: boolean; numbered: boolean } {
  const bullet = BULLET.exec(text);
  let rest = bullet ? text.slice(bullet[0].length) : text;
  let numbered = false;
  for (const re of NUMBERING) {
    const m = re.exec(rest);
    if (m) {
      rest = rest.slice(m[0].length);
      numbered = true;
      break;
    }
  }
  return { text: rest, bullet: !!bullet, numbered };
}

/** Shorter lines were ended by their writer, not wrapped by an editor. */
const WRAPPED_LINE_MIN = 40;

/** A line that opens with a bullet or a number ("b) …" too) never continues the line above. */
function startsWithMarker(text: string): boolean {
  const marker = stripMarker(text);
  return marker.bullet || marker.numbered;
}


/** Walks the tree (or the trees of a long document's parts) in document order and returns its units. */
export function toUnits(trees: Root | Iterable<Root>, lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let paragraphs = 0;
  const hardWrapped = wrapWidth(lines);
  const columnOf = (line: number): number => {
    const m = /\S/u.exec(lines[line - 1] ?? '');
    return m ? m.index + 1 : 1;
  };
  const base = (type: UnitType, text: string, line: number, endLine: number): Unit => ({
    type,
    text,
    raw: text,
    line,
    column: columnOf(line),
    endLine,
    depth: null,
    listDepth: 0,
    numbered: false,
    strong: false,
    paragraph: paragraphs,
    standalone: true,
    continuation: [],
    cells: [],
    image: false,
  });

  /**
   * Whether a line with no marker continues the unit above it: it is indented, or the line
   * above is long enough to have been wrapped. "1. Constats" then "Le territoire …" at the
   * margin is a numbered title and its first line, however Markdown nests them.
   */
  const wrapped = (above: Unit, line: number): boolean =>
    columnOf(line) > 1 || (lines[above.endLine - 1] ?? '').trim().length >= WRAPPED_LINE_MIN;

  const paragraphLines = (node: Paragraph | Heading): Map<number, LinePiece> => {
    const byLine = new Map<number, LinePiece>();
    collectInline(node.children, false, byLine);
    return byLine;
  };

  const addParagraph = (node: Paragraph, listDepth: number, asItem: boolean, listMarker = ''): void => {
    paragraphs++;
    const entries = [...paragraphLinesMerged(paragraphLines(node), hardWrapped, columnOf)];
    const produced: Unit[] = [];
    for (const [index, entry] of entries.entries()) {
      const marker = stripMarker(entry.text);
      const first = asItem && index === 0;
      const glyph = marker.bullet || marker.numbered;
      if (asItem && !first && !glyph && produced.length && wrapped(produced[produced.length - 1]!, entry.line)) {
        // A wrapped line of a Markdown list item belongs to the item.
        const item = produced[produced.length - 1]!;
        item.text = `${item.text} ${entry.text}`;
        item.endLine = entry.endLine;
        continue;
      }
      const type: UnitType = first || glyph ? 'item' : 'line';
      const unit = base(type, type === 'item' ? marker.text : entry.text, entry.line, entry.endLine);
      unit.raw = first && listMarker ? `${listMarker} ${entry.text}` : entry.text;
      // "➢ Aménager …" then "   ◦ identifier …": a bullet indented under another is nested in it.
      const baseColumn = produced.find((u) => u.type === 'item')?.column;
      const indented = glyph && baseColumn !== undefined && unit.column > baseColumn;
      unit.listDepth = first ? listDepth : glyph ? listDepth + (indented ? 2 : 1) : listDepth;
      unit.numbered = marker.numbered;
      unit.strong = entry.strong;
      unit.image = entry.image && isBlank(entry.text.replace(/[|]/g, ''));
      produced.push(unit);
    }
    for (const unit of produced) unit.standalone = produced.length === 1;
    units.push(...produced);
  };

  const addList = (list: List, depth: number): void => {
    for (const item of list.children) addListItem(item, depth, !!list.ordered);
  };

  const addListItem = (item: ListItem, depth: number, ordered: boolean): void => {
    const [first, ...rest] = item.children;
    const start = units.length;
    if (first?.type === 'paragraph') addParagraph(first, depth, true, listMarkerOf(item, first));
    else if (first) visit(first, depth);
    const head = units[start];
    if (head && head.type === 'item' && ordered) head.numbered = true;
    for (const child of rest) {
      if (child.type === 'list') addList(child, depth + 1);
      else if (child.type === 'paragraph' && head?.type === 'item') {
        // Further paragraphs of an item describe it; they stay with it.
        const text = [...paragraphLinesMerged(paragraphLines(child))].map((e) => e.text).join(' ');
        head.continuation.push(text);
        head.endLine = Math.max(head.endLine, child.position?.end.line ?? head.endLine);
      } else visit(child, depth + 1);
    }
  };

  /** The marker as typed ("01.", "-", "2)"), read from the source between item and paragraph starts. */
  const listMarkerOf = (item: ListItem, first: Paragraph): string => {
    const start = item.position?.start;
    const end = first.position?.start;
    if (!start || !end || start.line !== end.line) return '';
    return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1).trim();
  };

  const addTable = (table: Table): void => {
    for (const [index, row] of table.children.entries()) {
      const line = row.position?.start.line ?? 1;
      // The header owns the delimiter row ("|---|---|") below it, which mdast gives no node.
      const endLine =
        index === 0
          ? (table.children[1]?.position?.start.line ?? (table.position?.end.line ?? line) + 1) - 1
          : (row.position?.end.line ?? line);
      const unit = base(index === 0 ? 'table-header' : 'table-row', '', line, endLine);
      unit.cells = row.children.map((cell) => {
        const text = cellText(cell.children);
        const lineBreak = cell.children.findIndex((node) => node.type === 'break' || (node.type === 'html' && LINE_BREAK.test(node.value)));
        return { text, head: lineBreak < 0 ? text : cellText(cell.children.slice(0, lineBreak)), parts: cellParts(cell.children), column: cell.position?.start.column ?? 1 };
      });
      unit.text = unit.cells.map((c) => c.text).join(' | ');
      units.push(unit);
    }
  };

  const addHtml = (value: string, line: number): void => {
    const rawLines = value.split('\n');
    for (const [i, pieces] of htmlLines(value).entries()) {
      const raw = rawLines[i] ?? '';
      if (isBlank(raw)) continue;
      // Only markup or page furniture on this line.
      if (!pieces.length) units.push(base('chrome', raw.trim(), line + i, line + i));
      for (const piece of pieces) {
        paragraphs++;
        const unit = base(piece.role, piece.text, line + i, line + i);
        unit.depth = piece.depth;
        unit.listDepth = piece.role === 'item' ? 1 : 0;
        units.push(unit);
      }
    }
  };

  const visit = (node: Nodes, listDepth: number): void => {
    const line = node.position?.start.line ?? 1;
    const endLine = node.position?.end.line ?? line;
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children as RootContent[]) visit(child, listDepth);
        return;
      case 'heading': {
        paragraphs++;
        const text = [...paragraphLines(node).values()].map((p) => p.text.trim()).join(' ').trim();
        if (isBlank(text)) {
          units.push(base('chrome', lines[line - 1]?.trim() ?? '#', line, endLine));
          return;
        }
        const unit = base('heading', text, line, endLine);
        unit.depth = node.depth;
        units.push(unit);
        return;
      }
      case 'paragraph':
        addParagraph(node, listDepth, false);
        return;
      case 'list':
        addList(node, listDepth + 1);
        return;
      case 'table':
        addTable(node);
        return;
      case 'code':
        units.push(base('code', node.value, line, endLine));
        return;
      case 'html':
        addHtml(node.value, line);
        return;
      case 'thematicBreak':
      case 'definition':
        units.push(base('chrome', lines[line - 1]?.trim() ?? '', line, endLine));
        return;
      default:
        return;
    }
  };

  // A long document comes as the trees of its parts, one after the other.
  for (const tree of 'type' in trees ? [trees] : trees) visit(tree, 0);
  return units;
}

interface MergedLine {
  text: string;
  line: number;
  endLine: number;
  strong: boolean;
  image: boolean;
}

/**
 * Joins the lines of one paragraph, merging a line into the one before when it merely
 * continues it (starts in lower case after a line that does not end a sentence or a label).
 */
function* paragraphLinesMerged(byLine: Map<number, LinePiece>, width: number | null = null, columnOf?: (line: number) => number): Generator<MergedLine> {
  let current: MergedLine | null = null;
  let previousLength = 0;
  for (const [line, piece] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    const text = piece.text.replace(/\s+/g, ' ').trim();
    if (isBlank(text) && !piece.image) continue;
    // In a text wrapped by hand, a line that reached the margin goes on in the next one; so does a
    // line indented under the paragraph's first ("[00:08:31] JOURNALISTE : …" then "           Est-ce …").
    const hanging = current !== null && columnOf !== undefined && columnOf(line) >= columnOf(current.line) + MIN_HANGING_INDENT && !/:\s*$/.test(current.text);
    const wrapped = width !== null && previousLength >= width * WRAP_FILL && !OPENS_TURN.test(text);
    previousLength = piece.text.trim().length;
    const continues =
      current !== null &&
      (hanging || ((/^\p{Ll}/u.test(text) || wrapped) && !/[.!?…:;|]["»”)]?$/u.test(current.text))) &&
      !startsWithMarker(text) &&
      // "Commentaires" then "bottom of page": a line that is chrome by itself continues nothing.
      !isChromeText(fold(text));
    if (current && continues) {
      current.text = `${current.text} ${text}`;
      current.endLine = line;
      current.strong &&= piece.strong;
      continue;
    }
    if (current) yield current;
    current = { text, line, endLine: line, strong: piece.strong, image: piece.image };
  }
  if (current) yield current;
}

/** Columns a line stands to the right of its paragraph's first line to hang under it. */
const MIN_HANGING_INDENT = 4;
/** A line filled this much of the margin's width reached it. */
const WRAP_FILL = 0.8;
/** "LE MAIRE : …", "Besoin : …": a line that opens a speaker's turn or a label starts anew. */
const OPENS_TURN = /^\p{Lu}[\p{L}'’. -]{0,40}\s?:(?:\s|$)/u;
/** Hand-wrapped text: most lines that run on into a next one stop near one width, 60 to 130 characters (a PDF's small print runs long). */
const MIN_WRAP_WIDTH = 60;
const MAX_WRAP_WIDTH = 130;
const MIN_WRAPPED_SHARE = 0.6;
const MIN_WRAPPED_LINES = 8;

/**
 * The margin a text was wrapped at by hand (an e-mail, a transcript, a text export), or null
 * when its lines are not wrapped: lines followed by another line of the same paragraph mostly
 * end mid-sentence at about the same length.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line && lines[i + 1]!.trim() && !/[.!?…:;]["»”)]?$/u.test(line)) lengths.push(line.length);
  }
  if (lengths.length < MIN_WRAPPED_LINES) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const near = lengths.filter((n) => n >= width * WRAP_FILL && n <= width).length;
  return near / lengths.length >= MIN_WRAPPED_SHARE ? width : null;
}

/** A line break written in HTML, as GFM table cells write them. */
const LINE_BREAK = /^<br\s*\/?>$/i;

/** The lines of a table cell, cut at its line breaks. */
function cellParts(nodes: readonly PhrasingContent[]): string[] {
  const parts: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break' || (node.type === 'html' && LINE_BREAK.test(node.value))) parts.push([]);
    else parts.at(-1)!.push(node);
  }
  return parts.map(cellText).filter(Boolean);
}

/** The text of a table cell, its line breaks as spaces. */
function cellText(nodes: readonly PhrasingContent[]): string {
  const byLine = new Map<number, LinePiece>();
  collectInline(nodes, false, byLine);
  return [...byLine.values()].map((p) => p.text.trim()).join(' ').replace(/\s+/g, ' ').trim();
}

/** Gathers inline text by source line; `strong` stays true only if every visible character was bold. */
function collectInline(nodes: readonly PhrasingContent[], strong: boolean, byLine: Map<number, LinePiece>): void {
  const add = (line: number, text: string, isStrong: boolean, image = false): void => {
    const piece = byLine.get(line) ?? { text: '', strong: true, image: false };
    piece.text += text;
    if (!isBlank(text)) piece.strong &&= isStrong;
    piece.image ||= image;
    byLine.set(line, piece);
  };
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        node.value.split('\n').forEach((part, i) => add(line + i, part, strong));
        break;
      case 'strong':
        collectInline(node.children, true, byLine);
        break;
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        collectInline(node.children, strong, byLine);
        break;
      case 'image':
      case 'imageReference':
        add(line, node.alt ?? '', strong, true);
        break;
      case 'break':
        break;
      case 'html':
        add(line, replaceSpans(node.value.replace(/<br\s*\/?>/gi, ' '), '<', '>', () => ''), strong);
        break;
      default:
        break;
    }
  }
}
