/** The warning for a territory named in a document that resolves to no place, or to several. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';

/** Builds the warning; `reason` explains an invalid code. */
export function territoryWarning(
  file: string,
  value: string,
  status: 'unknown' | 'ambiguous' | 'invalid',
  line: number | null,
  column: number | null,
  reason?: string,
): Diagnostic {
  const message =
    status === 'ambiguous'
      ? `Territory "${value}" names several places; give its INSEE code (commune:XXXXX) or the département`
      : status === 'invalid'
        ? `Territory "${value}" is not valid: ${reason ?? 'unknown code'}`
        : `Territory "${value}" matches no commune, département or région; check its spelling, or give its INSEE code (55, 2A, 55502)`;
  return diagnostic(file, 'warning', status === 'ambiguous' ? 'territory-ambiguous' : 'territory-unknown', message, line, column);
}
