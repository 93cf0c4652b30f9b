/** The text of an item or a heading as recolte keeps it: trimmed, unquoted, shortened for messages. */
import { withoutInvisibles } from '../text/fold.js';
import type { Unit } from './units.js';

/** Heading text as shown in `axis` and `group`: no closing colon. */
export function headingText(unit: Unit): string {
  return unit.raw.trim().replace(/(?<!\s)\s*:\s*$/, '').trim();
}

/**
 * Strips what is not the item: surrounding whitespace (zero-width included), invisible
 * characters inside it, and the comma or semicolon that ends an enumerated item ("le soutien
 * à …," / "… (SAS) ;").
 */
export function cleanText(text: string): string {
  const clean = withoutInvisibles(text)
    .replace(/^[\s\u200b-\u200d\u2060\ufeff]+|(?<![\s\u200b-\u200d\u2060\ufeff])[\s\u200b-\u200d\u2060\ufeff]+$/g, '')
    .replace(/(?<!\s)\s*(?<![,;])[,;]+$/, '')
    .trim();
  // Quotation marks around the whole item are not part of it; one left unmatched by a label cut goes too.
  // The quotation without its spaces, or its last space when it holds nothing else (as the lazy `^«\s*([^«»]+?)\s*»` did).
  const wrapped = /^«(?:\s*(?!\s)([^«»]*[^«»\s])\s*|\s*(\s))»\s*([.!?…]?)$/u.exec(clean) ?? /^“(?:\s*(?!\s)([^“”]*[^“”\s])\s*|\s*(\s))”\s*([.!?…]?)$/u.exec(clean);
  if (wrapped) return `${wrapped[1] ?? wrapped[2]}${wrapped[3]}`;
  if (/»$/u.test(clean) && !clean.includes('«')) return clean.replace(/(?<!\s)\s*»$/u, '');
  return clean;
}

export function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
