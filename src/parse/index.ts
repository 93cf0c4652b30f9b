/** Parse stage: a decoded document in, records with their accounting and diagnostics out. */
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { SourceText } from '../ingest/document.js';
import { isBlank } from '../text/fold.js';
import type { RecolteRecord } from '../types/record.js';
import type { KindCounts, LineAccounting } from '../types/report.js';
import { runEngine } from './engine.js';
import type { Draft, LineClass } from './draft.js';
import { recordId } from './ids.js';
import { detectLayout } from './layout.js';
import { readMetadata } from './metadata.js';
import { toTrees } from './tree.js';
import { unclassifiedLine } from './unclassified.js';
import { toUnits } from './units.js';
import { useHeadingExtensions } from '../vocabulary/match.js';
import { useVocabulary } from '../vocabulary/extensions.js';
import { parseSpreadsheet } from './spreadsheet.js';
import { filterByEvidence, filteredLines } from './evidence.js';
import { territoryFromBody } from './body-territory.js';
import { FRANCE } from '../territory/data.js';
import { sectionPlaces } from './section-places.js';
import { applyStatusBadges } from './status.js';
import { settleByDescription } from './described.js';
import { fieldsFromDetails } from './detail-fields.js';
import { ownTerritories, recordsArea } from './record-territory.js';
import type { ParseOptions, ParseResult } from './result.js';

export type { ParseOptions, ParseResult } from './result.js';

/** Extensions read as tables of contributions, one per row. */
export const SPREADSHEET_EXTENSIONS = ['.csv', '.tsv', '.xlsx', '.ods'];

/** True for a file read as a table of contributions, one per row. */
export function isTable(file: string): boolean {
  const name = file.toLowerCase();
  return SPREADSHEET_EXTENSIONS.some((ext) => name.endsWith(ext));
}


/** Parses one ingested document into records. */
export function parseSource(source: SourceText, options: ParseOptions = {}): ParseResult {
  if (isTable(source.file)) {
    const result = parseSpreadsheet(source, options);
    if (source.sheet) for (const record of result.records) record.source.sheet = source.sheet;
    return source.lineMap ? toOriginalLines(result, source.lineMap, true) : result;
  }
  useHeadingExtensions(options.headings);
  useVocabulary(options.vocabulary);
  const units = toUnits(toTrees(source.text), source.lines);
  const meta = readMetadata(source.file, units, source.frontMatter, options.territory ?? null, source.context);
  const layout = options.layout ?? detectLayout(units, meta.titleIndex);
  const engine = runEngine({
    file: source.file,
    units,
    lines: source.lines,
    layout,
    titleIndex: meta.titleIndex,
    defaultKind: options.defaultKind ?? null,
    documentKind: meta.kind,
  });
  settleByDescription(engine.drafts);
  applyStatusBadges(engine.drafts, units);
  fieldsFromDetails(engine.drafts);
  // Places named in the body: the document's when nothing else names one, then each record's own.
  const placeDiagnostics = [...meta.diagnostics];
  // A document about a national plan, law or survey, that names no place, speaks for France
  // (the places around its records are examples: only its prose is read).
  const territory = meta.territory ?? territoryFromBody(source.file, units, engine.lineClass, meta.titleIndex, placeDiagnostics, meta.national ? [] : engine.drafts, meta.national) ?? (meta.national ? FRANCE : null);
  const own = ownTerritories(source.file, engine.drafts, territory, placeDiagnostics);
  // Still none: the département (or région) its records' own places share, when they name several.
  const shared = territory ?? recordsArea(own);
  const sectionPlace = sectionPlaces(units, engine.lineClass, shared);

  const ids = new Map<Draft, string>();
  const all = engine.drafts
    .map((draft): RecolteRecord => {
      const id = recordId(source.file, draft.line, draft.column, draft.text);
      ids.set(draft, id);
      return {
        id,
        kind: draft.kind,
        text: draft.text,
        details: draft.details.length ? draft.details.join('\n') : null,
        parent: draft.parent ? ids.get(draft.parent) ?? null : null,
        axis: draft.axis,
        group: draft.group,
        territory: draft.territory ?? own.get(draft) ?? sectionPlace(draft.line) ?? shared,
        evidence: draft.evidence,
        source: { file: source.file, line: draft.line, column: draft.column, endLine: draft.endLine },
        document: meta.info,
      };
    })
    .sort((a, b) => a.source.line - b.source.line || (a.source.column ?? 0) - (b.source.column ?? 0));

  const { kept: records, left } = options.evidence ? filterByEvidence(all, new Set(options.evidence)) : { kept: all, left: [] };
  const diagnostics = [...placeDiagnostics, ...engine.diagnostics];
  const lines = account(source, engine.lineClass, diagnostics, options.evidence ? filteredLines(records, left) : null);
  const kinds: KindCounts = {};
  for (const record of records) kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
  const result: ParseResult = { file: source.file, layout, records, kinds, lines, diagnostics: diagnostics.sort(compareDiagnostics) };
  return source.lineMap ? toOriginalLines(result, source.lineMap) : result;
}

/** Positions in a converted document (HTML, Word) moved back to the original's lines or paragraphs. */
function toOriginalLines(result: ParseResult, lineMap: readonly number[], keepColumns = false): ParseResult {
  const at = (line: number): number => lineMap[line - 1] ?? line;
  for (const record of result.records) {
    record.source = { ...record.source, line: at(record.source.line), column: keepColumns ? record.source.column : 1, endLine: at(record.source.endLine ?? record.source.line) };
  }
  for (const d of result.diagnostics) if (d.line !== null) Object.assign(d, { line: at(d.line), column: keepColumns ? d.column : 1 });
  return result;
}

/** Counts every non-blank line once; a line the engine never saw is unclassified, with a warning. */
function account(source: SourceText, classes: Map<number, LineClass>, diagnostics: Diagnostic[], filtered: ReadonlySet<number> | null): LineAccounting {
  const lines: LineAccounting = { nonBlank: 0, record: 0, heading: 0, prose: 0, chrome: 0, unclassified: 0, ...(filtered ? { filtered: 0 } : {}) };
  // A line left unread has its own warning (ingest/bounds.ts).
  const long = new Set(source.unreadLines);
  source.lines.forEach((text, i) => {
    if (isBlank(text)) return;
    lines.nonBlank++;
    const line = i + 1;
    let cls = line <= source.frontMatterLines ? 'chrome' : classes.get(line);
    if (!cls) {
      cls = 'unclassified';
      if (!long.has(line)) diagnostics.push(unclassifiedLine(source.file, null, text.trim().slice(0, 60), line, 1));
    }
    if (cls === 'record' && filtered?.has(line)) lines.filtered!++;
    else lines[cls]++;
  });
  return lines;
}
