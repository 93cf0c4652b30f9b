/**
 * Words of a text as the tagger compares them, each with where it stands in the original text
 * so that a mention can point at its span. Comparison forms are folded (case, accents), then
 * reduced to a stem that singular and plural, masculine and feminine share.
 */
import { fold } from '../text/fold.js';
import { memoize } from '../text/memo.js';

export interface Token {
  /** The word as written: acronyms are matched on this, in capitals. */
  raw: string;
  /** Folded: lower case, no accents. */
  folded: string;
  /** Folded, then singular and masculine: "médicales" → "medical". */
  stem: string;
  /** Offsets in the original text, end exclusive (UTF-16 units, as String.prototype.slice). */
  start: number;
  end: number;
  /** A punctuation mark or a line break stands between this word and the one before it. */
  barrierBefore: boolean;
  /** The word is joined to the next by a hyphen alone ("mé-dicobus", "sport-santé", "mé-\ndicobus"). */
  hyphenAfter: boolean;
  /** The first word of a sentence (or of the text). */
  sentenceStart: boolean;
  /** An article or preposition that names never need ("de", "la", "aux", "l'"). */
  functionWord: boolean;
  /** An opening bracket stands between this word and the one before it: "… sécurité (CLS)". */
  bracketBefore: boolean;
}

/** Words skipped when names are compared: "centre de santé" and "centres santé" read alike. */
const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'a', 'au', 'aux', 'en', 'un', 'une', 'sur', 'dans', 'pour', 'par']);

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^[0-9]+$/;
/** What stops a name from running on: a name never spans a comma, a full stop or a bracket. */
const BARRIER = new Set('.,;:!?()[]{}«»"“”/|•\n\r\t…–—');
const SENTENCE_END = new Set('.!?:;\n•');

/** A word's comparison forms, computed once per distinct word. */
const forms = memoize((raw: string): { folded: string; stem: string; functionWord: boolean } => {
  const folded = fold(raw);
  return { folded, stem: stem(folded), functionWord: FUNCTION_WORDS.has(folded) };
});

/** Splits a text into words with their comparison forms and offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    const raw = match[0];
    // What stands between this word and the last one: usually a single space.
    let barrier = false;
    let sentence = false;
    let hyphen = 0;
    let other = 0;
    let bracket = false;
    for (let i = previousEnd; i < start; i++) {
      const c = text[i]!;
      if (c === '(' || c === '[') bracket = true;
      if (c === '-') hyphen++;
      else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\u00a0') other++;
      if (BARRIER.has(c)) barrier = true;
      if (SENTENCE_END.has(c)) sentence = true;
    }
    // Numbers are many and each different (row numbers, years): they skip the memory.
    const { folded, stem: stemmed, functionWord } = DIGITS.test(raw) ? { folded: raw, stem: raw, functionWord: false } : forms(raw);
    const before = tokens[tokens.length - 1];
    // A hyphen, alone or before a line break: "sport-santé", "mé-dicobus", "télécon-\nsultation".
    if (before && hyphen === 1 && other === 0 && text[previousEnd] === '-') before.hyphenAfter = true;
    tokens.push({
      raw,
      folded,
      stem: stemmed,
      start,
      end: start + raw.length,
      barrierBefore: tokens.length > 0 && barrier,
      hyphenAfter: false,
      sentenceStart: tokens.length === 0 || sentence,
      functionWord,
      bracketBefore: bracket,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The form singular and plural, masculine and feminine share: "médicaux", "médicale" → "medical". */
export function stem(folded: string): string {
  let word = folded;
  if (word.length > 4 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x'))) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  // A feminine past participle: "coordonnée" as "coordonné".
  if (word.length > 4 && word.endsWith('e') && folded.replace(/s$/, '').endsWith('ee')) word = word.slice(0, -1);
  return word;
}
