/**
 * Finds names in a text's words: each name is a sequence of stems, compared without articles
 * and prepositions, with one typo allowed in long words and a word cut by a hyphen joined
 * again. Overlapping finds keep the longest, so "maison médicale de garde" is not also a
 * "maison médicale", and a longer phrase marked as something else ("centre de santé
 * sexuelle") hides the name it starts with.
 */
import { fold } from '../text/fold.js';
import { stem, tokenize, type Token } from './tokens.js';

/** What a name stands for: a code, or nothing (a look-alike that hides a shorter name). */
export interface NamePattern {
  code: string | null;
  phrase: string;
}

interface Step {
  stem: string;
  folded: string;
  /** "psychiatr*": any word that begins so. */
  prefix: boolean;
}

interface Compiled {
  code: string | null;
  steps: Step[];
}

export interface NameMatch {
  code: string | null;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Words this long or longer may carry one typo. */
const FUZZY_LENGTH = 7;

export class NameMatcher {
  private readonly byStem = new Map<string, Compiled[]>();
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly prefixed: Compiled[] = [];
  private readonly near = new Map<string, readonly string[]>();

  /** `fuzzy`: allow one typo in long words (names of dispositifs); themes' common words do without. */
  constructor(
    patterns: readonly NamePattern[],
    private readonly fuzzy = true,
  ) {
    for (const pattern of patterns) {
      const steps = toSteps(pattern.phrase);
      if (!steps.length) continue;
      const compiled = { code: pattern.code, steps };
      const head = steps[0]!;
      if (head.prefix) {
        this.prefixed.push(compiled);
        continue;
      }
      const list = this.byStem.get(head.stem) ?? [];
      list.push(compiled);
      this.byStem.set(head.stem, list);
      if (fuzzy && head.stem.length >= FUZZY_LENGTH) for (const variant of [head.stem, ...deletions(head.stem)]) addTo(this.byDeletion, variant, head.stem);
    }
  }

  /** Every name found in the tokens, overlaps resolved (longest first, a code before a look-alike of equal length). */
  find(tokens: readonly Token[]): NameMatch[] {
    const found: NameMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.functionWord) continue;
      for (const candidate of this.candidates(tokens, i)) {
        const last = matchFrom(tokens, i, candidate.steps, this.fuzzy);
        if (last !== null) found.push({ code: candidate.code, first: i, last, start: token.start, end: tokens[last - 1]!.end });
      }
    }
    return resolveOverlaps(found);
  }

  private candidates(tokens: readonly Token[], i: number): Compiled[] {
    const token = tokens[i]!;
    const joined = joinedStem(tokens, i);
    const out: Compiled[] = [];
    for (const head of this.heads(token.stem)) {
      const list = this.byStem.get(head);
      if (list) out.push(...list);
    }
    if (joined) {
      for (const head of this.heads(joined)) {
        const list = this.byStem.get(head);
        if (list) out.push(...list);
      }
    }
    for (const compiled of this.prefixed) if (token.folded.startsWith(compiled.steps[0]!.folded)) out.push(compiled);
    return out;
  }

  /** The first words of names a word may be: itself, and those one typo away. Remembered per word. */
  private heads(stem: string): readonly string[] {
    if (!this.fuzzy || stem.length < FUZZY_LENGTH - 1) return [stem];
    let heads = this.near.get(stem);
    if (!heads) {
      const found = new Set<string>([stem]);
      for (const variant of [stem, ...deletions(stem)]) for (const near of this.byDeletion.get(variant) ?? []) if (withinOneEdit(stem, near)) found.add(near);
      heads = [...found];
      if (this.near.size >= 50_000) this.near.clear();
      this.near.set(stem, heads);
    }
    return heads;
  }
}

/** A name's steps: its words without articles and prepositions. */
function toSteps(phrase: string): Step[] {
  return tokenize(phrase)
    .filter((t) => !t.functionWord)
    .map((t) => ({ stem: t.stem, folded: t.folded, prefix: phrase[t.end] === '*' }));
}

/** Where a name that starts at token `first` ends (exclusive), or null when it does not match. */
function matchFrom(tokens: readonly Token[], first: number, steps: readonly Step[], fuzzy: boolean): number | null {
  let j = first;
  for (let k = 0; k < steps.length; k++) {
    if (k > 0) {
      // Articles and prepositions between the words of a name are passed over, a comma or a full stop never.
      while (j < tokens.length && tokens[j]!.functionWord && !tokens[j]!.barrierBefore) j++;
      if (j >= tokens.length || tokens[j]!.barrierBefore) return null;
    }
    const token = tokens[j];
    if (!token) return null;
    const step = steps[k]!;
    if (stepMatches(token.stem, token.folded, step, fuzzy)) {
      j++;
      continue;
    }
    const joined = joinedStem(tokens, j);
    if (joined !== null && stepMatches(joined, fold(token.raw + tokens[j + 1]!.raw), step, fuzzy)) {
      j += 2;
      continue;
    }
    return null;
  }
  return j;
}

function stepMatches(tokenStem: string, folded: string, step: Step, fuzzy: boolean): boolean {
  if (step.prefix) return folded.startsWith(step.folded);
  if (tokenStem === step.stem) return true;
  return fuzzy && step.stem.length >= FUZZY_LENGTH && tokenStem.length >= FUZZY_LENGTH - 1 && withinOneEdit(tokenStem, step.stem);
}

/** The stem of a word cut by a hyphen and the next one, joined: "mé-dicobus" → "medicobus". */
function joinedStem(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!token.hyphenAfter || !next) return null;
  return stem(fold(token.raw + next.raw));
}

/** Longest first; of equal lengths, a code before a look-alike, then the earlier. */
function resolveOverlaps(found: NameMatch[]): NameMatch[] {
  const order = [...found].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || b.end - b.start - (a.end - a.start) || Number(b.code !== null) - Number(a.code !== null) || a.first - b.first,
  );
  // Which tokens a kept name covers: a name spans a few tokens, so checking its range is cheap
  // where comparing it with every kept name made a 4 MB table quadratic.
  const covered = new Set<number>();
  const taken: NameMatch[] = [];
  for (const match of order) {
    let free = true;
    for (let i = match.first; i < match.last && free; i++) free = !covered.has(i);
    if (!free) continue;
    for (let i = match.first; i < match.last; i++) covered.add(i);
    taken.push(match);
  }
  return taken.sort((a, b) => a.first - b.first);
}

/** The name covering each token index, if any: names do not overlap once resolved. */
export function coverage(names: readonly NameMatch[]): Map<number, NameMatch> {
  const at = new Map<number, NameMatch>();
  for (const name of names) for (let i = name.first; i < name.last; i++) at.set(i, name);
  return at;
}

/** Every string with one character removed. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One insertion, deletion, substitution or swap of neighbours at most (Damerau). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
