/**
 * Front matter: found by gray-matter, parsed by `yaml` with the failsafe schema so that
 * codes like 01015 or 2A and dates stay strings. No front-matter language that runs code
 * is ever evaluated: gray-matter's JavaScript engine `eval`s by default, so it is replaced.
 */
import matter from 'gray-matter';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { fold } from '../text/fold.js';

/** What follows from invalid front matter, and what to do. */
const WITHOUT_FRONT_MATTER = 'the document is read without it: fix the YAML between the --- lines';

/** A front-matter value with the line it stands on. */
export interface FrontMatterValue {
  value: string;
  line: number;
}

export type TerritoryKey = 'territoire' | 'departement' | 'commune' | 'region';

/** Keys that say where the document comes from or who wrote it: the name of a place, a site or a body. */
export type PlaceKey = 'lieu' | 'site';

export interface FrontMatter {
  title: FrontMatterValue | null;
  date: FrontMatterValue | null;
  participants: FrontMatterValue | null;
  territory: (FrontMatterValue & { key: TerritoryKey }) | null;
  /** Values that may name the document's place ("lieu: Étiolles", "site: … , Besançon"), read when no territory key is given. */
  places: (FrontMatterValue & { key: PlaceKey })[];
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** Lines taken by the front matter block, fences included (0 when there is none). */
  lineCount: number;
  diagnostics: Diagnostic[];
}

const EMPTY: FrontMatter = { title: null, date: null, participants: null, territory: null, places: [] };

/** Accepted keys, folded, and the field each one fills. */
const KEYS: ReadonlyMap<string, Exclude<keyof FrontMatter, 'places'> | TerritoryKey | PlaceKey> = new Map([
  ['title', 'title'],
  ['titre', 'title'],
  ['date', 'date'],
  ['participants', 'participants'],
  ['nombre de participants', 'participants'],
  ['territoire', 'territoire'],
  ['territory', 'territoire'],
  ['departement', 'departement'],
  ['department', 'departement'],
  ['commune', 'commune'],
  ['region', 'region'],
  ['lieu', 'lieu'],
  ['ville', 'lieu'],
  ['localite', 'lieu'],
  ['location', 'lieu'],
  ['place', 'lieu'],
  ['site', 'site'],
  ['site_name', 'site'],
  ['organisation', 'site'],
  ['organisateur', 'site'],
  ['structure', 'site'],
  ['auteur', 'site'],
  ['author', 'site'],
  ['editeur', 'site'],
  ['publisher', 'site'],
]);

class RefusedEngine extends Error {}

const refuse = (): never => {
  throw new RefusedEngine();
};

interface ParsedYaml {
  document: Document;
  lines: LineCounter;
}

/** Reads the front matter at the start of `text`, if any. */
export function readFrontMatter(file: string, text: string): FrontMatterResult {
  // gray-matter takes a block that never closes to run to the end of the file; a lone
  // opening "---" is a thematic break, not front matter.
  const closing = /^---[a-zA-Z]*[ \t]*\n/.test(text) ? closingFenceLine(text) : 0;
  if (closing === 0) return { data: EMPTY, lineCount: 0, diagnostics: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (source: string): object => {
          const lines = new LineCounter();
          return { document: parseDocument(source, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true }), lines };
        },
        javascript: refuse,
        coffee: refuse,
      },
    });
  } catch (error) {
    const language = /^---\s*([^\s]*)/.exec(text)?.[1] ?? '';
    const message =
      error instanceof RefusedEngine
        ? `Front matter in "${language}" is code and was not run: recolte reads YAML front matter only; write it as YAML (key: value)`
        : `Front matter in "${language}" is not supported: recolte reads YAML front matter only`;
    return { data: EMPTY, lineCount: closing, diagnostics: [diagnostic(file, 'error', 'front-matter-language', message, 1, 1)] };
  }
  // gray-matter does not call the engine for an empty block.
  if (!('document' in parsed.data)) return { data: EMPTY, lineCount: closing, diagnostics: [] };
  return { ...collect(file, parsed.data as ParsedYaml), lineCount: closing };
}

/** Line of the closing fence; 0 when the block never closes. */
function closingFenceLine(text: string): number {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  return end < 0 ? 0 : end + 1;
}

function collect(file: string, { document, lines }: ParsedYaml): Omit<FrontMatterResult, 'lineCount'> {
  const diagnostics: Diagnostic[] = [];
  const data: FrontMatter = { ...EMPTY, places: [] };
  for (const error of document.errors) {
    const pos = error.linePos?.[0];
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The YAML library recurses over nesting: thousands of nested "[" overflow its stack.
    const reason = /Maximum call stack size exceeded/.test(first) ? 'nested too deeply to read' : first;
    diagnostics.push(
      diagnostic(file, 'error', 'front-matter-invalid', `Invalid front matter: ${reason}; ${WITHOUT_FRONT_MATTER}`, pos?.line ?? 1, pos?.col ?? 1),
    );
  }
  if (diagnostics.length || document.contents === null) return { data, diagnostics };
  if (!isMap(document.contents)) {
    diagnostics.push(diagnostic(file, 'error', 'front-matter-invalid', `Invalid front matter: expected "key: value" lines; ${WITHOUT_FRONT_MATTER}`, 2, 1));
    return { data, diagnostics };
  }
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const field = KEYS.get(fold(String(pair.key.value)));
    if (!field) continue;
    const line = lines.linePos(pair.key.range?.[0] ?? 0).line;
    // A site's or an author's name is a hint, not a field: a list or an empty value there is no error.
    if ((field === 'lieu' || field === 'site') && (!isScalar(pair.value) || String(pair.value.value).trim() === '')) continue;
    if (!isScalar(pair.value) || String(pair.value.value).trim() === '') {
      diagnostics.push(
        diagnostic(file, 'warning', 'front-matter-invalid', `Front matter "${String(pair.key.value)}" should be a single value; ignored`, line, 1),
      );
      continue;
    }
    const value = String(pair.value.value).trim();
    if (field === 'title' || field === 'date' || field === 'participants') data[field] = { value, line };
    else if (field === 'lieu' || field === 'site') data.places.push({ key: field, value, line });
    else data.territory = { key: field as TerritoryKey, value, line };
  }
  return { data, diagnostics };
}
