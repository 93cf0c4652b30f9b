/** How a synthesis writes a date and a territory, in every format. */
import type { Territory } from '../types/record.js';
import { SYNTHESIS_TEXT, type SynthesisText } from '../vocabulary/synthesis-text.js';

/** "7 février 2023" from 2023-02-07. */
export function longDate(iso: string, t: SynthesisText): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${t === SYNTHESIS_TEXT.fr && day === 1 ? '1er' : day} ${t.months[month! - 1]} ${year}`;
}

/** "Meuse (55)", "Stenay (55502)"; a région says so, since its code looks like a département's. */
export function territoryLabel(territory: Territory, t: SynthesisText): string {
  if (territory.level === 'national') return territory.name;
  return `${territory.name} (${territory.level === 'region' ? `${t.region} ` : ''}${territory.code})`;
}
