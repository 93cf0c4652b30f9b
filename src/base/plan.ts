/**
 * What `base add` does to the documents, decided from what the base knows and what the files
 * hold now: a document is known by its content hash, wherever it stands.
 *
 * The base records, for every path, the content last seen there. The files read now override
 * that; paths not read are taken to hold what they held. Then each content (hash) is one
 * document: the document already in the base is kept while the path its records were read
 * from still holds its content (only its list of paths may change), else it is removed and
 * its content, if still found at another path, is read again from there. A content the base
 * does not have is a new document, read from the first of its paths.
 */
import type { KnownDocument } from './store.js';

/** A new document to read. */
export interface DocumentToRead {
  /** The path to parse it from (its records' source file). */
  path: string;
  hash: string;
  /** Every path of that content, `path` included, sorted. */
  paths: string[];
}

export interface AddPlan {
  /** Documents to delete, with their records: their content stands at none of their paths, or another document of the same content is kept. */
  remove: KnownDocument[];
  /** Contents to parse, each a new document. */
  read: DocumentToRead[];
  /** Kept documents whose list of paths changes. */
  paths: { document: KnownDocument; paths: string[] }[];
  /** Kept documents that do not change. */
  unchanged: KnownDocument[];
}

/**
 * The paths whose content must be read besides the inputs: the other paths of documents whose
 * own path now holds something else (their content may still be there, to be read again).
 */
export function pathsToCheck(known: readonly KnownDocument[], found: ReadonlyMap<string, string | null>): string[] {
  const paths = new Set<string>();
  for (const document of known) {
    if (!found.has(document.path) || found.get(document.path) === document.hash) continue;
    for (const path of document.paths) if (!found.has(path)) paths.add(path);
  }
  return [...paths].sort(byText);
}

/**
 * Plans the update. `found` maps each path read to the SHA-256 of its bytes, or null when it
 * could not be read (it holds nothing the base can keep).
 */
export function planAdd(known: readonly KnownDocument[], found: ReadonlyMap<string, string | null>): AddPlan {
  // What each path holds: the base's record, then what was read. A document of unknown content
  // (exported from records without hashes) is its own content until its path is read.
  const content = new Map<string, string>();
  const contentOf = (d: KnownDocument): string => d.hash ?? `unknown:${d.id}`;
  for (const document of known) for (const path of document.paths) content.set(path, contentOf(document));
  for (const document of known) content.set(document.path, contentOf(document));
  for (const [path, hash] of found) {
    if (hash === null) content.delete(path);
    else content.set(path, hash);
  }
  const groups = new Map<string, string[]>();
  for (const [path, hash] of content) {
    const list = groups.get(hash);
    if (list) list.push(path);
    else groups.set(hash, [path]);
  }
  for (const list of groups.values()) list.sort(byText);

  const plan: AddPlan = { remove: [], read: [], paths: [], unchanged: [] };
  const kept = new Set<string>();
  for (const document of [...known].sort((a, b) => byText(a.path, b.path))) {
    const hash = contentOf(document);
    const paths = groups.get(hash);
    if (!paths?.includes(document.path) || kept.has(hash)) {
      plan.remove.push(document);
      continue;
    }
    kept.add(hash);
    if (sameList(paths, [...document.paths].sort(byText))) plan.unchanged.push(document);
    else plan.paths.push({ document, paths });
  }
  for (const [hash, paths] of [...groups].sort(([, a], [, b]) => byText(a[0]!, b[0]!))) {
    if (kept.has(hash) || hash.startsWith('unknown:')) continue;
    plan.read.push({ path: paths[0]!, hash, paths });
  }
  return plan;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
