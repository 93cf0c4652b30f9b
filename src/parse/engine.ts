/**
 * The layout engine: walks the units once, keeps the open headings on a stack, and turns
 * each unit into a record, or accounts for it as heading, prose, chrome or unclassified.
 */
import { fold } from '../text/fold.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Evidence, Kind } from '../types/record.js';
import type { Layout } from '../types/report.js';
import { blockOpener, headingKind, inlineKindLabel, isFieldLabel, isForwardHeading } from '../vocabulary/match.js';
import { BLOCK_KINDS, STEP_LABELS } from '../vocabulary/fr.js';
import { territoryWarning } from './territory-warning.js';
import { unclassifiedLine } from './unclassified.js';
import { CHILD_KINDS, classify, wordCount, type Classified, type Context, type HeadingRole } from './headings.js';
import { DEFAULT_ROW_KIND } from './fields.js';
import { isStatisticRow, openTable, readRow, tableMode, tableShape, type RowItem, type TableShape } from './table.js';
import type { Unit } from './units.js';
import { itemForm } from './item-form.js';
import { projectForm } from '../vocabulary/extensions.js';
import { saysNothing } from './survey.js';
import { leadPhrase } from './lead-phrase.js';
import { announces, isWholeQuote, judges, readAnswer, readProse, readSentence, spokenItems, type ProseContext, type ProseItem } from './prose.js';
import { authorLine, faqBlocks, isAttribution, speakerLine } from './remarks.js';
import { locate } from './locate.js';
import { cardTitles } from './cards.js';
import { badgedTitles, typedTitles } from './status.js';
import { commentKind, commentThreads } from './comments.js';
import { fieldBlockTitles } from './field-blocks.js';
import { deliberationKind } from './deliberation.js';
import { sentences } from './sentences.js';

import type { Draft, LineClass } from './draft.js';
import { cleanText, excerpt, headingText } from './item-text.js';
import { precomputeListActions, precomputeSectionItems, runningLines } from './precompute.js';


export interface EngineInput {
  file: string;
  units: readonly Unit[];
  /** The document's lines (index 0 is line 1), to place sentences found inside a paragraph. */
  lines: readonly string[];
  layout: Layout;
  /** Unit that holds the document title, accounted as a heading and never a record. */
  titleIndex: number | null;
  /** Kind for list items (and lines) that stand outside any known section. */
  defaultKind: Kind | null;
  /** The kind the document says it gathers; a restitution's axes hold items of this kind. */
  documentKind: Kind | null;
}

export interface EngineOutput {
  drafts: Draft[];
  lineClass: Map<number, LineClass>;
  diagnostics: Diagnostic[];
}

interface Block {
  kind: Kind;
  record: Draft | null;
  /** The paragraph of the line that opened the block. */
  paragraph: number;
  /** Its record was told by a sentence (a digest without item titles), so the next paragraph may tell another. */
  told?: boolean;
  /** Still waiting for the line that names the item. */
  awaiting: boolean;
}

interface Frame {
  level: number;
  role: HeadingRole['role'] | 'title';
  text: string;
  heading: HeadingRole | null;
  block: Block | null;
  /** For sections: whether list items stand under the heading (then its plain lines are prose). */
  hasItems: boolean;
  markdown: boolean;
}

interface ListScope {
  kind: Kind | null;
  group: string | null;
  prose: boolean;
  /** The item a child lead-in stands under ("1. Maintenir les urgences" then "Concrètement :"): its items' parent. */
  owner?: Draft;
  /** The owner was numbered: the next numbered item is its sibling, and ends the scope. */
  closesOnNumber?: boolean;
}

/** A kind and how it was decided. */
interface Decided {
  kind: Kind;
  evidence: Evidence;
}

interface ItemRecord {
  draft: Draft;
  paragraph: number;
}

/** A field's name in a table of fields is short. */
const MAX_FIELD_WORDS = 5;
/** A list item after a name and a colon says something when it runs this long ("Jean Dupont : maire" is a list of who came). */
const MIN_SPOKEN_ITEM_WORDS = 6;
/** A line that opens with a figure ("10 M€ mobilisés …", "4,6 M€ inscrits …", "76 voix pour …") and says little more. */
const KEY_FIGURE = /^\d[\d.,]*(?:\s+[\d.,]+)*(?:\s*(?:M€|k€|€|%|millions?|milliards?))?\s+\S+(?:\s+\S+){0,9}$/u;
/** "a) …", "b – …": a lettered point. */
const LETTERED = /^[a-h]\s?[).–-]\s/;
/** "1. …", "**2. …**", "3) …": a numbered line or item as written. */
const NUMBERED = /^[*_]*\d{1,2}\s?[.)]\s/;
/** Fewer words than this make no item by their form alone. */
const MIN_FORM_WORDS = 3;

/** Levels of headings that Markdown does not number: below every Markdown heading. */
const PLAIN_LEVEL = 10;
const GROUP_RANK = 9;

/** Runs the engine over a document's units. */
export function runEngine(input: EngineInput): EngineOutput {
  const { file, units, lines, layout, titleIndex, defaultKind, documentKind } = input;
  const drafts: Draft[] = [];
  const lineClass = new Map<number, LineClass>();
  const diagnostics: Diagnostic[] = [];
  const stack: Frame[] = [];
  const ranks = new Map<string, number>();
  const sectionHasItems = precomputeSectionItems(units, titleIndex);
  const listHasAction = precomputeListActions(units);
  const faq = faqBlocks(units);
  const cards = cardTitles(units);
  const fieldTitles = fieldBlockTitles(units, titleIndex);
  const running = runningLines(units);
  const badged = badgedTitles(units, titleIndex);
  // "Proposition" over a card's title names its kind, as "Réalisé" under it does.
  const typed = typedTitles(units);
  for (const [index, kind] of typed.titles) if (!badged.titles.has(index)) badged.titles.set(index, kind);
  for (const index of typed.badges) badged.badges.add(index);
  const threads = commentThreads(units);
  /** The last decision of a deliberation that proposes ("APPROUVE …"): the next ones carry it out. */
  let lastDecision: Draft | null = null;
  /** The last record made from a list item at each nesting depth: a lack nested under a proposal item belongs to it. */
  const itemAtDepth: (Draft | null)[] = [];
  /** The kind an item's own last paragraph announces for the items nested under it ("Premières étapes :"), by depth. */
  const nestedLeadIn: (Kind | null)[] = [];
  let listScope: ListScope | null = null;
  /** The record the previous unit made from a list item, which lines right below may describe. */
  let lastItem: ItemRecord | null = null;
  /** The last quotation recorded as a line, and its unit: the attribution under it is its detail. */
  let lastQuote: { draft: Draft; index: number } | null = null;
  /** The unit being placed, for records added from its prose. */
  let contentIndex = -1;
  /** The last proposal written as a numbered line or item ("**1. Créer un centre de santé**"): its lettered points are its steps. */
  let lastNumbered: Draft | null = null;
  let table: TableShape | null = null;
  /** The theme a spanning row of the current table gave the rows below it. */
  let tableAxis: string | null = null;

  const mark = (unit: Unit, cls: LineClass, endLine = unit.endLine): void => {
    for (let line = unit.line; line <= endLine; line++) lineClass.set(line, cls);
  };
  const nearest = (predicate: (f: Frame) => boolean): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (predicate(stack[i]!)) return i;
    return -1;
  };
  const context = (): Context => {
    const section = stack[nearest((f) => f.role === 'section')];
    const strongSection =
      !!section && section.heading?.role === 'section' && section.heading.kind !== null && section.heading.strong;
    return {
      strongSection,
      grouping: nearest((f) => f.role === 'section' || f.role === 'axis') >= 0,
      collecting: collectingBlock() !== null,
      awaiting: awaitingBlock(),
      questions: section?.heading?.role === 'section' && section.heading.kind === 'question',
      agenda: section?.heading?.role === 'section' && section.heading.kind === null,
    };
  };
  /** The innermost heading is a numbered block whose item has not been named yet. */
  const awaitingBlock = (): boolean => {
    const top = stack[stack.length - 1];
    return top?.role === 'block' && !!top.block?.awaiting && !listScope?.kind;
  };
  /** The proposal or initiative whose description the next lines extend, if any. */
  const collectingBlock = (): Block | null => {
    const top = stack[stack.length - 1];
    return top?.block?.record && !listScope?.kind ? top.block : null;
  };

  const rankOf = (role: Frame['role']): number => {
    if (role === 'title') return 0;
    if (role === 'other') return 1;
    // A sub-group is always the innermost heading, even when one comes before any section.
    if (role === 'group') return GROUP_RANK;
    if (!ranks.has(role)) ranks.set(role, ranks.size + 1);
    return ranks.get(role)!;
  };

  const openHeading = (unit: Unit, index: number, role: HeadingRole): void => {
    lastNumbered = null;
    let level = unit.depth ?? PLAIN_LEVEL + rankOf(role.role);
    const blockAt = nearest((f) => f.block !== null && f.role === 'block');
    if (role.role === 'section' && role.child && blockAt >= 0 && level <= stack[blockAt]!.level) {
      level = stack[blockAt]!.level + 0.5;
    }
    // In a digest, a heading under a territory heading names the next initiative.
    const territoryAt = nearest((f) => f.role === 'territory');
    if (layout === 'digest' && role.role === 'other' && territoryAt >= 0 && level > stack[territoryAt]!.level) {
      stack.length = territoryAt + 1;
      const block = stack[territoryAt]!.block!;
      block.record = addRecord(unit, 'initiative', 'heading', unit.text, null);
      block.awaiting = false;
      return;
    }
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const frame: Frame = {
      level,
      role: role.role,
      text: headingText(unit),
      heading: role,
      block: null,
      hasItems: sectionHasItems.get(index) ?? false,
      markdown: unit.type === 'heading',
    };
    if (role.role === 'block') {
      frame.block = { kind: role.kind, record: null, awaiting: role.inline === null, paragraph: unit.paragraph };
      stack.push(frame);
      if (role.inline !== null) {
        const evidence = badged.titles.has(index) ? 'label' : cards.has(index) || fieldTitles.has(index) ? 'form' : unit.type === 'heading' || unit.strong ? 'heading' : 'label';
        frame.block.record = addRecord(unit, role.kind, evidence, role.inline, null);
        return;
      }
    } else {
      if (role.role === 'territory' && layout === 'digest') frame.block = { kind: 'initiative', record: null, awaiting: true, paragraph: unit.paragraph };
      stack.push(frame);
    }
    mark(unit, 'heading');
  };

  const addRecord = (
    unit: Unit,
    kind: Kind,
    evidence: Evidence,
    text: string,
    parent: Draft | null,
    column = unit.column,
    at: { line: number; endLine: number } = unit,
  ): Draft | null => {
    const clean = cleanText(text);
    if (!clean) {
      mark(unit, 'chrome');
      return null;
    }
    const sectionAt = nearest((f) => f.role === 'section');
    const axisAt = nearest((f) => f.role === 'axis');
    const enclosing = axisAt >= 0 ? axisAt : nearest((f) => f.role === 'other' && f.markdown);
    const groupAt = nearest((f) => f.role === 'group');
    const territoryAt = nearest((f) => f.role === 'territory');
    const territoryHeading = stack[territoryAt]?.heading;
    const draft: Draft = {
      kind,
      evidence,
      text: clean,
      details: unit.continuation.map(cleanText).filter(Boolean),
      parent,
      axis: enclosing >= 0 && (axisAt >= 0 || enclosing < sectionAt) ? stack[enclosing]!.text : null,
      group: listScope?.group ?? (groupAt >= 0 ? stack[groupAt]!.text : null),
      territory: territoryHeading?.role === 'territory' ? territoryHeading.territory : null,
      line: at.line,
      column,
      endLine: at.endLine,
    };
    drafts.push(draft);
    mark(unit, 'record');
    return draft;
  };

  const unclassified = (unit: Unit, what: string): void => {
    mark(unit, 'unclassified');
    diagnostics.push(unclassifiedLine(file, what, excerpt(unit.text), unit.line, unit.column));
  };

  /** The proposal or initiative kind the innermost section names, if any. */
  const sectionBlockKind = (): Kind | null => {
    const heading = stack[nearest((f) => f.role === 'section')]?.heading;
    return heading?.role === 'section' && heading.kind && BLOCK_KINDS.includes(heading.kind) ? heading.kind : null;
  };

  /** The proposal or initiative that a record in the current section belongs to. */
  const parentFor = (kind: Kind): Draft | null => {
    const blockAt = nearest((f) => f.block !== null);
    if (blockAt < 0) return null;
    const sectionAt = nearest((f) => f.role === 'section');
    const record = stack[blockAt]!.block!.record;
    if (!record || (sectionAt < blockAt && !listScope) || (BLOCK_KINDS.includes(kind) && kind === record.kind)) return null;
    return record;
  };

  /** Adds the records prose gives, each where its text starts; false when it gives none. */
  const addProse = (unit: Unit, items: readonly ProseItem[]): boolean => {
    let added = false;
    for (const item of items) {
      const at = locate(lines, unit, unit.text, item.offset, item.text.length);
      const draft = addRecord(unit, item.kind, 'cue', item.text, item.kind === 'proposal' || item.kind === 'initiative' ? null : parentFor(item.kind), at.column, at);
      added ||= draft !== null;
    }
    if (added) mark(unit, 'record');
    // "« Un numéro unique … »" then "— Claire, pharmacienne à Baccarat": who said it comes next.
    if (added && unit.type === 'line' && isWholeQuote(unit.text)) lastQuote = { draft: drafts.at(-1)!, index: contentIndex };
    return added;
  };
  /** The innermost section describes the meeting ("Contexte", "Ordre du jour"): its prose puts nothing forward. */
  const inContextSection = (): boolean => {
    const section = stack[nearest((f) => f.role === 'section')];
    // "Et maintenant ?", "Perspectives": what comes next is told there, and read.
    return section?.heading?.role === 'section' && section.heading.kind === null && !isForwardHeading(fold(section.text));
  };
  /** A sentence whose own cues give a kind other than `kind` (its section's). */
  const ownKindDiffers = (text: string, kind: Kind): boolean =>
    tellsSentences(text) && readAnswer(text, proseContext()).some((item) => item.kind !== kind);
  /** Under a territory's heading in a digest, any sentence telling an action is an initiative. */
  const proseContext = (): ProseContext => {
    const territory = nearest((f) => f.role === 'territory') >= 0;
    return { anySubject: layout === 'digest' && territory };
  };
  /**
   * A digest's paragraph of sentences under a territory ("La Nièvre loue des appartements … .
   * Le Département verse une bourse … .") gives one initiative per sentence telling an action;
   * its other sentences describe the last. False when it tells none.
   */
  const addTold = (unit: Unit, block: Block): boolean => {
    if (layout !== 'digest' || block.kind !== 'initiative' || unit.type !== 'line' || !tellsSentences(unit.text)) return false;
    const told = readProse(unit.text, { anySubject: true }).filter((item) => item.kind === 'initiative');
    if (!told.length) return false;
    let last: Draft | null = null;
    for (const item of told) {
      const at = locate(lines, unit, unit.text, item.offset, item.text.length);
      last = addRecord(unit, 'initiative', 'heading', item.text, null, at.column, at) ?? last;
    }
    const rest = sentences(unit.text).filter((s) => !told.some((t) => t.offset === s.offset)).map((s) => s.text);
    if (last) last.details.push(...rest);
    block.record = last;
    block.paragraph = unit.paragraph;
    block.told = true;
    return true;
  };

  const handleContent = (unit: Unit, index: number): void => {
    contentIndex = index;
    if (unit.type === 'code') return mark(unit, 'prose');
    if (unit.type === 'table-header') {
      table = tableShape(unit.cells);
      tableAxis = null;
      return mark(unit, 'heading');
    }
    if (unit.type === 'table-row') return handleRow(unit);

    // What an earlier item at this depth announced is not this item's to pass on.
    if (unit.type === 'item') nestedLeadIn.length = Math.min(nestedLeadIn.length, unit.listDepth);
    const blockAt = nearest((f) => f.block !== null);
    const block = stack[blockAt]?.block ?? null;
    const innermost = blockAt >= 0 && blockAt === stack.length - 1 && !listScope?.kind;
    if (block && innermost && block.awaiting) {
      block.awaiting = false;
      if (addTold(unit, block)) return;
      if (unit.type === 'line' || layout !== 'digest') {
        block.record = addRecord(unit, block.kind, 'heading', unit.text, null);
        return;
      }
    }
    // "Constat : …" names its own kind, even among the lines that describe a proposal.
    const labelled = inlineKindLabel(unit.text);
    if (labelled) {
      const own = block?.record && innermost && !BLOCK_KINDS.includes(labelled.kind) ? block.record : null;
      // "2. Loger les internes …" then "Objectif : …" on the next line: the item's own aim.
      const item = unit.type === 'line' && CHILD_KINDS.includes(labelled.kind) && lastItem && BLOCK_KINDS.includes(lastItem.draft.kind) ? lastItem.draft : null;
      addRecord(unit, labelled.kind, 'label', labelled.rest, own ?? item ?? parentFor(labelled.kind));
      return;
    }
    // "- **Action 2.1 –** Former …": a list item opening with a numbered label is that item; its
    // sub-items are its first steps.
    const opened = unit.type === 'item' ? blockOpener(unit.text) : null;
    if (opened?.inline) {
      const draft = addRecord(unit, opened.kind, 'label', opened.inline, BLOCK_KINDS.includes(opened.kind) ? null : parentFor(opened.kind));
      itemAtDepth.length = unit.listDepth + 1;
      itemAtDepth[unit.listDepth] = draft?.kind === 'proposal' ? draft : null;
      return;
    }
    // "Dr Martin : il faut …", "Nadia, 42 ans : « … »": a remark, the speaker's name kept.
    // "Aïcha B. : mon fils attend …" in a tour de table: a remark too, with the proposals and questions it holds.
    const speaker = unit.type === 'line' ? speakerLine(unit.raw) : unit.type === 'item' ? speakerLine(unit.text) : null;
    if (speaker && (unit.type === 'line' || wordCount(speaker.words) >= MIN_SPOKEN_ITEM_WORDS)) {
      const start = unit.text.indexOf(speaker.words);
      for (const item of start >= 0 ? spokenItems(unit.text, start, proseContext()) : [{ kind: 'observation' as const, text: unit.text, offset: 0 }]) {
        const at = locate(lines, unit, unit.text, item.offset, item.text.length);
        addRecord(unit, item.kind, 'label', item.text, null, at.column, at);
      }
      return;
    }
    // After a measure quoted by its label, a paragraph that judges it is a remark on it.
    if (block?.record && innermost && block.record.evidence === 'label' && unit.type === 'line' && unit.paragraph !== block.paragraph && judges(unit.text)) {
      addRecord(unit, 'observation', 'cue', unit.text, null);
      return;
    }
    // A new paragraph of sentences under a digest's territory may tell another initiative.
    if (block?.record && block.told && innermost && unit.paragraph !== block.paragraph && addTold(unit, block)) return;
    // After "Piste n°2 : …", "3) Créer …" is the next item, not the description of the second.
    const sibling = block?.record?.evidence === 'label' && unit.type === 'item' && unit.numbered && itemForm(unit.text)?.form === 'action';
    // After a measure quoted by its label, a paragraph that proposes in prose is a proposal of its own.
    if (block?.record && innermost && block.record.evidence === 'label' && unit.type === 'line' && unit.paragraph !== block.paragraph) {
      const items = readSentence(unit.text, proseContext());
      if (items.length && addProse(unit, items)) return;
    }
    if (block?.record && innermost && !sibling) {
      // Lines under a proposal's or an initiative's title describe it.
      block.record.details.push(cleanText(unit.type === 'item' ? unit.raw : unit.text), ...unit.continuation);
      block.record.endLine = Math.max(block.record.endLine, unit.endLine);
      return mark(unit, 'record');
    }

    // "Les participants ont réclamé A, B et C" gives three items, whatever heading it stands under.
    if (unit.type === 'line' && !inContextSection()) {
      // Sentence by sentence: an enumeration ends with its sentence ("… et de l'ARS. La municipalité …").
      const enumerates = sentences(unit.text).some((sentence) => readSentence(sentence.text, proseContext()).length > 1);
      if (enumerates && addProse(unit, readProse(unit.text, proseContext()))) return;
    }
    // "APPROUVE le principe …", "AUTORISE le Maire à …": a council's decisions, by their verb in capitals.
    const decision = deliberationKind(unit.text);
    if (decision) {
      addRecord(unit, decision, 'label', unit.text, decision === 'proposal' ? null : (lastDecision ?? parentFor(decision)));
      if (decision === 'proposal') lastDecision = drafts.at(-1) ?? null;
      return;
    }
    // "Femme, 67 ans, quartier de la Grâce-de-Dieu" under a quotation says who spoke: a detail of it.
    // ("— Claire, pharmacienne à Baccarat" under it reads as a list item when the dash is taken for a bullet.)
    const dashed = unit.type === 'item' && /^[—–]/u.test(unit.raw.trim());
    // ("Créer un guichet unique …" after it is the next item, not who spoke.)
    if ((unit.type === 'line' || dashed) && lastQuote?.index === index - 1 && isAttribution(unit.text, dashed) && itemForm(unit.text)?.form !== 'action') {
      lastQuote.draft.details.push(cleanText(unit.text));
      lastQuote.draft.endLine = Math.max(lastQuote.draft.endLine, unit.endLine);
      lastQuote = null;
      return mark(unit, 'record');
    }
    // "Les mesures du plan" then "Un cabinet équipé à la maison de santé de Lessay. La communauté de communes y a aménagé …".
    const lead = unit.type === 'line' && !listScope ? measureLead(unit) : null;
    if (lead) {
      const at = locate(lines, unit, unit.text, 0, lead.phrase.length);
      const draft = addRecord(unit, sectionHeading()!.kind!, 'heading', lead.phrase, null, at.column, at);
      draft?.details.push(lead.description);
      return;
    }
    // "**1. Créer un centre de santé public**" then "a) en confier la gestion à la communauté de communes".
    if (unit.type === 'item' && !listScope?.kind && lastNumbered && LETTERED.test(unit.raw.trim()) && itemForm(unit.text)?.form === 'action') {
      addRecord(unit, 'first_step', 'form', unit.text, lastNumbered);
      return;
    }
    const decided = kindFor(unit, index);
    if (decided === 'prose') {
      // "2.1 Développer les MSP" then "Elles permettent …" in the same paragraph: its description.
      const item = lastItem;
      if (unit.type === 'line' && item?.paragraph === unit.paragraph) {
        item.draft.details.push(cleanText(unit.text), ...unit.continuation);
        item.draft.endLine = Math.max(item.draft.endLine, unit.endLine);
        lastItem = item;
        return mark(unit, 'record');
      }
      const answer = unit.type === 'line' || !!sectionHeading()?.answers;
      if (answer && !inContextSection() && addProse(unit, readAnswer(unit.text, proseContext()))) return;
      return mark(unit, 'prose');
    }
    if (decided === null) {
      // An item no heading, label or lead-in names: a sentence in it may still say what it is.
      if (addProse(unit, readSentence(unit.text, proseContext()))) return;
      return unclassified(unit, 'List item');
    }
    const { kind, evidence } = decided;
    // An item's form, or the lead-in of the item it is nested under, makes it that item's child.
    const nested = evidence === 'form' || (evidence === 'lead-in' && unit.listDepth > 1 && !!nestedLeadIn[unit.listDepth - 1]);
    const owned = evidence === 'lead-in' && listScope?.owner && kind !== 'proposal' ? listScope.owner : null;
    const parent = owned ?? (nested && kind !== 'proposal' ? (itemAtDepth[unit.listDepth - 1] ?? parentFor(kind)) : parentFor(kind));
    // "- Nathalie · Andancette · il y a 3 jours" over her comment: the comment is the item, its author's line a detail.
    const author = unit.type === 'item' && unit.continuation.length ? authorLine(unit.text) : null;
    if (author) {
      const [said, ...rest] = unit.continuation;
      const draft = addRecord({ ...unit, continuation: [...rest, cleanText(unit.text)] }, kind, evidence, said!, parent);
      if (draft && author.place) draft.authorPlace = author.place;
      return;
    }
    const draft = addRecord(unit, kind, evidence, unit.text, parent);
    if (draft && unit.type === 'line' && isWholeQuote(unit.text)) lastQuote = { draft, index };
    if (!LETTERED.test(unit.raw.trim())) lastNumbered = draft?.kind === 'proposal' && NUMBERED.test(unit.raw.trim()) ? draft : null;
    if (unit.type === 'item') {
      nestedLeadIn.length = unit.listDepth + 1;
      const last = unit.continuation.at(-1);
      nestedLeadIn[unit.listDepth] = last && /:\s*$/.test(last) ? (headingKind(fold(last))?.kind ?? null) : null;
    }
    if (unit.type === 'item' && draft) {
      lastItem = { draft, paragraph: unit.paragraph };
      itemAtDepth.length = unit.listDepth + 1;
      itemAtDepth[unit.listDepth] = draft.kind === 'proposal' ? draft : null;
    }
  };

  /** The heading of the innermost section, when it is one. */
  const sectionHeading = (): Extract<HeadingRole, { role: 'section' }> | null => {
    const heading = stack[nearest((f) => f.role === 'section')]?.heading;
    return heading?.role === 'section' ? heading : null;
  };

  /** A paragraph under a section of measures that opens with the measure's name, then describes it. */
  const measureLead = (unit: Unit): ReturnType<typeof leadPhrase> => {
    const heading = sectionHeading();
    if (!heading?.strong || (heading.kind !== 'proposal' && heading.kind !== 'initiative') || inContextSection()) return null;
    return leadPhrase(unit.text);
  };

  /** The kind of a content unit from the list scope and section around it, 'prose', or null. */
  const kindFor = (unit: Unit, index: number): Decided | 'prose' | null => {
    const section = stack[nearest((f) => f.role === 'section')];
    const heading = sectionHeading();
    // Under a questionnaire's question, "Aucune" answers nothing and "Où en sont les contacts ?" asks.
    if (heading?.answers && (unit.type === 'item' || unit.type === 'line')) {
      if (saysNothing(unit.text)) return 'prose';
      if (/\?\s*$/.test(unit.text)) return { kind: 'question', evidence: 'heading' };
      // "Avez-vous une question ou un message ?" then "Il faudrait une permanence …": read for what it says.
      if (heading.kind === 'question') return 'prose';
    }
    if (unit.type === 'item') {
      // "J'ai déposé des amendements pour :" then "rembourser …": an action says what the list is.
      if (listScope?.prose) return wordCount(unit.text) >= MIN_FORM_WORDS && itemForm(unit.text)?.form === 'action' ? { kind: 'proposal', evidence: 'form' } : 'prose';
      if (listScope?.kind) return { kind: listScope.kind, evidence: 'lead-in' };
      const announced = unit.listDepth > 1 ? nestedLeadIn[unit.listDepth - 1] : null;
      if (announced) return { kind: announced, evidence: 'lead-in' };
      // "Manque de logements pour les stagiaires" among the proposals is a need they answer.
      if (heading?.kind === 'proposal' && itemForm(unit.text)?.form === 'lack') return { kind: 'need', evidence: 'form' };
      // "Perspectives 2023" then "Étendre le transport solidaire …": the actions planned.
      if (heading && !heading.kind && isForwardHeading(fold(section!.text)) && itemForm(unit.text)?.form === 'action') return { kind: 'proposal', evidence: 'form' };
      if (heading) return heading.kind ? { kind: heading.kind, evidence: 'heading' } : 'prose';
      if (defaultKind) return { kind: defaultKind, evidence: 'default' };
      if (layout === 'digest' && nearest((f) => f.role === 'territory') >= 0) return { kind: 'initiative', evidence: 'heading' };
      if (layout === 'restitution' && documentKind && nearest((f) => f.role === 'axis') >= 0) return { kind: documentKind, evidence: 'heading' };
      // "Créer …", "Mise en place de …" propose; "Manque de …" is a need beside proposals, else a finding.
      // A word or two alone ("Entreprendre", "Vivre ici") is a menu entry, not an item.
      const own = projectForm(unit.text);
      const form = own ? { form: own } : wordCount(unit.text) >= MIN_FORM_WORDS ? itemForm(unit.text) : null;
      // An action nested under a proposal item is one of its first steps.
      if (form?.form === 'action') return { kind: unit.listDepth > 1 && itemAtDepth[unit.listDepth - 1] ? 'first_step' : 'proposal', evidence: 'form' };
      if (form?.form === 'lack') return { kind: listHasAction.get(index) || itemAtDepth[unit.listDepth - 1] ? 'need' : 'finding', evidence: 'form' };
      return null;
    }
    // "Questions posées par les habitants" then the questions, one per line, even under a long heading.
    if (heading?.kind === 'question' && /\?\s*$/.test(unit.text) && layout !== 'article') return { kind: 'question', evidence: 'heading' };
    // "Voici quelques-uns des commentaires reçus." announces the items below: it is none of them.
    if (heading?.kind && announces(unit.text)) return 'prose';
    // "« On m'a proposé une date dans dix mois. »" under "Ce que vous nous avez dit" is a testimony.
    if (heading?.kind === 'finding' && heading.strong && isWholeQuote(unit.text)) return { kind: 'observation', evidence: 'heading' };
    // "« Ce que nous avons entendu aujourd'hui, c'est que … »" among the proposals: read for what it says.
    if (heading?.kind && heading.kind !== 'observation' && unit.type === 'line' && isWholeQuote(unit.text)) return 'prose';
    // A paragraph of several sentences under "580 propositions" tells about them: it is prose, read for
    // cues. (A remark or a finding may take two sentences; a proposal under its heading hardly ever.)
    // "Les préconisations suivent l'ordre des axes": a line naming the section's kind tells about its items.
    // (So under "Pourquoi ?" over a proposal: a paragraph of several sentences argues, each sentence read for itself.)
    const tells = ((heading?.kind === 'proposal' || heading?.kind === 'need') && sentences(unit.text).length > 1) || headingKind(fold(unit.text))?.kind === heading?.kind;
    // "Dr Lacoste estime que …", "Le groupe constate que …" under "Premières pistes": a sentence that
    // says its own kind is read for it, the heading's kind is for plain lines.
    if (heading?.kind && unit.type === 'line' && ownKindDiffers(unit.text, heading.kind)) return 'prose';
    // "**10 M€** mobilisés par la Région", "76 voix pour l'avis du CESER": key figures, not items.
    if (unit.type === 'line' && KEY_FIGURE.test(unit.text)) return 'prose';
    if (heading?.kind && heading.strong && !section!.hasItems && (layout !== 'article' || heading.answers) && !tells) {
      // Under questions, a line that goes on after its "?" gives the answer too: a FAQ entry, not a question asked.
      return heading.kind === 'question' && !/\?\s*$/.test(unit.text) ? 'prose' : { kind: heading.kind, evidence: 'heading' };
    }
    if (!heading && defaultKind) return { kind: defaultKind, evidence: 'default' };
    return 'prose';
  };

  const handleRow = (unit: Unit): void => {
    if (table?.open) {
      const first = openTable(unit.cells);
      table = first.shape;
      if (first.header) return mark(unit, 'heading');
    }
    // "Moins de 30 ans | 13 | 9,1 %": a survey's results are statistics.
    if (isStatisticRow(unit.cells)) return mark(unit, 'prose');
    // A row whose one filled cell spans the table heads the rows below: "Priorité 1 – …" or a theme
    // is their axis, "Objectif opérationnel 1.1 – …" an item of its own.
    const filled = unit.cells.filter((cell) => cell.text);
    if (table && tableMode(table) !== 'none' && unit.cells.length > 2 && filled.length === 1 && filled[0] === unit.cells[0]) {
      const text = cleanText(filled[0]!.text);
      const labelled = inlineKindLabel(text);
      if (labelled) addRecord(unit, labelled.kind, 'label', labelled.rest, null);
      else {
        tableAxis = text;
        mark(unit, 'heading');
      }
      return;
    }
    const section = stack[nearest((f) => f.role === 'section')];
    const sectionKind = section?.heading?.role === 'section' ? section.heading.kind : undefined;
    const mode = table ? tableMode(table) : 'none';
    // A fiche action as a table of fields: "Objectifs opérationnels | A<br>B", "Pilote | CARA".
    const field = mode === 'none' && unit.cells.length === 2 ? fieldKind(unit.cells[0]!.text) : undefined;
    if (field !== undefined) {
      if (field === null) return mark(unit, 'prose');
      // The fields describe the action whose heading the table stands under.
      const owner = stack[nearest((f) => !!f.block?.record)]?.block?.record ?? null;
      const parent = owner && !BLOCK_KINDS.includes(field) ? owner : parentFor(field);
      for (const part of unit.cells[1]!.parts) addRecord(unit, field, 'label', part, parent, unit.cells[1]!.column);
      if (!unit.cells[1]!.parts.length) mark(unit, 'prose');
      return;
    }
    if (mode === 'none') {
      const kind = sectionKind ?? defaultKind;
      if (kind) addRecord(unit, kind, sectionKind ? 'heading' : 'default', unit.cells.map((c) => c.text).filter(Boolean).join(' | '), sectionKind ? parentFor(kind) : null);
      else unclassified(unit, 'Table row');
      return;
    }
    // A row with a text and no kind of its own takes its section's, else --kind's; under a context heading it is prose.
    const row = readRow(table!, unit.cells, sectionKind === undefined ? (defaultKind ?? DEFAULT_ROW_KIND) : sectionKind);
    for (const p of row.problems) diagnostics.push(territoryWarning(file, p.value, p.status, unit.line, p.column));
    if (row.skipped) diagnostics.push(diagnostic(file, 'warning', 'row-skipped', row.skipped, unit.line, unit.column));
    const owner = row.owner === null ? null : row.items[row.owner]!;
    const ownerDraft = owner ? addRecord(unit, owner.kind, 'table', owner.text, parentFor(owner.kind), owner.column) : null;
    const placed = new Map<RowItem, Draft | null>(owner ? [[owner, ownerDraft]] : []);
    for (const item of row.items) {
      if (item === owner) continue;
      placed.set(item, addRecord(unit, item.kind, 'table', item.text, ownerDraft ?? parentFor(item.kind), item.column));
    }
    for (const [item, draft] of placed) {
      if (!draft) continue;
      if (item.details) draft.details.push(item.details);
      if (row.territory) draft.territory = row.territory;
      if (row.axis ?? tableAxis) draft.axis = row.axis ?? tableAxis;
      if (row.group) draft.group = row.group;
    }
    if (!row.items.length) mark(unit, row.skipped ? 'unclassified' : 'prose');
  };

  /** A dispositif of a FAQ page: its heading is the initiative, its questions and answers the details. */
  const addFaqBlock = (index: number, end: number): void => {
    const unit = units[index]!;
    openHeading(unit, index, { role: 'other' });
    // "À venir" over the dispositif's heading: one still to come.
    const badge = badged.titles.get(index);
    const draft = addRecord(unit, badge ?? 'initiative', badge ? 'label' : 'heading', unit.text, null);
    for (let i = index + 1; i < end; i++) {
      const part = units[i]!;
      if (badged.badges.has(i) || classify(part, units[i + 1], context()).as === 'chrome') {
        mark(part, 'chrome');
        continue;
      }
      draft?.details.push(cleanText(part.type === 'item' ? part.raw : part.text), ...part.continuation);
      if (draft) draft.endLine = Math.max(draft.endLine, part.endLine);
      mark(part, 'record');
    }
  };

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const faqEnd = faq.get(index);
    if (faqEnd !== undefined && index !== titleIndex) {
      listScope = null;
      addFaqBlock(index, faqEnd);
      index = faqEnd - 1;
      continue;
    }
    if (running.has(index) && index !== titleIndex) {
      mark(unit, 'chrome');
      continue;
    }
    if (index === titleIndex) {
      stack.length = 0;
      stack.push({ level: unit.depth ?? PLAIN_LEVEL, role: 'title', text: headingText(unit), heading: null, block: null, hasItems: false, markdown: unit.type === 'heading' });
      mark(unit, 'heading');
      continue;
    }
    // A card of a consultation platform: its title proposes, the lines under it describe it.
    // A project's title over "Porteur : …", "Montant accordé : …": an initiative, unless its section names another kind.
    // An action's status badge ("Réalisé", "À venir") is page furniture: the action above it is the record.
    if (badged.badges.has(index)) {
      mark(unit, 'chrome');
      continue;
    }
    // A comment thread: names and reactions are furniture, each comment is read on its own.
    const threadRole = threads.get(index);
    if (threadRole === 'author' || threadRole === 'reactions') {
      mark(unit, 'chrome');
      continue;
    }
    if (threadRole === 'comment') {
      lastItem = null;
      if (addProse(unit, readProse(unit.text, proseContext()))) continue;
      const kind = commentKind(unit.text);
      if (!kind || !addRecord(unit, kind, 'form', unit.text, null)) mark(unit, 'prose');
      continue;
    }
    const badge = badged.titles.get(index);
    const classified: Classified = badge
      ? { as: 'heading', heading: { role: 'block', kind: badge, inline: unit.text } }
      : cards.has(index)
      ? { as: 'heading', heading: { role: 'block', kind: 'proposal', inline: unit.text } }
      : fieldTitles.has(index)
        ? { as: 'heading', heading: { role: 'block', kind: sectionBlockKind() ?? 'initiative', inline: unit.text } }
        : classify(unit, units[index + 1], context());
    const previousItem: ItemRecord | null = lastItem;
    lastItem = null;
    // "1. Maintenir les urgences …" then "Concrètement :" on a line of its own (a PDF loses the
    // indent): the label's items are that item's first steps, until the next numbered item.
    // (lastItem is set by handleContent, which the compiler does not follow: hence the cast.)
    const owner = (previousItem as ItemRecord | null)?.draft;
    const childLabel = unit.type === 'line' && owner && /:\s*$/.test(unit.text) ? childLabelKind(unit.text) : null;
    const ownsItems = !!owner && BLOCK_KINDS.includes(owner.kind) && units[index - 1]?.type === 'item';
    if (childLabel && childLabel.extraWords === 0 && CHILD_KINDS.includes(childLabel.kind) && ownsItems) {
      listScope = { kind: childLabel.kind, group: null, prose: false, owner, closesOnNumber: units[index - 1]!.numbered };
      mark(unit, 'heading');
      continue;
    }
    if (unit.type === 'item' && unit.numbered && listScope?.closesOnNumber) listScope = null;
    if (classified.as === 'chrome' || classified.as === 'prose') {
      mark(unit, classified.as);
      continue;
    }
    if (unit.type !== 'item') listScope = null;
    if (unit.type !== 'table-row') table = unit.type === 'table-header' ? table : null;
    if (classified.as === 'heading') {
      openHeading(unit, index, classified.heading);
    } else if (classified.as === 'intro' && !(classified.kind === null && collectingBlock())) {
      const strong = context().strongSection;
      // A list an article introduces without naming a kind ("Le bâtiment regroupe :") is its prose.
      // Under a digest's territory, "Le plan santé … comprend :" lists that territory's initiatives.
      const initiatives = layout === 'digest' && nearest((f) => f.role === 'territory') >= 0;
      const prose = !classified.kind && (classified.long || layout === 'article') && !strong && !initiatives;
      listScope = { kind: classified.kind, group: prose ? null : classified.group, prose };
      mark(unit, classified.kind || listScope.group ? 'heading' : 'prose');
    } else {
      lastItem = previousItem;
      handleContent(unit, index);
    }
  }
  return { drafts, lineClass, diagnostics };
}

/** Whether a line is sentences rather than a name: it ends like a sentence and holds ten words or more. */
function tellsSentences(text: string): boolean {
  return /[.!]["»”)]?\s*$/u.test(text.trim()) && wordCount(text) >= 10;
}

/**
 * What the first cell of a two-column row of fields says: the kind its second cell holds
 * ("Objectifs opérationnels", "Étapes de mise en œuvre", "Point de vigilance"), null for a field
 * about the action itself ("Pilote", "Partenaires", "Calendrier"), undefined when it is no field.
 */
function fieldKind(label: string): Kind | null | undefined {
  if (wordCount(label) > MAX_FIELD_WORDS) return undefined;
  const folded = fold(label);
  const named = headingKind(folded);
  if (named && named.extraWords <= 2) return named.kind;
  return isFieldLabel(folded) ? null : undefined;
}

/** The kind a bare label line announces for the items of the item above it: "Premières étapes :", "Concrètement :". */
function childLabelKind(text: string): { kind: Kind; extraWords: number } | null {
  const folded = fold(text).replace(/(?<!\s)\s*:\s*$/, '').trim();
  if (STEP_LABELS.some((label) => fold(label) === folded)) return { kind: 'first_step', extraWords: 0 };
  return headingKind(fold(text));
}
