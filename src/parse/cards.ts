/**
 * The cards of a consultation platform (Decidim, Cap Collectif, Make.org pages saved as HTML):
 * one heading per idea ("### Ouvrir un centre médical de quartier"), then its author, its
 * description and its votes. Siblings of one level that mostly read as actions are those
 * ideas, however the page names its section.
 */
import { classify, NEUTRAL_CONTEXT } from './headings.js';
import { itemForm } from './item-form.js';
import type { Unit } from './units.js';

/** At least this many sibling headings, most of them actions, make a listing of cards. */
const MIN_CARDS = 3;
const ACTION_SHARE = 2 / 3;
const MIN_TITLE_WORDS = 4;

/** The indices of the headings that title a card: sibling headings, two thirds of them or more actions. */
export function cardTitles(units: readonly Unit[]): Set<number> {
  const titles = new Set<number>();
  const headings = units.flatMap((unit, index) => (unit.type === 'heading' && unit.depth !== null ? [{ index, depth: unit.depth, unit }] : []));
  // Only headings the vocabulary says nothing of: "Fiche action 2 : …" or "Axe 1 : …" keep their own role.
  const plain = (index: number): boolean => {
    const c = classify(units[index]!, units[index + 1], NEUTRAL_CONTEXT);
    return c.as === 'heading' && c.heading.role === 'other';
  };
  // The siblings of a heading: the headings of its level between two headings of a higher one.
  for (const depth of new Set(headings.map((h) => h.depth))) {
    let run: typeof headings = [];
    const close = (): void => {
      // A card's title is a sentence of its own, and a description follows it, not a list.
      const card = (h: (typeof run)[number]): boolean =>
        plain(h.index) && h.unit.text.split(/\s+/).length >= MIN_TITLE_WORDS && units[h.index + 1]?.type !== 'item' && itemForm(h.unit.text)?.form === 'action';
      const actions = run.filter(card);
      if (run.length >= MIN_CARDS && actions.length >= run.length * ACTION_SHARE) for (const h of actions) titles.add(h.index);
      run = [];
    };
    for (const heading of headings) {
      if (heading.depth < depth) close();
      else if (heading.depth === depth) run.push(heading);
    }
    close();
  }
  return titles;
}
