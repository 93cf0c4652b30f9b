/**
 * Intercommunalities (EPCI: communautés de communes, d'agglomération, métropoles), from the
 * official data: a document signed by "la Communauté de communes du Val d'Argent" or "Bourges
 * Plus" speaks for the département its communes are in. Names are matched folded, as whole
 * words, and only after a word that names an intercommunality ("communauté de communes",
 * "agglomération", "CC", "pays") unless the name says so itself ("Decazeville Communauté").
 */
import { fold } from '../text/fold.js';
import type { Territory } from '../types/record.js';
import { areaData, readData } from './data.js';

interface RawEpci {
  nom: string;
  membres: { code: string }[];
}

interface Epci {
  /** The name without its type ("CC", "CA") and leading article, folded: "val d'argent". */
  core: string;
  /** The name says itself what it is ("Bourges Plus", "Decazeville Communauté"). */
  selfNamed: boolean;
  departement: string;
}

let epcis: Epci[] | undefined;

const TYPE = /^(?:cc|ca|cu|metropole|me|communaute (?:de communes|d'agglomeration|urbaine))\s+/;
const ARTICLE = /^(?:du|de la|de l'|des|de|d'|le|la|les|l')\s*/;
const SELF_NAMED = /(?:^|\s)(?:communaute|agglo|agglomeration|plus|metropole|interco|territoire|territoires)(?:\s|$)/;
/** Shorter names ("Diois") are read only after a word that names an intercommunality. */
const MIN_CORE = 4;
const MIN_SELF_NAMED_CORE = 6;

function load(): Epci[] {
  const list: Epci[] = [];
  for (const raw of readData<RawEpci>('epci.json')) {
    const core = fold(raw.nom).replace(TYPE, '').replace(ARTICLE, '').replace(/(?:(?<!\s)\s+)?-\s*/g, ' ').trim();
    if (core.length < MIN_CORE) continue;
    // The département most of its communes are in.
    const counts = new Map<string, number>();
    for (const m of raw.membres) {
      const dep = m.code.startsWith('97') ? m.code.slice(0, 3) : m.code.slice(0, 2);
      counts.set(dep, (counts.get(dep) ?? 0) + 1);
    }
    const departement = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const selfNamed = SELF_NAMED.test(core) && core.length >= MIN_SELF_NAMED_CORE;
    if (departement) list.push({ core, selfNamed, departement });
  }
  // Longest first: "pays de fontenay vendee" before "vendee".
  return list.sort((a, b) => b.core.length - a.core.length);
}

const CUE = /(?:communaute de(?:s)? communes|communaute d'agglomeration|communaute urbaine|agglomeration|intercommunalite|\bcc|\bca|\bepci|\bpays|\bpetr|\bcls)\s+(?:du |de la |de l'|des |de |d')?$/;

/** The département of an intercommunality a text names, or null. */
export function intercommunalityIn(text: string): Territory | null {
  const folded = ` ${fold(text).replace(/(?:(?<!\s)\s+)?-\s*/g, ' ').replace(/[«»"“”()]/g, ' ').replace(/\s+/g, ' ')} `;
  for (const epci of (epcis ??= load())) {
    let at = folded.indexOf(` ${epci.core} `);
    while (at >= 0) {
      if (epci.selfNamed || CUE.test(folded.slice(0, at + 1))) return areaData().departements.byCode.get(epci.departement)?.territory ?? null;
      at = folded.indexOf(` ${epci.core} `, at + 1);
    }
  }
  return null;
}
