/**
 * Reads records or clusters NDJSON, as `export`, `stats` and other commands take them: each
 * file holds one or the other, told apart by its first valid line (clusters have `members`).
 * Every line is checked against its schema; a bad line is an error naming the file and line,
 * and the rest is still read. Lines come one at a time, so memory does not grow with the input.
 */
import { diagnostic } from '../diagnostics.js';
import type { Cluster } from '../types/cluster.js';
import type { RecolteRecord } from '../types/record.js';
import type { CommandContext } from './context.js';
import { fileError, resolveInputs } from './inputs.js';
import { nonBlankLines } from './lines.js';

export type DocumentItem =
  | { type: 'record'; value: RecolteRecord; file: string; line: number }
  | { type: 'cluster'; value: Cluster; file: string; line: number };

/** The records and clusters of the inputs, in order; problems go to the reporter. */
export async function* readRecordsOrClusters(context: CommandContext, inputs: readonly string[]): AsyncGenerator<DocumentItem> {
  const [{ validatorFor }, { checkJson }] = await Promise.all([import('../validate/validator.js'), import('../validate/documents.js')]);
  const validators = { record: await validatorFor('record'), cluster: await validatorFor('cluster') };
  const { reporter } = context;
  const resolved = await resolveInputs(inputs, context.cwd, ['.ndjson', '.jsonl'], '<stdin>');
  resolved.diagnostics.forEach((d) => reporter.diagnostic(d));
  for (const input of resolved.files) {
    let type: 'record' | 'cluster' | null = null;
    try {
      for await (const { text, line } of nonBlankLines(input, context.stdin)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const looks = parsed !== null && typeof parsed === 'object' && Array.isArray((parsed as { members?: unknown }).members) ? 'cluster' : 'record';
        if (type !== null && looks !== type && parsed !== undefined) {
          reporter.diagnostic(diagnostic(input.name, 'error', 'mixed-input', `This file holds ${type}s, but this line is a ${looks}; it is skipped: give ${type}s and ${looks}s in separate files`, line, 1));
          continue;
        }
        const checked = checkJson(input.name, text, line, validators[type ?? looks]);
        checked.diagnostics.forEach((d) => reporter.diagnostic(d));
        if (!checked.valid) continue;
        type ??= looks;
        yield type === 'cluster'
          ? { type, value: checked.value as Cluster, file: input.name, line }
          : { type, value: checked.value as RecolteRecord, file: input.name, line };
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      reporter.diagnostic(fileError(input.name, error));
    }
  }
}
