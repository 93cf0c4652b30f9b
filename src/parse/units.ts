/**
 * Flattens an mdast tree into units: one per heading, list item, table row or line of a
 * paragraph. Plain text and Markdown meet here, so the engine sees the same shapes for
 * "• item" typed in a .txt file and "- item" in Markdown.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { isBlank } from '../text/fold.js';

export type UnitType = 'heading' | 'line' | 'item' | 'table-header' | 'table-row' | 'code' | 'chrome';

export interface Cell {
  text: string;
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

const BULLET = /^[•◦▪▫●○■□►▶▸➢➤➔→✓✔·‣⁃∙–—*+-]\s+/u;
const NUMBERING = [
  /^\(?\d{1,3}(?:\.\d{1,3})*\s*[.)°]\s+/,
  /^\d{1,3}\s*[:–—-]\s+/,
  /^\d{1,3}(?:\.\d{1,3})+\s+/,
  /^\(?[a-h]\)\s+/,
  /^[ivx]{1,5}[.)]\s+/i,
  /^n°\s*\d+\s*[:.)–—-]?\s+/i,
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

const HIDDEN_HTML = /<(nav|header|footer|aside|script|style|form|button|noscript|iframe|svg)\b/i;

/** Walks the tree in document order and returns its units. */
export function toUnits(tree: Root, lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let paragraphs = 0;
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

  const paragraphLines = (node: Paragraph | Heading): Map<number, LinePiece> => {
    const byLine = new Map<number, LinePiece>();
    collectInline(node.children, false, byLine);
    return byLine;
  };

  const addParagraph = (node: Paragraph, listDepth: number, asItem: boolean, listMarker = ''): void => {
    paragraphs++;
    const entries = [...paragraphLinesMerged(paragraphLines(node))];
    const produced: Unit[] = [];
    for (const [index, entry] of entries.entries()) {
      const marker = stripMarker(entry.text);
      const first = asItem && index === 0;
      const glyph = marker.bullet || marker.numbered;
      if (asItem && !first && !glyph && produced.length) {
        // A wrapped line of a Markdown list item belongs to the item.
        const item = produced[produced.length - 1]!;
        item.text = `${item.text} ${entry.text}`;
        item.endLine = entry.endLine;
        continue;
      }
      const type: UnitType = first || glyph ? 'item' : 'line';
      const unit = base(type, type === 'item' ? marker.text : entry.text, entry.line, entry.endLine);
      unit.raw = first && listMarker ? `${listMarker} ${entry.text}` : entry.text;
      unit.listDepth = first ? listDepth : glyph ? listDepth + 1 : listDepth;
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
      const unit = base(index === 0 ? 'table-header' : 'table-row', '', line, row.position?.end.line ?? line);
      unit.cells = row.children.map((cell) => {
        const byLine = new Map<number, LinePiece>();
        collectInline(cell.children, false, byLine);
        const text = [...byLine.values()].map((p) => p.text.trim()).join(' ').trim();
        return { text, column: cell.position?.start.column ?? 1 };
      });
      unit.text = unit.cells.map((c) => c.text).join(' | ');
      units.push(unit);
    }
  };

  const addHtml = (value: string, line: number): void => {
    const rawLines = value.split('\n');
    if (HIDDEN_HTML.test(value)) {
      units.push(base('chrome', value, line, line + rawLines.length - 1));
      return;
    }
    paragraphs++;
    const produced: Unit[] = [];
    for (const [i, raw] of rawLines.entries()) {
      const text = decodeEntities(raw.replace(/<!--.*?-->|<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
      if (isBlank(raw)) continue;
      produced.push(base(text ? 'line' : 'chrome', text || raw.trim(), line + i, line + i));
    }
    for (const unit of produced) unit.standalone = produced.length === 1;
    units.push(...produced);
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

  visit(tree, 0);
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
function* paragraphLinesMerged(byLine: Map<number, LinePiece>): Generator<MergedLine> {
  let current: MergedLine | null = null;
  for (const [line, piece] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    const text = piece.text.replace(/\s+/g, ' ').trim();
    if (isBlank(text) && !piece.image) continue;
    const continues =
      current !== null &&
      /^\p{Ll}/u.test(text) &&
      !/[.!?…:;|]["»”)]?$/u.test(current.text) &&
      !stripMarker(text).bullet;
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
        add(line, node.value.replace(/<[^>]*>/g, ''), strong);
        break;
      default:
        break;
    }
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
