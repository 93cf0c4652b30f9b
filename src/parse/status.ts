/**
 * Status badges: a tracking page lists its actions each followed by a line that says where it
 * stands ("Réalisé", "En cours", "À venir"). An action done or under way is an initiative; one
 * to come is a proposal, whatever the action's own wording suggested. The badge itself is page
 * furniture, not a record.
 */
import { fold } from '../text/fold.js';
import type { Kind } from '../types/record.js';
import { STATUS_WORDS } from '../vocabulary/fr.js';
import { headingKind } from '../vocabulary/match.js';
import type { Draft } from './draft.js';
import type { Unit } from './units.js';

const statusKinds = new Map<string, Kind>(
  (Object.entries(STATUS_WORDS) as [Kind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [fold(w), kind] as const)),
);

/** The kind a badge line gives, or null when the line is no badge. */
export function statusKind(text: string): Kind | null {
  return statusKinds.get(fold(text.replace(/[.!:•·✓✔✅⏳🕒🔜●◐○◯◉]/gu, ' ').replace(/\s+/g, ' ').trim())) ?? null;
}

/**
 * The headings and lines a badge line follows, with the kind the badge gives, and the badge
 * lines themselves: "#### Ateliers nutrition dans les écoles" over "Réalisé" is an action.
 */
export function badgedTitles(units: readonly Unit[], titleIndex: number | null): { titles: Map<number, Kind>; badges: Set<number> } {
  const titles = new Map<number, Kind>();
  const badges = new Set<number>();
  for (let i = 1; i < units.length; i++) {
    const unit = units[i]!;
    const kind = unit.type === 'line' || unit.type === 'item' ? statusKind(unit.text) : null;
    if (!kind) continue;
    badges.add(i);
    // "À venir" right over "### Un guichet unique …": a card's badge may stand above its title.
    // (Under a description, that is: after a list or a heading the badge is the one below it.)
    const described = units[i - 1]?.type === 'line' && /[.!»”)]\s*$/u.test(units[i - 1]!.text) && units[i - 1]!.text.split(/\s+/).length >= MIN_DESCRIPTION_WORDS;
    if (units[i + 1]?.type === 'heading' && described) {
      titles.set(i + 1, kind);
      continue;
    }
    const title = units[i - 1]!;
    if (i - 1 !== titleIndex && (title.type === 'heading' || title.type === 'line') && !statusKind(title.text)) titles.set(i - 1, kind);
  }
  return { titles, badges };
}

/** A card's description, under its title and over the next card's badge, is a sentence or more. */
const MIN_DESCRIPTION_WORDS = 8;

/** A badge of one or two words that names a kind: "Proposition", "Constat", "Question". */
const MAX_TYPE_BADGE_WORDS = 2;

/**
 * Type badges of a consultation platform's cards ("- Proposition" over "### Ouvrir un centre de
 * santé …", "Constat" over "### Dans mon quartier, plus aucun généraliste …"): the badge names the
 * kind of the card whose title follows it. The titles with their kind, and the badges.
 */
export function typedTitles(units: readonly Unit[]): { titles: Map<number, Kind>; badges: Set<number> } {
  const titles = new Map<number, Kind>();
  const badges = new Set<number>();
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i]!;
    if ((unit.type !== 'line' && unit.type !== 'item') || units[i + 1]!.type !== 'heading') continue;
    const words = unit.text.trim().replace(/[*_:]+/g, '').trim();
    if (!words || words.split(/\s+/).length > MAX_TYPE_BADGE_WORDS) continue;
    const named = headingKind(fold(words));
    if (!named || named.extraWords > 0) continue;
    badges.add(i);
    titles.set(i + 1, named.kind);
  }
  // One badge over one heading is a section's label; a listing has several.
  return badges.size >= MIN_TYPED_CARDS ? { titles, badges } : { titles: new Map(), badges: new Set() };
}
const MIN_TYPED_CARDS = 2;

/**
 * Sets the kind of each list item a badge follows, on its own line or as the item's first
 * detail (titles and the badge lines themselves are the engine's: see badgedTitles).
 */
export function applyStatusBadges(drafts: readonly Draft[], units: readonly Unit[]): void {
  const byLine = new Map(drafts.map((d) => [d.line, d]));
  const settle = (draft: Draft | undefined, kind: Kind): boolean => {
    if (!draft || draft.parent || (draft.kind !== 'proposal' && draft.kind !== 'initiative')) return false;
    draft.kind = kind;
    draft.evidence = 'label';
    return true;
  };
  for (let i = 1; i < units.length; i++) {
    const unit = units[i]!;
    // "- Créer un transport solidaire" with "En cours" indented under it: the badge is the item's first detail.
    const inner = unit.type === 'item' && unit.continuation.length ? statusKind(unit.continuation[0]!) : null;
    const itemDraft = inner ? byLine.get(unit.line) : undefined;
    if (inner && settle(itemDraft, inner)) itemDraft!.details = itemDraft!.details.filter((d) => !statusKind(d));
    if (unit.type !== 'line' && unit.type !== 'item') continue;
    const kind = statusKind(unit.text);
    if (!kind) continue;
    settle(byLine.get(units[i - 1]!.line), kind);
  }
}
