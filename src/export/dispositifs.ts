/**
 * The dispositifs the contributions name, by territory: where each one runs (an initiative
 * describes it), where it is asked for (a proposal names it), and where it is only mentioned.
 * Plain records in, plain rows out, in a fixed order; dispositifs.csv and the synthesis's
 * "Dispositifs" section are written from these rows.
 */
import type { TagCatalogue } from '../tag/catalogue.js';
import type { Kind, RecolteRecord, Territory } from '../types/record.js';

/** What a record naming a dispositif says of it: it runs there, it is asked for there, or neither. */
export type DispositifUse = 'runs' | 'asked' | 'other';

/**
 * Which kinds mean which use. An initiative, an experiment or a good practice (under "Ce qui
 * marche", "Retour d'expérience", "Pratique inspirante") describes something done; a proposal,
 * lever, need, objective or first step is what a territory wants. A finding, pitfall, question
 * or observation can name a dispositif either way ("La CPTS peine à recruter"), so it is
 * counted apart rather than guessed.
 */
export const USE_OF_KIND: Readonly<Record<Kind, DispositifUse>> = {
  initiative: 'runs',
  experiment: 'runs',
  good_practice: 'runs',
  proposal: 'asked',
  lever: 'asked',
  need: 'asked',
  objective: 'asked',
  first_step: 'asked',
  finding: 'other',
  pitfall: 'other',
  question: 'other',
  observation: 'other',
};

/** One dispositif in one territory, with the records that name it there. */
export interface DispositifRow {
  code: string;
  /** The catalogue's official name; null for a code the catalogue does not know. */
  name: string | null;
  /** null for records that give no territory. */
  territory: Territory | null;
  /** Records whose kind says the dispositif runs here (USE_OF_KIND). */
  initiatives: number;
  /** Records whose kind says it is asked for here. */
  proposals: number;
  /** Records that name it in a finding, pitfall, question or observation. */
  otherMentions: number;
  /** The records behind the counts, by source file, then line. */
  records: RecolteRecord[];
}

const LEVEL_ORDER: readonly Territory['level'][] = ['national', 'region', 'departement', 'commune'];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By territory code, then level (région 44 before département 44); no territory last. */
export function compareTerritories(a: Territory | null, b: Territory | null): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return byText(a.code, b.code) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level);
}

/** By source file, then line, then id: the order records are listed in everywhere. */
export function compareSources(a: RecolteRecord, b: RecolteRecord): number {
  return byText(a.source.file, b.source.file) || a.source.line - b.source.line || byText(a.id, b.id);
}

/**
 * One row per dispositif and territory that some record names, sorted by dispositif code,
 * then territory; records without `dispositifs` (schema 2) add nothing.
 */
export function dispositifRows(records: Iterable<RecolteRecord>, catalogue: TagCatalogue): DispositifRow[] {
  const names = new Map(catalogue.dispositifs.map((d) => [d.code, d.name]));
  // Territory key, then code: the key is built once a record, not once a code.
  const rows = new Map<string, Map<string, DispositifRow>>();
  for (const record of records) {
    const codes = record.dispositifs;
    if (!codes?.length) continue;
    const place = record.territory ?? null;
    const key = place ? `${place.level}:${place.code}` : '';
    let here = rows.get(key);
    if (!here) rows.set(key, (here = new Map()));
    const use = USE_OF_KIND[record.kind];
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (codes.indexOf(code) < i) continue;
      let row = here.get(code);
      if (!row) here.set(code, (row = { code, name: names.get(code) ?? null, territory: place, initiatives: 0, proposals: 0, otherMentions: 0, records: [] }));
      if (use === 'runs') row.initiatives++;
      else if (use === 'asked') row.proposals++;
      else row.otherMentions++;
      row.records.push(record);
    }
  }
  const all = [...rows.values()].flatMap((here) => [...here.values()]);
  // Records come sorted from parse, which the sort sees in one pass.
  for (const row of all) row.records.sort(compareSources);
  return all.sort((a, b) => byText(a.code, b.code) || compareTerritories(a.territory, b.territory));
}

/** "file:line" of each record, once each, in the row's order. */
export function sourcesOf(records: readonly RecolteRecord[]): string[] {
  return [...new Set(records.map((r) => `${r.source.file}:${r.source.line}`))];
}
