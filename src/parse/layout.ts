/** Recognises a document's layout from the headings it uses. */
import type { Layout } from '../types/report.js';
import { columnRole, inlineKindLabel } from '../vocabulary/match.js';
import { classify, NEUTRAL_CONTEXT } from './headings.js';
import { headerCells } from './table.js';
import type { Unit } from './units.js';

/** One "Constat : …" line can be a turn of phrase in an article; two make a pattern. */
const MIN_INLINE_LABELS = 2;

/**
 * digest: two or more territory headings ("27. Eure"); workshop: numbered proposals;
 * restitution: thematic axes; synthesis: sections named by kind (headings, table columns
 * such as "| Constat | Proposition |", or lines labelled "Constat : …"); article: none of these.
 */
export function detectLayout(units: readonly Unit[], titleIndex: number | null): Layout {
  const counts = { territory: 0, block: 0, axis: 0, section: 0, label: 0 };
  for (const [index, unit] of units.entries()) {
    if (index === titleIndex) continue;
    if (unit.type === 'table-header' && headerCells(units, index).some((c) => columnRole(c.head)?.role === 'kind')) counts.section++;
    const c = classify(unit, units[index + 1], NEUTRAL_CONTEXT);
    if (c.as === 'content' && (unit.type === 'line' || unit.type === 'item') && inlineKindLabel(unit.text)) counts.label++;
    if (c.as !== 'heading') continue;
    const role = c.heading;
    if (role.role === 'territory' || role.role === 'block' || role.role === 'axis') counts[role.role]++;
    else if (role.role === 'section' && role.kind && role.strong) counts.section++;
  }
  if (counts.territory >= 2) return 'digest';
  if (counts.block) return 'workshop';
  if (counts.axis) return 'restitution';
  if (counts.section || counts.label >= MIN_INLINE_LABELS) return 'synthesis';
  return 'article';
}
