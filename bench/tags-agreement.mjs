#!/usr/bin/env node
// How far two people agree on tags, beside the tagger: 120 rows of fixtures/tags/tune.ndjson
// labelled again, blind, by another author (fixtures/tags/tune-relabelled.ndjson), scored
// against the first labels, and the tagger scored against each. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { taggerFor } from '../dist/tag/index.js';
import { prfOf, readTagRows, scoreTags } from '../dist/quality/tag-score.js';
const gold = new Map(readTagRows(readFileSync(new URL('../fixtures/tags/tune.ndjson', import.meta.url), 'utf8')).map((r) => [r.id, r]));
const other = readFileSync(new URL('../fixtures/tags/tune-relabelled.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const c = { dispositifs: { gold: 0, found: 0, right: 0 }, themes: { gold: 0, found: 0, right: 0 } };
for (const o of other) {
  const g = gold.get(o.id);
  for (const f of ['dispositifs', 'themes']) {
    const a = new Set(g[f]); const b = new Set(o[f]);
    c[f].gold += a.size; c[f].found += b.size; for (const x of b) if (a.has(x)) c[f].right++;
  }
}
console.log('second human vs first human:', 'dispositifs', prfOf(c.dispositifs).f1.toFixed(3), 'themes', prfOf(c.themes).f1.toFixed(3));
const rows = other.map((o) => gold.get(o.id));
const s = scoreTags(taggerFor(), rows);
console.log('tagger vs first human (same rows):', 'dispositifs', prfOf(s.dispositifs).f1.toFixed(3), 'themes', prfOf(s.themes).f1.toFixed(3));
const asGold = other.map((o) => ({ ...gold.get(o.id), dispositifs: o.dispositifs, themes: o.themes }));
const s2 = scoreTags(taggerFor(), asGold);
console.log('tagger vs second human (same rows):', 'dispositifs', prfOf(s2.dispositifs).f1.toFixed(3), 'themes', prfOf(s2.themes).f1.toFixed(3));
