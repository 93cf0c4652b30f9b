import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFixtures, recolte } from './run.js';

const cwd = path.join(cliFixtures, 'markdown');
const fresh = () => mkdtempSync(path.join(tmpdir(), 'recolte-html-'));

/** The JSON the page's script reads. */
function pageData(html: string): { ideas: { t: string; w: string; s: unknown[][] }[]; files: string[]; links: (string | null)[] } {
  const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!) as ReturnType<typeof pageData>;
}

describe('recolte export html', () => {
  it('writes one self-contained page: its own style and script only, allowed by hash, and the ideas as data', () => {
    const run = recolte(['export', 'html', 'records.ndjson', 'clusters.ndjson', '--report', 'report.json'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const html = run.stdout;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/);
    // Nothing to fetch: no external address in any src or href, no <link>, <img> or <iframe>.
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const data = pageData(html);
    expect(data.ideas.map((i) => i.t)).toEqual(['Développer la télémédecine en zone rurale', 'Les urgences sont saturées']);
    expect(data.ideas[0]!.w).toBe('Proposé dans 2 territoires, 2 réunions, 2 contributions : Eure (27), Meuse (55).');
    expect(data.files).toEqual(['eure.md', 'meuse.md']);
    // Links to the documents, relative to where the report is written (here the working folder).
    expect(data.links).toEqual(['eure.md', 'meuse.md']);
    expect(html).toContain('<h2 id="figures-title">Chiffres clés</h2>');
    expect(html).toContain('IGN');
  });

  it('speaks English with --lang en, takes a --title and writes to a file with -o', () => {
    const out = path.join(fresh(), 'report.html');
    expect(recolte(['export', 'html', 'records.ndjson', 'clusters.ndjson', '--lang', 'en', '--title', 'Access <to> care', '-o', out], { cwd }).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Access &lt;to&gt; care</title>');
    expect(html).toContain('<h2 id="figures-title">Key figures</h2>');
    expect(pageData(html).ideas[0]!.w).toBe('Put forward in 2 territories, 2 meetings, 2 contributions: Eure (27), Meuse (55).');
    // The links go from the report's folder to the documents.
    expect(pageData(html).links[0]).toBe(path.relative(path.dirname(out), path.join(cwd, 'eure.md')).split(path.sep).map(encodeURIComponent).join('/'));
  });

  it('leaves the contributions’ own words out with --no-sources, and keeps their file and line', () => {
    const run = recolte(['export', 'html', 'records.ndjson', 'clusters.ndjson', '--no-sources'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Développement de la télémédecine dans les campagnes');
    expect(pageData(run.stdout).ideas[0]!.s).toEqual([[0, 8], [1, 3]]);
    expect(run.stdout).toContain('Les propres mots des contributions ont été retirés de ce rapport');
  });

  it('reads records from standard input', () => {
    const records = readFileSync(path.join(cwd, 'records.ndjson'), 'utf8');
    const run = recolte(['export', 'html', '-'], { cwd, input: records });
    expect(run.code).toBe(0);
    expect(pageData(run.stdout).ideas).toHaveLength(3);
  });

  it('keeps hostile text as text: records cannot close the data, open a comment, add markup or break a line', () => {
    const dir = fresh();
    const hostile = ['</script><script>alert(1)</script>', '<!-- <script>', 'une ligne\u2028coupée\u2029deux fois', '<img src=x onerror=alert(2)>'];
    const records = hostile.map((h, i) => JSON.stringify({ id: `h${i}`, kind: 'proposal', text: `Proposition ${i} ${h}`, territory: { level: 'departement', code: '55', name: `Meuse ${h}` }, source: { file: `${h}.md`, line: i + 1 } }));
    writeFileSync(path.join(dir, 'records.ndjson'), `${records.join('\n')}\n`);
    const run = recolte(['export', 'html', 'records.ndjson', '--title', hostile[0]!], { cwd: dir });
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img\b|<!--|\u2028|\u2029/);
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    // The script reads back exactly what the records say.
    expect(pageData(html).ideas.map((i) => i.t).sort()).toEqual(hostile.map((h, i) => `Proposition ${i} ${h}`).sort());
    expect(pageData(html).files.sort()).toEqual(hostile.map((h) => `${h}.md`).sort());
  });

  it('reads a document whose lines hold markup and comment marks, and shows them as text', () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'atelier.txt'), 'Atelier\n\nPropositions :\n\n- Ouvrir un centre <!-- <script> de santé\n- Proposition </script><b>gras</b>\n');
    expect(recolte(['-q', 'synthesize', 'docs', '-o', 'out', '--no-base'], { cwd: dir }).code).toBe(0);
    const html = readFileSync(path.join(dir, 'out', 'synthese.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(pageData(html).ideas.map((i) => i.t).some((t) => t.includes('<!--'))).toBe(true);
  });
});

describe('recolte synthesize and the report', () => {
  it('writes synthese.html beside the other outputs, and not with --no-html', () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'meuse.md'), '# Atelier de Stenay (Meuse)\n\n## Propositions\n\n- Ouvrir une maison de santé\n- Faire venir un médicobus\n');
    expect(recolte(['-q', 'synthesize', 'docs', '-o', 'out'], { cwd: dir }).code).toBe(0);
    const html = readFileSync(path.join(dir, 'out', 'synthese.html'), 'utf8');
    expect(pageData(html).links).toEqual(['../docs/meuse.md']);
    expect(recolte(['-q', 'synthesize', 'docs', '-o', 'out2', '--no-html', '--no-base'], { cwd: dir }).code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out2', 'rapport.json'), 'utf8')) as { outputs: string[] };
    expect(report.outputs).toEqual(['records.ndjson', 'clusters.ndjson', 'contributions.csv', 'idees.csv', 'dispositifs.csv', 'synthese.md', 'rapport.json']);
  });
});
