/**
 * Validate stage: checks NDJSON or JSON text against a schema and reports each problem
 * with its line and column. Pure functions over text; the CLI feeds them lines.
 */
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseDocument } from 'yaml';
import { locate } from './locate.js';
import type { Validate } from './validator.js';

export interface CheckedValue {
  value: unknown;
  valid: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Parses and validates one YAML document (JSON is YAML). Scalars stay strings (failsafe
 * schema), which is what ids are; nothing in the text is ever turned into code.
 */
export function checkYaml(file: string, text: string, validate: Validate): CheckedValue {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true });
  if (doc.errors.length) {
    const diagnostics = doc.errors.map((error) => {
      const pos = error.linePos?.[0];
      return diagnostic(file, 'error', 'yaml-invalid', `Not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; fix the file at this line`, pos?.line ?? 1, pos?.col ?? 1);
    });
    return { value: undefined, valid: false, diagnostics };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const diagnostics = validate(value).map((v) => {
    const at = locate(text, v.pointer);
    return diagnostic(file, 'error', v.rule, v.message, at.line, at.column);
  }).sort(compareDiagnostics);
  return { value, valid: diagnostics.length === 0, diagnostics };
}

/** Parses and validates one JSON text standing at `line` of `file`. */
export function checkJson(file: string, text: string, line: number, validate: Validate): CheckedValue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line: at, column } = jsonErrorPosition(text, error as Error);
    const reason = (error as Error).message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
    return { value: undefined, valid: false, diagnostics: [diagnostic(file, 'error', 'json-invalid', `Not valid JSON: ${reason}; each line must be one whole JSON record, as recolte parse writes them`, line + at - 1, column)] };
  }
  const violations = validate(value);
  const diagnostics = violations.map((v) => {
    const at = locate(text, v.pointer);
    return diagnostic(file, 'error', v.rule, v.message, line + at.line - 1, at.column);
  }).sort(compareDiagnostics);
  return { value, valid: violations.length === 0, diagnostics };
}

/** Where JSON.parse stopped, from the "at position N" in its message (V8), else the start. */
function jsonErrorPosition(text: string, error: Error): { line: number; column: number } {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return { line: 1, column: 1 };
  const before = text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Tracks record ids across files: duplicates are errors, parents that name no record are warnings. */
export class IdRegistry {
  private readonly ids = new Map<string, string>();
  private readonly parents: { parent: string; file: string; line: number }[] = [];

  /** Registers a valid record; returns an error diagnostic when its id was already used. */
  add(record: { id: string; parent?: string | null }, file: string, line: number): Diagnostic | null {
    if (record.parent) this.parents.push({ parent: record.parent, file, line });
    const previous = this.ids.get(record.id);
    if (previous !== undefined) {
      return diagnostic(file, 'error', 'duplicate-id', `Record id "${record.id}" is already used at ${previous}; each record needs its own id: was a document parsed twice?`, line, 1);
    }
    this.ids.set(record.id, `${file}:${line}`);
    return null;
  }

  /** Warnings for parents that are not among the registered ids. */
  unknownParents(): Diagnostic[] {
    return this.parents
      .filter(({ parent }) => !this.ids.has(parent))
      .map(({ parent, file, line }) =>
        diagnostic(file, 'warning', 'parent-unknown', `parent "${parent}" is not the id of any record in these files; check them together with the file that holds it`, line, 1),
      );
  }
}
