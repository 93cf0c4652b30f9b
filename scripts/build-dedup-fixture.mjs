#!/usr/bin/env node
// Builds the labelled deduplication set from fixtures/dedup/ideas.yaml:
//   fixtures/dedup/records.ndjson  one record per variant, valid against schemas/record.schema.json
//   fixtures/dedup/gold.ndjson     {"id", "label"} per record, in the same order
// and the statistics block of fixtures/dedup/README.md. The output depends only on ideas.yaml
// and the département names of @etalab/decoupage-administratif, so it is the same on every run.
//
//   node scripts/build-dedup-fixture.mjs           write the files and print the statistics
//   node scripts/build-dedup-fixture.mjs --check   exit 1 when a written file is not up to date
//
// Any problem in ideas.yaml (unknown département, unquoted code, unknown kind, a text that
// appears in two groups, a dangling hard_negative_of…) stops the build with every problem listed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'fixtures', 'dedup');
const paths = {
  ideas: path.join(dir, 'ideas.yaml'),
  records: path.join(dir, 'records.ndjson'),
  gold: path.join(dir, 'gold.ndjson'),
  readme: path.join(dir, 'README.md'),
  departements: path.join(root, 'node_modules', '@etalab', 'decoupage-administratif', 'data', 'departements.json'),
  schema: path.join(root, 'schemas', 'record.schema.json'),
};

const GROUP_KEYS = new Set(['label', 'kind', 'variants', 'hard_negative_of', 'other_kind_of', 'note']);
const VARIANT_KEYS = new Set(['text', 'departement']);
const LABEL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEPARTEMENT_CODE = /^(?:[0-9]{2}|2[AB]|9[78][0-9])$/;
const STATS_START = '<!-- stats:start (written by scripts/build-dedup-fixture.mjs) -->';
const STATS_END = '<!-- stats:end -->';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Lower case, no accents, no punctuation, single spaces: used to catch a text given to two groups. */
function fold(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Reads and checks ideas.yaml; throws one Error listing every problem found. */
function loadIdeas() {
  const kinds = new Set(JSON.parse(readFileSync(paths.schema, 'utf8')).$defs.kind.enum);
  const names = new Map(JSON.parse(readFileSync(paths.departements, 'utf8')).map((d) => [d.code, d.nom]));
  const doc = parse(readFileSync(paths.ideas, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  const problems = [];
  const groups = doc?.groups;
  if (!Array.isArray(groups) || groups.length === 0) throw new Error(`${paths.ideas}: expected a non-empty "groups" list`);

  const labels = new Map();
  groups.forEach((group, g) => {
    const where = `group ${g + 1}${typeof group?.label === 'string' ? ` (${group.label})` : ''}`;
    if (group === null || typeof group !== 'object' || Array.isArray(group)) return problems.push(`${where}: not a mapping`);
    for (const key of Object.keys(group)) if (!GROUP_KEYS.has(key)) problems.push(`${where}: unknown field "${key}"`);
    if (typeof group.label !== 'string' || !LABEL.test(group.label)) problems.push(`${where}: label must be kebab-case`);
    else if (labels.has(group.label)) problems.push(`${where}: label already used by group ${labels.get(group.label) + 1}`);
    else labels.set(group.label, g);
    if (!kinds.has(group.kind)) problems.push(`${where}: kind "${group.kind}" is not one of ${[...kinds].join(', ')}`);
    for (const key of ['note']) if (key in group && typeof group[key] !== 'string') problems.push(`${where}: ${key} must be a string`);
    if (!Array.isArray(group.variants) || group.variants.length === 0) return problems.push(`${where}: variants must be a non-empty list`);
    const seen = new Set();
    group.variants.forEach((variant, v) => {
      const at = `${where}, variant ${v + 1}`;
      if (variant === null || typeof variant !== 'object') return problems.push(`${at}: not a mapping`);
      for (const key of Object.keys(variant)) if (!VARIANT_KEYS.has(key)) problems.push(`${at}: unknown field "${key}"`);
      const { text, departement } = variant;
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${at}: text must be a non-empty string`);
      else if (text !== text.trim() || /\s{2,}|\n/.test(text)) problems.push(`${at}: text has stray whitespace: ${JSON.stringify(text)}`);
      if (typeof departement !== 'string') problems.push(`${at}: departement must be a quoted string ("01", "2A"), got ${JSON.stringify(departement)}`);
      else if (!DEPARTEMENT_CODE.test(departement) || !names.has(departement)) problems.push(`${at}: unknown département code "${departement}"`);
      const key = `${text}\n${departement}`;
      if (seen.has(key)) problems.push(`${at}: same text and département as an earlier variant of this group`);
      seen.add(key);
    });
  });

  // References between groups, and a text given to two groups (the gold would contradict itself).
  const byLabel = new Map(groups.filter((g) => g && typeof g.label === 'string').map((g) => [g.label, g]));
  const owner = new Map();
  for (const group of byLabel.values()) {
    for (const ref of ['hard_negative_of', 'other_kind_of']) {
      if (!(ref in group)) continue;
      const target = byLabel.get(group[ref]);
      if (!target) problems.push(`${group.label}: ${ref} "${group[ref]}" is not the label of any group`);
      else if (target === group) problems.push(`${group.label}: ${ref} names the group itself`);
      else if (ref === 'other_kind_of' && target.kind === group.kind) problems.push(`${group.label}: other_kind_of "${target.label}" has the same kind`);
    }
    if ('hard_negative_of' in group && 'other_kind_of' in group) problems.push(`${group.label}: a group is either a hard negative or another kind, not both`);
    for (const variant of Array.isArray(group.variants) ? group.variants : []) {
      if (typeof variant?.text !== 'string') continue;
      const folded = fold(variant.text);
      const other = owner.get(folded);
      if (other !== undefined && other !== group.label) problems.push(`${group.label}: "${variant.text}" is also a text of ${other}`);
      owner.set(folded, group.label);
    }
  }
  if (problems.length > 0) throw new Error(`${paths.ideas} has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return { groups, names };
}

/** The records and gold lines, in their file order, with the statistics. */
function build() {
  const { groups, names } = loadIdeas();
  const entries = [];
  for (const group of groups) {
    group.variants.forEach((variant, index) => {
      const id = sha256(`${group.label}\n${index}`).slice(0, 16);
      entries.push({ id, order: sha256(`order\n${id}`), group, variant });
    });
  }
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) throw new Error('two variants got the same id; change a label');
  // Interleave the groups: the order is a hash of the id, not the order of ideas.yaml.
  entries.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

  const nextLine = new Map();
  const records = [];
  const gold = [];
  for (const { id, group, variant } of entries) {
    const code = variant.departement;
    const line = (nextLine.get(code) ?? 0) + 1;
    nextLine.set(code, line);
    records.push({
      id,
      kind: group.kind,
      text: variant.text,
      details: null,
      parent: null,
      axis: null,
      group: null,
      territory: { level: 'departement', code, name: names.get(code) },
      source: { file: `consultations/${code}.md`, line, column: 1, endLine: line },
      document: null,
    });
    gold.push({ id, label: group.label });
  }
  const ndjson = (rows) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
  return { records: ndjson(records), gold: ndjson(gold), stats: statistics(groups, nextLine) };
}

/** Counts printed by the script and written into README.md. */
function statistics(groups, perDepartement) {
  const records = groups.reduce((n, g) => n + g.variants.length, 0);
  const hardNegatives = groups.filter((g) => g.hard_negative_of);
  const otherKinds = groups.filter((g) => g.other_kind_of);
  const kinds = new Map();
  for (const g of groups) kinds.set(g.kind, (kinds.get(g.kind) ?? [0, 0]).map((n, i) => n + (i === 0 ? 1 : g.variants.length)));
  const sizes = new Map();
  for (const g of groups) sizes.set(g.variants.length, (sizes.get(g.variants.length) ?? 0) + 1);
  const perDep = [...perDepartement.values()];
  const pairs = groups.reduce((n, g) => n + (g.variants.length * (g.variants.length - 1)) / 2, 0);
  const lines = [
    `- ${records} records in ${groups.length} gold groups, from ${perDepartement.size} départements (${Math.min(...perDep)} to ${Math.max(...perDep)} records each)`,
    `- ${hardNegatives.length} hard-negative groups (${hardNegatives.reduce((n, g) => n + g.variants.length, 0)} records), marked \`hard_negative_of\``,
    `- ${otherKinds.length} groups saying another group's idea as another kind (${otherKinds.reduce((n, g) => n + g.variants.length, 0)} records), marked \`other_kind_of\``,
    `- ${pairs} gold pairs (two records of the same group)`,
    `- kinds: ${[...kinds].sort((a, b) => b[1][1] - a[1][1]).map(([k, [g, r]]) => `${k} ${g} groups / ${r} records`).join(', ')}`,
    `- group sizes (size × groups): ${[...sizes].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}`,
  ];
  return lines.join('\n');
}

function withStats(readme, stats) {
  const start = readme.indexOf(STATS_START);
  const end = readme.indexOf(STATS_END);
  if (start < 0 || end < start) throw new Error(`${paths.readme}: missing the ${STATS_START} … ${STATS_END} block`);
  return `${readme.slice(0, start + STATS_START.length)}\n${stats}\n${readme.slice(end)}`;
}

function main() {
  const check = process.argv.includes('--check');
  const { records, gold, stats } = build();
  const readme = withStats(readFileSync(paths.readme, 'utf8'), stats);
  const outputs = [
    [paths.records, records],
    [paths.gold, gold],
    [paths.readme, readme],
  ];
  if (check) {
    const stale = outputs.filter(([file, content]) => {
      try {
        return readFileSync(file, 'utf8') !== content;
      } catch {
        return true;
      }
    });
    for (const [file] of stale) console.error(`${path.relative(root, file)} is not up to date: run node scripts/build-dedup-fixture.mjs`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const [file, content] of outputs) writeFileSync(file, content);
  console.log(stats);
}

try {
  main();
} catch (error) {
  console.error(`build-dedup-fixture: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
