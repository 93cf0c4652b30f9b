/**
 * What the engine needs to know about units ahead of its walk: whether a heading's section holds
 * list items, and whether a list holds an action.
 */
import { fold } from '../text/fold.js';
import { projectForm } from '../vocabulary/extensions.js';
import { blockOpener } from '../vocabulary/match.js';
import { classify, NEUTRAL_CONTEXT, type Context } from './headings.js';
import { itemForm } from './item-form.js';
import type { Unit } from './units.js';

/**
 * For each heading-like unit, whether list items or table rows follow before the next heading
 * (then its plain lines are prose, not items). Uses a context-free classification, which is
 * exact for every heading the vocabulary names.
 */
export function precomputeSectionItems(units: readonly Unit[], titleIndex: number | null): Map<number, boolean> {
  const result = new Map<number, boolean>();
  let open: number | null = null;
  const neutral: Context = { ...NEUTRAL_CONTEXT, grouping: true };
  for (const [index, unit] of units.entries()) {
    if (index === titleIndex) continue;
    const c = classify(unit, units[index + 1], neutral);
    if (c.as === 'heading' && c.heading.role !== 'group') {
      open = index;
      result.set(index, false);
    } else if (open !== null && (unit.type === 'item' || unit.type === 'table-row') && c.as === 'content') {
      result.set(open, true);
    }
  }
  return result;
}

/** For each list item, whether its list (the run of items it stands in) holds an action ("Créer …"). */
export function precomputeListActions(units: readonly Unit[]): Map<number, boolean> {
  const result = new Map<number, boolean>();
  let run: number[] = [];
  const close = (): void => {
    const action = run.some((i) => (projectForm(units[i]!.text) ?? itemForm(units[i]!.text)?.form) === 'action');
    for (const i of run) result.set(i, action);
    run = [];
  };
  for (const [index, unit] of units.entries()) {
    if (unit.type === 'item') run.push(index);
    else if (unit.type !== 'chrome') close();
  }
  close();
  return result;
}

/** A running header or footer comes back on every page: at least this many times. */
const MIN_RUNNING_REPEATS = 3;
const MAX_RUNNING_WORDS = 15;

/**
 * The lines that come back page after page with only their number changed ("Le Caylar infos –
 * n° 41 – automne 2023 5"): a running header or footer copied with the text, never a record.
 */
export function runningLines(units: readonly Unit[]): Set<number> {
  // A page's number stands at one end of the line; a label numbered at its start ("Proposition 2 –") is no page's.
  const key = (unit: Unit): string | null =>
    unit.type === 'line' && unit.text.split(/\s+/).length <= MAX_RUNNING_WORDS && /\d\s*$/.test(unit.text) && !blockOpener(unit.text)
      ? fold(unit.text).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
      : null;
  const counts = new Map<string, number>();
  for (const unit of units) {
    const k = key(unit);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = new Set<number>();
  units.forEach((unit, index) => {
    const k = key(unit);
    if (k && (counts.get(k) ?? 0) >= MIN_RUNNING_REPEATS) running.add(index);
  });
  return running;
}
