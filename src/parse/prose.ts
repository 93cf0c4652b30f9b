/**
 * Items written as prose: a sentence that puts a proposal forward ("Il a été proposé de …",
 * "Nous demandons que …"), reports a remark ("Mme Leroy souligne que …", « … », dit-elle),
 * states a finding ("Considérant que …"), tells what an institution does ("Le Département
 * verse …"), or enumerates items after a verb ("Les habitants ont réclamé A, B et C"). Each
 * sentence gives at most one record, the whole sentence, except an enumeration, which gives
 * one record per item. Statistics and background give none. All wording comes from
 * src/vocabulary/fr-prose.ts.
 */
import { escapeRegExp as escape, foldedWords } from '../text/regexp.js';
import { runsSince } from './since.js';
import { itemForm } from './item-form.js';
import type { Kind } from '../types/record.js';
import { fold } from '../text/fold.js';
import { formsOf, infinitivesOf, isInfinitive } from '../vocabulary/verbs.js';
import {
  CONTRIBUTORS,
  CUE_ADVERBS,
  ENUMERATION_CLOSERS,
  ENUMERATION_JOINERS,
  ENUMERATION_KINDS,
  ITEM_CONTINUATIONS,
  LEAD_IN_VERBS,
  AMONG_OPENERS,
  AMONG_VERBS,
  FINDING_OPENERS,
  FINDING_PHRASES,
  FINDING_VERBS,
  JUDGING_VERBS,
  EVALUATIVE_VERBS,
  EXPERIMENT_PHRASES,
  PROCESS_WORDS,
  INITIATIVE_VERBS,
  INSTITUTIONS,
  PLANNING_WORDS,
  PLANNED_LEAD_INS,
  INDIRECT_QUESTIONS,
  ANSWER_LABELS,
  DONE_LEAD_INS,
  ITEM_DETERMINERS,
  JUDGEMENT_CUES,
  OPINION_VERBS,
  PERSON_TITLES,
  PROPOSAL_PHRASES,
  PROPOSAL_VERBS,
  REPORTING_VERBS,
  STATISTIC_PATTERNS,
  ANNOUNCING_WORDS,
  WISH_SUBJECTS,
  DESCRIBING_VERBS,
  THANKS_VERBS,
} from '../vocabulary/fr-prose.js';
import { sentences } from './sentences.js';
import { findKindTerms, stripHeadingNoise } from '../vocabulary/match.js';
import { projectCueKind, vocabularyVersion } from '../vocabulary/extensions.js';
import { memoize } from '../text/memo.js';

/** One item found in prose: its kind, its text and where the text starts in the prose given. */
export interface ProseItem {
  kind: Kind;
  text: string;
  offset: number;
}

/** What the prose stands under. */
export interface ProseContext {
  /**
   * Under a territory's heading in a digest, a sentence telling an action is an initiative
   * whatever its subject ("La Nièvre loue …", "Deux cabinets mobiles desservent …"); elsewhere
   * its subject must be an institution ("Le Département verse …").
   */
  anySubject: boolean;
}


/** Every form of the verbs, folded, as one alternation (longest first). "se féliciter" keeps its pronoun optional. */
function verbSource(infinitives: readonly string[]): string {
  const forms = new Set<string>();
  for (const phrase of infinitives) {
    const words = fold(phrase).split(' ');
    const reflexive = words[0] === 'se' || words[0]!.startsWith("s'");
    const verb = reflexive ? (words[0] === 'se' ? words[1]! : words[0]!.slice(2)) : words[0]!;
    const rest = words.slice(reflexive && words[0] === 'se' ? 2 : 1).join(' ');
    for (const form of formsOf(verb).map((f) => fold(f))) {
      // "s'inquiète", "se félicitent": without its pronoun the verb says something else ("la nouvelle inquiète").
      const prefix = reflexive ? "(?:se|me|te|nous|vous|s'|m'|t') ?" : '';
      forms.add(`${prefix}${escape(form)}${rest ? `\\s+${escape(rest)}` : ''}`);
    }
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * A verb said of someone: its third-person forms ("salue", "déplorent", "jugeait"), or its
 * participle after "a" or "ont" ("a salué"). "Critiques" or "approuvés" after "sont" are not.
 */
function finiteSource(infinitives: readonly string[]): string {
  const finite: string[] = [];
  const participles: string[] = [];
  for (const phrase of infinitives) {
    const [verb, ...rest] = fold(phrase).split(' ');
    const tail = rest.length ? `\\s+${rest.map(escape).join('\\s+')}` : '';
    for (const form of new Set(formsOf(verb!).map((f) => fold(f)))) {
      if (/(?:e|ent|ait|aient|era|eront)$/.test(form) && form !== fold(verb!)) finite.push(escape(form) + tail);
      else if (/(?:e|ee|es|ees|i|is|u|ue|us|ues)$/.test(form)) participles.push(escape(form) + tail);
    }
  }
  const longestFirst = (list: string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).join('|');
  return `(?:${longestFirst(finite)}|(?:a|ont|avait|avaient)${ADVERBS}\\s+(?:${longestFirst(participles)}))`;
}

/** Words as one alternation, folded, longest first. */
export const words = foldedWords;
const B = '(?<![\\p{L}\\p{N}])';
const E = "(?![\\p{L}\\p{N}])";
const ADVERBS = `(?:\\s+${words(CUE_ADVERBS)})*`;
/** "à la clinique", "aux élus du territoire", "au Département": whom a request is made to, before its "de" ("demande à être …" is no such object). */
const OBJECT_END = "[^\\s,;:.]+(?=\\s+(?:de\\s|d'|que\\s|qu'))";
// "au Centre hospitalier Tarbes-Lourdes et à l'Agence régionale de santé de …": after "au"/"aux" a longer name.
const INDIRECT_OBJECT = `(?:\\s+(?:(?:au|aux)\\s*(?:[^\\s,;:.]+\\s+){0,8}?|a\\s+(?:la|le|les|l'|son|sa|ses|leur|leurs|chaque|tous|toutes|ce|cette|ces|notre|nos|votre|vos)\\s*(?:[^\\s,;:.]+\\s+){0,2}?)${OBJECT_END})?`;
/** After a determiner or "de", a verb's form is a noun: "la demande de …", "formulaire de demande". */
const NOT_A_NOUN = "(?<!(?:^|\\s)(?:la|une|sa|leur|cette|des|les|ces|nos|vos|leurs|de|du|d'|l')\\s*)";

/** Compiles one phrase of PROPOSAL_PHRASES: "{verb}" for its forms, "…" for a few words; adverbs may come between words. */
function phraseSource(phrase: string): string {
  const tokens = fold(phrase).split(' ');
  let source = '';
  tokens.forEach((word, i) => {
    // fold() turns "…" into "..." (NFKC).
    if (word === '...' || word === '…') source += "(?:[\\p{L}\\p{N}'-]+\\s+){0,20}?";
    else {
      const verb = /^\{(.+)\}$/.exec(word);
      source += verb ? verbSource([verb[1]!]) : escape(word);
      if (i < tokens.length - 1) source += `${ADVERBS}${word.endsWith("'") ? '\\s*' : '\\s+'}`;
    }
  });
  return source;
}

interface Compiled {
  phrases: RegExp;
  proposalVerb: RegExp;
  demandsThing: RegExp;
  enumeration: { kind: Kind; regex: RegExp }[];
  findingOpener: RegExp;
  findingVerb: RegExp;
  describing: RegExp;
  opinion: RegExp;
  reporting: RegExp;
  initiative: RegExp;
  /** The same verbs, for a single test (no global state). */
  initiativeVerb: RegExp;
  institution: RegExp;
  contributor: RegExp;
  judgement: RegExp;
  attribution: RegExp;
  findingPhrase: RegExp;
  /** Verbs of opinion that judge rather than recall a fact. */
  judging: RegExp;
  judgingWithObject: RegExp;
  process: RegExp;
  experimentPhrase: RegExp;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  // "de" and "que" end a word; "d'" and "qu'" are glued to the next one ("qu'une politique").
  const clause = "\\s+(?:(?:de|que)(?![\\p{L}\\p{N}])|d'|qu')";
  return {
    phrases: new RegExp(`${B}(?:${PROPOSAL_PHRASES.map(phraseSource).join('|')})${E}`, 'u'),
    // The verb right before "de"/"que", not after a determiner ("la demande de …" is a noun).
    // "proposera à la clinique d'organiser …": an indirect object of a few words may come between.
    proposalVerb: new RegExp(`${NOT_A_NOUN}${B}${verbSource(PROPOSAL_VERBS)}${ADVERBS}${INDIRECT_OBJECT}${clause}`, 'u'),
    // "Les habitants demandent l'ouverture d'un centre de santé": the thing asked for, an action noun.
    demandsThing: new RegExp(`${NOT_A_NOUN}${B}${verbSource(PROPOSAL_VERBS)}${ADVERBS}\\s+(?:l'|la\\s+|le\\s+|les\\s+|un\\s+|une\\s+|des\\s+|du\\s+)`, 'u'),
    enumeration: (Object.entries(ENUMERATION_KINDS) as [Kind, readonly string[]][]).map(([kind, verbs]) => ({
      kind,
      regex: new RegExp(`${NOT_A_NOUN}${B}${verbSource(verbs)}${ADVERBS}(?:\\s*:)?\\s+(?=${words(ITEM_DETERMINERS)}\\s*[\\p{L}])`, 'u'),
    })),
    findingOpener: new RegExp(`^${words(FINDING_OPENERS)}`, 'u'),
    findingVerb: new RegExp(`${B}${verbSource(FINDING_VERBS)}${ADVERBS}\\s+(?:que${E}|qu')`, 'u'),
    describing: new RegExp(`${NOT_A_NOUN}${B}${verbSource(DESCRIBING_VERBS)}${ADVERBS}\\s+(?:une?|des|le|la|les|l')(?:\\s|(?<='))`, 'u'),
    opinion: new RegExp(`${B}${verbSource(OPINION_VERBS)}${ADVERBS}(?:\\s+(?:que${E}|qu')|\\s*:)`, 'u'),
    reporting: new RegExp(`${B}${verbSource(REPORTING_VERBS)}${ADVERBS}(?:\\s+(?:que${E}|qu')|\\s*:)`, 'u'),
    initiative: new RegExp(`${B}${verbSource(INITIATIVE_VERBS)}${E}`, 'gu'),
    initiativeVerb: new RegExp(`${B}${verbSource(INITIATIVE_VERBS)}${E}`, 'u'),
    // Not inside a compound: "le centre-ville" names no town council.
    institution: new RegExp(`(?<![\\p{L}\\p{N}-])${words(INSTITUTIONS)}s?(?![\\p{L}\\p{N}-])`, 'u'),
    contributor: new RegExp(`${B}${words(CONTRIBUTORS)}s?${E}`, 'u'),
    judgement: new RegExp(`${B}${words(JUDGEMENT_CUES)}${E}`, 'u'),
    // At the head of the sentence, after an opening phrase at most ("Au terme des ateliers, il ressort que …").
    findingPhrase: new RegExp(`^(?:[^,]{0,40},\\s*)?(?:${FINDING_PHRASES.map(phraseSource).join('|')})${E}`, 'u'),
    judging: new RegExp(`^${verbSource(JUDGING_VERBS)}`, 'u'),
    // After the subject, not at the head of the sentence (that is the verb's own object, "Regretter …").
    judgingWithObject: new RegExp(`(?<=\\S\\s)${NOT_A_NOUN}${B}${finiteSource(EVALUATIVE_VERBS)}${E}`, 'u'),
    process: new RegExp(`${B}${words(PROCESS_WORDS)}s?${E}`, 'u'),
    experimentPhrase: new RegExp(`${B}(?:${EXPERIMENT_PHRASES.map(phraseSource).join('|')})${E}`, 'u'),
    // "« … », explique le docteur Petit", "« … », dit-elle". Every verb starts with a letter: the
    // look-ahead spares trying each of its thousands of forms after a quotation mark and a digit.
    attribution: new RegExp(`[»”]\\s*(?:,\\s*)?(?:(?:a|ont|avait|avaient)\\s+)?(?=\\p{L})(?:${verbSource(OPINION_VERBS)}|${verbSource(REPORTING_VERBS)})(?:-t)?(?:-(?:il|elle|ils|elles|on))?${E}`, 'u'),
  };
}

const cues = (): Compiled => (compiled ??= compile());

/** A name, with or without a title: "Mme Boisorieux", "Dr Martin", "Serge LONGEON", "Marie Corneille". */
const TITLE = `(?:${PERSON_TITLES.map(escape).join('|')})`;
// "Le Dr Lefranc", "la Pre Martin": an article may stand before a title.
const NAME = `(?:(?:[Ll]e\\s+|[Ll]a\\s+)?${TITLE}\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}]+)?\\s+\\p{Lu}[\\p{L}'’-]+)`;
const namedSpeakerAtStart = new RegExp(`^${NAME}(?:\\s*,[^,.;:]{1,80},)?\\s+`, 'u');
// A quotation of a few words at least: « maison de garde » names a thing, it reports no one's words.
const FIVE_WORDS = /^\s*(?:\S+\s+){5}/u;
/**
 * True when the text holds a quotation of five words and more, what
 * `/«\s*(?:[^»\s]+\s+){5,}[^»]*»|“\s*(?:[^”\s]+\s+){5,}[^”]*”/u` tells, without reading the
 * text again from each opening mark that is never closed.
 */
function quotes(text: string): boolean {
  for (const [open, close] of [['«', '»'], ['“', '”']] as const) {
    for (let start = text.indexOf(open); start >= 0; ) {
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      // An opening mark further in the same quotation has fewer words before the same close.
      if (FIVE_WORDS.test(text.slice(start + 1, end))) return true;
      start = text.indexOf(open, end + 1);
    }
  }
  return false;
}
const RELATIVE_BEFORE = /(?:^|\s)(?:que|qu')\s*(?:[^\s,;:.]+\s+){0,5}$/;
const DETERMINER_BEFORE = /(?:^|\s)(?:l'|la|le|les|une|un|des|d'|de|du|cette|ce|leur|son|sa|ses|notre)\s*$/;
const AMONG = new RegExp(`^${words(AMONG_OPENERS)}\\s+(?!\\s)(.{3,120}?)\\s+${words(AMONG_VERBS)}(?:\\s*:)?\\s+`, 'u');
/** A kind term right before a colon, and where the items after it start: "… de suggestions : A, B et C". */
function kindBeforeColon(folded: string): { kind: Kind; end: number } | null {
  for (const term of findKindTerms(folded)) {
    // "pour répondre à cet enjeu : …" points back at something said; it announces no list.
    if (/(?:^|\s)(?:ce|cet|cette|ces)\s+$/.test(folded.slice(0, term.index))) continue;
    const after = /^s?\s*:\s+/.exec(folded.slice(term.index + term.length));
    if (after) return { kind: term.kind, end: term.index + term.length + after[0].length };
  }
  return null;
}

/** "Vos principales attentes sont A, B et C", "Les besoins exprimés : A, B, C": the kind names the list. */
const NAMED_LIST = new RegExp(`^(?:les|vos|nos|leurs|ses|des)\\s+((?:[\\p{L}'-]+\\s+){0,3}?[\\p{L}'-]+)\\s+(?:sont|etaient|restent|:)(?:\\s*:)?\\s+(?=${words(ITEM_DETERMINERS)}\\s*\\p{L})`, 'u');
const THANKING = new RegExp(`(?:^|\\s)${words(THANKS_VERBS)}(?![\\p{L}])`, 'u');
/** The verb of thanks opens the sentence, after its subject. */
const THANKS_REACH = 6;
const WISH = new RegExp(`^(?:[«“]\\s*)?(?:que\\s+|qu')(?:${WISH_SUBJECTS.map((w) => escape(fold(w)) + (w.endsWith("'") ? '' : '(?![\\p{L}])')).join('|')})`, 'u');
// "« … » (M3)", "« … » (MG2)": a thesis codes who spoke after the quotation.
const wholeQuote = /^[«“]\s*(?:[^»”\s]+\s+){4}[^»”\s]+\s[^»”]*[»”][\s.]*(?:\([^()]{1,16}\)[\s.]*)?$/u;

const ANNOUNCING = new RegExp(`${B}(?:${ANNOUNCING_WORDS.map((w) => escape(fold(w))).join('|')})${E}`, 'u');

/** A paragraph whose last sentence announces what follows: "Voici quelques-uns des commentaires reçus." */
export function announces(text: string): boolean {
  return ANNOUNCING.test(fold(text)) && ANNOUNCING.test(fold(sentences(text).at(-1)?.text ?? text));
}

/** A paragraph that is one quotation of six words or more: "« On m'a proposé une date dans dix mois. »". */
export function isWholeQuote(text: string): boolean {
  return wholeQuote.test(text.trim());
}
/**
 * A quotation is a remark, unless its speaker proposes: "« Beaucoup ignorent que la
 * téléconsultation est remboursée. Une affiche les aiderait. »" is a remark, then a proposal.
 */
function quotedItems(quote: string, context: ProseContext): ProseItem[] {
  const start = /^[«“]\s*/u.exec(quote)![0].length;
  const end = /(?<!\s)\s*[»”][\s.]*(?:\([^()]{1,16}\)[\s.]*)?$/u.exec(quote)!.index;
  return remarkItems(quote, start, end, context, false);
}

/**
 * A speaker's words after their name ("Rui P. : beaucoup de voisins ne lisent pas le français.
 * Il faudrait traduire l'affiche."): a remark with the name, and the proposals and questions it
 * holds. `start` is where the words begin.
 */
export function spokenItems(text: string, start: number, context: ProseContext): ProseItem[] {
  return remarkItems(text, start, text.length, context, true);
}

/**
 * The items of a remark whose words stand between `start` and `end` of `whole`: sentences that
 * propose are proposals; the others, run together, stay the remark. A remark with neither is
 * one item, `whole` itself. When `asks` (a speaker's words after their name), sentences that ask
 * are questions and the first part keeps what stands before `start`, the speaker's name.
 */
function remarkItems(whole: string, start: number, end: number, context: ProseContext, asks: boolean): ProseItem[] {
  const inner = whole.slice(start, end);
  const parts = sentences(inner).map((part) => {
    const own = readOneSentence(part.text, context).find((item) => item.offset === 0 && item.text === part.text && (item.kind === 'proposal' || (asks && item.kind === 'question')));
    const kind: Kind | null = own?.kind ?? (asks && /\?\s*(?:[»”]\s*)?$/u.test(part.text) ? 'question' : null);
    return { part, kind };
  });
  if (!parts.some((p) => p.kind)) return [{ kind: 'observation', text: whole, offset: 0 }];
  // "Dr Martin : les internes repartent le soir, il faudrait un logement sur place." stays a remark;
  // "Fatoumata S. : … est-ce que le centre reprendra de nouveaux patients ?" asks.
  if (parts.length === 1) return [{ kind: asks && parts[0]!.kind === 'proposal' ? 'observation' : parts[0]!.kind!, text: whole, offset: 0 }];
  const items: ProseItem[] = [];
  const remark = { from: -1, to: -1 };
  const closeRemark = (): void => {
    if (remark.from >= 0) items.push({ kind: 'observation', text: whole.slice(remark.from, remark.to), offset: remark.from });
    remark.from = -1;
  };
  parts.forEach(({ part, kind }, i) => {
    const from = i === 0 && asks ? 0 : start + part.offset;
    if (kind) {
      closeRemark();
      items.push({ kind, text: whole.slice(from, start + part.offset + part.text.length), offset: from });
    } else {
      if (remark.from < 0) remark.from = from;
      remark.to = start + part.offset + part.text.length;
    }
  });
  closeRemark();
  return items;
}

/** A verb form in the conditional: an institution's plan or idea, no deed ("la commune financerait …"). */
const conditional = /(?:rais|rait|rions|riez|raient)$/;

/** Lefff slots of the future and the conditional (third persons, and "nous"/"je" for a collective's own plans). */
const FUTURE_OR_CONDITIONAL = ['F3', 'F6', 'C3', 'C6', 'F1', 'F4'];
const PLANNING_BEFORE = new RegExp(`(?:^|\\s)${words(PLANNING_WORDS)}(?:\\s+(?:aussi|egalement|bientot|prochainement|rapidement|donc|enfin|par ailleurs))?\\s*$`, 'u');

/** The verb (folded) is in the future or the conditional, or what comes before it is a plan ("pourrait", "va"). */
function planned(verb: string, before: string): boolean {
  const word = verb.trim().split(/\s+/)[0] ?? '';
  if (PLANNING_BEFORE.test(before) || infinitivesOf(word, FUTURE_OR_CONDITIONAL).length > 0) return true;
  // "elle sollicitera l'ARS pour financer …": the clause's own verb, a few words before, is in the future.
  // ("… à tout généraliste qui viendrait s'installer": the verb of a relative clause plans nothing.)
  const words = before.split(/\s+/).filter(Boolean);
  return words.slice(-PLANNED_VERB_REACH).some((w, i, near) => {
    const previous = i > 0 ? near[i - 1] : words[words.length - near.length - 1];
    return w.length > 3 && previous !== 'qui' && !/^(?:sera|seront|serait|seraient)$/.test(w) && infinitivesOf(w, FUTURE_OR_CONDITIONAL).length > 0;
  });
}
/** How many words before an action its clause's verb may stand. */
const PLANNED_VERB_REACH = 5;

const leadInRegex = (): RegExp => (leadIn ??= new RegExp(`${NOT_A_NOUN}${B}${verbSource(LEAD_IN_VERBS)}${E}`, 'u'));
let leadIn: RegExp | undefined;
const INDIRECT_QUESTION = new RegExp(`${B}${words(INDIRECT_QUESTIONS)}${E}`, 'u');
const PLANNED_LEAD_IN = new RegExp(`${B}${words(PLANNED_LEAD_INS)}${E}`, 'u');
const DONE_LEAD_IN = new RegExp(`${B}${words(DONE_LEAD_INS)}${E}`, 'u');

/**
 * The kind a sentence announcing a list gives its items by its verb ("Deux pistes sont
 * envisagées :") or by when its items happen ("Et dans les prochaines semaines :" proposals,
 * "Voici ce que la municipalité a déjà engagé :" initiatives), or null.
 */
export function leadInKind(folded: string): Kind | null {
  const own = projectCueKind(folded);
  if (own) return own;
  if (leadInRegex().test(folded) || PLANNED_LEAD_IN.test(folded)) return 'proposal';
  return DONE_LEAD_IN.test(folded) ? 'initiative' : null;
}

/** True for a sentence that states a statistic or a background figure. */
export function isStatistic(text: string): boolean {
  const folded = fold(text);
  return STATISTIC_PATTERNS.some((re) => re.test(folded));
}

/** True when a paragraph judges what it comments: first person, evaluation, contrast. */
export function judges(text: string): boolean {
  return cues().judgement.test(fold(text)) && !isStatistic(text);
}

// The spaces before the colon are read once: after a space of the complement, the colon comes at once.
const ANSWER_LABEL = new RegExp(`^${words(ANSWER_LABELS)}(?:\\s+(?:de|du|des|d'|de la|de l')[^:]{1,60})?(?:(?<!\\s)\\s*|(?<=\\s)):\\s*`, 'u');

/**
 * The items of a paragraph that may open with an answer's label ("Réponse de l'adjointe : La
 * Ville proposera …"): the label is left out of the items, which keep their place in the text.
 */
export function readAnswer(text: string, context: ProseContext): ProseItem[] {
  const label = ANSWER_LABEL.exec(fold(text));
  if (!label) return readProse(text, context);
  const start = originalOffset(text, label[0].length);
  return readProse(text.slice(start), context).map((item) => ({ ...item, offset: item.offset + start }));
}

/** The items a paragraph of prose puts forward, in order. */
export function readProse(text: string, context: ProseContext): ProseItem[] {
  const items: ProseItem[] = [];
  for (const sentence of sentences(text)) {
    const found = readSentence(sentence.text, context);
    for (const item of found) items.push({ ...item, offset: sentence.offset + item.offset });
  }
  return items;
}

const readers = new Map<string, (sentence: string) => ProseItem[]>();
let readersVersion = -1;

/**
 * The items of one sentence: none, the sentence itself, or the items it enumerates. The engine
 * asks for a line's items more than once (its enumerations first, then its sentences), and the
 * answers are remembered per context; they are shared, so read-only.
 */
export function readSentence(sentence: string, context: ProseContext): ProseItem[] {
  // A project's cue phrases change what a sentence gives: a new vocabulary forgets the answers.
  if (readersVersion !== vocabularyVersion()) {
    readers.clear();
    readersVersion = vocabularyVersion();
  }
  const key = String(+context.anySubject);
  let read = readers.get(key);
  if (!read) readers.set(key, (read = memoize((text: string) => readOneSentence(text, context))));
  return read(sentence);
}

function readOneSentence(sentence: string, context: ProseContext): ProseItem[] {
  const c = cues();
  const folded = fold(sentence);
  if (folded.split(' ').length < 4) return [];
  const whole = (kind: Kind): ProseItem[] => [{ kind, text: sentence, offset: 0 }];
  const own = projectCueKind(folded);
  if (own) return whole(own);
  // "Elle remercie les adhérents … et la municipalité qui prête la salle": thanks, no item.
  if (THANKING.test(folded.split(' ').slice(0, THANKS_REACH).join(' '))) return [];
  const subjectEnd = (index: number): string => folded.slice(0, index);

  // "Considérant que …" opens a finding, though "considérer" is also a verb of opinion.
  if (c.findingOpener.test(folded)) return isStatistic(sentence) ? [] : whole('finding');
  // "Il était demandé si la personne …" describes a questionnaire, not a question put.
  if (INDIRECT_QUESTION.test(folded) && !/(?:^|\s)il (?:etait|est|a ete) (?:demande|interroge)/.test(folded)) return whole('question');
  // A paragraph that is one quotation, or a quotation with its speaker, or a named speaker's opinion: a remark.
  if (isWholeQuote(sentence)) return quotedItems(sentence, context);
  // "« … » — Claire, pharmacienne": a quotation signed by its speaker.
  // "« … », s'est alarmée Odile", "« … », a prévenu le Dr Hamel": the speaker after the quotation, the verb first.
  const signed = /[»”]\s*[—–-]\s*\p{Lu}/u.test(sentence) || /[»”]\s*,\s*(?:(?:s['’]|a\s|ont\s|se\s)\s*)?\p{Ll}/u.test(sentence);
  if (quotes(sentence) && (signed || c.opinion.test(folded) || c.reporting.test(folded) || c.attribution.test(folded))) {
    return whole('observation');
  }
  const named = namedSpeakerAtStart.test(sentence);
  const opinion = c.opinion.exec(folded);
  // "M. Dupuy estime que le centre coûtera cher à une commune de 1 100 habitants" judges, figures or not.
  if (opinion && (!isStatistic(sentence) || (named && c.judging.test(opinion[0])))) {
    // "Le CA constate …" is a finding, "Mme X estime …" a remark; the subject is before the verb.
    if (!c.institution.test(subjectEnd(opinion.index)) || named) return whole('observation');
  }
  const reported = named ? c.reporting.exec(folded) : null;
  if (reported) {
    // "Mme Kerhervé annonce que la Ville proposera au CHIC deux logements …": she reports a plan, a proposal.
    const clause = /(?:que|qu')\s*(.*)$/su.exec(folded.slice(reported.index))?.[1] ?? '';
    const head = clause.split(/\s+/);
    const future = head.slice(1, PLANNED_VERB_REACH + 3).some((w) => w.length > 3 && infinitivesOf(w, FUTURE_OR_CONDITIONAL).length > 0);
    const planned = future && c.institution.test(head.slice(0, 4).join(' ')) && readOneSentence(clause, context).some((item) => item.kind === 'proposal');
    return whole(planned ? 'proposal' : 'observation');
  }
  // "Le CESER salue l'engagement de la Région", "… juge cette expérimentation prometteuse": a judgement with its object.
  const judged = c.judgingWithObject.exec(folded);
  if (judged && !c.institution.test(subjectEnd(judged.index)) && !isStatistic(sentence) && !RELATIVE_BEFORE.test(subjectEnd(judged.index))) return whole('observation');
  if (c.experimentPhrase.test(folded)) return whole('experiment');

  if (c.findingOpener.test(folded)) return isStatistic(sentence) ? [] : whole('finding');
  if (c.phrases.test(folded)) return whole('proposal');
  // "Que le Département signe une convention avec la faculté …": a demand in the subjunctive.
  if (WISH.test(folded) && !/\?\s*(?:[»”]\s*)?$/.test(folded)) return whole('proposal');
  const enumerated = enumeration(sentence, folded);
  if (enumerated.length) return enumerated;

  const verb = c.proposalVerb.exec(folded);
  // "les réponses que le groupe de travail suggère d'y apporter": the verb of a relative clause proposes nothing.
  if (verb && !RELATIVE_BEFORE.test(folded.slice(0, verb.index))) {
    const subject = subjectEnd(verb.index);
    // "Le Département propose d'accompagner …" tells what it does; "Les habitants proposent de …" proposes.
    if (c.institution.test(subject) && !c.contributor.test(subject)) {
      // "La Ville proposera à la clinique de …" commits to a step; "Le Département propose d'accompagner …" tells one.
      if (planned(verb[0], subject)) return whole('proposal');
      return isStatistic(sentence) ? [] : whole('initiative');
    }
    return whole('proposal');
  }
  const demand = c.demandsThing.exec(folded);
  if (demand && !RELATIVE_BEFORE.test(folded.slice(0, demand.index))) {
    const subject = subjectEnd(demand.index);
    const thing = sentence.slice(originalOffset(sentence, demand.index + demand[0].length));
    if ((!c.institution.test(subject) || c.contributor.test(subject)) && itemForm(thing)?.form === 'action') return whole('proposal');
  }
  if (c.findingVerb.test(folded) || c.findingPhrase.test(folded)) return isStatistic(sentence) ? [] : whole('finding');
  // "Les participants décrivent une offre de premier recours vieillissante": the situation as those consulted see it.
  const described = c.describing.exec(folded);
  if (described && c.contributor.test(subjectEnd(described.index)) && !isStatistic(sentence)) return whole('finding');
  // "Depuis septembre, la Maison des adolescents accueille de nouveau les jeunes …": running since then.
  if (runsSince(sentence)) return whole('initiative');

  if (!isStatistic(sentence)) {
    for (const action of folded.matchAll(c.initiative)) {
      // The institution is the verb's subject: named just before it, and the verb is no noun ("l'offre de soins").
      const before = subjectEnd(action.index);
      const near = before.split(' ').slice(-9).join(' ');
      // "est ouverte du lundi au samedi", "sont salariés" describe a state, not an action.
      const state = /(?:^|\s)(?:est|sont|etait|etaient|sera|seront|ete)\s*$/.test(before);
      // "n'est pas diffusée", "ne finance plus": what is not done is no initiative.
      if (state || DETERMINER_BEFORE.test(before) || /(?:^|\s)(?:pas|plus|jamais)\s*$/.test(before)) continue;
      // "L'ARS a organisé 44 dialogues territoriaux" tells how the consultation went, not what a territory does.
      if (c.process.test(folded.slice(action.index))) continue;
      if (context.anySubject || c.institution.test(near)) {
        // "Le CCAS lancera ce service en janvier", "la commune pourrait proposer un logement": a plan, not a deed.
        if (planned(action[0], before) || conditional.test(action[0])) return whole('proposal');
        return whole('initiative');
      }
    }
  }
  return [];
}

/**
 * "Les habitants ont surtout réclamé A, B et même C." → A, B, C (proposals); "ce qu'elles
 * attendent : A, B, C…" → needs. The items are noun phrases after the verb, without the words
 * that join them or the closing "…".
 */
function enumeration(sentence: string, folded: string): ProseItem[] {
  // "Parmi les propositions arrivées en tête figurent A, B et C": the kind is the one named;
  // so in "les clients ne manquent pas de suggestions : A, B et C".
  const among = AMONG.exec(folded) ?? NAMED_LIST.exec(folded);
  const colon = among ? null : kindBeforeColon(folded);
  const named = among ? findKindTerms(stripHeadingNoise(among[1]!))[0]?.kind : colon?.kind;
  if ((among || colon) && named) {
    const start = originalOffset(sentence, among ? among[0].length : colon!.end);
    // "… une seule question : « Comment permettre à chacun, dans l'agglomération, de … ? »": one quotation, one thing.
    if (isWholeQuote(sentence.slice(start))) return [];
    const items = splitEnumeration(sentence.slice(start)).map((item) => ({ kind: named, text: item.text, offset: start + item.offset }));
    if (items.length >= 2) return items;
  }
  for (const { kind, regex } of cues().enumeration) {
    const m = regex.exec(folded);
    // "Sans attendre la loi, …": an infinitive states nobody's request.
    if (!m || isInfinitive(m[0].trim().split(/\s+/)[0] ?? '')) continue;
    const start = originalOffset(sentence, m.index + m[0].length);
    const subject = folded.slice(0, m.index);
    // "Le Département propose A, B et C" tells what it offers; what an institution "évoque" is no item.
    const institution = cues().institution.test(subject) && !cues().contributor.test(subject);
    if (institution && !cues().initiativeVerb.test(m[0])) return [];
    const own = institution ? 'initiative' : kind;
    const items = splitEnumeration(sentence.slice(start)).map((item) => ({ kind: own, text: item.text, offset: start + item.offset }));
    // "relève des médecins libéraux et de l'ARS": the verb's complement repeated after "de", not a list of things.
    if (items.length >= 2 && items.slice(1).every((item) => PREPOSITIONAL_ITEM.test(item.text)) && PREPOSITIONAL_ITEM.test(items[0]!.text)) return [];
    // "… relèvent des professionnels ; la Ville ne peut pas les leur imposer": a clause, not an item.
    if (items.some((item) => NEGATED.test(fold(item.text)))) return [];
    return items.length >= 2 || (items.length === 1 && own !== kind) ? items : [];
  }
  return [];
}

const SEPARATOR = /(?:(?<!\s)\s+)?[,;]\s*/gu;
const NEGATED = /(?:^|\s)(?:ne|n')\s*\S+\s+(?:pas|plus|jamais)(?:\s|$)/;
/** An item opening with "de", "du", "des" or "d'": after "de l'ARS", a complement, not a thing asked for. */
const PREPOSITIONAL_ITEM = /^(?:de|du|des|d['’])(?:\s|(?<=['’]))/iu;
/** Words as written or folded, for text that keeps its accents. */
const writtenForms = (list: readonly string[]): string[] => [...new Set(list.flatMap((w) => [w, fold(w)]))].map(escape).sort((a, b) => b.length - a.length);
const asWritten = (list: readonly string[]): string => `(?:${writtenForms(list).join('|')})`;
const joiners = asWritten(ENUMERATION_JOINERS);
const JOINER_ALTERNATIVES = writtenForms(ENUMERATION_JOINERS).map((source) => new RegExp(source, 'iuy'));
/** Where "\s et \s" starts. */
const JOINED = new RegExp(`(?=\\s${joiners}\\s)`, 'giu');
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
const SPACES = /\s+/g;
const SPACE = /\s/;
const LEADING_JOINER = new RegExp(`^${joiners}\\s+`, 'iu');

/** The first number of a sorted list at or after a position. */
function firstFrom(list: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

/**
 * The last joiner of a part, no other "et"/"ou" after it on its line: where
 * `/\s+(?:et|ou|…)\s+(?!.*\s(?:et|ou|…)\s)/iu` matches. That expression reads the rest of the
 * line again after each joiner; this reads the text once.
 */
function lastJoiner(text: string): { index: number; length: number } | null {
  const joined = [...text.matchAll(JOINED)].map((m) => m.index);
  const breaks = [...text.matchAll(LINE_BREAKS)].map((m) => m.index);
  // No "\s joiner \s" from here to the end of the line (a break may be its first space).
  const lastOnLine = (at: number): boolean => {
    const next = firstFrom(joined, at);
    return next === undefined || next > (firstFrom(breaks, at) ?? text.length);
  };
  for (const run of text.matchAll(SPACES)) {
    const word = run.index + run[0].length;
    for (const alternative of JOINER_ALTERNATIVES) {
      alternative.lastIndex = word;
      if (!alternative.test(text)) continue;
      let end = alternative.lastIndex;
      while (end < text.length && SPACE.test(text[end]!)) end++;
      for (; end > alternative.lastIndex; end--) if (lastOnLine(end)) return { index: run.index, length: end - run.index };
    }
  }
  return null;
}

/**
 * Where an enumeration's closing ends the text: spaces, "etc." or "…", closing marks, as
 * `/\s*(?:etc\.|etc|…|\.\.\.)?\s*[.!;]*\s*$/u` finds them, read once from the end.
 */
function closingStart(text: string): number {
  const spacesBefore = (at: number): number => {
    while (at > 0 && SPACE.test(text[at - 1]!)) at--;
    return at;
  };
  const end = spacesBefore(text.length);
  let marks = end;
  while (marks > 0 && '.!;'.includes(text[marks - 1]!)) marks--;
  const before = spacesBefore(marks);
  let start = before;
  for (const closer of ENUMERATION_CLOSERS) {
    // Before the marks and their spaces, or ending in the marks' first dots ("etc." + "!").
    const trailing = closer.length - closer.replace(/(?<![.!;])[.!;]+$/, '').length;
    for (const at of [before, marks + trailing]) {
      if (at <= end && at >= closer.length && text.startsWith(closer, at - closer.length)) start = Math.min(start, spacesBefore(at - closer.length));
    }
  }
  return start;
}
/** "l'accès à … et à …": a joiner before a preposition joins two parts of one item. */
const CONTINUES = new RegExp(`^\\s*${asWritten(ITEM_CONTINUATIONS)}\\s`, 'iu');

/**
 * The items of an enumeration, each with its offset: split at commas and semicolons, and the
 * last part at its last "et" or "ou" ("A, B et même C"); an "et" inside an earlier item stays
 * ("des rendez-vous chez le dentiste et l'ophtalmologiste, …"). Closing punctuation, "…" and
 * "etc." are left out.
 */
export function splitEnumeration(text: string): { text: string; offset: number }[] {
  const body = text.slice(0, closingStart(text));
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of body.matchAll(SEPARATOR)) {
    parts.push({ text: body.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  parts.push({ text: body.slice(from), offset: from });
  const last = parts.at(-1)!;
  const joiner = lastJoiner(last.text);
  if (joiner && !CONTINUES.test(last.text.slice(joiner.index + joiner.length))) {
    parts.splice(-1, 1, { text: last.text.slice(0, joiner.index), offset: last.offset }, { text: last.text.slice(joiner.index + joiner.length), offset: last.offset + joiner.index + joiner.length });
  }
  const items: { text: string; offset: number }[] = [];
  for (const part of parts) {
    const joined = LEADING_JOINER.exec(part.text.trimStart());
    const lead = part.text.length - part.text.trimStart().length + (joined ? joined[0].length : 0);
    const text = part.text.slice(lead).trim().replace(/(?<![\s,;:…])[\s,;:…]+$/u, '');
    if (text) items.push({ text, offset: part.offset + lead });
  }
  return items;
}

/** The offset in `text` of the character at `foldedIndex` in fold(text), folding one character at a time. */
function originalOffset(text: string, foldedIndex: number): number {
  let folded = 0;
  let i = 0;
  // fold() trims leading whitespace and collapses runs of it: follow it.
  while (i < text.length && /\s/.test(text[i]!)) i++;
  for (; i < text.length && folded < foldedIndex; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) i++;
      folded++;
    } else folded += fold(ch).length || 0;
  }
  return i;
}
