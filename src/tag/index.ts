/**
 * Tag stage: records in, the same records with the dispositifs they name, the themes they are
 * about and where each dispositif was named. Runs after parse (on every document) and on its
 * own (`recolte tag`) to re-tag with a project's vocabulary.
 */
import type { DocumentInfo, RecolteRecord } from '../types/record.js';
import { Tagger, type Resolutions, type TagField } from './tagger.js';
import { builtinSources, readVocabulary, type VocabularySources } from './vocabulary.js';

export { Tagger } from './tagger.js';
export { TagVocabularyError, builtinSources, loadCatalogue, readVocabulary, sourcesWith, type VocabularySources } from './vocabulary.js';

const compiled = new Map<string, Tagger>();
let builtin: Tagger | null = null;

/** The tagger for these sources (default the built-in files), compiled once per process. */
export function taggerFor(sources?: VocabularySources): Tagger {
  // Parse asks once per document: the built-in files are read and compiled once.
  if (!sources) return (builtin ??= new Tagger(readVocabulary(builtinSources())));
  const key = JSON.stringify(sources);
  let tagger = compiled.get(key);
  if (!tagger) {
    tagger = new Tagger(readVocabulary(sources));
    compiled.set(key, tagger);
  }
  return tagger;
}

/** What a document says of itself for tagging: its ambiguous acronyms spelled out, its dispositifs. */
export interface DocumentTags {
  resolutions: Resolutions;
  /** Null for a table: its records carry what it names, and `document.dispositifs` is left out. */
  dispositifs: string[] | null;
}

/**
 * Reads a whole document's text for what its records' tags depend on. A table (`rows`) is all
 * records: what it names is on them, so only its acronyms are read, not every word twice.
 */
export function tagDocument(tagger: Tagger, text: string, rows = false): DocumentTags {
  return tagger.readDocument(text, !rows);
}

/**
 * The record with its tags, replacing any it had. Its document gains `hash` and `dispositifs`
 * when given; the key order stays that of the schema.
 */
export function tagRecord(tagger: Tagger, record: RecolteRecord, document: DocumentTags, extra: Partial<Pick<DocumentInfo, 'hash'>> = {}): RecolteRecord {
  const fields: TagField[] = [{ field: 'text', text: record.text }];
  if (record.details) fields.push({ field: 'details', text: record.details });
  if (record.axis) fields.push({ field: 'axis', text: record.axis });
  if (record.group) fields.push({ field: 'group', text: record.group });
  const tags = tagger.tag(fields, document.resolutions);
  // The record is changed in place (a million rows are not copied): keys it has keep their
  // place, new ones come after `document`, as the schema orders them.
  record.document = documentInfo(record.document ?? null, document, extra.hash);
  record.dispositifs = tags.dispositifs;
  record.themes = tags.themes;
  record.mentions = tags.mentions;
  return record;
}

/** One tagged copy of a document's info, shared by its records, as parse shares the original. */
const tagged = new WeakMap<object, { key: DocumentTags; hash: string | undefined; info: DocumentInfo }>();

function documentInfo(info: DocumentInfo | null, document: DocumentTags, hash: string | undefined): DocumentInfo {
  const known = info ? tagged.get(info) : undefined;
  if (known && known.key === document && known.hash === hash) return known.info;
  const base = info ?? { title: null, date: null, participants: null };
  const own = hash ?? base.hash;
  const out: DocumentInfo = {
    title: base.title ?? null,
    date: base.date ?? null,
    participants: base.participants ?? null,
    ...(own ? { hash: own } : {}),
    ...(document.dispositifs ? { dispositifs: document.dispositifs } : base.dispositifs ? { dispositifs: base.dispositifs } : {}),
  };
  if (info) tagged.set(info, { key: document, hash, info: out });
  return out;
}

/**
 * Re-tags records of any origin (`recolte tag`): each document's ambiguous acronyms are read
 * from its records' own texts, and its dispositifs are those it listed before, joined by
 * those its records name now (the prose around them is not in the records).
 */
export function retag(tagger: Tagger, records: readonly RecolteRecord[]): RecolteRecord[] {
  const byFile = new Map<string, RecolteRecord[]>();
  for (const record of records) {
    const list = byFile.get(record.source.file) ?? [];
    list.push(record);
    byFile.set(record.source.file, list);
  }
  const documents = new Map<string, DocumentTags>();
  for (const [file, list] of byFile) {
    const text = list.map((r) => [r.axis, r.group, r.text, r.details].filter(Boolean).join('\n')).join('\n\n');
    documents.set(file, { resolutions: tagger.readDocument(text, false).resolutions, dispositifs: [] });
  }
  // What the documents listed before (their prose), read before the records are re-tagged in place.
  const named = new Map<string, Set<string>>();
  for (const record of records) {
    const set = named.get(record.source.file) ?? new Set<string>();
    for (const code of record.document?.dispositifs ?? []) set.add(code);
    named.set(record.source.file, set);
  }
  const tagged = records.map((record) => tagRecord(tagger, record, documents.get(record.source.file)!));
  for (const record of tagged) for (const code of record.dispositifs ?? []) named.get(record.source.file)!.add(code);
  const lists = new Map([...named].map(([file, set]) => [file, [...set]]));
  for (const record of tagged) record.document = { ...record.document!, dispositifs: lists.get(record.source.file)! };
  return tagged;
}
