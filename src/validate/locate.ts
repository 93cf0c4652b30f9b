/** Finds the line and column of a JSON Pointer inside JSON text, for messages that point at the value. */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Position of the value at `pointer` in `text` (1-based, relative to the text). JSON is
 * YAML, so the yaml parser gives every node its source range. Falls back to the nearest
 * existing ancestor, then to the start of the text.
 */
export function locate(text: string, pointer: string): Position {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  let node = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    let next: unknown = null;
    if (isMap(node)) next = node.items.find((pair) => String((pair.key as { value?: unknown } | null)?.value) === key)?.value;
    else if (isSeq(node)) next = node.items[Number(key)];
    if (!next || typeof next !== 'object' || !('range' in next)) break;
    node = next as Node;
    offset = node.range?.[0] ?? offset;
  }
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
