/**
 * Two shapes of a document that no heading names: a speaker's remark on a line of its own
 * ("Dr Martin : …", "Nadia, 42 ans : « … »"), and a page of dispositifs where each heading is
 * followed by the questions of a FAQ ("Qui peut en bénéficier ?", "Montant de l'aide").
 */
import { escapeRegExp as escape } from '../text/regexp.js';
import { fold } from '../text/fold.js';
import { FAQ_QUESTIONS, PERSON_TITLES, RELATIVE_DATE_OPENERS } from '../vocabulary/fr-prose.js';
import { firstKindIn, headingKind, isContextHeading, isMetadataLine, splitLabel, stripHeadingNoise } from '../vocabulary/match.js';
import { findDates } from './dates.js';
import type { Unit } from './units.js';

const TITLE = `(?:${PERSON_TITLES.map(escape).join('|')})`;
/** "Mme Girard", "Dr Lefèvre", "M. Roux", "Marie Dupont", "Jean-Luc PERROT": a title, or a first name and a name ("Le Fleix" is a place). */
// "Dr Samia B., généraliste à Montreuil", "Marie Dupont (infirmière)": the name, then maybe a role.
const PERSON = new RegExp(`^(?:${TITLE}\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?|(?!(?:Le|La|Les|Un|Une|Des|Du|De)\\s)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}[\\p{L}'’.-]+)(?:\\s*\\([^)]{1,60}\\)|,\\s*[^:]{1,80})?$`, 'u');
const QUOTE_OPENS = /^[«“"]/u;

/**
 * The words of a line that gives a speaker's words: a person's name before a colon ("Dr Martin :
 * il faut …"), or anyone before a colon and a quotation ("Une infirmière du 13e : « … »").
 * Labels of the document ("Pilote :", "Date :", "Constat :") are not speakers.
 */
export function speakerLine(raw: string): { words: string } | null {
  const split = splitLabel(raw.replace(/^[*_]+/, ''));
  if (!split || !split.rest || !/:/.test(raw)) return null;
  const label = split.label.replace(/[*_]/g, '').trim();
  const folded = stripHeadingNoise(fold(label));
  if (isMetadataLine(raw) || headingKind(folded) || isContextHeading(folded)) return null;
  // "Le conseil a posé une seule question : « … »", "Leur proposition : « … »": the label announces the item, nobody speaks.
  const announced = firstKindIn(folded);
  if (announced && announced !== 'observation') return null;
  const speaks = QUOTE_OPENS.test(split.rest) ? label.split(/\s+/).length <= 14 : PERSON.test(label);
  return speaks ? { words: split.rest.replace(/(?<![*_])[*_]+$/, '').trim() } : null;
}

const faqRegex = new RegExp(`^(?:${FAQ_QUESTIONS.map((q) => escape(fold(q)).replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`);

/** True for a FAQ question of a dispositif page ("Qui peut en bénéficier ?", "Montant de l'aide"). */
export function isFaqQuestion(text: string): boolean {
  return faqRegex.test(stripHeadingNoise(fold(text)));
}

/** How high a unit stands as a heading: 1–6 for Markdown headings, 7 for a bold line alone, null otherwise. */
function headingLevel(unit: Unit): number | null {
  if (unit.type === 'heading') return unit.depth ?? 6;
  if (unit.type === 'line' && unit.strong && unit.standalone) return 7;
  return null;
}

/** A FAQ question written as a plain line is short: "Pour qui ?", "Quel montant ?". */
const MAX_PLAIN_FAQ_CHARS = 40;
/** Headings of one level that hold FAQ questions, at least this many, make a page of dispositifs. */
const MIN_FAQ_SIBLINGS = 2;
/** A dispositif's description opens with a sentence. */
const MIN_DESCRIPTION_WORDS = 6;

/** Where the section a heading of `level` opens at `index` ends, and the first heading inside it. */
function sectionAt(units: readonly Unit[], index: number, level: number): { end: number; first: Unit | null } {
  let first: Unit | null = null;
  for (let j = index + 1; j < units.length; j++) {
    const sub = headingLevel(units[j]!);
    if (sub === null) continue;
    if (sub <= level) return { end: j, first };
    first ??= units[j]!;
  }
  return { end: units.length, first };
}

/**
 * The dispositif sections of a page: heading index → index of the first unit after its
 * section. A heading opens one when the next heading under it, or the line right after it, is a
 * FAQ question.
 */
export function faqBlocks(units: readonly Unit[]): Map<number, number> {
  const blocks = new Map<number, number>();
  const faqLevels = new Map<number, number>();
  for (let i = 0; i < units.length; i++) {
    const level = headingLevel(units[i]!);
    if (level === null || isFaqQuestion(units[i]!.text)) continue;
    const { end, first } = sectionAt(units, i, level);
    // The questions may be plain lines ("Pour qui ?" then its answer, on a département's page).
    const next = units[i + 1];
    const plainQuestion = next?.type === 'line' && next.text.trim().length <= MAX_PLAIN_FAQ_CHARS && isFaqQuestion(next.text);
    if ((first && isFaqQuestion(first.text)) || plainQuestion) {
      blocks.set(i, end);
      faqLevels.set(level, (faqLevels.get(level) ?? 0) + 1);
      i = end - 1;
    }
  }
  // On a page of dispositifs, the sibling headings without questions are dispositifs too
  // ("### Le bus santé connecté" then its description, beside "### Prime …" then "Pour qui ?").
  for (let i = 0; i < units.length; i++) {
    const level = headingLevel(units[i]!);
    if (level === null || blocks.has(i) || (faqLevels.get(level) ?? 0) < MIN_FAQ_SIBLINGS || isFaqQuestion(units[i]!.text)) continue;
    const { end, first } = sectionAt(units, i, level);
    // A description follows: a sentence, not a list of downloads or the section's cards.
    const described = units[i + 1]?.type === 'line' && units[i + 1]!.text.split(/\s+/).length >= MIN_DESCRIPTION_WORDS;
    if (described && first === null && !isContextHeading(stripHeadingNoise(fold(units[i]!.text)))) blocks.set(i, end);
  }
  return blocks;
}

/** An attribution is short: "Femme, 67 ans, quartier de la Grâce-de-Dieu", "— Marc, infirmier". */
const MAX_ATTRIBUTION_WORDS = 12;

/**
 * The line under a quotation that says who spoke, in a few words and no sentence: a detail of
 * the quotation, not an item.
 */
export function isAttribution(text: string, dashed = false): boolean {
  const trimmed = text.trim().replace(/^[—–-]\s*/u, '');
  // "— retraitée, 74 ans, Volmunster": after a dash, who spoke may be told in lower case.
  return trimmed.split(/\s+/).length <= MAX_ATTRIBUTION_WORDS && (dashed || /^\p{Lu}/u.test(trimmed)) && !/[.!?:;»”]$/u.test(trimmed) && !trimmed.includes('«');
}

/** An author's line is short: a name, a place, a date. */
const MAX_AUTHOR_WORDS = 10;
const AUTHOR_SEPARATOR = /(?<!\s)\s+[·•|–—]\s+/u;
/** "il y a 3 jours", "il y a 11 minutes": the relative dates of comment threads. */
const RELATIVE_DATE = new RegExp(`^(?:${RELATIVE_DATE_OPENERS.map(escape).join('|')})\\s+\\d+\\s+\\p{L}+$`, 'iu');

/**
 * The line that signs a comment or a contribution: "Nathalie · Andancette · il y a 3 jours",
 * "Gérard – Sarras – 12 mars 2024". Its parts are a name, a date and, between them, the place
 * where the author lives, if any. Null for any other line.
 */
export function authorLine(text: string): { place: string | null } | null {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length > MAX_AUTHOR_WORDS) return null;
  const parts = trimmed.split(AUTHOR_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts[0]!.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(parts[0]!)) return null;
  const last = parts.at(-1)!;
  if (!RELATIVE_DATE.test(last) && !findDates(last).length) return null;
  const middle = parts.slice(1, -1).filter((p) => /^\p{Lu}/u.test(p));
  return { place: middle.length === 1 ? middle[0]! : null };
}
