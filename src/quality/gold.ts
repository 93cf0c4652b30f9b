/** Reads the gold files of a corpus folder (fixtures/real/ANNOTATION.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Kind } from '../types/record.js';
import type { GoldRecord } from './parse-score.js';

/** One annotated document. */
export interface GoldFile {
  /** Path of the gold file. */
  path: string;
  /** The document scored, as a path beside the gold file. */
  file: string;
  /** Other formats of the same document, which must give the same records. */
  variants: string[];
  source: string | null;
  layout: string | null;
  records: GoldRecord[];
}

const KINDS = new Set<Kind>(['proposal', 'need', 'objective', 'first_step', 'pitfall', 'lever', 'good_practice', 'finding', 'experiment', 'initiative', 'question', 'observation']);

/** Every `*.gold.yaml` of a folder, sorted by name; a malformed one throws, naming it. */
export function readGoldFolder(folder: string): GoldFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.gold.yaml'))
    .sort()
    .map((name) => readGold(join(folder, name)));
}

/** One gold file, checked: known kinds, texts present, parents naming a gold text. */
export function readGold(path: string): GoldFile {
  const fail = (why: string): never => {
    throw new Error(`${path}: ${why}`);
  };
  let data: Record<string, unknown> | null = null;
  try {
    data = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  } catch (error) {
    fail(`not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!data || typeof data.file !== 'string') return fail('no "file"');
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const records = (Array.isArray(data.records) ? data.records : []).map((raw: unknown, i): GoldRecord => {
    const r = raw as Record<string, unknown>;
    if (!KINDS.has(r.kind as Kind)) fail(`record ${i + 1}: unknown kind "${String(r.kind)}"`);
    if (typeof r.text !== 'string' || !r.text.trim()) fail(`record ${i + 1}: no text`);
    const optional = (key: string): string | null => (r[key] === undefined || r[key] === null ? null : String(r[key]));
    return { kind: r.kind as Kind, text: String(r.text), axis: optional('axis'), parent: optional('parent'), territory: optional('territory') };
  });
  const texts = new Set(records.map((r) => r.text));
  for (const r of records) if (r.parent && !texts.has(r.parent)) fail(`parent "${r.parent.slice(0, 40)}" is not the text of a gold record`);
  const variants = Array.isArray(data.variants) ? data.variants.map((v) => folder + String(v)) : [];
  return {
    path,
    file: folder + data.file,
    variants,
    source: typeof data.source === 'string' ? data.source : null,
    layout: typeof data.layout === 'string' ? data.layout : null,
    records,
  };
}
