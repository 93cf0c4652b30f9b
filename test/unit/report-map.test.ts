import { describe, expect, it } from 'vitest';
import { colourClasses } from '../../src/report/colour.js';
import { escapeHtml } from '../../src/report/escape.js';
import { departementNames, MAP_CREDIT, renderMap, type MapCounts, type MapInput } from '../../src/report/map.js';

const counts = (entries: Record<string, [number, number]>): Map<string, MapCounts> =>
  new Map(Object.entries(entries).map(([code, [contributions, ideas]]) => [code, { contributions, ideas }]));

const example: MapInput = {
  departements: counts({ '55': [12, 10], '01': [1, 1], '27': [3, 2], '41': [5, 4], '45': [30, 22], '66': [2, 0], '71': [7, 5], '974': [4, 3] }),
  regions: counts({ '44': [3, 2] }),
  lang: 'fr',
};

/** The attributes of every element `tag.className` in the markup, in document order. */
function elements(markup: string, tag: string, className: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const m of markup.matchAll(new RegExp(`<${tag} ([^>]*)>`, 'g'))) {
    const attributes = Object.fromEntries([...m[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? '']));
    if ((attributes.class ?? '').split(' ')[0] === className) found.push(attributes);
  }
  return found;
}

describe('renderMap', () => {
  const map = renderMap(example);
  const deps = elements(map.svg, 'path', 'dep');
  const byCode = new Map(deps.map((d) => [d['data-code']!, d]));

  it('draws the 101 départements once each, Corsica and the overseas ones included', () => {
    expect(deps).toHaveLength(101);
    expect(byCode.size).toBe(101);
    for (const code of ['01', '2A', '2B', '75', '95', '971', '972', '973', '974', '976']) expect(byCode.has(code)).toBe(true);
    expect(byCode.has('20')).toBe(false);
    expect(byCode.has('975')).toBe(false);
    expect(departementNames().size).toBe(101);
    expect(departementNames().get('2A')).toBe('Corse-du-Sud');
    expect([...departementNames().keys()]).toEqual([...departementNames().keys()].sort());
  });

  it('gives each département its counts, classes, label and tooltip', () => {
    const meuse = byCode.get('55')!;
    expect(meuse).toMatchObject({ 'data-name': 'Meuse', 'data-contributions': '12', 'data-ideas': '10', tabindex: '0', role: 'button', 'aria-pressed': 'false' });
    expect(meuse['aria-label']).toBe('Meuse (55) : 12 contributions, 10 idées');
    expect(map.svg).toContain('<title>Meuse (55) : 12 contributions, 10 idées</title>');
    expect(byCode.get('01')!['aria-label']).toBe('Ain (01) : 1 contribution, 1 idée');
    expect(byCode.get('66')!['aria-label']).toBe('Pyrénées-Orientales (66) : 2 contributions, aucune idée');
    expect(byCode.get('2B')!['aria-label']).toBe('Haute-Corse (2B) : aucune contribution, aucune idée');
    expect(byCode.get('974')!['aria-label']).toBe('La Réunion (974) : 4 contributions, 3 idées');
  });

  it('starts on contributions and colours nothing where there is nothing', () => {
    for (const d of deps) expect(d.class).toBe(`dep q${d['data-qc']}`);
    expect(byCode.get('2B')).toMatchObject({ class: 'dep q0', 'data-qc': '0', 'data-qi': '0' });
    expect(byCode.get('66')).toMatchObject({ 'data-qi': '0' });
    expect(byCode.get('45')).toMatchObject({ 'data-qc': '5', 'data-qi': '5' });
  });

  it('puts every département in the legend class whose range holds its count, for both measures', () => {
    for (const [measure, q] of [['contributions', 'data-qc'], ['ideas', 'data-qi']] as const) {
      const legend = map.legends.match(new RegExp(`<ul class="legend" data-measure="${measure}"[^>]*>([\\s\\S]*?)</ul>`))![1]!;
      const items = [...legend.matchAll(/<li data-min="(\d+)" data-max="(\d+)"><span class="swatch q(\d)"/g)]
        .map((m) => ({ min: Number(m[1]), max: Number(m[2]), q: m[3]! }));
      expect(items[0]).toEqual({ min: 0, max: 0, q: '0' });
      for (const d of deps) {
        const n = Number(d[`data-${measure}`]);
        const item = items.find((i) => i.min <= n && n <= i.max);
        expect(item?.q, `${d['data-code']} ${measure} ${n}`).toBe(d[q]);
      }
    }
    expect(map.legends).toMatch(/<ul class="legend" data-measure="contributions" aria-label="Contributions par département">/);
    expect(map.legends).toMatch(/<ul class="legend" data-measure="ideas" aria-label="Idées par département" hidden>/);
    expect(map.legends).toContain('<span class="swatch q0" aria-hidden="true"></span>Aucune</li>');
  });

  it('repeats Paris and the petite couronne in a box hidden from keyboards and screen readers', () => {
    const insets = elements(map.svg, 'path', 'dep-inset');
    expect(insets.map((d) => d['data-code'])).toEqual(['75', '92', '93', '94']);
    for (const d of insets) {
      expect(d.tabindex).toBeUndefined();
      expect(d.class).toBe(`dep-inset q${d['data-qc']}`);
      expect(d['data-qc']).toBe(byCode.get(d['data-code']!)!['data-qc']);
    }
    expect(map.svg).toMatch(/<g class="inset inset-paris" aria-hidden="true">/);
    expect(map.svg).toContain('>Paris et petite couronne</text>');
    for (const name of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) expect(map.svg).toContain(`>${name}</text>`);
  });

  it('outlines only the régions given, with their name and contributions', () => {
    expect(elements(map.svg, 'path', 'region-outline').map((r) => r['data-region'])).toEqual(['44']);
    expect(map.svg).toMatch(/<text class="region-label" data-region="44" [^>]*>Grand Est : 3<\/text>/);
    const none = renderMap({ ...example, regions: counts({ '11': [0, 0], '99': [2, 2] }) });
    expect(none.svg).not.toContain('region-outline');
    const overseas = renderMap({ ...example, regions: counts({ '04': [1, 0], '84': [2, 1] }) });
    expect(elements(overseas.svg, 'path', 'region-outline').map((r) => r['data-region'])).toEqual(['04', '84']);
    expect(overseas.svg).toContain('>La Réunion : 1</text>');
  });

  it('speaks English with lang en', () => {
    const en = renderMap({ ...example, lang: 'en' });
    const enDeps = new Map(elements(en.svg, 'path', 'dep').map((d) => [d['data-code']!, d]));
    expect(en.svg).toContain('aria-label="Map of the départements"');
    expect(enDeps.get('55')!['aria-label']).toBe('Meuse (55): 12 contributions, 10 ideas');
    expect(enDeps.get('01')!['aria-label']).toBe('Ain (01): 1 contribution, 1 idea');
    expect(enDeps.get('2B')!['aria-label']).toBe('Haute-Corse (2B): no contributions, no ideas');
    expect(en.svg).toContain('>Grand Est: 3</text>');
    expect(en.legends).toContain('aria-label="Contributions by département"');
    expect(en.legends).toContain('</span>None</li>');
    expect(MAP_CREDIT.en).toContain('IGN – Admin Express');
    expect(MAP_CREDIT.fr).toBe('Fond de carte : IGN – Admin Express, via france-geojson ; Licence Ouverte / Open Licence (Etalab).');
  });

  it('escapes names and gives the same strings for the same input', () => {
    expect(byCode.get('22')!['data-name']).toBe('Côtes-d&#39;Armor');
    expect(map.svg).not.toMatch(/d'Armor|d'Oise/);
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(renderMap(example)).toEqual(map);
  });

  it('stays small for a consultation with counts in every département', () => {
    const all = new Map([...departementNames().keys()].map((code, i) => [code, { contributions: 1 + ((i * 7) % 30), ideas: (i * 5) % 20 }]));
    const full = renderMap({ departements: all, regions: counts({ '44': [3, 2], '53': [1, 1] }), lang: 'fr' });
    const bytes = Buffer.byteLength(full.svg + full.legends + full.css);
    expect(bytes).toBeLessThan(150_000);
    expect(full.svg).not.toMatch(/NaN|undefined/);
    expect(full.css).not.toMatch(/url\(|@import|https?:/);
  });
});

describe('colourClasses', () => {
  const ranges = (max: number) => colourClasses([0, max]).map((c) => (c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`));

  it('gives each small count its own class', () => {
    expect(ranges(0)).toEqual([]);
    expect(ranges(1)).toEqual(['1']);
    expect(ranges(3)).toEqual(['1', '2', '3']);
    expect(ranges(5)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('grows the classes geometrically for skewed counts', () => {
    expect(ranges(6)).toEqual(['1', '2', '3', '4', '5–6']);
    expect(ranges(10)).toEqual(['1', '2', '3', '4–5', '6–10']);
    expect(ranges(30)).toEqual(['1', '2–3', '4–7', '8–14', '15–30']);
    expect(ranges(100)).toEqual(['1–2', '3–5', '6–15', '16–39', '40–100']);
    expect(ranges(1000)).toEqual(['1–3', '4–15', '16–62', '63–249', '250–1000']);
  });
});
