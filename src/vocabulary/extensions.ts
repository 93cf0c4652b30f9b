/**
 * A project's own wording (config `vocabulary.cues`, `chrome`, `forms`), beside the built-in
 * French: phrases that make a sentence an item, lines that are its site's furniture, first
 * words that tell an action or a lack. Users write literal words: they are escaped, folded and
 * matched as whole words, never run as regular expressions. A parse selects them once, before
 * it starts, like the headings of `useHeadingExtensions`.
 */
import { escapeRegExp as escape } from '../text/regexp.js';
import { fold } from '../text/fold.js';
import type { Kind } from '../types/record.js';
import type { VocabularyConfig } from '../types/config.js';

interface Compiled {
  cues: { kind: Kind; regex: RegExp }[];
  chrome: Set<string>;
  actions: RegExp | null;
  lacks: RegExp | null;
}

const NONE: Compiled = { cues: [], chrome: new Set(), actions: null, lacks: null };
let current: Compiled = NONE;
let currentKey = '';
let version = 0;

/** Changes whenever the project's vocabulary does, for the caches that depend on it. */
export function vocabularyVersion(): number {
  return version;
}

/** A literal phrase as a regex source over folded text: any run of spaces between its words. */
const phrase = (text: string): string => fold(text).split(' ').map(escape).join('\\s+');
const wholeLine = (text: string): string => fold(text).replace(/(?<![\s.:;!?…])[\s.:;!?…]+$/u, '');
const openers = (list: readonly string[] | undefined): RegExp | null =>
  list?.length ? new RegExp(`^(?:${list.map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;

/** Uses a project's vocabulary from now on; none (or the same again) costs nothing. */
export function useVocabulary(vocabulary: Pick<VocabularyConfig, 'cues' | 'chrome' | 'forms'> = {}): void {
  const key = JSON.stringify([vocabulary.cues ?? {}, vocabulary.chrome ?? [], vocabulary.forms ?? {}]);
  if (key === currentKey) return;
  currentKey = key;
  version++;
  current = {
    cues: Object.entries(vocabulary.cues ?? {})
      .filter(([text]) => fold(text))
      .map(([text, kind]) => ({ kind, regex: new RegExp(`(?<![\\p{L}\\p{N}])${phrase(text)}(?![\\p{L}\\p{N}])`, 'u') })),
    chrome: new Set((vocabulary.chrome ?? []).map(wholeLine).filter(Boolean)),
    actions: openers(vocabulary.forms?.actions),
    lacks: openers(vocabulary.forms?.lacks),
  };
}

/** The kind a project's cue phrase gives a folded sentence, or null. */
export function projectCueKind(folded: string): Kind | null {
  return current.cues.find(({ regex }) => regex.test(folded))?.kind ?? null;
}

/** True for a line the project names as its site's furniture. */
export function isProjectChrome(text: string): boolean {
  return current.chrome.size > 0 && current.chrome.has(wholeLine(text));
}

/** What a project's first words say of a list item: an action, a lack, or nothing. */
export function projectForm(text: string): 'action' | 'lack' | null {
  const folded = fold(text).replace(/^[^\p{L}\p{N}]+/u, '');
  if (current.lacks?.test(folded)) return 'lack';
  if (current.actions?.test(folded)) return 'action';
  return null;
}
