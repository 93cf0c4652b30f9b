import { findHolderCues } from '../vocabulary/match.js';
import { normalizePlaceName } from './normalize.js';
import { type Resolution, type Within, resolveNormalized } from './resolve.js';
import { withinOf } from './contain.js';

/** A capitalised place phrase found after a French locative cue. */
export interface PlaceMention {
  /** The phrase as written ("Grand Est", "Musée de la Bière"). */
  phrase: string;
  /** The cue as written, spaces collapsed ("à", "en", "dans la", "département du"). */
  preposition: string;
  /** Offset of the phrase (not the cue) in the text. */
  index: number;
  /** Which reading comes first, when the cue says ("la ville de" a commune, "les maires de l'" an area). */
  prefer?: 'commune' | 'area';
}

/** Options for {@link resolvePlaceMention}. */
export interface MentionOptions {
  within?: Within;
}

// Longest alternatives first. Plain "de"/"du"/"des" are left out: far too many false hits.
const CUE =
  /(?<![\p{L}\p{M}\p{N}'’-])(?:dans\s+(?:la|le|les)\s+|dans\s+l['’]|d[ée]partements?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])|r[ée]gions?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?|[àa]\s+(?:la\s+|l['’])?|aux?\s+|en\s+)/giu;
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/uy;
const GAP = /[ \t\u00a0\u202f]+/y;
/** Small words inside a place's name ('Saint-Ouen-du-Tilleul', 'Bar sur Aube'). */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'et', 'lès', 'lez']);

/**
 * Capitalised place phrases after cues such as "à", "au", "en", "dans la", "département du",
 * "région", and after words naming a territory's people or institutions ("les maires de
 * l'Orne", "le conseil départemental du Gard"), in the order of the text.
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const mentions = locativeMentions(text);
  for (const { cue, end, prefer } of findHolderCues(text)) {
    const span = scanPhrase(text, end, true);
    const phrase = span && text.slice(span.begin, span.end);
    if (!span || !phrase || !isMeaningful(phrase) || mentions.some((m) => m.index === span.begin)) continue;
    mentions.push({ phrase, preposition: cue.trim().replace(/\s+/g, ' '), index: span.begin, prefer });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

function locativeMentions(text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const cue of text.matchAll(CUE)) {
    const cueText = cue[0];
    const start = cue.index + cueText.length;
    // Unaccented "a" is usually the verb avoir; accept it only as a capitalised sentence opener ("A Stenay, …").
    if (/^a\s/i.test(cueText) && !(cueText.startsWith('A') && opensSentence(text, cue.index))) continue;
    const span = scanPhrase(text, start, /\p{Ll}/u.test(cueText));
    const phrase = span && text.slice(span.begin, span.end);
    if (span && phrase && isMeaningful(phrase)) {
      mentions.push({ phrase, preposition: cueText.trim().replace(/\s+/g, ' '), index: span.begin });
    }
  }
  return mentions;
}

/** Whether position i starts a line, or follows sentence or heading punctuation. */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j]!)) {
    if (text[j] === '\n') return true;
    j--;
  }
  return j < 0 || '.!?:;…«"“('.includes(text[j]!);
}

/**
 * Capitalised words joined by spaces, hyphens or particles, ending on a capitalised word.
 * Leading particles are dropped, and so are leading all-capital words when the cue is in
 * mixed case: those are acronyms ("à l'ARS Grand Est", "au CHU de Nancy"), not places.
 */
function scanPhrase(text: string, start: number, mixedCase: boolean): { begin: number; end: number } | null {
  let pos = start;
  let begin = -1;
  let end = -1;
  for (;;) {
    WORD.lastIndex = pos;
    const word = WORD.exec(text)?.[0];
    if (word === undefined) break;
    const capitalised = /^\p{Lu}/u.test(word) || /^[dl]['’]\p{Lu}/u.test(word);
    if (!capitalised && !PARTICLES.has(word)) break;
    const acronym = mixedCase && begin < 0 && word.length > 1 && !/\p{Ll}/u.test(word);
    if (capitalised && !acronym) {
      if (begin < 0) begin = pos;
      end = pos + word.length;
    }
    pos += word.length;
    GAP.lastIndex = pos;
    if (!GAP.test(text)) break;
    pos = GAP.lastIndex;
  }
  return begin < 0 ? null : { begin, end };
}

/** At least one non-particle word, and more than one letter. */
function isMeaningful(phrase: string): boolean {
  const key = normalizePlaceName(phrase);
  return key.length > 1 && key.split(' ').some((w) => !PARTICLES.has(w) && w !== 'l' && w !== 'd');
}

/**
 * Resolve a mention, longest prefix first ("Musée de la Bière" → "Musée"). After "à"/"au"/"aux"
 * communes win; after "en", "dans", "département", "région" or "à la" areas win.
 */
export function resolvePlaceMention(mention: PlaceMention, options: MentionOptions = {}): Resolution {
  const cue = normalizePlaceName(mention.preposition);
  const prefer = mention.prefer ?? (/^(?:a|au|aux)$/.test(cue) ? 'commune' : 'area');
  // Title-case set phrases ("En Ligne", "En Cours", "Au Bois") are commune names too; a
  // capitalised "En"/"Au"/"Aux" opening a heading or sentence is trusted only for areas.
  const setPhrase = /^(?:en|au|aux)$/.test(cue) && /^\p{Lu}/u.test(mention.preposition);
  const words = mention.phrase.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (PARTICLES.has(words[n - 1]!) || !isMeaningful(prefix)) continue;
    // "en Meuse", "en Grand Est": after "en" a place is a département or région; "Santé en Vallée"
    // names an association, not the commune of La Vallée.
    const allowCommunes = cue !== 'en' && !(setPhrase && n === 1 && !words[0]!.includes('-'));
    const result = resolveNormalized(normalizePlaceName(prefix), prefer, options.within, allowCommunes);
    // "dans la Plaine de l'Ain", "à Grand Ilet": a commune found by cutting a name short is trusted
    // inside the document's own area, or when what is cut is joined by "et" ("Stenay Et Environs");
    // elsewhere it is a coincidence of names.
    const cut = n < words.length && !/^(?:et|ou)$/i.test(words[n]!);
    if (cut && result.status === 'found' && result.territory.level === 'commune' && !insideArea(result.territory, options.within)) continue;
    if (result.status !== 'unknown') return result;
  }
  return { status: 'unknown' };
}

/** Whether a commune lies in the département (or else the région) given; false when none is given. */
function insideArea(commune: { code: string }, within: Within | undefined): boolean {
  if (!within?.departement && !within?.region) return false;
  const around = withinOf({ level: 'commune', code: commune.code, name: '' });
  return within.departement ? around?.departement === within.departement : around?.region === within.region;
}
