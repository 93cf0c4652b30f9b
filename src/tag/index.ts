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

/** The tagger for these sources, compiled once per process. */
export function taggerFor(sources: VocabularySources = builtinSources()): Tagger {
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
  dispositifs: string[];
}

/** Reads a whole document's text for what its records' tags depend on. */
export function tagDocument(tagger: Tagger, text: string): DocumentTags {
  return tagger.readDocument(text);
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
  const { dispositifs: _d, themes: _t, mentions: _m, ...rest } = record;
  const info = record.document ?? { title: null, date: null, participants: null };
  return {
    ...rest,
    document: { title: info.title ?? null, date: info.date ?? null, participants: info.participants ?? null, ...(extra.hash ?? info.hash ? { hash: extra.hash ?? info.hash } : {}), dispositifs: document.dispositifs },
    dispositifs: tags.dispositifs,
    themes: tags.themes,
    mentions: tags.mentions,
  };
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
    const resolutions = tagger.resolutions(text);
    documents.set(file, { resolutions, dispositifs: [] });
  }
  const tagged = records.map((record) => tagRecord(tagger, record, documents.get(record.source.file)!));
  const named = new Map<string, Set<string>>();
  for (const [i, record] of tagged.entries()) {
    const set = named.get(record.source.file) ?? new Set(records[i]!.document?.dispositifs ?? []);
    for (const code of record.dispositifs ?? []) set.add(code);
    named.set(record.source.file, set);
  }
  for (const record of tagged) record.document!.dispositifs = [...named.get(record.source.file)!];
  return tagged;
}
