/**
 * Compiles the vocabulary in ./fr.ts into matchers. Every matcher takes text already
 * passed through `fold` unless its name says otherwise.
 */
import { escapeRegExp as escape } from '../text/regexp.js';
import { replaceSpans } from '../text/spans.js';
import type { Kind } from '../types/record.js';
import { fold } from '../text/fold.js';
import { memoize } from '../text/memo.js';
import { infinitivesOf } from './verbs.js';
import {
  AXIS_WORDS,
  BLOCK_OPENERS,
  BLOCK_REFERENCES,
  BYLINE_PATTERNS,
  CHROME_PATTERNS,
  CONTEXT_HEADINGS,
  DEPARTEMENT_NUMBERED_ORGS,
  AWAY_MARKERS,
  BRANCH_WORDS,
  ELSEWHERE_MARKERS,
  HEADING_LEAD_INS,
  KIND_TERMS,
  METADATA_LABELS,
  OPENER_DETERMINERS,
  FIELD_LABELS,
  FORWARD_HEADINGS,
  PROJECT_FIELD_LABELS,
  NATIONAL_CUES,
  ORDINAL_WORDS,
  QUESTION_CUES,
  COLUMN_KINDS,
  TABLE_COLUMNS,
  TERRITORY_HOLDERS,
} from './fr.js';

/** Words that never take a plural mark, so "mise en œuvre" does not become "mises ens oeuvres". */
const PARTICLES = new Set(['a', 'au', 'aux', 'de', 'du', 'des', 'en', 'et', 'la', 'le', 'les', 'pour', 'sur', 'par']);


/** Regex source for a term: folded, any run of spaces, every content word optionally plural. */
export function termSource(term: string): string {
  return fold(term)
    .split(' ')
    .map((word) => {
      const elided = /^([a-z]')(.+)$/.exec(word);
      const [prefix, stem] = elided ? [elided[1]!, elided[2]!] : ['', word];
      if (PARTICLES.has(stem) || /[sx]$/.test(stem)) return escape(prefix + stem);
      return `${escape(prefix + stem)}(?:s|x)?`;
    })
    .join('\\s+');
}

interface KindPattern {
  kind: Kind;
  source: string;
}

/** Kind terms as one regex, longest first, so "piste d'action" wins over "piste". */
function compileKindTerms(terms: readonly (readonly [Kind, string])[]): { patterns: KindPattern[]; regex: RegExp } {
  const patterns = terms.map(([kind, term]) => ({ kind, source: termSource(term) })).sort((a, b) => b.source.length - a.source.length);
  const regex = new RegExp(`(?<![a-z0-9])(?:${patterns.map((p) => `(${p.source})`).join('|')})(?![a-z0-9])`, 'g');
  return { patterns, regex };
}

const BUILT_IN_TERMS = (Object.entries(KIND_TERMS) as [Kind, readonly string[]][]).flatMap(([kind, terms]) => terms.map((term) => [kind, term] as const));
let { patterns: kindPatterns, regex: kindRegex } = compileKindTerms(BUILT_IN_TERMS);
let extensionKey = '';

/**
 * Adds a project's own section headings ("Freins identifiés" → pitfall) to the kind terms, or
 * goes back to the built-in ones. The terms are compiled into one regex used by every matcher
 * below, so a parse selects its vocabulary once, before it starts; the same extensions twice
 * cost nothing.
 */
export function useHeadingExtensions(headings: Readonly<Record<string, Kind>> = {}): void {
  const extra = Object.entries(headings).filter(([heading]) => fold(heading).trim());
  const key = JSON.stringify(extra);
  if (key === extensionKey) return;
  extensionKey = key;
  // The project's terms first: of two terms of one length the first wins, so its "Ce qui coince" →
  // pitfall overrides the built-in finding.
  ({ patterns: kindPatterns, regex: kindRegex } = compileKindTerms([...extra.map(([heading, kind]) => [kind, heading] as const), ...BUILT_IN_TERMS]));
  findKindTerms.clear();
  headingKind.clear();
}

export interface KindMatch {
  kind: Kind;
  index: number;
  length: number;
}

/** Every kind term in the text, left to right. */
export const findKindTerms = memoize<readonly KindMatch[]>(scanKindTerms);

function scanKindTerms(folded: string): KindMatch[] {
  const matches: KindMatch[] = [];
  for (const m of folded.matchAll(kindRegex)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    matches.push({ kind: kindPatterns[group]!.kind, index: m.index, length: m[0].length });
  }
  return matches;
}

/** Markdown marks and decorative emoji before a heading's words ("## 💡 Propositions"). */
export const LEADING_MARKUP = /^(?:[*_#>\s\u200d]|(?![©®™])\p{Extended_Pictographic})+/u;

/** Section or item numbering in folded text: "2.", "1.1", "iv)", "b -". */
export const NUMBERING_PREFIX = /^(?:(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5}|[a-h])\s*[.)°:\-–—]+\s*|\d{1,3}(?:\.\d{1,3})+\s+)/;

/** Removes section numbering, parentheticals, quotes, emphasis marks and closing punctuation. */
export const stripHeadingNoise = memoize((folded: string): string =>
  replaceSpans(
    folded
      .replace(LEADING_MARKUP, '')
      .replace(/(?<![*_\s])[*_\s]+$/g, '')
      .replace(NUMBERING_PREFIX, ''),
    '(',
    ')',
    () => ' ',
  )
    .replace(/["«»“”]/g, ' ')
    .replace(/(?<![\s:?!.;,…–—-])[\s:?!.;,…–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

const leadInRegex = new RegExp(
  `^(?:${[...HEADING_LEAD_INS]
    .map((l) => escape(fold(l)))
    .sort((a, b) => b.length - a.length)
    .join('|')}|n°|\\d{1,3}(?: \\d{3})*)(?![a-z0-9])\\s*`,
);

/** Drops the words that may stand before a kind term ("zoom sur les 16 …"). */
export function stripLeadIns(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(leadInRegex, '');
    if (next === current) return current;
    current = next;
  }
}

export interface HeadingKind {
  kind: Kind;
  /** Words after the kind term: "leviers à privilégier" has 2. */
  extraWords: number;
}

/** The kind a heading names when it starts with a kind term, possibly after lead-ins. */
export const headingKind = memoize((folded: string): Readonly<HeadingKind> | null => {
  const clean = stripHeadingNoise(folded);
  for (const candidate of [clean, stripLeadIns(clean)]) {
    const first = findKindTerms(candidate)[0];
    if (first && first.index === 0) {
      const rest = candidate.slice(first.length).trim();
      return { kind: first.kind, extraWords: rest ? rest.split(' ').length : 0 };
    }
  }
  return null;
});

/** The first kind named anywhere in a question or an introductory sentence. */
export function firstKindIn(folded: string): Kind | null {
  return findKindTerms(stripHeadingNoise(folded))[0]?.kind ?? null;
}

const blockNounSource = `\\b(?:cette|cet|ce) (?:${BLOCK_REFERENCES.nouns.map(termSource).join('|')})(?![a-z0-9])`;
const blockNounRegex = new RegExp(blockNounSource);
const blockNounsRegex = new RegExp(blockNounSource, 'g');
const blockPronounRegex = new RegExp(`\\b(?:la|le|les|l') ?(?:${BLOCK_REFERENCES.verbs.map(termSource).join('|')})(?![a-z0-9])`);

/** True when a heading or question is about the proposal above it ("… cette proposition ?", "Comment la financer ?"). */
export function refersToBlock(folded: string): boolean {
  return blockNounRegex.test(folded) || blockPronounRegex.test(folded);
}

const questionCues = (Object.entries(QUESTION_CUES) as [Kind, readonly string[]][]).map(([kind, cues]) => ({
  kind,
  regex: new RegExp(`^(?:${cues.map((c) => escape(fold(c)).replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`),
}));
const MAX_CUED_QUESTION_WORDS = 6;
/** A question heading that names its kind is short: "Quelles sont vos propositions pour mieux soigner le territoire ?". */
const MAX_NAMED_QUESTION_WORDS = 12;

/** The kind a question names in words ("À quels besoins …?"), leaving out what it is about ("cette proposition"). */
export function namedKindIn(folded: string): Kind | null {
  return firstKindIn(folded.replace(blockNounsRegex, ' '));
}

/**
 * The kind a question asks for: named anywhere in it ("À quels besoins répond-elle ?"), else
 * by the way it opens, when short or about the block ("Pourquoi ?", "Comment la mettre en œuvre ?").
 */
export function askedKind(folded: string): Kind | null {
  const clean = stripHeadingNoise(folded);
  // "Est-ce que quelqu'un sait si la mairie a une piste pour faire venir un médecin ?" asks, it heads nothing.
  if (clean.split(' ').length > MAX_NAMED_QUESTION_WORDS) return null;
  const named = namedKindIn(folded);
  if (named) return named;
  if (clean.split(' ').length > MAX_CUED_QUESTION_WORDS && !refersToBlock(clean)) return null;
  // "Pourquoi ce travail ?" asks about the document, "Pourquoi cette proposition ?" about the item.
  if (/(?:^|\s)(?:ce|cet|cette|ces)\s/.test(clean) && !refersToBlock(clean)) return null;
  return questionCues.find(({ regex }) => regex.test(clean))?.kind ?? null;
}

const contextRegex = new RegExp(
  `^(?:${CONTEXT_HEADINGS.map(termSource).join('|')})(?![a-z0-9])`,
);

/** True for headings about the meeting itself ("Objectif de l'atelier", "Contexte"). */
export function isContextHeading(folded: string): boolean {
  return contextRegex.test(stripHeadingNoise(folded));
}

// Up to two words may qualify the axis word: "Axe stratégique 1", "Orientation prioritaire n°2".
const axisRegex = new RegExp(
  `^(?:${AXIS_WORDS.map(termSource).join('|')})(?:\\s+[a-z][a-z'-]+){0,2}?(?:\\s*(?:n°|no|numero)\\s*|\\s+|(?=\\d))(?:\\d{1,2}|[ivx]{1,5}|[a-h])(?![a-z0-9'])|^axes?\\s*:`,
);

/** True for thematic axis headings: "Axe 2 – …", "Thème III :", "Chantier n°1". */
export function isAxisHeading(folded: string): boolean {
  return axisRegex.test(folded.replace(LEADING_MARKUP, ''));
}

const ordinal = `(?:${ORDINAL_WORDS.map((w) => escape(fold(w))).join('|')}|\\d{1,2}(?:e|eme|er|re|ere))`;
const determiner = `(?:(?:${OPENER_DETERMINERS.map((w) => escape(fold(w))).join('|')})\\s+)?`;
/**
 * "Proposition 2", "Action 1.2", "Fiche action n°3", and ordinal forms: "Première mesure",
 * "Notre deuxième engagement", "2e recommandation". The number is numbering, never text.
 */
const openerPatterns = (Object.entries(BLOCK_OPENERS) as [Kind, readonly string[]][]).map(([kind, terms]) => {
  const term = `(?:${terms.map(termSource).join('|')})`;
  return {
    kind,
    regex: new RegExp(`^${determiner}(?:${term}\\s*(?:(?:n°|no|numero|#)\\s*)?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-h])|${ordinal}\\s+${term})$`),
  };
});

/**
 * Splits "Label : rest" (also "Label – rest", "Proposition 2. rest") on raw text, so the
 * rest keeps its case and accents. Returns null when the line has no short label.
 */
export const splitLabel = memoize((raw: string): Readonly<{ label: string; rest: string }> | null => {
  // "Proposition 2. Créer …" splits after the number; "Action 1.2 : …" does not split inside it.
  const m = /^(.{1,60}?)\s*(?::|\s[–—-]\s|(?<=\d)[.)](?!\d))\s*(.*)$/su.exec(raw.trim());
  if (!m) return null;
  return { label: m[1]!.replace(/[*_]/g, '').trim(), rest: m[2]!.trim() };
});

export interface BlockOpener {
  kind: Kind;
  /** The item's text when it stands on the opener's line ("Proposition 2 : Créer …"). */
  inline: string | null;
}

/** Recognises "Proposition 1", "Proposition n°2 : …", "Fiche action 3 –", "Initiative 4". */
export function blockOpener(raw: string): BlockOpener | null {
  const whole = stripHeadingNoise(fold(raw));
  for (const { kind, regex } of openerPatterns) if (regex.test(whole)) return { kind, inline: null };
  const split = splitLabel(raw);
  if (!split || !split.rest) return null;
  const label = stripHeadingNoise(fold(split.label));
  for (const { kind, regex } of openerPatterns) if (regex.test(label)) return { kind, inline: split.rest };
  return null;
}

const MAX_QUALIFIED_LABEL_WORDS = 7;

/** A past participle ("relevé", "retenues", "émis"): a form of a verb with a participle's ending. */
function isParticiple(word: string): boolean {
  return /(?:e|ee|es|ees|is|ise|ises|u|ue|us|ues|it|ite|its)$/.test(word) && /(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its|e|es)$/.test(word) && infinitivesOf(word).length > 0;
}

/** "Réflexion : …", "Constat : …": a line that names its own kind before a colon. */
export function inlineKindLabel(raw: string): { kind: Kind; rest: string } | null {
  const split = splitLabel(raw);
  if (!split || !split.rest || !/[:–—]/.test(raw)) return null;
  // "Objectif opérationnel 2 :", "Recommandation n° 3 –": the number after the label is numbering.
  const label = stripHeadingNoise(fold(split.label)).replace(/(?<!\s)\s+(?:(?:n°|no)\s*)?\d+(?:\.\d+)*$/, '');
  const hk = headingKind(label);
  if (!hk || isContextHeading(label)) return null;
  // "Point de vigilance relevé par la commission des finances : …": a participle may qualify the label.
  const qualified = hk.extraWords <= MAX_QUALIFIED_LABEL_WORDS && isParticiple(label.split(' ').at(-hk.extraWords) ?? '');
  if (hk.extraWords > 1 && !qualified && !bySpeaker(label)) return null;
  return { kind: hk.kind, rest: split.rest };
}

/** Words of a speaker after a label: "Question de Mme Perret", "Remarque d'un habitant". */
const MAX_SPEAKER_WORDS = 4;

/** The label is a kind followed by who spoke ("question de mme perret"); takes folded text. */
function bySpeaker(label: string): boolean {
  for (const m of label.matchAll(/\s(?:de|d')\s*/g)) {
    const head = headingKind(label.slice(0, m.index));
    const speaker = label.slice(m.index + m[0].length).split(' ').filter(Boolean);
    if (head && head.extraWords === 0 && speaker.length > 0 && speaker.length <= MAX_SPEAKER_WORDS) return true;
  }
  return false;
}

const fieldRegex = new RegExp(`^(?:${FIELD_LABELS.map(termSource).join('|')})(?![a-z0-9])`);

/** True for the name of a field about an action itself ("Pilote", "Partenaires", "Calendrier"); takes folded text. */
export function isFieldLabel(folded: string): boolean {
  return fieldRegex.test(stripHeadingNoise(folded));
}

const projectFieldRegex = new RegExp(`^(?:${PROJECT_FIELD_LABELS.map(termSource).join('|')})(?![a-z0-9])`);

/** True for a field naming who carries or funds a project ("Porteur", "Montant accordé"); takes folded text. */
export function isProjectFieldLabel(folded: string): boolean {
  return projectFieldRegex.test(stripHeadingNoise(folded));
}

const forwardRegex = new RegExp(`^(?:${FORWARD_HEADINGS.map(termSource).join('|')})(?![a-z])`);

/** True for a context heading that looks ahead ("Perspectives 2023", "Et maintenant ?"); takes folded text. */
export function isForwardHeading(folded: string): boolean {
  return forwardRegex.test(stripHeadingNoise(folded));
}

const nationalRegex = new RegExp(`(?<![a-z0-9])(?:${NATIONAL_CUES.map(termSource).join('|')})(?![a-z0-9])`);

/** True when a title or opening speaks of France as a whole: a national plan, a law, a national survey. Takes raw text. */
export function isNational(text: string): boolean {
  return nationalRegex.test(fold(text));
}

const metadataRegex = new RegExp(`^(?:${METADATA_LABELS.map(termSource).join('|')})$`);

/** True for "Nombre de participants : 12", "Date : …", "Atelier : lundi 8 octobre". */
export const isMetadataLine = memoize((raw: string): boolean => {
  const split = splitLabel(raw);
  return !!split && /:/.test(raw) && metadataRegex.test(stripHeadingNoise(fold(split.label)));
});

/** True for page chrome: navigation, calls to act, bylines, credits, separators. */
export const isChromeText = memoize((folded: string): boolean => {
  const clean = folded.replace(/^[^\p{L}\p{N}[(<>#*_.·•=~-]+/u, '').trim();
  return CHROME_PATTERNS.some((re) => re.test(clean) || re.test(folded));
});

/** True for a byline ("Par Jean Dupont", "Par Marie Durand – 12 mars 2024"); takes raw text. */
export function isBylineRaw(raw: string): boolean {
  const text = raw.trim();
  return BYLINE_PATTERNS.some((re) => re.test(text));
}

/**
 * What a column of a document table holds: items of a kind (a header such as "Constat"), or a
 * field of TABLE_COLUMNS, where the `kind` field, the kind of each row written as a word, is
 * the `type` role.
 */
export type ColumnRole =
  | { role: 'kind'; kind: Kind }
  | { role: 'text' | 'title' | 'details' | 'type' | 'territory' | 'postcode' | 'date' | 'axis' | 'group' | 'status' };

type NamedRole = Exclude<ColumnRole['role'], 'kind'>;

const wholeTerms = (terms: readonly string[]): RegExp => new RegExp(`^(?:${terms.map(termSource).join('|')})$`);
// A field without names (meeting: only ever named by --map) is no role of a document's table.
const namedColumns = (Object.entries(TABLE_COLUMNS) as [keyof typeof TABLE_COLUMNS, readonly string[]][]).filter(([, names]) => names.length).map(([field, names]) => ({
  role: (field === 'kind' ? 'type' : field) as NamedRole,
  regex: wholeTerms(names),
}));
const textColumn = wholeTerms(TABLE_COLUMNS.text);
const kindColumns = (Object.entries(COLUMN_KINDS) as [Kind, readonly string[]][]).map(([kind, names]) => ({ kind, regex: wholeTerms(names) }));
/** "Contenu texte", "Commune concernée": a column name followed by a note of this many words at most. */
const MAX_NOTE_WORDS = 2;

/**
 * What a table column holds, from its header cell (the part before a line break, when there is
 * one): a field named by TABLE_COLUMNS, a kind named by COLUMN_KINDS or a kind term, else the
 * text. A name followed by a short note ("Contenu texte") is that name.
 */
export function columnRole(header: string): ColumnRole | null {
  const folded = stripHeadingNoise(fold(header));
  const words = folded.split(' ');
  for (let n = words.length; n >= Math.max(1, words.length - MAX_NOTE_WORDS); n--) {
    const role = wholeColumnRole(words.slice(0, n).join(' '));
    if (role) return role;
  }
  return null;
}

function wholeColumnRole(folded: string): ColumnRole | null {
  for (const { role, regex } of namedColumns) if (role !== 'text' && regex.test(folded)) return { role };
  for (const { kind, regex } of kindColumns) if (regex.test(folded)) return { role: 'kind', kind };
  const hk = headingKind(folded);
  // "Verbatim", "Commentaire", "Avis" head the free text of an export, as in spreadsheets, not remarks.
  if (hk && hk.extraWords <= 2 && !(hk.kind === 'observation' && textColumn.test(folded))) return { role: 'kind', kind: hk.kind };
  return textColumn.test(folded) ? { role: 'text' } : null;
}

/** True for a header that names the text column of a spreadsheet, even when it names a kind too ("Proposition", "Verbatim"). */
export function isTextColumnName(header: string): boolean {
  return textColumn.test(stripHeadingNoise(fold(header)));
}

const ACCENTED: Readonly<Record<string, string>> = { a: '[aàâä]', c: '[cç]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', y: '[yÿ]' };

/** Regex source for a term in text as written: accents optional, any run of spaces, either apostrophe (case is left to the flags). */
function writtenTermSource(term: string): string {
  return [...fold(term)].map((ch) => (ch === ' ' ? '\\s+' : ch === "'" ? "['’]" : ACCENTED[ch] ?? escape(ch))).join('');
}

const alternation = (terms: readonly string[]): string =>
  [...terms].sort((a, b) => b.length - a.length).map(writtenTermSource).join('|');

// "de la", "de l'", "du", "des" before a place: the article names an area ("du Gard"); a bare "de" or "d'" a commune.
const HOLDER_LINK = "\\s+(?:(?<article>de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+)|de\\s+|d['’])";
const holderRegex = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<commune>${alternation(TERRITORY_HOLDERS.commune)})|(?<area>${alternation(TERRITORY_HOLDERS.area)})|(?:${alternation(TERRITORY_HOLDERS.either)}))${HOLDER_LINK}`,
  'giu',
);

/** A word naming a territory's people or institutions, and the "de" after it. */
export interface HolderCue {
  /** The cue as written ("maires de l'", "conseil départemental du"). */
  cue: string;
  /** Offset just after the cue: where the place starts. */
  end: number;
  /** Which reading of the place comes first. */
  prefer: 'commune' | 'area';
}

/** "les maires de l'Orne", "le conseil départemental du Gard", "la ville de Saint-Dizier": where a place may follow; takes raw text. */
export function findHolderCues(raw: string): HolderCue[] {
  const cues: HolderCue[] = [];
  for (const m of raw.matchAll(holderRegex)) {
    const { commune, area, article } = m.groups ?? {};
    const prefer = commune ? 'commune' : area || article ? 'area' : 'commune';
    cues.push({ cue: m[0], end: m.index + m[0].length, prefer });
  }
  return cues;
}

// An acronym from the list, then a département code: "UDAF 53", "SDIS-2A", "CDOM 971".
const numberedOrgRegex = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DEPARTEMENT_NUMBERED_ORGS.map(escape).join('|')})[ \\u00a0-]?(\\d{2,3}|2[AB])(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);

/** An organisation named with its département's number. */
export interface NumberedOrg {
  /** As written ("UDAF 53"). */
  text: string;
  /** The number or code as written ("53", "2A"). */
  code: string;
  index: number;
}

/** "UDAF 53", "SDIS 2A": organisations from the list that carry a département number; takes raw text. */
export function findNumberedOrgs(raw: string): NumberedOrg[] {
  return [...raw.matchAll(numberedOrgRegex)].map((m) => ({ text: m[0], code: m[2]!.toUpperCase(), index: m.index }));
}

const elsewhereRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ELSEWHERE_MARKERS)})\\s*(?:[àa]\\s+|au\\s+|aux\\s+|en\\s+|de\\s+|d['’]\\s*|du\\s+)?(?:l['’]|la\\s+|le\\s+|les\\s+)?$`, 'iu');

/** True when the text ends on a marker of an example from elsewhere ("comme à", "sur le modèle de"); takes raw text. */
export function endsWithElsewhereMarker(raw: string): boolean {
  return elsewhereRegex.test(raw.slice(-60));
}

const CLAUSE_BREAK = /[,;:.!?«»()]/;
/**
 * The clause the text ends in holds one of the terms: no clause punctuation after it. Read in
 * the last clause, not from each term to the end (`…(?:terms)(?![\p{L}\p{N}])[^,;:.!?«»()]*$`).
 */
const clauseWith = (terms: readonly string[]): ((text: string) => boolean) => {
  const term = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(terms)})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => {
    let start = text.length;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    // A clause break before the clause is neither a letter nor a digit, as the text's start.
    return term.test(text.slice(start));
  };
};
const inAwayClause = clauseWith(AWAY_MARKERS);
const inBranchClause = clauseWith(BRANCH_WORDS);

/** True when the clause the text ends in puts what follows away ("une navette vers les cabinets de", "l'éloignement des urgences de"); takes raw text. */
export function endsAwayFrom(raw: string): boolean {
  return inAwayClause(raw.slice(-80));
}

/** True when the clause the text ends in names a branch ("une antenne du centre de santé de"); takes raw text. */
export function endsInBranch(raw: string): boolean {
  return inBranchClause(raw.slice(-80));
}
