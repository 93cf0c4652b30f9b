/**
 * Splits prose into sentences with Intl.Segmenter, then mends its two French mistakes: a cut
 * after an abbreviation ("Mme. Leroy", "M. Roux", "cf. p. 12") and a cut inside a quotation
 * ("« Il faut venir. Vite. », dit-elle" is one sentence).
 */
import { memoize } from '../text/memo.js';
import { FRENCH_ABBREVIATIONS } from '../vocabulary/fr-prose.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the text given. */
  offset: number;
}


const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const abbreviation = new RegExp(`(?:^|[\\s(])(?:${FRENCH_ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.\\s*$`, 'iu');

/**
 * The sentences of a text, trimmed, each with its offset. A line is split by several readers
 * (lead-ins, enumerations, prose cues), so the answers are remembered; they are shared, so
 * read-only.
 */
export const sentences: (text: string) => readonly Readonly<Sentence>[] = memoize(splitSentences);

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    if (pending) pending.text += segment;
    else pending = { text: segment, offset: index };
    if (abbreviation.test(pending.text) || openQuotes(pending.text) > 0) continue;
    push(out, pending);
    pending = null;
  }
  if (pending) push(out, pending);
  return out;
}

function push(out: Sentence[], sentence: Sentence): void {
  const lead = /^\s*/.exec(sentence.text)![0].length;
  const text = sentence.text.trim();
  if (text) out.push({ text, offset: sentence.offset + lead });
}

/** French quotation marks opened and not yet closed. */
function openQuotes(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '«') depth++;
    else if (c === '»') depth = Math.max(0, depth - 1);
  }
  return depth;
}
