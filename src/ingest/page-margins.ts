/**
 * The running headers and footers of Word and OpenDocument files: "Région Nouvelle-Aquitaine ·
 * Direction de la santé", "Commune de Stenay – Compte rendu". They are no part of the text, but
 * they say whose document it is, as a web page's <title> does; they are read as its context.
 */
import { unzipSync } from 'fflate';
import type { Nodes as XmlNodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';

/** A header or footer line says who wrote the document in a few words; longer ones are notes. */
const MAX_MARGIN_CHARS = 200;

/** The lines of a .docx file's headers and footers, each once, in the order of their parts. */
export function docxMargins(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes, { filter: (file) => /^word\/(?:header|footer)\d*\.xml$/.test(file.name) });
  const names = Object.keys(parts).sort((a, b) => (a.includes('header') === b.includes('header') ? a.localeCompare(b) : a.includes('header') ? -1 : 1));
  return unique(names.flatMap((name) => paragraphs(fromXml(new TextDecoder().decode(parts[name])), 'w:p', (node) => (node.name === 'w:t' ? 'text' : node.name === 'w:tab' ? 'space' : node.name === 'w:instrText' ? 'skip' : 'walk'))));
}

/** The lines of an .odt file's page headers and footers (in its styles.xml). */
export function odtMargins(bytes: Uint8Array): string[] {
  const styles = unzipSync(bytes, { filter: (file) => file.name === 'styles.xml' })['styles.xml'];
  if (!styles) return [];
  const margins: string[] = [];
  const walk = (node: XmlNodes): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (node.name === 'style:header' || node.name === 'style:footer')) {
      margins.push(...paragraphs(node, 'text:p', (child) => (child.name === 'text:s' || child.name === 'text:tab' ? 'space' : child.name === 'text:page-number' || child.name === 'text:page-count' ? 'skip' : 'walk')));
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(fromXml(new TextDecoder().decode(styles)));
  return unique(margins);
}

type Step = 'text' | 'space' | 'skip' | 'walk';

/** The text of each paragraph element under `root`, told by `step` which elements hold text. */
function paragraphs(root: XmlNodes, paragraph: string, step: (node: { name: string }) => Step): string[] {
  const found: string[] = [];
  // An explicit stack: a hostile file's nesting costs no call depth.
  const pending: XmlNodes[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element' && node.name === paragraph) {
      found.push(textOf(node, step));
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return found;
}

function textOf(root: XmlNodes, step: (node: { name: string }) => Step): string {
  let text = '';
  const pending: XmlNodes[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') continue;
    const what = node === root ? 'walk' : step(node);
    if (what === 'space') text += ' ';
    if (what === 'skip' || what === 'space') continue;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return text;
}

function unique(lines: readonly string[]): string[] {
  return [...new Set(lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line && line.length <= MAX_MARGIN_CHARS))];
}
