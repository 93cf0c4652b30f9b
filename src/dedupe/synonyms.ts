/**
 * The synonym and acronym table: wordings that count as one concept when contributions are
 * compared ("MSP" = "maison de santé pluriprofessionnelle"). Shipped as
 * vocabulary/synonyms.fr.yaml; users add their own with --synonyms.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export interface Synonyms {
  /** Replaces every wording (longest first) in a stem sequence by its concept, "#name", then each short wording whose stems come inverted and close together. */
  apply(terms: readonly string[]): string[];
  /** Number of concepts. */
  readonly size: number;
  /** The table it was compiled from (worker threads compile their own copy). */
  readonly table: SynonymTable;
  /** Wordings read the same as a wording of another concept, which is kept instead. */
  readonly conflicts: readonly SynonymConflict[];
}

export interface SynonymConflict {
  wording: string;
  concept: string;
  /** The concept the wording's stems already stand for (the first in alphabetical order). */
  keptConcept: string;
}

export type SynonymTable = ReadonlyMap<string, readonly string[]>;

export class SynonymsError extends Error {}

/** The table shipped with recolte. */
export async function defaultSynonymTable(): Promise<SynonymTable> {
  return parseSynonymTable(await readFile(new URL('../../vocabulary/synonyms.fr.yaml', import.meta.url), 'utf8'), 'vocabulary/synonyms.fr.yaml');
}

/** Reads a table (YAML or JSON: concept → list of wordings); throws SynonymsError with the reason. */
export function parseSynonymTable(text: string, name: string): SynonymTable {
  let data: unknown;
  try {
    data = parse(text, { schema: 'failsafe' });
  } catch (error) {
    throw new SynonymsError(`${name}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SynonymsError(`${name}: expected "concept: [wording, …]" entries`);
  }
  const table = new Map<string, string[]>();
  for (const [concept, wordings] of Object.entries(data)) {
    if (!Array.isArray(wordings) || !wordings.every((w) => typeof w === 'string' && w.trim())) {
      throw new SynonymsError(`${name}: "${concept}" must be a list of wordings`);
    }
    table.set(concept, wordings as string[]);
  }
  return table;
}

/** Merges tables; a concept in a later table replaces the same concept in an earlier one. */
export function mergeSynonymTables(...tables: SynonymTable[]): SynonymTable {
  const merged = new Map<string, readonly string[]>();
  for (const table of tables) for (const [concept, wordings] of table) merged.set(concept, wordings);
  return merged;
}

/** Compiles a table with the analyser's own stemming, so wordings match however they are written. */
export function compileSynonyms(
  table: SynonymTable,
  stems: (text: string) => string[],
  reserved: ReadonlySet<string> = new Set(),
): Synonyms {
  // Trie keyed by stem; a node with `concept` ends a wording.
  interface Node {
    next: Map<string, Node>;
    concept: string | null;
  }
  const root: Node = { next: new Map(), concept: null };
  const conflicts: SynonymConflict[] = [];
  for (const [concept, wordings] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const wording of wordings) {
      const path = stems(wording);
      // A wording reduced to one word the guard reads ("pas" of "pas assez") would hide it.
      if (!path.length || (path.length === 1 && reserved.has(path[0]!))) continue;
      let node = root;
      for (const s of path) {
        let child = node.next.get(s);
        if (!child) node.next.set(s, (child = { next: new Map(), concept: null }));
        node = child;
      }
      if (node.concept && node.concept !== `#${concept}`) conflicts.push({ wording, concept, keptConcept: node.concept.slice(1) });
      node.concept ??= `#${concept}`;
    }
  }
  const scattered = scatteredWordings(table, stems, reserved);
  return {
    size: table.size,
    table,
    conflicts,
    apply(terms) {
      const out: string[] = [];
      for (let i = 0; i < terms.length; ) {
        let node = root;
        let match: { concept: string; end: number } | null = null;
        for (let j = i; j < terms.length; j++) {
          const child = node.next.get(terms[j]!);
          if (!child) break;
          node = child;
          if (node.concept) match = { concept: node.concept, end: j + 1 };
        }
        if (match) {
          out.push(match.concept);
          i = match.end;
        } else out.push(terms[i++]!);
      }
      return applyScattered(out, scattered);
    },
  };
}

/**
 * How far apart the words of a wording may be, in terms, beyond the wording's own length, and
 * still read as it: "Installation des médecins : la réguler" says "réguler l'installation" with
 * one term between. Further apart, the words rarely belong together ("réguler les appels, et
 * l'installation de …").
 */
const SCATTER_SLACK = 1;

interface ScatteredWording {
  concept: string;
  /** Its distinct stems in the wording's order, the one it is indexed by first. */
  stems: string[];
}

/** Wordings of two or three distinct stems, indexed by their first stem; none holding a stem the guard reads. */
function scatteredWordings(table: SynonymTable, stems: (text: string) => string[], reserved: ReadonlySet<string>): Map<string, ScatteredWording[]> {
  const byFirst = new Map<string, ScatteredWording[]>();
  for (const [concept, wordings] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const wording of wordings) {
      const distinct = [...new Set(stems(wording))];
      if (distinct.length < 2 || distinct.length > 3 || distinct.some((s) => reserved.has(s))) continue;
      const list = byFirst.get(distinct[0]!);
      const entry = { concept: `#${concept}`, stems: distinct };
      if (list) list.push(entry);
      else byFirst.set(distinct[0]!, [entry]);
    }
  }
  return byFirst;
}

/**
 * Replaces a wording whose stems all occur in another order within a window of its length plus
 * SCATTER_SLACK ("Installation des médecins : la réguler" reads as "réguler l'installation"):
 * the inverted reading of a fixed phrase. Runs after the in-order pass, so only words no
 * wording took are read.
 */
function applyScattered(terms: string[], byFirst: ReadonlyMap<string, readonly ScatteredWording[]>): string[] {
  let out = terms;
  for (let i = 0; i < out.length; i++) {
    const candidates = byFirst.get(out[i]!);
    if (!candidates) continue;
    for (const { concept, stems } of candidates) {
      const span = stems.length + SCATTER_SLACK;
      const from = Math.max(0, i - span + 1);
      const window = out.slice(from, Math.min(out.length, i + span));
      const at = stems.map((s) => window.indexOf(s));
      if (at.some((k) => k < 0)) continue;
      if (Math.max(...at) - Math.min(...at) >= span) continue;
      // In the wording's own order with a word between, the word usually qualifies the phrase:
      // "maisons sport santé" is not a "maison de santé". Only an inverted order is read.
      if (at.every((k, n) => n === 0 || k > at[n - 1]!)) continue;
      const taken = new Set(at.map((k) => k + from));
      const first = Math.min(...taken);
      out = [...out.slice(0, first).filter((_, k) => !taken.has(k)), concept, ...out.slice(first).filter((_, k) => !taken.has(k + first))];
      i = first;
      break;
    }
  }
  return out;
}
