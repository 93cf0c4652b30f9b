/**
 * A compiled vocabulary: finds the dispositifs a text names and the themes it is about.
 * Names are matched as NameMatcher does; acronyms in capitals only, where their context
 * words stand nearby, never after a company's name ("Dupont SAS") nor inside a look-alike
 * ("un SAS d'entrée"); an ambiguous acronym only where the document or the project says
 * which dispositif it is.
 */
import type { Mention } from '../types/record.js';
import { coverage, NameMatcher, type NameMatch } from './matcher.js';
import { tokenize, type Token } from './tokens.js';
import type { TagVocabulary } from './vocabulary.js';

/** The words around an acronym that can vouch for it. */
export interface Context {
  stems: ReadonlySet<string>;
  /** Dispositif acronyms present: in a list of them, each vouches for the others. */
  acronyms: ReadonlySet<string>;
}

/** A dispositif named in a text, with its span. */
export interface Found {
  code: string;
  start: number;
  end: number;
}

/** One text of a record to tag, and what to call it in mentions. */
export interface TagField {
  field: Mention['field'] | 'axis' | 'group';
  text: string;
}

export interface RecordTags {
  dispositifs: string[];
  themes: string[];
  mentions: Mention[];
}

/**
 * How a document spells out acronyms: "MDS" → "MSP" for an ambiguous one, null for one it
 * defines as something else ("contrat local de sécurité (CLS)").
 */
export type Resolutions = ReadonlyMap<string, string | null>;

/** Marks a weak theme word's code in the theme matcher. */
const WEAK = '~';
/** A run of capitals: where an acronym may stand. */
const CAPITALS = /\p{Lu}[\p{Lu}\d]+s?/gu;
/** Characters read on each side of an acronym to see whether the document spells it out. */
const WINDOW = 120;
/** A paragraph longer than this is read line by line for context (a table's rows). */
const LONG_PART = 20_000;

/** Tokens this close to an ambiguous acronym may spell it out: "maisons de santé (MDS/MSP)". */
const SPELLED_OUT_WITHIN = 4;

export class Tagger {
  private readonly names: NameMatcher;
  /** Theme words, and weak ones under a code marked "~" ("~ACCES_MEDECIN"), in one pass. */
  private readonly themeWords: NameMatcher;
  private readonly acronyms = new Map<string, string>();
  private readonly context = new Map<string, string[][]>();
  private readonly themesOf = new Map<string, string[]>();
  private readonly themeOrder: Map<string, number>;
  private readonly unless: Map<string, string[]>;

  constructor(private readonly vocabulary: TagVocabulary) {
    this.names = new NameMatcher(
      vocabulary.dispositifs.flatMap((d) => [...d.names.map((phrase) => ({ code: d.code, phrase })), ...d.not.map((phrase) => ({ code: null, phrase }))]),
    );
    const notThemes = vocabulary.themes.flatMap((t) => t.not.map((phrase) => ({ code: null, phrase, owner: t.code })));
    this.themeWords = new NameMatcher(
      [...vocabulary.themes.flatMap((t) => [...t.words.map((phrase) => ({ code: t.code, phrase })), ...t.weak.map((phrase) => ({ code: `${WEAK}${t.code}`, phrase }))]), ...notThemes],
      false,
      true,
    );
    for (const d of vocabulary.dispositifs) {
      for (const acronym of d.acronyms) if (!vocabulary.ambiguous.has(acronym)) this.acronyms.set(acronym, d.code);
      if (d.context.length) this.context.set(d.code, d.context.map((word) => tokenize(word).map((t) => t.stem)));
      this.themesOf.set(d.code, d.themes);
    }
    this.themeOrder = new Map(vocabulary.themes.map((t, i) => [t.code, i]));
    this.unless = new Map(vocabulary.themes.map((t) => [t.code, t.unless]));
  }

  /**
   * A whole document read once: the acronyms it spells out, and every dispositif it names,
   * its context read paragraph by paragraph (a whole report always says "soins" somewhere).
   */
  readDocument(text: string, named = true): { resolutions: Map<string, string | null>; dispositifs: string[] | null } {
    // An acronym is spelled out beside itself: only the words around each one are read for
    // that, so that a table of a million rows is not held as words all at once.
    const resolutions = new Map<string, string | null>();
    for (const match of text.matchAll(CAPITALS)) {
      const raw = match[0];
      const acronym = this.acronyms.has(raw) || this.vocabulary.ambiguous.has(raw) ? raw : raw.endsWith('s') ? raw.slice(0, -1) : null;
      if (!acronym || resolutions.has(acronym) || !(this.acronyms.has(acronym) || this.vocabulary.ambiguous.has(acronym))) continue;
      const tokens = tokenize(text.slice(Math.max(0, match.index - WINDOW), match.index + raw.length + WINDOW));
      this.resolveInto(resolutions, tokens, this.names.find(tokens));
    }
    for (const [acronym, code] of this.vocabulary.resolved) resolutions.set(acronym, code);
    if (!named) return { resolutions, dispositifs: null };
    const codes = new Set<string>();
    for (const part of contextParts(text)) {
      const tokens = tokenize(part);
      for (const found of this.dispositifsIn(tokens, this.contextOf(tokens), resolutions)) codes.add(found.code);
    }
    return { resolutions, dispositifs: [...codes] };
  }

  /** Adds what these words spell out to `resolved`; the first decision about an acronym stands. */
  private resolveInto(resolved: Map<string, string | null>, tokens: readonly Token[], names: readonly NameMatch[]): void {
    const at = coverage(names);
    for (const [i, token] of tokens.entries()) {
      const known = this.acronyms.get(token.raw);
      const candidates = this.vocabulary.ambiguous.get(token.raw) ?? (known ? [known] : null);
      if (!candidates || resolved.has(token.raw)) continue;
      if (definedOtherwise(tokens, i, at, candidates)) {
        resolved.set(token.raw, null);
        continue;
      }
      if (known) continue;
      const near = (code: string): boolean => {
        for (let j = Math.max(0, i - SPELLED_OUT_WITHIN); j <= i + SPELLED_OUT_WITHIN; j++) if (at.get(j)?.code === code) return true;
        return tokens.slice(Math.max(0, i - 2), i + 3).some((t) => t !== token && this.acronyms.get(t.raw) === code);
      };
      const said = candidates.filter(near);
      if (said.length === 1) resolved.set(token.raw, said[0]!);
    }
  }

  /** The dispositifs named in one text's tokens, in order, with their spans. */
  dispositifsIn(tokens: readonly Token[], context: Context | (() => Context), resolutions: Resolutions, known?: readonly NameMatch[]): Found[] {
    const names = known ?? this.names.find(tokens);
    const found: Found[] = names.filter((n): n is NameMatch & { code: string } => n.code !== null).map(({ code, start, end }) => ({ code, start, end }));
    const at = coverage(names);
    for (const [i, token] of tokens.entries()) {
      const code = this.acronymCode(token.raw, resolutions);
      if (!code || at.has(i)) continue;
      if (this.isCompanyName(tokens, i)) continue;
      if (this.context.has(code) && !this.hasContext(code, typeof context === 'function' ? context() : context, token)) continue;
      found.push({ code, start: token.start, end: token.end });
    }
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Tags a record from its fields: dispositifs and mentions from text and details, themes from all. */
  tag(fields: readonly TagField[], resolutions: Resolutions): RecordTags {
    const tokenized = fields.map((f) => ({ ...f, tokens: tokenize(f.text) }));
    let context: Context | null = null;
    const contextFor = (): Context => (context ??= this.contextOf(tokenized.flatMap((f) => f.tokens)));
    const mentions: Mention[] = [];
    const themes = new Set<string>();
    const weak = new Set<string>();
    for (const { field, tokens } of tokenized) {
      if (field === 'text' || field === 'details') {
        for (const found of this.dispositifsIn(tokens, contextFor, resolutions)) mentions.push({ code: found.code, field, start: found.start, end: found.end });
      }
      // A description runs over many subjects in passing: there a theme needs two of its words.
      const needed = field === 'details' ? 2 : 1;
      const hits = new Map<string, number>();
      for (const { code } of this.themeWords.find(tokens)) {
        if (!code) continue;
        if (code.startsWith(WEAK)) {
          if (field !== 'details') weak.add(code.slice(WEAK.length));
        } else hits.set(code, (hits.get(code) ?? 0) + 1);
      }
      for (const [code, count] of hits) if (count >= needed) themes.add(code);
    }
    const dispositifs = [...new Set(mentions.map((m) => m.code))];
    for (const code of dispositifs) for (const theme of this.themesOf.get(code) ?? []) themes.add(theme);
    // Weak words count only where the strong ones found none of the themes that overrule them.
    const strong = [...themes];
    for (const code of weak) if (!this.unless.get(code)?.some((other) => strong.includes(other))) themes.add(code);
    return { dispositifs, themes: [...themes].sort((a, b) => this.themeOrder.get(a)! - this.themeOrder.get(b)!), mentions };
  }

  private acronymCode(raw: string, resolutions: Resolutions): string | undefined {
    const code = (acronym: string): string | undefined => {
      const resolved = resolutions.get(acronym);
      if (resolved === null) return undefined;
      return resolved ?? this.acronyms.get(acronym);
    };
    const exact = code(raw);
    if (exact) return exact;
    // "des MSPs": a plural s after the capitals.
    if (raw.length > 2 && raw.endsWith('s') && raw.slice(0, -1) === raw.slice(0, -1).toUpperCase()) return code(raw.slice(0, -1));
    // "les cpts": a long acronym that needs no context, typed in lower case.
    if (raw.length >= 4 && raw === raw.toLowerCase()) {
      const upper = raw.toUpperCase();
      const found = code(upper);
      if (found && !this.context.has(found) && !this.vocabulary.ambiguous.has(upper)) return found;
    }
    return undefined;
  }

  /** "Dupont SAS", "la société Martin SARL": a legal form after a capitalised name. */
  private isCompanyName(tokens: readonly Token[], i: number): boolean {
    const token = tokens[i]!;
    if (!this.vocabulary.legalForms.has(token.raw)) return false;
    const before = tokens[i - 1];
    return !!before && !token.barrierBefore && !before.sentenceStart && /^\p{Lu}\p{Ll}/u.test(before.raw);
  }

  /** What an acronym's context is read from: the stems and the dispositif acronyms of a record or paragraph. */
  contextOf(tokens: readonly Token[]): Context {
    const acronyms = new Set<string>();
    for (const t of tokens) if (this.acronyms.has(t.raw)) acronyms.add(t.raw);
    return { stems: new Set(tokens.map((t) => t.stem)), acronyms };
  }

  /** An acronym with context words counts only where one of them stands in the record's texts. */
  private hasContext(code: string, context: Context, self: Token): boolean {
    const words = this.context.get(code);
    if (!words) return true;
    // In a list of dispositifs ("CLS, CPTS, ESP, DAC"), the others are the context.
    for (const acronym of context.acronyms) if (acronym !== self.raw) return true;
    return words.some((stems) => stems.every((s) => s !== self.stem && context.stems.has(s)));
  }
}

/**
 * True when the acronym at token i is defined in brackets as something none of its dispositifs
 * is: after words whose initials spell it, "contrat local de sécurité (CLS)", "centre
 * médico-social (CMS)"; or before them, "la ZIP (zone industrialo-portuaire)".
 */
function definedOtherwise(tokens: readonly Token[], i: number, at: ReadonlyMap<number, NameMatch>, candidates: readonly string[]): boolean {
  const token = tokens[i]!;
  const acronym = token.raw.toLowerCase();
  const span = acronym.length * 2;
  const names = (j: number): boolean => {
    const name = at.get(j);
    return !!name && name.code !== null && candidates.includes(name.code);
  };
  const initials = (list: readonly Token[]): string => list.map((t) => t.folded[0]).join('');
  const spells = (words: readonly Token[], end: boolean): boolean => {
    const content = words.filter((t) => !t.functionWord && t.folded !== 'et');
    return [initials(content), initials(words)].some((text) => (end ? text.endsWith(acronym) : text.startsWith(acronym)));
  };
  if (token.bracketBefore && i > 0 && !names(i - 1) && spells(tokens.slice(Math.max(0, i - span), i), true)) return true;
  const next = tokens[i + 1];
  return !!next?.bracketBefore && !names(i + 1) && spells(tokens.slice(i + 1, i + 1 + span), false);
}

/** The parts of a document whose words vouch for its acronyms: paragraphs, or the lines of a long one. */
function* contextParts(text: string): Generator<string> {
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (paragraph.length <= LONG_PART) yield paragraph;
    else yield* paragraph.split('\n');
  }
}
