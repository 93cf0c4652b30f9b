/** How a synthesis writes a date and a territory, in every format. */
import type { Territory } from '../types/record.js';
import { countOrder, DEFAULT_HEADLINE, type HeadlineCount } from '../dedupe/counts.js';
import { ideaCounts, type Idea, type KeyCounts } from './ideas.js';
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

/** "Proposé dans 2 territoires, 3 réunions, 4 contributions", the headline count first. */
export function countsSentence(idea: Idea, t: SynthesisText, headline: HeadlineCount = DEFAULT_HEADLINE): string {
  const counts = ideaCounts(idea);
  // "0 territoire" says nothing a reader can use: the territory is said to be unknown instead.
  const shown = countOrder(headline).filter((c) => c !== 'territories' || counts.territories > 0);
  return `${t.putForward(idea.kind)} ${shown.map((c) => t.countOf(c, counts[c])).join(', ')}`;
}

/**
 * "Proposé dans 2 territoires, 2 réunions, 3 contributions : Meuse (55), Ain (01)." or "Proposé
 * dans 1 réunion, 1 contribution (territoire non précisé)."; `escape` makes each label safe for the format.
 */
export function whoPutForward(idea: Idea, t: SynthesisText, escape: (text: string) => string = (text) => text, headline: HeadlineCount = DEFAULT_HEADLINE): string {
  const counts = countsSentence(idea, t, headline);
  if (!idea.territories.length) return `${counts} ${t.noTerritoryAside}.`;
  return `${counts}${t.colon}${idea.territories.map((x) => escape(territoryLabel(x, t))).join(', ')}.`;
}
