/**
 * The cards of a consultation platform (Decidim, Cap Collectif, Make.org pages saved as HTML):
 * one heading per idea ("### Ouvrir un centre médical de quartier"), then its author, its
 * description and its votes. Siblings of one level that mostly read as actions are those
 * ideas, however the page names its section.
 */
import { itemForm } from './item-form.js';
import type { Unit } from './units.js';

/** At least this many sibling headings, most of them actions, make a listing of cards. */
const MIN_CARDS = 3;
const ACTION_SHARE = 2 / 3;

/** The indices of the headings that title a card: sibling headings, two thirds of them or more actions. */
export function cardTitles(units: readonly Unit[]): Set<number> {
  const titles = new Set<number>();
  const headings = units.flatMap((unit, index) => (unit.type === 'heading' && unit.depth !== null ? [{ index, depth: unit.depth, unit }] : []));
  let run: typeof headings = [];
  const close = (): void => {
    const actions = run.filter((h) => itemForm(h.unit.text)?.form === 'action');
    if (run.length >= MIN_CARDS && actions.length >= run.length * ACTION_SHARE) for (const h of actions) titles.add(h.index);
    run = [];
  };
  for (const heading of headings) {
    // A heading of a higher level closes the listing; a deeper one is inside a card.
    if (run.length && heading.depth < run[0]!.depth) close();
    if (run.length && heading.depth > run[0]!.depth) continue;
    run.push(heading);
  }
  close();
  return titles;
}
