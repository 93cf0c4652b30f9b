/**
 * A social network's comment thread pasted as text: an author's name, the comment, then a line
 * of reactions ("2 j · J'aime · Répondre · 18"). Each comment on the subject is a remark, a
 * question or what its sentences propose; the names and the reaction lines are furniture, and
 * small talk (thanks, a friend tagged, the next jumble sale) is no record.
 */
import { fold } from '../text/fold.js';
import type { Kind } from '../types/record.js';
import { CARE_WORDS, COMMENT_ACTIONS, COMMENT_TIME_UNITS, REPLY_OPENERS, THANKS_WORDS } from '../vocabulary/fr-prose.js';
import { foldedWords as words } from '../text/regexp.js';
import type { Unit } from './units.js';

export type ThreadRole = 'author' | 'reactions' | 'comment';

const TIME = new RegExp(`^\\d+\\s*${words(COMMENT_TIME_UNITS)}$`);
const ACTION = new RegExp(`^${words(COMMENT_ACTIONS)}$`);
const CARE = new RegExp(`(?<![\\p{L}])${words(CARE_WORDS)}s?(?![\\p{L}])`, 'u');
const REPLY = new RegExp(`^${words(REPLY_OPENERS)}(?![\\p{L}])`, 'u');
const THANKS = new RegExp(`(?<![\\p{L}])${words(THANKS_WORDS)}(?![\\p{L}])`, 'u');
/** A comment worth a record says something: a few words at least. */
const MIN_COMMENT_WORDS = 6;
/** An author's line: a name of a few words, perhaps "· Auteur" after it. */
const MAX_AUTHOR_WORDS = 6;
/** A thread has several comments: one line of reactions may be a page's own. */
const MIN_COMMENTS = 2;

/** "2 j · J'aime · Répondre · 18": a time, then actions (and counts). */
function isReactionLine(text: string): boolean {
  const parts = fold(text).split(/(?:(?<!\s)\s+)?[·•|]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  const actions = parts.filter((p) => ACTION.test(p)).length;
  return actions >= 1 && parts.every((p) => ACTION.test(p) || TIME.test(p) || /^\d+$/.test(p)) && (TIME.test(parts[0]!) || actions >= 2);
}

function isAuthorLine(unit: Unit): boolean {
  const name = unit.text.split(/(?:(?<!\s)\s+)?[·•]\s*/)[0]!.trim();
  const words = name.split(/\s+/);
  // "Mairie de La Ferrière-aux-Étangs · Auteur": a page's name may hold particles.
  const named = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|la|le|les|sur|en|et|[dl]['’]\p{Lu}.*)$/u.test(w));
  return unit.type === 'line' && words.length <= MAX_AUTHOR_WORDS && /^\p{Lu}/u.test(name) && named && !/[.!?:]$/.test(name);
}

/** The role of each unit that belongs to a comment thread, by index. */
export function commentThreads(units: readonly Unit[]): Map<number, ThreadRole> {
  const roles = new Map<number, ThreadRole>();
  let comments = 0;
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.type !== 'line' || !isReactionLine(units[i]!.text)) continue;
    // Back from the reactions to the author's name: what lies between is the comment.
    let start = i - 1;
    while (start >= 0 && !roles.has(start) && !isAuthorLine(units[start]!) && i - start <= 4) start--;
    if (start < 0 || roles.has(start) || !isAuthorLine(units[start]!) || start === i - 1) continue;
    roles.set(start, 'author');
    for (let j = start + 1; j < i; j++) roles.set(j, 'comment');
    roles.set(i, 'reactions');
    comments++;
  }
  return comments >= MIN_COMMENTS ? roles : new Map();
}

/**
 * The kind a comment gives as a whole when none of its sentences gives one: a question if it
 * asks one, else a remark; null for small talk or a comment off the subject.
 */
export function commentKind(text: string): Kind | null {
  const f = fold(text.trim());
  if (f.split(/\s+/).length < MIN_COMMENT_WORDS || !CARE.test(f) || REPLY.test(f) || THANKS.test(f)) return null;
  return /\?\s*$/.test(f) ? 'question' : 'observation';
}
