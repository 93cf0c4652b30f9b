/**
 * What places a document beyond its title and opening lines: its front matter's place and site
 * keys, a blog post's tag line, and what the body names, asked only when the title and opening
 * lines leave a name undecided.
 */
import type { PlaceKey } from '../ingest/front-matter.js';
import { fold } from '../text/fold.js';
import { escapeRegExp } from '../text/regexp.js';
import { unlinkMarkdown } from '../text/spans.js';
import { findNamedPlaces } from '../territory/index.js';
import type { Territory } from '../types/record.js';
import { TAG_LABELS } from '../vocabulary/fr.js';
import { areasNamedAfterDe, departementOf, type PlaceHints, type PlaceSource } from './place.js';
import type { Unit } from './units.js';

/** A tag line is short: a long line that opens with "Catégories :" is prose. */
const MAX_TAG_LINE = 300;
const TAG_LINE = new RegExp(`^\\s*(?:${TAG_LABELS.map(escapeRegExp).join('|')})\\s*:\\s*(\\S.*|[^\\S\\n\\r\\u2028\\u2029])$`, 'iu');
/** How many body units are read for the areas their places lie in. */
const MAX_HINT_UNITS = 400;

/**
 * The texts a front-matter key offers: "lieu: Étiolles" is a place's name; "site: UFR Santé –
 * Université de Franche-Comté, Besançon" is read like a title, and its last part as a name.
 */
export function frontMatterPlaceSources(key: PlaceKey, value: string): PlaceSource[] {
  const parts = value.split(/,\s*|\s[–—|-]\s/u).map((p) => p.trim()).filter(Boolean);
  if (key === 'lieu') return [value, ...parts.reverse()].map((text) => ({ text, unit: null, bare: true }));
  return [{ text: value, unit: null }, ...(parts.length > 1 ? [{ text: parts.at(-1)!, unit: null, bare: true }] : [])];
}

/** The units that are a tag line, wherever they stand (a blog's labels come after the post). */
export function tagLines(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.raw.length <= MAX_TAG_LINE && TAG_LINE.test(stripMarkup(u.raw)));
}

/** The tags of a tag line: "Libellés : Chaudes-Aigues, grand débat" → ["Chaudes-Aigues", "grand débat"]. */
export function tagsOf(raw: string): string[] {
  const list = TAG_LINE.exec(stripMarkup(raw))?.[1] ?? '';
  return list.split(/[,;·|]/).map((t) => t.trim()).filter(Boolean);
}

/** Markdown links and emphasis around tags: "[Chaudes-Aigues](…)" is read "Chaudes-Aigues". */
function stripMarkup(raw: string): string {
  return unlinkMarkdown(raw).replace(/[*_`]/g, '');
}

/** What the body (every unit after the title) names, read lazily and once. */
export function bodyHints(units: readonly Unit[], titleIndex: number | null): PlaceHints {
  const body = units.slice((titleIndex ?? -1) + 1);
  let folded: string | null = null;
  let areas: Territory[] | null = null;
  return {
    named: (name) => {
      folded ??= ` ${fold(body.map((u) => u.text).join(' \n '))} `;
      return new RegExp(`[^\\p{L}]${escapeRegExp(fold(name))}[^\\p{L}]`, 'u').test(folded);
    },
    areas: () => {
      if (areas) return areas;
      const counts = new Map<string, { departement: Territory; count: number }>();
      for (const unit of body.slice(0, MAX_HINT_UNITS)) {
        const places = [
          ...findNamedPlaces(unit.text).flatMap((p) => (p.resolution.status === 'found' ? [p.resolution.territory] : [])),
          ...areasNamedAfterDe(unit.text),
        ];
        for (const departement of places.flatMap(departementOf)) counts.set(departement.code, { departement, count: (counts.get(departement.code)?.count ?? 0) + 1 });
      }
      areas = [...counts.values()].sort((a, b) => b.count - a.count).map((c) => c.departement);
      return areas;
    },
  };
}
