#!/usr/bin/env node
// Deterministic corpora of consultation documents for the benchmarks: the contributions of
// generate.mjs laid out as people publish them — workshop reports, syntheses, regional
// restitutions and département digests, each as Markdown and as plain text — and as
// spreadsheet exports (CSV, `;`, one contribution a row).
// Usage: node bench/corpus.mjs COUNT DOCUMENTS FOLDER [SEED]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contributions, departements, pick } from './generate.mjs';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const AXES = [
  'L’accès à un médecin traitant ou à une équipe traitante',
  'La permanence des soins et les soins non programmés',
  'L’attractivité des métiers et des territoires',
  'La prévention au plus près des habitants',
  'Les parcours des personnes âgées et des aidants',
];
const SECTIONS = ['Écueils à éviter', 'Leviers à privilégier', 'Bonnes pratiques', 'Constats'];
const PROSE = [
  'Les participants ont souligné l’importance de ce sujet pour le territoire.',
  'Cette action a été présentée par les élus lors de la rencontre.',
  'Le projet est porté en lien avec la caisse primaire et les professionnels de santé.',
  'Les premiers retours des habitants sont encourageants.',
];

/** "14 novembre 2022" for a day drawn in the CNR Santé dialogue period. */
function dateOf(rand) {
  const month = 10 + Math.floor(rand() * 2);
  const day = 1 + Math.floor(rand() * 28);
  return { iso: `2022-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: `${day} ${MONTHS[month]} 2022` };
}

/** A workshop report: each proposal with its need, objective and first step. */
function workshop(style, items, d, date) {
  const out = [];
  const heading = (level, text) => (style === 'md' ? `${'#'.repeat(level)} ${text}` : text);
  out.push(heading(1, `Compte rendu de l’atelier « Accès aux soins » du ${date.text} – ${d.nom}`), '');
  out.push('Les habitants, les élus et les professionnels ont construit ensemble des propositions pour faciliter l’accès aux soins.', '');
  for (let i = 0; i < items.length; i += 4) {
    const [proposal, need, objective, step] = items.slice(i, i + 4);
    out.push(heading(2, `Proposition ${i / 4 + 1}`), proposal.text);
    if (style === 'md') out.push('');
    if (need) out.push(heading(3, 'À quels besoins répond cette proposition ?'), need.text);
    if (style === 'md') out.push('');
    if (objective) out.push(heading(3, 'Quels sont les grands objectifs de cette proposition ?'), objective.text);
    if (style === 'md') out.push('');
    if (step) out.push(heading(3, 'Quels sont les premiers pas concrets pour mettre en place cette proposition ?'), step.text);
    out.push('');
  }
  return out;
}

/** A synthesis: pitfalls, levers, good practices and findings, numbered "1 : …". */
function synthesis(style, items, d, date) {
  const out = [];
  out.push(style === 'md' ? `# Synthèse de la rencontre CNR Santé – ${d.nom}` : `Synthèse de la rencontre CNR Santé – ${d.nom}`, '');
  out.push(`Rencontre du ${date.text}`, '');
  const per = Math.ceil(items.length / SECTIONS.length);
  SECTIONS.forEach((title, s) => {
    const part = items.slice(s * per, (s + 1) * per);
    if (!part.length) return;
    out.push(style === 'md' ? `### **${title} :**` : `${title} :`, '');
    part.forEach((item, i) => out.push(style === 'md' ? `- ${i + 1} : ${item.text}` : `• ${item.text}`));
    out.push('');
  });
  return out;
}

/** A regional restitution: proposals under numbered axes. */
function restitution(style, items, d, date) {
  const out = [];
  out.push(style === 'md' ? `# Restitution des dialogues territoriaux – ${d.nom}` : `Restitution des dialogues territoriaux – ${d.nom}`, '');
  out.push(`La réunion de restitution du ${date.text} a permis de débattre des propositions issues des rencontres.`, '');
  const per = Math.ceil(items.length / 3);
  for (let a = 0; a * per < items.length; a++) {
    const axis = `Axe ${a + 1} – ${AXES[(a + items[0].n) % AXES.length]}`;
    out.push(style === 'md' ? `## ${axis}` : axis, '');
    for (const item of items.slice(a * per, (a + 1) * per)) out.push(style === 'md' ? `- ${item.text}` : `• ${item.text}`);
    out.push('');
  }
  return out;
}

/** A digest of initiatives under département headings ("55. Meuse"), each with a line of prose. */
function digest(style, items, _d, date, rand) {
  const out = [];
  out.push(style === 'md' ? '# Tour de France des initiatives départementales pour l’accès aux soins' : 'Tour de France des initiatives départementales pour l’accès aux soins', '');
  out.push(`Édition du ${date.text}.`, '');
  // Plain-text digests put one initiative under each département line, as seed 003 does.
  const per = style === 'md' ? 3 : 1;
  for (let i = 0; i < items.length; i += per) {
    const d = pick(rand, departements);
    out.push(style === 'md' ? `## ${d.code} - ${d.nom}` : `${d.code}. ${d.nom}`, '');
    for (const item of items.slice(i, i + per)) {
      out.push(style === 'md' ? `### ${item.text}` : item.text);
      if (style === 'md') out.push('');
      out.push(pick(rand, PROSE), '');
    }
  }
  return out;
}

const LAYOUTS = { workshop, synthesis, restitution, digest };
const LAYOUT_NAMES = Object.keys(LAYOUTS);

/** A CSV cell, quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
const cell = (value) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const KIND_LABELS = { proposal: 'Proposition', lever: 'Levier', finding: 'Constat' };

/**
 * Writes COUNT contributions as DOCUMENTS documents under FOLDER/documents (layouts and
 * styles in turn, each document for one département), and the same contributions as CSV
 * exports of at most 20,000 rows under FOLDER/tables. Returns what was written.
 */
export function writeCorpus(folder, count, documents, seed = 1) {
  const docs = path.join(folder, 'documents');
  const tables = path.join(folder, 'tables');
  mkdirSync(docs, { recursive: true });
  mkdirSync(tables, { recursive: true });
  const all = [...contributions(count, seed)];
  const rand = all[0]?.rand ?? (() => 0.5);
  const written = { contributions: count, documents: 0, tables: 0, bytes: { md: 0, txt: 0, csv: 0 } };
  for (let i = 0; i < documents; i++) {
    const items = all.slice(Math.floor((i * count) / documents), Math.floor(((i + 1) * count) / documents));
    if (!items.length) continue;
    const layout = LAYOUT_NAMES[i % LAYOUT_NAMES.length];
    const style = Math.floor(i / LAYOUT_NAMES.length) % 2 ? 'txt' : 'md';
    const d = pick(rand, departements);
    const date = dateOf(rand);
    const lines = LAYOUTS[layout](style, items, d, date, rand);
    if (style === 'md' && layout !== 'digest') lines.unshift('---', `departement: "${d.code}"`, `date: ${date.iso}`, '---', '');
    else if (layout !== 'digest') lines.splice(1, 0, `Département : ${d.nom} (${d.code})`);
    const text = `${lines.join('\n')}\n`;
    const name = `${String(i + 1).padStart(6, '0')}-${layout}-${d.code}.${style}`;
    writeFileSync(path.join(docs, name), text);
    written.documents++;
    written.bytes[style] += Buffer.byteLength(text);
  }
  const ROWS = 20_000;
  for (let start = 0; start < all.length; start += ROWS) {
    const rows = ['Contribution;Type;Département;Date'];
    for (const c of all.slice(start, start + ROWS)) rows.push([cell(c.text), KIND_LABELS[c.kind] ?? 'Proposition', c.departement.code, dateOf(c.rand).iso].join(';'));
    const text = `${rows.join('\r\n')}\r\n`;
    writeFileSync(path.join(tables, `export-${String(start / ROWS + 1).padStart(3, '0')}.csv`), text);
    written.tables++;
    written.bytes.csv += Buffer.byteLength(text);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, documents, folder, seed] = process.argv.slice(2);
  if (!count || !documents || !folder) {
    console.error('usage: node bench/corpus.mjs COUNT DOCUMENTS FOLDER [SEED]');
    process.exit(2);
  }
  console.log(JSON.stringify(writeCorpus(folder, Number(count), Number(documents), Number(seed ?? 1))));
}
