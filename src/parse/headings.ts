/**
 * Decides what each unit is before the engine places it: chrome, a heading (and of which
 * role), a line introducing a list, or content. All wording comes from the vocabulary.
 */
import type { Kind, Territory } from '../types/record.js';
import { fold } from '../text/fold.js';
import { parseTerritoryHeading } from '../territory/index.js';
import {
  askedKind,
  blockOpener,
  firstKindIn,
  headingKind,
  inlineKindLabel,
  isAxisHeading,
  isBylineRaw,
  isChromeText,
  isContextHeading,
  isMetadataLine,
  namedKindIn,
  LEADING_MARKUP,
  refersToBlock,
} from '../vocabulary/match.js';
import type { Unit } from './units.js';
import { isWholeQuote, leadInKind } from './prose.js';
import { sentences } from './sentences.js';
import { surveyKind } from './survey.js';
import { escapeRegExp } from '../text/regexp.js';
import { STEP_LABELS } from '../vocabulary/fr.js';
import { isProjectChrome } from '../vocabulary/extensions.js';

export type HeadingRole =
  | { role: 'axis' }
  | { role: 'section'; kind: Kind | null; strong: boolean; child: boolean; answers?: true }
  | { role: 'block'; kind: Kind; inline: string | null }
  | { role: 'territory'; territory: Territory }
  | { role: 'group' }
  | { role: 'other' };

export type Classified =
  | { as: 'chrome' }
  | { as: 'heading'; heading: HeadingRole }
  | { as: 'intro'; kind: Kind | null; group: string | null; long: boolean }
  | { as: 'prose' }
  | { as: 'content' };

export interface Context {
  /** The innermost open section names a kind with a strong heading: plain lines there are items. */
  strongSection: boolean;
  /** A section or an axis is open, so a short label before a list is a sub-group. */
  grouping: boolean;
  /** Lines are being gathered as the description of a proposal or initiative. */
  collecting: boolean;
  /** A numbered block ("Proposition 1") still waits for the line that names its item. */
  awaiting?: boolean;
  /** The innermost section gathers questions: a line asking one is an item, not a heading. */
  questions?: boolean;
  /** The innermost section describes the meeting ("Ordre du jour"): its numbered items are agenda points, not sections. */
  agenda?: boolean;
}

/** The context before anything is known, for passes that classify units out of the walk. */
export const NEUTRAL_CONTEXT: Context = { strongSection: false, grouping: false, collecting: false };

/** A kind heading with more than this many words after its term only announces (weak). */
const STRONG_EXTRA_WORDS = 3;
/** A kind heading with more words than this after its term is a title unless a list follows. */
const TITLE_EXTRA_WORDS = 5;
const MAX_HEADING_LENGTH = 150;
const MAX_LABEL_WORDS = 6;
const MAX_CAPS_HEADING_WORDS = 10;
/** A bullet announcing the items below it is short; a long one ending in ":" is an item of its own. */
const MAX_ITEM_INTRO_WORDS = 8;

/** Kinds that describe the proposal they stand under, even when their heading does not say so. */
export const CHILD_KINDS: readonly Kind[] = ['need', 'objective', 'first_step'];

/** Words of a text, as runs of non-space. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const endsSentence = (text: string): boolean => /[.;,…]["»”)]?$/.test(text.trim()) && !/\.\.\.$/.test(text.trim());

/** True when the unit is page chrome. */
export function isChrome(unit: Unit): boolean {
  if (unit.type === 'chrome') return true;
  if (unit.image) return true;
  if (unit.type === 'table-header' || unit.type === 'table-row' || unit.type === 'code') return false;
  return isChromeText(fold(unit.text)) || isChromeText(fold(unit.raw)) || isBylineRaw(unit.text) || isProjectChrome(unit.text);
}

/** Classifies one unit, looking at the unit that follows it for lists and labels. */
export function classify(unit: Unit, next: Unit | undefined, context: Context): Classified {
  if (isChrome(unit)) return { as: 'chrome' };
  if (unit.type !== 'heading' && unit.type !== 'line' && unit.type !== 'item') return { as: 'content' };

  const raw = unit.raw.trim();
  const folded = fold(raw);
  const territory = parseTerritoryHeading(raw);
  if (territory && (unit.type !== 'item' || unit.numbered)) return heading({ role: 'territory', territory });
  if (unit.type === 'item') {
    const classified = itemHeading(unit, folded, next);
    // "Ordre du jour" over "2. Questions des habitants": an agenda point names the section to come, it opens none.
    const agendaPoint = context.agenda && unit.numbered && classified.as === 'heading' && classified.heading.role === 'section';
    return agendaPoint ? { as: 'content' } : classified;
  }

  const opener = blockOpener(raw);
  if (opener) return heading({ role: 'block', kind: opener.kind, inline: opener.inline });
  if (raw.length <= MAX_HEADING_LENGTH * 1.5 && isAxisHeading(folded)) return heading({ role: 'axis' });
  // "## Nos revendications" then "### II. L'hôpital public, pilier de l'accès aux soins": a theme of the demands.
  if (context.strongSection && (unit.type === 'heading' || unit.strong) && ROMAN_NUMBERED.test(raw.replace(LEADING_MARKUP_RAW, '')) && !headingKind(folded) && !isContextHeading(folded)) {
    return heading({ role: 'axis' });
  }

  const explicit = unit.type === 'heading' || (unit.strong && raw.length <= MAX_HEADING_LENGTH);
  // "« Beaucoup de patients ignorent … »" then "— Claire, pharmacienne": a quotation heads nothing.
  if (!explicit && isWholeQuote(raw)) return { as: 'content' };
  const followedByList = next?.type === 'item';
  const endsWithColon = /:\s*$/.test(raw);
  const question = /\?\s*$/.test(raw);

  // "Date : …", "Contact : …" describe the document wherever they stand, even under a
  // proposal; "Participants : 42" gives a value, it does not open the "Participants" section.
  const metadata = isMetadataLine(raw);
  if (metadata && !endsWithColon) return { as: 'prose' };
  if (isContextHeading(folded) && (explicit || endsWithColon || unit.standalone) && !endsSentence(raw)) {
    return heading({ role: 'section', kind: null, strong: true, child: false });
  }
  // "Les habitants proposent :", "Deux propositions ont été retenues par le comité ;" announce a list.
  if (followedByList && (endsWithColon || /;\s*$/.test(raw)) && !explicit) return intro(raw, folded);
  // "**Nous, habitants, patients et élus, demandons :**": a sentence in bold that announces the list, no heading.
  if (followedByList && endsWithColon && unit.type !== 'heading' && wordCount(raw) > MAX_LABEL_WORDS && !headingKind(folded)) {
    const announced = intro(raw, folded);
    if (announced.as === 'intro' && announced.kind) return announced;
  }
  if (metadata) return { as: 'prose' };
  // Under "Questions de la salle", "Pourquoi les urgences ferment-elles ?" is one of the questions.
  if (context.questions && question && !explicit && !namedKindIn(folded)) return { as: 'content' };
  const section = sectionHeading(unit, folded, explicit, endsWithColon, question, followedByList);
  if (section) return section;

  // "## Proposition 1", a blank line, then "Créer un bus santé" (bold or a heading too): the item.
  if (context.awaiting) return { as: 'content' };
  const label = looksLikeLabel(raw) && followedByList && (unit.standalone || next?.paragraph === unit.paragraph);
  // "**Pour les étudiants**" or "### Former" over a list inside a theme is a sub-group, like "Former :".
  if (explicit) return heading({ role: label && context.grouping ? 'group' : 'other' });
  if (context.collecting) return { as: 'content' };
  if (label) return heading({ role: context.grouping ? 'group' : 'other' });
  if (unit.standalone && looksLikeHeading(raw) && !context.strongSection) return heading({ role: 'other' });
  return { as: 'content' };
}

function heading(role: HeadingRole): Classified {
  return { as: 'heading', heading: role };
}

/** "Parmi les leviers mobilisés figurent notamment :" opens a list of levers; "Former :" a sub-group. */
function intro(raw: string, folded: string): Classified {
  // "Les élus ont souhaité … . La démarche s'appuie sur :": only the sentence that announces the list counts.
  const announcing = fold(sentences(raw).at(-1)?.text ?? raw);
  // "Pour commencer :", "Concrètement :" over a list: the first steps of the item above.
  const kind = firstKindIn(announcing) ?? leadInKind(announcing) ?? (isStepLabel(announcing) ? 'first_step' : null);
  const label = raw.replace(/(?<!\s)\s*[:;]\s*$/, '');
  const short = wordCount(label) <= MAX_LABEL_WORDS;
  return { as: 'intro', kind, group: !kind && short ? label : null, long: !short };
}

const STEP_LABEL = new RegExp(`^(?:${STEP_LABELS.map((label) => escapeRegExp(fold(label))).join('|')})\\s*:?$`);

/** "Pour commencer :", "Concrètement :": a label over an item's first steps. */
function isStepLabel(folded: string): boolean {
  return STEP_LABEL.test(folded.trim());
}

/** "II. L'hôpital public", "IV – Des habitants associés": a part numbered in capital roman numerals. */
const ROMAN_NUMBERED = /^(?:[IVX]{1,5})\s*[.)–—-]\s+\p{L}/u;
const LEADING_MARKUP_RAW = /^[*_#\s]+/;

/** "Question 7 –", "Q3." before a questionnaire's question. */
const SURVEY_NUMBER = /^(?:question|q)\s*(?:n?°\s*|n\s*)?\d+\b/;

/** Words after "Question :" that make it the question itself rather than a heading over questions. */
const MIN_LABELLED_QUESTION_WORDS = 4;

function sectionHeading(
  unit: Unit,
  folded: string,
  explicit: boolean,
  endsWithColon: boolean,
  question: boolean,
  followsList: boolean,
): Classified | null {
  const child = (kind: Kind): boolean => CHILD_KINDS.includes(kind) || refersToBlock(folded);
  // "Question 7 – Selon vous, que devrait faire la commune ?" over free answers: a questionnaire's question.
  const surveyed = question && (followsList || SURVEY_NUMBER.test(folded)) && (explicit || SURVEY_NUMBER.test(folded)) && sentences(unit.text).length === 1;
  // "Quels sont vos besoins ?" names its kind; "Quelles difficultés avez-vous rencontrées … ?" asks for remarks.
  const asked = folded.replace(SURVEY_NUMBER, '').replace(/^\s*[–—:.-]?\s*/, '');
  // A respondent's own difficulties are a testimony, a remark: a finding is what a group or a study states.
  const askedFor = surveyed ? askedKind(asked) : null;
  const answers = surveyed && surveyKind(asked) ? (askedFor && askedFor !== 'finding' ? askedFor : surveyKind(asked)) : null;
  if (answers) return heading({ role: 'section', kind: answers, strong: true, child: false, answers: true });
  // "Question : Mon médecin part à la retraite, le centre peut-il … ?" is a labelled item, not a section asking for one.
  const labelled = question ? inlineKindLabel(unit.raw) : null;
  if (labelled && wordCount(labelled.rest) >= MIN_LABELLED_QUESTION_WORDS) return null;
  // "Le Département verse déjà une bourse … Est-ce que ça marche ?": a paragraph that ends on a question is no heading.
  if (question && unit.text.length <= MAX_HEADING_LENGTH * 1.5 && sentences(unit.text).length === 1) {
    // "À quels besoins répond cette proposition ?" names its kind anywhere; "Pourquoi ?" asks for one.
    const kind = askedKind(folded);
    if (kind) return heading({ role: 'section', kind, strong: true, child: child(kind) });
    if (explicit) return null;
  }
  const named = headingKind(folded);
  if (!named || unit.text.length > MAX_HEADING_LENGTH || endsSentence(unit.raw)) return null;
  // "Avis du Conseil de développement de l'agglomération Bourges Plus": a kind word opening a long
  // heading names the document, not a section of items, unless a list follows it.
  if (named.extraWords > TITLE_EXTRA_WORDS && !endsWithColon && unit.type !== 'item' && !followsList) return null;
  const strong = explicit || endsWithColon || named.extraWords <= STRONG_EXTRA_WORDS;
  // Inside a paragraph only a clear label ("Leviers :", or "Nos propositions" with nothing
  // after the kind) is a heading; a line that starts with "Leviers attractifs dans …" is an item.
  // ("Les atouts du territoire" right over its bullets names them.)
  if (!explicit && !unit.standalone && !endsWithColon && named.extraWords > 0 && !(followsList && named.extraWords <= STRONG_EXTRA_WORDS)) return null;
  if (!explicit && !endsWithColon && !looksLikeHeading(unit.raw)) return null;
  return heading({ role: 'section', kind: named.kind, strong, child: child(named.kind) });
}

/**
 * A list item that is really a section title: "2. Pistes d'action", "1. Quels besoins ?" over
 * un-numbered answers, or a bullet holding nothing but a kind ("- Constats", "💡 Propositions").
 */
function itemHeading(unit: Unit, folded: string, next: Unit | undefined): Classified {
  if (unit.continuation.length) return { as: 'content' };
  // "► Deux organisations sont envisagées :" over "a – …", "b) …": a bullet that announces the items below.
  if (/:\s*$/.test(unit.text) && next?.type === 'item' && wordCount(unit.text) <= MAX_ITEM_INTRO_WORDS) return intro(unit.raw.trim(), folded);
  const text = fold(unit.text);
  const named = headingKind(text);
  const section = (kind: Kind, child: boolean): Classified => heading({ role: 'section', kind, strong: true, child });
  if (!unit.numbered) {
    return named && named.extraWords === 0 && !endsSentence(unit.text) ? section(named.kind, refersToBlock(folded)) : { as: 'content' };
  }
  if (isContextHeading(text) && !endsSentence(unit.text)) {
    return heading({ role: 'section', kind: null, strong: true, child: false });
  }
  if (named && named.extraWords <= 2 && !endsSentence(unit.text)) return section(named.kind, refersToBlock(folded));
  // A numbered question followed by another numbered one is itself an item ("Questions posées").
  const asks = /\?\s*$/.test(unit.text) && !!next && next.type !== 'heading' && !next.numbered;
  const asked = asks ? askedKind(text) : null;
  if (asked) return section(asked, CHILD_KINDS.includes(asked) || refersToBlock(folded));
  if (isAxisHeading(text)) return heading({ role: 'axis' });
  // "2. SOINS NON PROGRAMMÉS": a numbered line in capitals is an agenda point, not an item.
  if (!/\p{Ll}/u.test(unit.text) && /\p{Lu}{2}/u.test(unit.text) && wordCount(unit.text) <= MAX_CAPS_HEADING_WORDS) return heading({ role: 'other' });
  return { as: 'content' };
}

/** A short line without closing punctuation that starts like a title. */
function looksLikeHeading(raw: string): boolean {
  const text = raw.replace(LEADING_MARKUP, '').trim();
  return (
    text.length <= MAX_HEADING_LENGTH &&
    /^[\p{Lu}\p{N}«"“]/u.test(text) &&
    /\p{L}/u.test(text) &&
    !endsSentence(text) &&
    !/\S\s*:\s+\S/.test(text)
  );
}

/** "Former", "Attirer :", "Pour les jeunes médecins :": a short label heading a list. */
function looksLikeLabel(raw: string): boolean {
  const label = raw.trim().replace(/(?<!\s)\s*:$/, '');
  return wordCount(label) <= MAX_LABEL_WORDS && !endsSentence(label) && /^[\p{L}«"“]/u.test(label) && !/[?!]$/.test(label);
}
