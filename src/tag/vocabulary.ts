/**
 * The tag vocabulary: vocabulary/dispositifs.fr.yaml and vocabulary/themes.fr.yaml, extended by
 * a project's own files (config `vocabulary.dispositifs`, `vocabulary.themes`). A project file
 * has the same form: a new code is added, a known code gains the names, acronyms, context
 * words and look-alikes given, and `acronyms` says what an ambiguous acronym means there.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DispositifInfo, TagCatalogue, ThemeInfo } from './catalogue.js';

/** A vocabulary file's text and the name errors call it by. */
export interface VocabularySource {
  file: string;
  text: string;
}

/** What the tagger is compiled from: the built-in files, then the project's, in order. */
export interface VocabularySources {
  dispositifs: VocabularySource[];
  themes: VocabularySource[];
}

export interface DispositifEntry extends DispositifInfo {
  names: string[];
  acronyms: string[];
  /** Words one of which must stand near an acronym for it to count; empty: none needed. */
  context: string[];
  not: string[];
}

export interface ThemeEntry extends ThemeInfo {
  words: string[];
  /**
   * Words that signal the theme only when the record is not already about one of `unless`:
   * "médecin" says access to a doctor, except in an item about training interns.
   */
  weak: string[];
  unless: string[];
  not: string[];
}

export interface TagVocabulary {
  dispositifs: DispositifEntry[];
  themes: ThemeEntry[];
  /** Acronyms that mean several dispositifs, with their candidate codes. */
  ambiguous: Map<string, string[]>;
  /** What an ambiguous acronym means in this project, whatever the document says. */
  resolved: Map<string, string>;
  /** Company legal forms: "SAS" after a name ("Dupont SAS") is a company, not a dispositif. */
  legalForms: Set<string>;
}

/** A vocabulary file that cannot be used, with the file and line of the problem. */
export class TagVocabularyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const CODE = /^[A-Z][A-Z0-9_]*$/;
const ACRONYM = /^[A-Z][A-Z0-9]*[A-Z0-9]$/;

/** The built-in files' texts. */
export function builtinSources(): VocabularySources {
  const read = (name: string): VocabularySource => ({ file: `vocabulary/${name}`, text: readFileSync(new URL(`../../vocabulary/${name}`, import.meta.url), 'utf8') });
  return { dispositifs: [read('dispositifs.fr.yaml')], themes: [read('themes.fr.yaml')] };
}

/** The built-in sources, then a project's files (absolute paths, shown as `shown` names). */
export function sourcesWith(project: { dispositifs?: { path: string; shown: string } | null; themes?: { path: string; shown: string } | null }): VocabularySources {
  const sources = builtinSources();
  const read = (file: { path: string; shown: string }): VocabularySource => {
    try {
      return { file: file.shown, text: readFileSync(file.path, 'utf8') };
    } catch (error) {
      throw new TagVocabularyError(file.shown, 1, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  };
  if (project.dispositifs) sources.dispositifs.push(read(project.dispositifs));
  if (project.themes) sources.themes.push(read(project.themes));
  return sources;
}

/** Reads and merges the sources; throws TagVocabularyError naming the file and line. */
export function readVocabulary(sources: VocabularySources): TagVocabulary {
  const vocabulary: TagVocabulary = { dispositifs: [], themes: [], ambiguous: new Map(), resolved: new Map(), legalForms: new Set(['SAS', 'SASU', 'SARL', 'SA', 'EURL', 'SCI', 'SCOP']) };
  for (const source of sources.dispositifs) readDispositifs(source, vocabulary);
  for (const source of sources.themes) readThemes(source, vocabulary);
  const codes = new Set(vocabulary.dispositifs.map((d) => d.code));
  const themes = new Set(vocabulary.themes.map((t) => t.code));
  for (const [acronym, candidates] of vocabulary.ambiguous) {
    for (const code of candidates) if (!codes.has(code)) throw new TagVocabularyError(sources.dispositifs.at(-1)!.file, 1, `ambiguous acronym ${acronym}: no dispositif has the code ${code}`);
  }
  for (const [acronym, code] of vocabulary.resolved) {
    if (!codes.has(code)) throw new TagVocabularyError(sources.dispositifs.at(-1)!.file, 1, `acronyms: ${acronym} means ${code}, but no dispositif has that code`);
  }
  for (const dispositif of vocabulary.dispositifs) {
    for (const theme of dispositif.themes) if (!themes.has(theme)) throw new TagVocabularyError(sources.dispositifs[0]!.file, 1, `dispositif ${dispositif.code}: unknown theme ${theme}`);
  }
  for (const theme of vocabulary.themes) {
    for (const other of theme.unless) if (!themes.has(other)) throw new TagVocabularyError(sources.themes[0]!.file, 1, `theme ${theme.code}: unless names an unknown theme ${other}`);
  }
  return vocabulary;
}

/** What exports need to know of the codes: names, descriptions, pages. */
export function catalogueOf(vocabulary: TagVocabulary): TagCatalogue {
  return {
    dispositifs: vocabulary.dispositifs.map(({ code, name, description, url, reference, themes }) => ({ code, name, description, url, reference: reference ?? null, themes: [...themes] })),
    themes: vocabulary.themes.map(({ code, name, description }) => ({ code, name, description })),
  };
}

/** The catalogue of the built-in vocabulary and, when given, a project's files. */
export function loadCatalogue(sources: VocabularySources = builtinSources()): TagCatalogue {
  return catalogueOf(readVocabulary(sources));
}

function readDispositifs(source: VocabularySource, vocabulary: TagVocabulary): void {
  const { root, lineOf } = load(source);
  const fail = (node: Node | null | undefined, reason: string): never => {
    throw new TagVocabularyError(source.file, lineOf(node), reason);
  };
  for (const key of Object.keys(root)) if (!['dispositifs', 'ambiguous', 'acronyms', 'legalForms'].includes(key)) fail(root[key]!.node, `unknown key "${key}": expected dispositifs, ambiguous, acronyms or legalForms`);
  for (const item of listOf(root.dispositifs, fail)) {
    const fields = mapOf(item, fail);
    for (const key of Object.keys(fields)) {
      if (!['code', 'name', 'description', 'reference', 'url', 'themes', 'names', 'acronyms', 'context', 'not'].includes(key)) fail(fields[key]!.node, `unknown key "${key}" in a dispositif`);
    }
    const code = stringOf(fields.code, fail, 'code');
    if (!CODE.test(code)) fail(fields.code!.node, `code "${code}" must be capitals, digits and underscores (MSP, SPORT_SANTE)`);
    const known = vocabulary.dispositifs.find((d) => d.code === code);
    const acronyms = stringsOf(fields.acronyms, fail);
    for (const [i, acronym] of acronyms.entries()) if (!ACRONYM.test(acronym)) fail(isSeq(fields.acronyms!.node) ? (fields.acronyms!.node.items[i] as Node) : fields.acronyms!.node, `acronym "${acronym}" must be capitals and digits, without spaces or hyphens (MSP, CPTS)`);
    const names = stringsOf(fields.names, fail);
    if (known) {
      known.names.push(...names);
      known.acronyms.push(...acronyms);
      known.context.push(...stringsOf(fields.context, fail));
      known.not.push(...stringsOf(fields.not, fail));
      known.themes.push(...stringsOf(fields.themes, fail).filter((t) => !known.themes.includes(t)));
      if (fields.name) known.name = stringOf(fields.name, fail, 'name');
      if (fields.description) known.description = stringOf(fields.description, fail, 'description');
      if (fields.url) known.url = stringOf(fields.url, fail, 'url');
      continue;
    }
    if (!fields.name) fail(item, `dispositif ${code} has no name`);
    if (!names.length && !acronyms.length) fail(item, `dispositif ${code} has neither names nor acronyms: nothing would ever tag it`);
    vocabulary.dispositifs.push({
      code,
      name: stringOf(fields.name, fail, 'name'),
      description: fields.description ? stringOf(fields.description, fail, 'description') : '',
      reference: fields.reference ? stringOf(fields.reference, fail, 'reference') : null,
      url: fields.url ? stringOf(fields.url, fail, 'url') : null,
      themes: stringsOf(fields.themes, fail),
      names,
      acronyms,
      context: stringsOf(fields.context, fail),
      not: stringsOf(fields.not, fail),
    });
  }
  for (const [acronym, value] of Object.entries(root.ambiguous ? mapOf(root.ambiguous.node, fail) : {})) vocabulary.ambiguous.set(acronym, stringsOf(value, fail));
  for (const [acronym, value] of Object.entries(root.acronyms ? mapOf(root.acronyms.node, fail) : {})) vocabulary.resolved.set(acronym, stringOf(value, fail, `acronyms.${acronym}`));
  if (root.legalForms) for (const form of stringsOf(root.legalForms, fail)) vocabulary.legalForms.add(form);
}

function readThemes(source: VocabularySource, vocabulary: TagVocabulary): void {
  const { root, lineOf } = load(source);
  const fail = (node: Node | null | undefined, reason: string): never => {
    throw new TagVocabularyError(source.file, lineOf(node), reason);
  };
  for (const key of Object.keys(root)) if (key !== 'themes') fail(root[key]!.node, `unknown key "${key}": expected themes`);
  for (const item of listOf(root.themes, fail)) {
    const fields = mapOf(item, fail);
    for (const key of Object.keys(fields)) if (!['code', 'name', 'description', 'words', 'weak', 'unless', 'not'].includes(key)) fail(fields[key]!.node, `unknown key "${key}" in a theme`);
    const code = stringOf(fields.code, fail, 'code');
    if (!CODE.test(code)) fail(fields.code!.node, `code "${code}" must be capitals, digits and underscores (SANTE_MENTALE)`);
    const known = vocabulary.themes.find((t) => t.code === code);
    const words = stringsOf(fields.words, fail);
    if (known) {
      known.words.push(...words);
      known.weak.push(...stringsOf(fields.weak, fail));
      known.unless.push(...stringsOf(fields.unless, fail).filter((t) => !known.unless.includes(t)));
      known.not.push(...stringsOf(fields.not, fail));
      if (fields.name) known.name = stringOf(fields.name, fail, 'name');
      if (fields.description) known.description = stringOf(fields.description, fail, 'description');
      continue;
    }
    if (!fields.name) fail(item, `theme ${code} has no name`);
    vocabulary.themes.push({
      code,
      name: stringOf(fields.name, fail, 'name'),
      description: fields.description ? stringOf(fields.description, fail, 'description') : '',
      words,
      weak: stringsOf(fields.weak, fail),
      unless: stringsOf(fields.unless, fail),
      not: stringsOf(fields.not, fail),
    });
  }
}

interface Field {
  node: Node;
}

type Fail = (node: Node | null | undefined, reason: string) => never;

/** Parses YAML in the failsafe schema: "01" or "2A" stay as written, nothing is evaluated. */
function load(source: VocabularySource): { root: Record<string, Field>; lineOf: (node: Node | null | undefined) => number } {
  const counter = new LineCounter();
  const document = parseDocument(source.text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const [error] = document.errors;
  if (error) throw new TagVocabularyError(source.file, error.linePos?.[0]?.line ?? 1, `not valid YAML: ${error.message.split('\n')[0]}`);
  if (document.contents === null) return { root: {}, lineOf };
  const fail: Fail = (node, reason) => {
    throw new TagVocabularyError(source.file, lineOf(node), reason);
  };
  const root = mapOf(document.contents as Node, fail);
  return { root, lineOf };
}

function mapOf(node: Node | null | undefined, fail: Fail): Record<string, Field> {
  if (!isMap(node)) return fail(node, 'expected a mapping of keys to values');
  const out: Record<string, Field> = Object.create(null) as Record<string, Field>;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!key || key === '__proto__' || key === 'constructor' || key === 'prototype') fail(pair.key as Node, `"${key}" cannot be a key`);
    out[key] = { node: (pair.value ?? pair.key) as Node };
  }
  return out;
}

function listOf(field: Field | undefined, fail: Fail): Node[] {
  if (!field) return [];
  if (!isSeq(field.node)) return fail(field.node, 'expected a list');
  return field.node.items as Node[];
}

function stringOf(field: Field | undefined, fail: Fail, what: string): string {
  const node = field?.node;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.value.trim()) return fail(node, `${what}: expected some text`);
  return node.value.trim();
}

function stringsOf(field: Field | undefined, fail: Fail): string[] {
  if (!field) return [];
  if (isScalar(field.node)) return [stringOf(field, fail, 'value')];
  return listOf(field, fail).map((node) => stringOf({ node }, fail, 'list item'));
}
