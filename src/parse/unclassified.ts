/**
 * The warning for a line recolte could not place, and the way back from its message to the
 * line's own words: the report keeps only the message, and a reader wants the words.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { escapeRegExp } from '../text/regexp.js';

// The words sit between `: "` and the `"` that ends the message or comes before one of these
// two hints (reports of earlier versions have no hint), so a line holding quotes or `";` of
// its own is still read back whole.
const NOT_READ = 'Line not read as any part of the document';
const NO_SECTION = 'outside any section recolte recognises';
const CHECK_IT = 'check it by hand, and report it if it holds a contribution';
const ADD_HEADING = 'add a heading such as "Propositions :" or pass --kind';
const WORDS = new RegExp(`^(?:${escapeRegExp(NOT_READ)}|[^"]*? ${escapeRegExp(NO_SECTION)}): "(.*)"(?:; (?:${escapeRegExp(CHECK_IT)}|${escapeRegExp(ADD_HEADING)}))?$`, 's');

/**
 * The warning for an unplaced line: `what` ("List item", "Table row") when the engine saw it
 * as such but outside any section, null when no stage read it at all.
 */
export function unclassifiedLine(file: string, what: string | null, words: string, line: number, column: number): Diagnostic {
  const message = what === null ? `${NOT_READ}: "${words}"; ${CHECK_IT}` : `${what} ${NO_SECTION}: "${words}"; ${ADD_HEADING}`;
  return diagnostic(file, 'warning', 'unclassified-line', message, line, column);
}

/** The line's words quoted in an unclassified-line message, or null for a message of another form. */
export function unclassifiedWords(message: string): string | null {
  return WORDS.exec(message)?.[1] ?? null;
}
