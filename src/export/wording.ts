/** How a synthesis writes a date and a territory, in every format. */
import type { Territory } from '../types/record.js';
import type { Idea, KeyCounts } from './ideas.js';
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

/** "du 7 février 2023 au 17 juin 2025", or "non précisée". */
export function periodText(dates: KeyCounts['dates'], t: SynthesisText): string {
  return dates ? t.period(longDate(dates[0], t), longDate(dates[1], t)) : t.noPeriod;
}

/** "Proposé par 2 territoires : Meuse (55), Ain (01)." or "Territoire non précisé."; `escape` makes each label safe for the format. */
export function whoPutForward(idea: Idea, t: SynthesisText, escape: (text: string) => string = (text) => text): string {
  if (!idea.territories.length) return `${t.noTerritory}.`;
  return `${t.putForward(idea.kind, idea.territories.length)}${t.colon}${idea.territories.map((x) => escape(territoryLabel(x, t))).join(', ')}.`;
}
