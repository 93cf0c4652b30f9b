/**
 * Properties over arbitrary inputs, with fast-check. The default run is quick; `npm run fuzz`
 * runs the same properties on many more cases (RECOLTE_FUZZ_RUNS).
 */
import { fc, it } from '@fast-check/vitest';
import { stringify } from 'csv-stringify/sync';
import { describe, expect } from 'vitest';
import { synonymsFor } from '../../src/dedupe/analyze.js';
import { dedupe, type DedupeRecord } from '../../src/dedupe/index.js';
import { defaultSynonymTable } from '../../src/dedupe/synonyms.js';
import { headerRow, itemRow, stringifyOptions, type CsvLayout } from '../../src/export/csv.js';
import { ingest, ingestDocument } from '../../src/ingest/document.js';
import { parseSource } from '../../src/parse/index.js';
import { toTree } from '../../src/parse/tree.js';
import { validatorFor } from '../../src/validate/validator.js';
import type { Kind, RecolteRecord } from '../../src/types/record.js';
import { withoutInvisibles } from '../../src/text/fold.js';
import { parseText } from '../helpers/parse.js';

const RUNS = Number(process.env.RECOLTE_FUZZ_RUNS ?? 100);
fc.configureGlobal({ numRuns: RUNS });

// Every extension read as text, and the converters that take arbitrary bytes.
const TEXT_EXTENSIONS = ['.md', '.txt', '.csv', '.tsv', '.html'];
const KINDS: Kind[] = ['proposal', 'need', 'objective', 'first_step', 'pitfall', 'lever', 'good_practice', 'finding'];

/** Lines shaped like the seeds', mixed with arbitrary text, so every path of the engine runs. */
const line = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('## Propositions', 'Leviers :', 'Proposition 1', '27. Eure', '| a | b |', '| --- | --- |', '- [ ] tâche', '~~barré~~', '[^1]: note', 'https://exemple.fr', '---'),
  fc.string({ unit: 'grapheme' }).map((s) => `- ${s}`),
);
const document = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, end]) => lines.join(end));
const nonBlankLines = (text: string): number => text.split(/\r\n|\r|\n/).filter((l) => !/^[\s\u200b-\u200d\u2060\ufeff]*$/.test(l)).length;

describe('parse on arbitrary input', () => {
  it.prop([fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...TEXT_EXTENSIONS)])('never throws on arbitrary bytes, and accounts for every line it reads', async (bytes, ext) => {
    const ingested = await ingestDocument(`doc${ext}`, bytes);
    if (!ingested.source) {
      expect(ingested.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      return;
    }
    const { lines } = parseSource(ingested.source);
    expect(lines.record + lines.heading + lines.prose + lines.chrome + lines.unclassified).toBe(lines.nonBlank);
  });

  it.prop([document])('never throws on documents of arbitrary text, and loses no non-blank line', (text) => {
    const { lines } = parseText('doc.md', text);
    expect(lines.nonBlank).toBe(nonBlankLines(text.startsWith('\ufeff') ? text.slice(1) : text));
    expect(lines.record + lines.heading + lines.prose + lines.chrome + lines.unclassified).toBe(lines.nonBlank);
  });

  it.prop([document])('emits only records that the record schema accepts', async (text) => {
    const validate = await validatorFor('record');
    const { records } = parseText('doc.md', text, { territory: { level: 'departement', code: '55', name: 'Meuse' } });
    expect(records.flatMap((record) => validate(record))).toEqual([]);
  });

  const inputs = fc
    .array(document, { minLength: 1, maxLength: 5 })
    .map((texts) => texts.map((text, i) => [`d${i}.md`, text] as const))
    .chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length })));
  it.prop([inputs])('gives the same ids whatever the order of the inputs', ([files, shuffled]) => {
    const ids = (list: ReadonlyArray<readonly [string, string]>): string[] => list.flatMap(([file, text]) => parseText(file, text).records.map((r) => r.id)).sort();
    expect(ids(shuffled)).toEqual(ids(files));
  });

  it.prop([document, document])('gives a document the same records whatever was parsed before it', (a, b) => {
    const alone = parseText('a.md', a);
    parseText('b.md', b, { headings: { 'Freins identifiés': 'pitfall' } });
    expect(parseText('a.md', a)).toEqual(alone);
  });
});

describe('a long document parsed part by part', () => {
  const block = fc.oneof(
    line,
    fc.constantFrom('', '', '```', '~~~~', '<!--', '-->', '<pre>', '</pre>', '[ars]: https://ars.fr', 'Voir [ars] et [^1].', '> cité', '1. un', '    retrait', 'Titre', '==='),
  );
  it.prop([fc.array(block, { maxLength: 80 }), fc.integer({ min: 1, max: 200 })])('gives the tree the whole document gives', (lines, partLength) => {
    const text = lines.join('\n');
    const whole = toTree(text, Infinity);
    const parts = toTree(text, partLength);
    delete whole.position;
    delete parts.position;
    expect(parts).toEqual(whole);
  });
});

describe('records through CSV and back', () => {
  // Texts as parse writes them: trimmed, one space between words, quotes, ; and emoji included.
  const word = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('"désert"', 'a;b', '=SOMME(A1)', '😀', '« oui »', 'l’ARS'));
  const text = fc
    .array(word, { minLength: 1, maxLength: 8 })
    .map((words) => withoutInvisibles(words.join(' ')).replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);

  // Details keep their line breaks (an item's further paragraphs), which must not split rows.
  const details = fc.option(fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')));

  it.prop([fc.array(fc.record({ text, kind: fc.constantFrom(...KINDS), details }), { minLength: 1, maxLength: 20 })])(
    'keeps every text and kind exactly, in order, whatever line breaks the details hold',
    (rows) => {
      const records = rows.map(({ text, kind, details }, i) => ({ id: `r${i}`, kind, text, details, parent: null, axis: null, group: null, territory: null, source: { file: 'x.md', line: i + 1, column: 1 }, document: null }) as RecolteRecord);
      const layout: CsvLayout = { type: 'record', columns: ['kind', 'text', 'details'], lang: 'fr', excel: false };
      const csv = stringify([headerRow(layout), ...records.map((r) => itemRow(layout, r))], stringifyOptions(false));
      const { source } = ingest('export.csv', Buffer.from(csv));
      const back = parseSource(source!, { map: { text: '2', kind: '1' } });
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(back.records.map((r) => [r.kind, r.text])).toEqual(records.map((r) => [r.kind, r.text]));
    },
  );
});

describe('dedupe on arbitrary records', () => {
  const texts = ['Créer une maison de santé', 'Ouvrir des maisons de santé', 'Développer la télémédecine', 'Plus de médecins à Verdun', 'Ne pas fermer les urgences', 'Fermer les urgences la nuit'];
  const record = fc.record({
    text: fc.oneof(fc.constantFrom(...texts), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })),
    kind: fc.constantFrom<Kind>('proposal', 'lever'),
    code: fc.constantFrom('55', '54', '2A', '974'),
  });

  it.prop([fc.array(record, { minLength: 1, maxLength: 40 }), fc.infiniteStream(fc.nat())])('puts every record in exactly one cluster, the same whatever the order', async (rows, order) => {
    const synonyms = synonymsFor(await defaultSynonymTable());
    const records: DedupeRecord[] = rows.map((r, i) => ({
      id: `id${i}`,
      kind: r.kind,
      text: r.text,
      details: null,
      parent: null,
      axis: null,
      group: null,
      territory: { level: 'departement', code: r.code, name: r.code },
      source: { file: 'f.md', line: i + 1, column: 1 },
      document: null,
    }));
    const { clusters } = dedupe(records, { threshold: 5000, synonyms });
    const members = clusters.flatMap((c) => c.members.map((m) => m.id)).sort();
    expect(members).toEqual(records.map((r) => r.id).sort());
    for (const c of clusters) expect(new Set(c.members.map((m) => records.find((r) => r.id === m.id)!.kind))).toEqual(new Set([c.kind]));
    const draws = [...order.take(records.length)];
    const shuffled = records.map((r, i) => [draws[i]!, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const again = dedupe(shuffled, { threshold: 5000, synonyms }).clusters;
    const groups = (cs: typeof clusters) => cs.map((c) => c.members.map((m) => m.id).sort().join(',')).sort();
    expect(groups(again)).toEqual(groups(clusters));
  });
});

describe('words that are also the names of Object properties', () => {
  // Found by the dedupe property above: "constructor" looked up in a plain object found a function.
  it('are words like any other, in dedupe and in HTML entities', async () => {
    const { analyze, stem } = await import('../../src/dedupe/analyze.js');
    const { decodeEntities } = await import('../../src/parse/html.js');
    const synonyms = synonymsFor(await defaultSynonymTable());
    for (const word of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      const bare = word.toLowerCase().replace(/_/g, '');
      expect(stem(bare)).toBe(bare.slice(0, 6));
      // Read through the synonym table like any other stem ("constr" is construire's, a way of creating).
      expect(analyze(`Créer un ${word} de santé`, synonyms).terms).toContain(synonyms.apply([stem(bare)])[0]);
      expect(decodeEntities(`a &${word}; b`)).toBe(`a &${word}; b`);
    }
  });
});

describe('hostile shapes', () => {
  // Each case may be tens of kilobytes: fewer runs than the properties above.
  const runs = { numRuns: Math.max(10, Math.round(RUNS / 10)) };
  const parsed = async (file: string, text: string): Promise<{ rules: string[]; accounted: boolean }> => {
    const ingested = await ingestDocument(file, Buffer.from(text, 'utf8'));
    const { lines, diagnostics } = parseSource(ingested.source!);
    return {
      rules: [...ingested.diagnostics, ...diagnostics].map((d) => d.rule),
      accounted: lines.record + lines.heading + lines.prose + lines.chrome + lines.unclassified === lines.nonBlank,
    };
  };
  const container = fc.constantFrom('> ', '- ', '* ', '1. ', '> - ');

  it.prop([fc.array(container, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3_000 }), fc.string({ maxLength: 40 })], runs)(
    'reads containers nested to any depth on one line, bounded and accounted',
    async (markers, depth, text) => {
      const line = Array.from({ length: depth }, (_, i) => markers[i % markers.length]).join('') + text;
      const { rules, accounted } = await parsed('deep.md', `# Propositions\n\n${line}\n`);
      expect(accounted).toBe(true);
      if (depth > 40) expect(rules).toContain('nesting-capped');
    },
  );

  // Each level indented as far as the item's text, so that it nests (an ordered item's text starts a column further).
  it.prop([fc.integer({ min: 1, max: 400 }), fc.constantFrom(['-', 2], ['*', 3], ['-', 4], ['1.', 3], ['1.', 4] as const)], runs)(
    'reads a list nested to any depth by indentation, every item kept',
    async (depth, [bullet, indent]) => {
      const text = Array.from({ length: depth }, (_, i) => `${' '.repeat(i * indent)}${bullet} élément ${i}`).join('\n');
      const { rules, accounted } = await parsed('list.md', `# Propositions\n\n${text}\n`);
      expect(accounted).toBe(true);
      expect(rules.includes('nesting-capped')).toBe(depth > 32);
    },
  );

  it.prop([fc.constantFrom('<div>', '<b>', '<ul><li>', '<table><tr><td>', '<blockquote>', '<span>'), fc.integer({ min: 1, max: 5_000 }), fc.boolean()], runs)(
    'reads HTML nested to any depth, closed or not',
    async (open, depth, closed) => {
      const close = open.replace(/</g, '</').split('><').reverse().join('><');
      const page = `<html><body><h2>Propositions</h2>${open.repeat(depth)}Créer une maison de santé${closed ? close.repeat(depth) : ''}</body></html>`;
      const { accounted } = await parsed('page.html', page);
      expect(accounted).toBe(true);
    },
  );

  it.prop([fc.constantFrom('[', '*', 'a ', '<', '`', '_', '\\', '![', '> ', '| ', 'a', '# '), fc.integer({ min: 1_000, max: 30_000 })], runs)(
    'reads a long repetitive line, and leaves one past the bound out with a warning',
    async (unit, count) => {
      const line = unit.repeat(count);
      const { rules, accounted } = await parsed('long.md', `# Propositions\n\n${line}\n- Créer une maison de santé\n`);
      expect(accounted).toBe(true);
      expect(rules.includes('line-too-long')).toBe(line.length > 100_000);
    },
  );
});
