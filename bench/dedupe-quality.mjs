#!/usr/bin/env node
// Quality of dedupe on the labelled sets: pairwise and B-cubed precision, recall and F1, and the
// hard-negative (look-alike) pairs merged. Run after `npm run build`:
//   node bench/dedupe-quality.mjs [threshold …]
//
// fixtures/dedup is cut in two by a stable hash of each group's label: "tune" (about 2/3), the
// half one may look at while changing the method, and "held-out" (about 1/3), the honest figure.
// A hard negative, or a group saying another group's idea as another kind, goes to the side of
// the group it shadows (its root), so a trap is always scored beside the group it is a trap for.
// fixtures/consultation (8 documents parsed by recolte, its README's answer key in
// fixtures/consultation/gold.json) is a second held-out set. Each set is deduplicated alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { dedupe } from '../dist/dedupe/index.js';
import { synonymsFor } from '../dist/dedupe/analyze.js';
import { defaultSynonymTable } from '../dist/dedupe/synonyms.js';
import { bcubedScores, pairwiseScores } from '../dist/dedupe/metrics.js';
import { execFileSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file) => readFileSync(`${root}fixtures/dedup/${file}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** The side of a gold group: held-out when the first byte of SHA-256 of its root label is below 86 (about 1/3). */
export function sideOf(label) {
  return createHash('sha256').update(label).digest()[0] < 86 ? 'held-out' : 'tune';
}

/** The labelled sets: tune, held-out and whole of fixtures/dedup, and consultation. */
export async function labelledSets() {
  const ideas = parse(readFileSync(`${root}fixtures/dedup/ideas.yaml`, 'utf8')).groups;
  const byLabel = new Map(ideas.map((g) => [g.label, g]));
  const rootOf = (label) => {
    let group = byLabel.get(label);
    const seen = new Set();
    while ((group.hard_negative_of || group.other_kind_of) && !seen.has(group.label)) {
      seen.add(group.label);
      group = byLabel.get(group.hard_negative_of ?? group.other_kind_of);
    }
    return group.label;
  };
  const records = read('records.ndjson');
  const goldList = read('gold.ndjson');
  const gold = new Map(goldList.map((g) => [g.id, g.label]));
  // Look-alike links between groups: each hard negative with the group it shadows.
  const lookAlikes = ideas.filter((g) => g.hard_negative_of).map((g) => [g.hard_negative_of, g.label]);
  const subset = (keep) => {
    const rs = records.filter((r) => keep(gold.get(r.id)));
    const ids = new Set(rs.map((r) => r.id));
    const labels = new Set(rs.map((r) => gold.get(r.id)));
    const members = (label) => rs.filter((r) => gold.get(r.id) === label).map((r) => r.id);
    return {
      records: rs,
      gold: new Map([...gold].filter(([id]) => ids.has(id))),
      lookAlikes: lookAlikes.filter(([a, b]) => labels.has(a) && labels.has(b)).map(([a, b]) => [members(a), members(b)]),
      texts: new Map(rs.map((r) => [r.id, r.text])),
    };
  };
  const consultation = await consultationSet();
  return {
    tune: subset((label) => sideOf(rootOf(label)) === 'tune'),
    'held-out': subset((label) => sideOf(rootOf(label)) === 'held-out'),
    consultation,
    whole: subset(() => true),
  };
}

/** fixtures/consultation parsed by recolte, with the gold of its README's answer key. */
async function consultationSet() {
  const key = JSON.parse(readFileSync(`${root}fixtures/consultation/gold.json`, 'utf8'));
  const out = execFileSync(process.execPath, [`${root}bin/recolte.js`, '-q', 'parse', 'fixtures/consultation/documents'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const records = out.trim().split('\n').map((l) => JSON.parse(l));
  const at = new Map(records.map((r) => [`${r.source.file.match(/documents\/(\d\d)-/)[1]}:${r.source.line}`, r.id]));
  const id = (ref) => {
    if (!at.has(ref)) throw new Error(`fixtures/consultation/gold.json: no record at ${ref}`);
    return at.get(ref);
  };
  const gold = new Map(records.map((r) => [r.id, `single:${r.id}`]));
  for (const [name, refs] of Object.entries(key.groups)) for (const ref of refs) gold.set(id(ref), name);
  return {
    records,
    gold,
    lookAlikes: key.lookAlikes.map(([a, b]) => [a.map(id), b.map(id)]),
    texts: new Map(records.map((r) => [r.id, r.text])),
  };
}

/** Pairs of look-alike records (one on each side of a look-alike link) that share a predicted cluster. */
function lookAlikesMerged(predicted, lookAlikes) {
  let merged = 0;
  let pairs = 0;
  let links = 0;
  for (const [as, bs] of lookAlikes) {
    let any = false;
    for (const a of as) {
      for (const b of bs) {
        pairs++;
        if (predicted.get(a) === predicted.get(b)) {
          merged++;
          any = true;
        }
      }
    }
    if (any) links++;
  }
  return { merged, pairs, links, linkCount: lookAlikes.length };
}

/** Scores of dedupe on one set at one threshold (0…1). */
export async function evaluateSet(set, threshold, synonyms) {
  synonyms ??= synonymsFor(await defaultSynonymTable());
  const { clusters } = dedupe(set.records, { threshold: Math.round(threshold * 10_000), synonyms });
  const predicted = new Map(clusters.flatMap((c) => c.members.map((m) => [m.id, c.id])));
  return {
    threshold,
    pairwise: pairwiseScores(predicted, set.gold),
    bcubed: bcubedScores(predicted, set.gold),
    clusters: clusters.length,
    lookAlikes: lookAlikesMerged(predicted, set.lookAlikes),
    variations: variationRecall(predicted, set),
  };
}

/** Scores of dedupe on the whole of fixtures/dedup at one threshold (kept for older callers). */
export async function evaluate(threshold) {
  return evaluateSet((await labelledSets()).whole, threshold);
}

// ── Per-variation recall ──────────────────────────────────────────────────────────────────
// ideas.yaml labels groups, not how each variant differs, so each gold pair is put in the first
// class its two texts fit, read from their surface only (never from recolte's own analysis):
// the same once case, accents and punctuation are ignored; a typo (at most 3 letters apart); the
// same words in another order; the same Snowball stems of content words (inflection); the same
// once acronyms are read as their expansion; the same but for a local detail ("notamment à …");
// and else a paraphrase, light when at least a third of the content stems are shared, heavy below.
const ACRONYM = /\b[A-Z]{2,6}\b/;
const require = createRequire(import.meta.url);
const stemmer = require('snowball-stemmers').newStemmer('french');
const STOP = new Set(require('stopwords-iso').fr);
const fold = (t) => t.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const contentStems = (t) => new Set(fold(t).split(' ').filter((w) => w && !STOP.has(w)).map((w) => stemmer.stem(w)));

function levenshtein(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export const VARIATIONS = ['case-accents', 'typo', 'reordering', 'acronym', 'inflection', 'local-detail', 'light-paraphrase', 'heavy-paraphrase'];

/** The variation class of two texts of one gold group. */
export function variationOf(a, b) {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 'case-accents';
  if (levenshtein(fa, fb) <= 3) return 'typo';
  if (fa.split(' ').sort().join(' ') === fb.split(' ').sort().join(' ')) return 'reordering';
  const same = (x, y) => x.size === y.size && [...x].every((s) => y.has(s));
  const sa = contentStems(a);
  const sb = contentStems(b);
  if (same(sa, sb)) return 'inflection';
  if (ACRONYM.test(a + b) && same(contentStems(expandAcronyms(a)), contentStems(expandAcronyms(b)))) return 'acronym';
  if (LOCAL_DETAIL.test(fa) !== LOCAL_DETAIL.test(fb) && same(contentStems(withoutDetail(fa)), contentStems(withoutDetail(fb)))) return 'local-detail';
  const shared = [...sa].filter((s) => sb.has(s)).length;
  return shared / Math.max(1, new Set([...sa, ...sb]).size) >= 1 / 3 ? 'light-paraphrase' : 'heavy-paraphrase';
}

const LOCAL_DETAIL = /\b(?:notamment|comme a|en particulier|par exemple)\b.*$/;
const withoutDetail = (t) => t.replace(LOCAL_DETAIL, '');
// Acronyms of the shipped synonym table, each read as the concept's longest wording.
const ACRONYMS = new Map(
  Object.values(parse(readFileSync(`${root}vocabulary/synonyms.fr.yaml`, 'utf8'), { schema: 'failsafe' })).flatMap((wordings) => {
    const longest = [...wordings].sort((x, y) => y.length - x.length)[0];
    return wordings.filter((w) => /^[A-Z]{2,6}$/.test(w)).map((w) => [w, longest]);
  }),
);
const expandAcronyms = (t) => t.replace(/\b[A-Z]{2,6}\b/g, (w) => ACRONYMS.get(w) ?? w);

function variationRecall(predicted, set) {
  const byGold = new Map();
  for (const [id, label] of set.gold) byGold.set(label, [...(byGold.get(label) ?? []), id]);
  const counts = Object.fromEntries(VARIATIONS.map((v) => [v, { found: 0, pairs: 0 }]));
  for (const ids of byGold.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const c = counts[variationOf(set.texts.get(ids[i]), set.texts.get(ids[j]))];
        c.pairs++;
        if (predicted.get(ids[i]) === predicted.get(ids[j])) c.found++;
      }
    }
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const thresholds = process.argv.slice(2).map(Number);
  const list = thresholds.length ? thresholds : [0.5];
  const sets = await labelledSets();
  const synonyms = synonymsFor(await defaultSynonymTable());
  const f = (x) => x.toFixed(3);
  for (const t of list) {
    console.log(`threshold ${t.toFixed(2)}`);
    console.log('set            records  pairwise P    R      F1   | B-cubed P    R      F1   | look-alike pairs merged');
    const results = {};
    for (const [name, set] of Object.entries(sets)) {
      const r = (results[name] = await evaluateSet(set, t, synonyms));
      const { pairwise: p, bcubed: b, lookAlikes: l } = r;
      console.log(
        `${name.padEnd(13)} ${String(set.records.length).padStart(8)}  ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)} | ${f(b.precision)}  ${f(b.recall)}  ${f(b.f1)} | ${l.merged}/${l.pairs} (links ${l.links}/${l.linkCount})`,
      );
    }
    console.log('recall by variation (found/gold pairs):');
    console.log(`${'variation'.padEnd(18)} ${['tune', 'held-out', 'consultation', 'whole'].map((s) => s.padStart(14)).join('')}`);
    for (const v of VARIATIONS) {
      const cell = (s) => {
        const c = results[s].variations[v];
        return (c.pairs ? `${f(c.found / c.pairs)} ${c.found}/${c.pairs}` : '-').padStart(14);
      };
      console.log(`${v.padEnd(18)} ${['tune', 'held-out', 'consultation', 'whole'].map(cell).join('')}`);
    }
  }
}
