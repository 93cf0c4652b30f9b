/**
 * synthese.html in a real browser: the report that `recolte synthesize fixtures/seeds` writes,
 * opened from disk in Debian's Chromium, checked as a reader would use it: the map's colours
 * against its legend, hover and focus, filters by place and by search, the keyboard, axe-core,
 * print, English, and a report large enough to be paged.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, root } from '../cli/run.js';
import { browserAvailable, checkA11y, openReport, useBrowser, type OpenedReport } from './harness.js';

const run = promisify(execFile);
const desktop = { width: 1280, height: 800 };

/** Builds a report with the built bin and returns the path of its synthese.html. */
async function synthesize(input: string, ...options: string[]): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'recolte-report-'));
  await run(process.execPath, [bin, '-q', 'synthesize', input, '-o', out, '--no-base', ...options], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TMPDIR: tmpdir() },
    maxBuffer: 1 << 26,
  });
  return path.join(out, 'synthese.html');
}

/** The part of the page data these tests read. */
interface PageData {
  ideas: { t: string; w: string; p: string[] }[];
  places: Record<string, string>;
  text: Record<string, string | undefined>;
}

/** The JSON the page's script reads, as the page itself parses it. */
function pageData(page: Page): Promise<PageData> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } };
    return JSON.parse(document.getElementById('report-data').textContent) as PageData;
  });
}

/**
 * The ideas' count once a search has its answer. A page whose script builds its search index in
 * the background says so in the count (its `text.indexing`) until the index is ready; this waits
 * that out, so the tests hold whether the index is built at once or later.
 */
async function ideasCount(page: Page): Promise<string> {
  const indexing = (await pageData(page)).text.indexing;
  if (indexing !== undefined) await expect.poll(() => page.textContent('#ideas-count')).not.toBe(indexing);
  return (await page.textContent('#ideas-count')) ?? '';
}

/** The texts of the ideas listed once a search has its answer, in order. */
async function listed(page: Page): Promise<string[]> {
  await ideasCount(page);
  return page.locator('#ideas-list li.idea .idea-text').allTextContents();
}

/** Sorted, for comparing a listed set with the page data. */
const sorted = (texts: readonly string[]): string[] => [...texts].sort();

/**
 * For each département shape, whether its computed fill is the computed background of the legend
 * swatch whose [data-min, data-max] holds its count for the measure: the mismatches, and how many
 * shapes were compared.
 */
function colourMismatches(page: Page, measure: 'contributions' | 'ideas'): Promise<{ compared: number; mismatches: string[]; fills: string[] }> {
  return page.evaluate((measure) => {
    type El = { getAttribute(name: string): string | null; querySelector(selector: string): El | null };
    const { document, getComputedStyle } = globalThis as unknown as {
      document: { querySelectorAll(selector: string): El[] };
      getComputedStyle(element: El): { fill: string; backgroundColor: string };
    };
    const ranges = [...document.querySelectorAll(`ul.legend[data-measure="${measure}"] li`)].map((li) => ({
      min: Number(li.getAttribute('data-min')),
      max: Number(li.getAttribute('data-max')),
      colour: getComputedStyle(li.querySelector('span.swatch')!).backgroundColor,
    }));
    const mismatches: string[] = [];
    const fills = new Set<string>();
    const shapes = [...document.querySelectorAll('#map-svg path.dep, #map-svg path.dep-inset')];
    for (const shape of shapes) {
      const n = Number(shape.getAttribute(`data-${measure}`));
      const fill = getComputedStyle(shape).fill;
      fills.add(fill);
      const range = ranges.filter((r) => r.min <= n && n <= r.max);
      if (range.length !== 1 || range[0]!.colour !== fill) {
        mismatches.push(`${shape.getAttribute('data-code')}: ${n} ${fill}, legend ${range.map((r) => `${r.min}-${r.max} ${r.colour}`).join(' | ') || 'none'}`);
      }
    }
    return { compared: shapes.length, mismatches, fills: [...fills].sort() };
  }, measure);
}

/** What has the focus: enough to tell the controls apart, and whether it shows it. */
interface Focused {
  tag: string;
  id: string;
  name: string;
  value: string;
  checked: boolean;
  className: string;
  code: string;
  place: string;
  inIdea: boolean;
  outline: string;
  strokeWidth: string;
  onScreen: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      id: string;
      getAttribute(name: string): string | null;
      closest(selector: string): El | null;
      getBoundingClientRect(): { left: number; top: number; width: number; height: number };
      value?: string;
      checked?: boolean;
    };
    const { document, getComputedStyle, innerWidth } = globalThis as unknown as {
      document: { activeElement: El | null; body: El };
      getComputedStyle(element: El): { outlineStyle: string; outlineWidth: string; strokeWidth: string };
      innerWidth: number;
    };
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      value: el.value ?? '',
      checked: el.checked === true,
      className: el.getAttribute('class') ?? '',
      code: el.getAttribute('data-code') ?? '',
      place: el.getAttribute('data-place') ?? '',
      inIdea: el.closest('li.idea') !== null,
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      strokeWidth: style.strokeWidth,
      onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.left < innerWidth,
    };
  });
}

describe.skipIf(!browserAvailable())('synthese.html in Chromium', () => {
  const browser = useBrowser();
  let seeds: string;
  let english: string;
  let large: string;

  beforeAll(async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'recolte-corpus-'));
    const { writeCorpus } = (await import(path.join(root, 'bench/corpus.mjs'))) as { writeCorpus: (folder: string, count: number, documents: number, seed: number) => unknown };
    writeCorpus(corpus, 1_700, 47, 1);
    // Three processes at once: the slowest (the large corpus) sets the wait.
    [seeds, english, large] = await Promise.all([
      synthesize('fixtures/seeds'),
      synthesize('fixtures/seeds', '--lang', 'en'),
      synthesize(path.join(corpus, 'documents')),
    ]);
  }, 180_000);

  /** Opens a report on a desktop screen, runs the check, and always closes it. */
  async function withReport(file: string, check: (report: OpenedReport) => Promise<void>, viewport = desktop): Promise<void> {
    const report = await openReport(browser(), file, viewport);
    try {
      await check(report);
    } finally {
      await report.close();
    }
  }

  it('makes no request and logs no error, at load and while used', async () => {
    await withReport(seeds, async ({ page, requests, errors }) => {
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.click('path.dep[data-code="55"]');
      await page.check('input[name="measure"][value="ideas"]');
      await page.fill('#search', 'médecin');
      expect(await listed(page)).not.toEqual([]);
      await page.locator('#ideas-list details.idea-sources summary').first().click();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('draws the 101 départements, colours the seeds’ territories, and outlines the Grand Est région', async () => {
    await withReport(seeds, async ({ page }) => {
      const shapes = await page.locator('#map-svg path.dep').evaluateAll((paths) =>
        paths.map((p) => ({ code: p.getAttribute('data-code')!, qc: p.getAttribute('data-qc')!, className: p.getAttribute('class')!, contributions: Number(p.getAttribute('data-contributions')) })),
      );
      expect(shapes).toHaveLength(101);
      expect(new Set(shapes.map((s) => s.code)).size).toBe(101);
      const coloured = shapes.filter((s) => s.className !== 'dep q0');
      // Meuse through Stenay (55502), the only commune the seeds name; the others by département.
      expect(Object.fromEntries(coloured.map((s) => [s.code, s.contributions]))).toEqual({ '01': 1, '27': 1, '41': 1, '45': 1, '55': 21, '66': 1, '71': 2 });
      for (const s of coloured) expect(s.className).toBe(`dep q${s.qc}`);
      expect(await page.locator('#map-svg path.dep-inset').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')))).toEqual(['75', '92', '93', '94']);
      await expect.poll(() => page.locator('#map-svg path.region-outline[data-region="44"]').count()).toBe(1);
      expect(await page.locator('#map-svg path.region-outline').count()).toBe(1);
      expect(await page.locator('#map-svg text.region-label[data-region="44"]').textContent()).toBe('Grand Est : 16');
      // Each inset's caption stays inside its frame.
      const captions = await page.locator('#map-svg text.inset-label').evaluateAll((labels) =>
        labels.map((label) => {
          type Svg = { getBBox(): { x: number; width: number }; getAttribute(name: string): string | null };
          const text = (label as unknown as Svg).getBBox();
          const frame = (label as unknown as { previousElementSibling: Svg }).previousElementSibling;
          return { caption: label.textContent, inside: text.x + text.width <= Number(frame.getAttribute('x')) + Number(frame.getAttribute('width')) };
        }),
      );
      expect(captions).toHaveLength(6);
      expect(captions.filter((c) => !c.inside)).toEqual([]);
    });
  });

  it('colours each département as its count’s legend swatch, for contributions and then for ideas', async () => {
    for (const file of [seeds, large]) {
      await withReport(file, async ({ page }) => {
        expect(await page.locator('ul.legend[data-measure="contributions"]').isVisible()).toBe(true);
        expect(await page.locator('ul.legend[data-measure="ideas"]').isVisible()).toBe(false);
        const contributions = await colourMismatches(page, 'contributions');
        expect(contributions.compared).toBe(105);
        expect(contributions.mismatches).toEqual([]);
        // Not a vacuous match: the six swatches differ, and the map uses more than one.
        const swatches = await page.locator('ul.legend[data-measure="contributions"] span.swatch').evaluateAll((spans) =>
          spans.map((s) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(s).backgroundColor),
        );
        expect(new Set(swatches).size).toBe(6);
        expect(contributions.fills.length).toBeGreaterThan(1);

        await page.check('input[name="measure"][value="ideas"]');
        expect(await page.locator('ul.legend[data-measure="contributions"]').isVisible()).toBe(false);
        expect(await page.locator('ul.legend[data-measure="ideas"]').isVisible()).toBe(true);
        const ideas = await colourMismatches(page, 'ideas');
        expect(ideas.compared).toBe(105);
        expect(ideas.mismatches).toEqual([]);
      });
    }
  });

  it('draws each chart with its labels inside it, and its data as a table', async () => {
    for (const file of [seeds, large]) {
      await withReport(file, async ({ page }) => {
        const charts = page.locator('#charts figure.chart');
        expect(await charts.count()).toBe(4);
        expect(await page.locator('#charts figure.chart svg[role="img"]').count()).toBe(4);
        expect(await page.locator('#charts figure.chart details.chart-data table').count()).toBe(4);
        // A label cut too long would start left of the drawing, and be clipped.
        const outside = await page.locator('#charts text.label').evaluateAll((labels) =>
          labels
            .map((label) => ({ text: label.textContent, x: (label as unknown as { getBBox(): { x: number } }).getBBox().x }))
            .filter((label) => label.x < 0),
        );
        expect(outside).toEqual([]);
      });
    }
  });

  it('shows a département’s name, code and counts in the tooltip on hover and on keyboard focus', async () => {
    await withReport(seeds, async ({ page }) => {
      const tooltip = page.locator('#map-tooltip');
      expect(await tooltip.isVisible()).toBe(false);
      await page.hover('path.dep[data-code="55"]');
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe('Meuse (55) : 21 contributions, 21 idées');
      await page.mouse.move(5, 5);
      expect(await tooltip.isVisible()).toBe(false);

      // By keyboard: from the select, Tab goes to the first département of the map.
      await page.focus('#place-select');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first).toMatchObject({ tag: 'path', className: 'dep q1', code: '01' });
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe('Ain (01) : 1 contribution, 1 idée');
      // The tooltip sits inside the map's box, where the eye is.
      const [tip, map] = await Promise.all([tooltip.boundingBox(), page.locator('#map-svg').boundingBox()]);
      expect(tip!.x).toBeGreaterThanOrEqual(map!.x);
      expect(tip!.y).toBeGreaterThanOrEqual(map!.y);
      expect(tip!.x + tip!.width).toBeLessThanOrEqual(map!.x + map!.width + 1);
      await page.keyboard.press('Tab');
      expect(await tooltip.textContent()).toMatch(/^Aisne \(02\) : aucune contribution, aucune idée$/);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await tooltip.isVisible()).toBe(false);
    });
  });

  it('filters the ideas by a département clicked on the map, chosen in the list, or a région beside the map', async () => {
    await withReport(seeds, async ({ page }) => {
      const data = await pageData(page);
      const all = data.ideas.map((i) => i.t);
      const of = (key: string): string[] => data.ideas.filter((i) => i.p.includes(key)).map((i) => i.t);
      const count = page.locator('#ideas-count');
      const status = page.locator('#filter-status');
      const pressed = () => page.locator('#map-svg path.dep[aria-pressed="true"]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
      expect(all).toHaveLength(76);
      expect(await count.textContent()).toBe('76 idées');
      expect(sorted(await listed(page))).toEqual(sorted(all));
      expect(await status.isVisible()).toBe(false);
      expect(await pressed()).toEqual([]);

      await page.click('path.dep[data-code="55"]');
      expect(of('d:55')).toHaveLength(21);
      expect(await count.textContent()).toBe('21 idées');
      expect(sorted(await listed(page))).toEqual(sorted(of('d:55')));
      // Each says where it comes from: Meuse, or a commune of it (an INSEE code 55xxx).
      for (const who of await page.locator('#ideas-list li.idea .idea-who').allTextContents()) expect(who).toMatch(/Meuse \(55\)|\(55\d{3}\)/);
      expect(await status.isVisible()).toBe(true);
      expect(await page.locator('#filter-label').textContent()).toBe('Idées de : Meuse (55)');
      expect(await pressed()).toEqual(['55']);
      expect(await page.inputValue('#place-select')).toBe('d:55');

      await page.click('#clear-filter');
      expect(await count.textContent()).toBe('76 idées');
      expect(sorted(await listed(page))).toEqual(sorted(all));
      expect(await status.isVisible()).toBe(false);
      expect(await pressed()).toEqual([]);
      expect(await page.inputValue('#place-select')).toBe('');

      await page.selectOption('#place-select', 'd:71');
      expect(await count.textContent()).toBe('2 idées');
      expect(sorted(await listed(page))).toEqual(sorted(of('d:71')));
      for (const who of await page.locator('#ideas-list li.idea .idea-who').allTextContents()) expect(who).toContain('Saône-et-Loire (71)');
      expect(await page.locator('#filter-label').textContent()).toBe('Idées de : Saône-et-Loire (71)');
      expect(await pressed()).toEqual(['71']);
      // A second click on the chosen département lifts the filter, as the clear button does.
      await page.click('path.dep[data-code="71"]');
      expect(await count.textContent()).toBe('76 idées');
      expect(await pressed()).toEqual([]);

      await page.click('button.place[data-place="r:44"]');
      expect(of('r:44')).toHaveLength(16);
      expect(await count.textContent()).toBe('16 idées');
      expect(sorted(await listed(page))).toEqual(sorted(of('r:44')));
      for (const who of await page.locator('#ideas-list li.idea .idea-who').allTextContents()) expect(who).toContain('Grand Est (région 44)');
      expect(await page.locator('#filter-label').textContent()).toBe('Idées de : Grand Est (région 44)');
      expect(await page.inputValue('#place-select')).toBe('r:44');
      expect(await pressed()).toEqual([]);
      await page.click('#clear-filter');
      expect(await count.textContent()).toBe('76 idées');
    });
  });

  it('searches as you type, without minding accents, and says when nothing matches', async () => {
    await withReport(seeds, async ({ page }) => {
      const search = page.locator('#search');
      const count = page.locator('#ideas-count');
      await search.pressSequentially('medecin');
      const plain = await listed(page);
      expect(await ideasCount(page)).toBe(`${plain.length} idées`);
      await search.fill('');
      expect(await count.textContent()).toBe('76 idées');
      // As you type: the list follows every key, no Enter needed.
      await search.pressSequentially('méd');
      const partial = (await listed(page)).length;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(76);
      await search.pressSequentially('ecin');
      const accented = await listed(page);
      expect(plain.length).toBeGreaterThan(0);
      expect(plain.length).toBeLessThan(76);
      expect(sorted(accented)).toEqual(sorted(plain));

      await search.fill('');
      await search.pressSequentially('xqzwv');
      expect(await ideasCount(page)).toBe('Aucune idée ne correspond.');
      expect(await page.locator('#ideas-list li.idea').count()).toBe(0);
      await search.fill('');
      expect(await count.textContent()).toBe('76 idées');
    });
  });

  it('can be used by keyboard alone, and shows where the focus is', async () => {
    await withReport(seeds, async ({ page }) => {
      const reached: Focused[] = [];
      let arrowed: Focused | null = null;
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now === null) break;
        reached.push(now);
        if (now.name === 'measure' && arrowed === null) {
          // One Tab stop for the radio group; the arrow keys move within it, and choose.
          await page.keyboard.press('ArrowDown');
          arrowed = await focused(page);
          await page.keyboard.press('ArrowUp');
        }
        if (now.inIdea && now.tag === 'summary') break;
      }
      const has = (test: (f: Focused) => boolean): boolean => reached.some(test);
      expect(reached[0]).toMatchObject({ tag: 'a', className: 'skip', onScreen: true });
      expect(reached.filter((f) => f.name === 'measure').map((f) => [f.value, f.checked])).toEqual([['contributions', true]]);
      expect(arrowed).toMatchObject({ name: 'measure', value: 'ideas', checked: true });
      expect(has((f) => f.id === 'place-select')).toBe(true);
      // Each département once, in code order; the enlarged copies of Paris are no Tab stop.
      expect(reached.filter((f) => f.tag === 'path').map((f) => f.code)).toEqual(await page.locator('#map-svg path.dep').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code'))));
      expect(reached.filter((f) => f.tag === 'path')).toHaveLength(101);
      expect(reached.filter((f) => f.place).map((f) => f.place)).toEqual(['r:44', 'x']);
      expect(has((f) => f.id === 'search')).toBe(true);
      expect(reached.at(-1)).toMatchObject({ tag: 'summary', inIdea: true });
      // Visible focus: an outline, or for the map's shapes the thick focus stroke.
      const unseen = reached.filter((f) => (f.tag === 'path' ? f.strokeWidth !== '3px' : f.outline === 'none'));
      expect(unseen).toEqual([]);

      // The skip link takes the focus to the ideas.
      await page.keyboard.press('Control+Home');
      await page.focus('a.skip');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'section', id: 'ideas' });
    });
  });

  it('has no serious or critical accessibility violation (axe-core), filtered or not', async () => {
    await withReport(seeds, async ({ page }) => {
      expect(await checkA11y(page)).toEqual([]);
      await page.click('path.dep[data-code="55"]');
      await page.locator('#ideas-list details.idea-sources summary').first().click();
      expect(await checkA11y(page)).toEqual([]);
    });
  });

  it('has none on a phone either, where the charts scroll sideways inside a focusable frame', async () => {
    await withReport(seeds, async ({ page }) => {
      const frame = page.locator('#chart-territories .chart-scroll');
      expect(await frame.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await checkA11y(page)).toEqual([]);
    }, { width: 390, height: 844 });
  });

  it('prints without its controls, keeping the map and the ideas, and makes a PDF', async () => {
    await withReport(large, async ({ page }) => {
      expect(await page.locator('#more-ideas').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['#search', '#map fieldset', 'input[name="measure"]', '#place-select', '#more-ideas', 'button.place', '.skip']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('#search').evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(e.closest('.controls')).display)).toBe('none');
      for (const selector of ['#map-svg', 'ul.legend[data-measure="contributions"]', '#ideas-list li.idea', '#ideas-count', '#charts']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
      const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'recolte-pdf-')), 'synthese.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  });

  it('speaks English with --lang en', async () => {
    await withReport(english, async ({ page, requests, errors }) => {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('a.skip')).toBe('Skip to the ideas');
      expect(await page.textContent('#figures-title')).toBe('Key figures');
      expect(await page.textContent('#map-title')).toBe('Map of contributions');
      expect(await page.textContent('label[for="search"]')).toBe('Search the ideas');
      expect(await page.textContent('#ideas-count')).toBe('76 ideas');
      expect(await page.getAttribute('path.dep[data-code="55"]', 'aria-label')).toBe('Meuse (55): 21 contributions, 21 ideas');
      await page.click('path.dep[data-code="55"]');
      expect(await page.textContent('#filter-label')).toBe('Ideas from: Meuse (55)');
      expect(await page.textContent('#clear-filter')).toBe('Show all');
      await page.fill('#search', 'xqzwv');
      expect(await ideasCount(page)).toBe('No idea matches.');
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('lists a large report 100 ideas at a time, with a button for more', async () => {
    await withReport(large, async ({ page, errors }) => {
      const total = (await pageData(page)).ideas.length;
      expect(total).toBeGreaterThan(200);
      const more = page.locator('#more-ideas');
      expect(await page.locator('#ideas-list li.idea').count()).toBe(100);
      expect(await page.textContent('#ideas-count')).toBe(`Les 100 premières idées sur ${total}`);
      expect(await more.isVisible()).toBe(true);
      expect(await more.textContent()).toBe(`Afficher plus d’idées (${total - 100} restantes)`);
      await more.click();
      expect(await page.locator('#ideas-list li.idea').count()).toBe(200);
      expect(await page.textContent('#ideas-count')).toBe(`Les 200 premières idées sur ${total}`);
      // A new filter starts again at the first page.
      await page.fill('#search', 'e');
      await page.fill('#search', '');
      expect(await page.locator('#ideas-list li.idea').count()).toBe(100);
      expect(errors).toEqual([]);
    });
  });
});
