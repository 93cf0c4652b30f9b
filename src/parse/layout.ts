/** Recognises a document's layout from the headings it uses. */
import type { Layout } from '../types/report.js';
import { classify } from './headings.js';
import type { Unit } from './units.js';

/**
 * digest: two or more territory headings ("27. Eure"); workshop: numbered proposals;
 * restitution: thematic axes; synthesis: sections named by kind; article: none of these.
 */
export function detectLayout(units: readonly Unit[], titleIndex: number | null): Layout {
  const counts = { territory: 0, block: 0, axis: 0, section: 0 };
  const neutral = { strongSection: false, grouping: false, collecting: false };
  for (const [index, unit] of units.entries()) {
    if (index === titleIndex) continue;
    const c = classify(unit, units[index + 1], neutral);
    if (c.as !== 'heading') continue;
    const role = c.heading;
    if (role.role === 'territory' || role.role === 'block' || role.role === 'axis') counts[role.role]++;
    else if (role.role === 'section' && role.kind && role.strong) counts.section++;
  }
  if (counts.territory >= 2) return 'digest';
  if (counts.block) return 'workshop';
  if (counts.axis) return 'restitution';
  if (counts.section) return 'synthesis';
  return 'article';
}
