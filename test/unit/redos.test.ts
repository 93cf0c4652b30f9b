/**
 * No regular expression of recolte backtracks super-linearly (issue 14): a 10 MB line, a line
 * of a million `[` or `*`, parse in time linear in their size.
 *
 * What is checked: the literals of src/**\/*.ts, `/…/` and `new RegExp('…')`, found with the
 * TypeScript parser; and what is built at run time from the vocabulary's word lists and from a
 * config's own words, hostile-looking ones included: every module of src is imported and its
 * exports walked for RegExp values, and every RegExp that src constructs while the modules
 * load, a config is compiled and a few documents are parsed is recorded where it is built.
 *
 * The checker is recheck. The three candidates, on the code before this test (539 literals,
 * 2 cores):
 * - recheck: 59 flagged, each with an attack string; those timed in V8 at 50k characters took
 *   1.5 to 8 s and more (`[*:]+$`, `\s*:\s*$`, `<[^>]*>`), the exponential ones forever. Its
 *   automaton checker is exact and takes milliseconds; expressions with look-behinds or too
 *   large for it are fuzzed, which is slower (49 s for the literals, the vocabulary's
 *   25,000-character alternations of verb forms up to a minute each) and not exact: on long
 *   alternations its own backtracking machine reports attacks that V8 matches in linear time
 *   (each such verdict is timed on V8 below), and it missed `(?<=\S\s+)`, quadratic in V8
 *   (found by timing, fixed). Its binary ships in an npm package (recheck-linux-x64), nothing
 *   is downloaded at install or run time.
 * - redos-detector: 80 s and 2.8 GB for the same literals, 42 timeouts, 6 refused (`i` with
 *   `u`), and 59 flagged beyond recheck's that are linear (it counts possible backtracks:
 *   `\s+\S+` pairs and the like).
 * - safe-regex2 (star height): 30 ms, 59 flagged, most of them linear
 *   (`^commentaires?( \(\d+\))?$`), and none of the polynomial ones (`[*_]+$`, `<[^>]*>`).
 *
 * To stay near a minute, word lists longer than WORD_LIST alternatives are checked as a
 * skeleton (the words that can overlap, see `skeleton`) and the fuzzer's budget is cut;
 * RECOLTE_REDOS_FULL=1 gives recheck its own (several minutes). A canary test makes sure the
 * set-up still finds each kind of fault.
 *
 * ALLOWED lists verified false positives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { check, type AttackPattern, type Diagnostics, type Parameters } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

interface Found {
  source: string;
  flags: string;
  /** file:line, or module#export.path, of each place it comes from. */
  where: Set<string>;
}

/**
 * Verified false positives, by `/source/flags`, each with why it is linear. recheck's fuzzer
 * verdicts are first tried on V8 (below): only what both get wrong belongs here.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([]);

const key = (source: string, flags: string): string => `/${source}/${flags}`;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) yield path;
  }
}

const found = new Map<string, Found>();
function add(source: string, flags: string, where: string): void {
  const k = key(source, flags);
  const entry = found.get(k) ?? { source, flags, where: new Set<string>() };
  entry.where.add(where);
  found.set(k, entry);
}

/** `/…/flags`, `new RegExp('…', 'flags')` and `RegExp('…')` with literal strings, in every source file. */
function collectLiterals(): number {
  let count = 0;
  for (const path of sourceFiles(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node): string => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file);
        const slash = text.lastIndexOf('/');
        add(text.slice(1, slash), text.slice(slash + 1), at(node));
        count++;
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          const regex = new RegExp(pattern.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '');
          add(regex.source, regex.flags, at(node));
          count++;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return count;
}

/** Where in src a RegExp is being built: the first frame of the stack in a source file. */
function builder(): string | null {
  for (const frame of (new Error().stack ?? '').split('\n').slice(2)) {
    const m = /(?:file:\/\/)?(\/[^():]+\.ts):(\d+):\d+/.exec(frame);
    if (m && m[1]!.startsWith(SRC)) return `${relative(ROOT, m[1]!)}:${m[2]} (built)`;
  }
  return null;
}

/** RegExp values among a module's exports, however deep (arrays, objects, Maps, Sets). */
function walk(value: unknown, path: string, seen: Set<unknown>): void {
  if (value instanceof RegExp) {
    add(value.source, value.flags, path);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) for (const [k, v] of value) walk(v, `${path}.get(${String(k)})`, seen);
  else if (value instanceof Set || Array.isArray(value)) [...value].forEach((v, i) => walk(v, `${path}[${i}]`, seen));
  else if (Object.getPrototypeOf(value) === Object.prototype) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, seen);
}

/** Words a project may write in its config: literal text, never regular expressions. */
const HOSTILE = ['(a+)+$', '.*.*.*=.*', '(x|x)*y', '\\s*\\s*$', '[a-z]+[a-z]+!', 'a* a* a* b', "l'(a|b)+ ?", 'Freins identifiés'];
const HOSTILE_CONFIG = {
  headings: Object.fromEntries(HOSTILE.map((w) => [w, 'pitfall' as const])),
  vocabulary: {
    cues: Object.fromEntries(HOSTILE.map((w) => [w, 'proposal' as const])),
    chrome: HOSTILE,
    forms: { actions: HOSTILE, lacks: HOSTILE },
  },
};

const NativeRegExp = globalThis.RegExp;
let literals = 0;

beforeAll(async () => {
  literals = collectLiterals();
  // Record every RegExp src builds from now on: at module load, from a config, while parsing.
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      const where = builder();
      if (where) add(regex.source, regex.flags, where);
      return regex;
    },
    apply(target, self, args) {
      const regex = Reflect.apply(target, self, args) as RegExp;
      const where = builder();
      if (where) add(regex.source, regex.flags, where);
      return regex;
    },
  });
  try {
    for (const path of sourceFiles(SRC)) {
      // Worker entry points read their workerData as they load.
      if (path.endsWith('-worker.ts')) continue;
      const module = (await import(path)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) walk(value, `${relative(ROOT, path)}#${name}`, new Set());
    }
    const { parseText } = await import('../helpers/parse.js');
    const seeds = join(ROOT, 'fixtures/seeds');
    const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
    for (const options of [{}, HOSTILE_CONFIG]) {
      for (const text of texts) parseText('doc.md', text, options);
      parseText('table.csv', 'Type;Contribution;Commune\nproposition;Ouvrir une maison de santé;Stenay\n', options);
    }
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
}, 120_000);

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

type Piece = string | Group;
interface Group {
  open: string;
  alternatives: Piece[][];
}

/** The groups of a pattern's source, for rewriting its alternations; classes and escapes are kept whole. */
function parsePattern(source: string): Piece[][] {
  let i = 0;
  const sequence = (): Piece[][] => {
    const alternatives: Piece[][] = [[]];
    let text = '';
    const flush = (): void => {
      if (text) alternatives.at(-1)!.push(text);
      text = '';
    };
    while (i < source.length && source[i] !== ')') {
      const c = source[i]!;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '[') {
        const start = i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        text += source.slice(start, ++i);
      } else if (c === '|') {
        flush();
        alternatives.push([]);
        i++;
      } else if (c === '(') {
        flush();
        const open = /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(source.slice(i))![0];
        i += open.length;
        const inner = sequence();
        i++; // ")"
        alternatives.at(-1)!.push({ open, alternatives: inner });
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return alternatives;
  };
  return sequence();
}

const serialize = (alternatives: Piece[][]): string =>
  alternatives.map((pieces) => pieces.map((p) => (typeof p === 'string' ? p : `${p.open}${serialize(p.alternatives)})`)).join('')).join('|');

/** An alternation this long is a word list. */
const WORD_LIST = 24;

/**
 * The pattern with each word list cut down to the words that can overlap: the longest and
 * shortest, those written twice, those that begin another, and the words inside a phrase that
 * are words of the list themselves ("en" and "outre" beside "en outre"). recheck takes minutes
 * on the whole conjugation of a verb list; what makes an alternation backtrack is in these.
 */
function skeleton(source: string): { source: string; cut: number } {
  let cut = 0;
  const visit = (alternatives: Piece[][]): Piece[][] => {
    const walked = alternatives.map((pieces) => pieces.map((p) => (typeof p === 'string' ? p : { open: p.open, alternatives: visit(p.alternatives) })));
    if (walked.length <= WORD_LIST) return walked;
    const texts = walked.map((pieces) => serialize([pieces]));
    const keep = new Set<number>([...texts.keys()].filter((i) => i < 8 || i >= texts.length - 8));
    const seen = new Map<string, number>();
    texts.forEach((t, i) => {
      if (seen.has(t)) keep.add(i).add(seen.get(t)!);
      seen.set(t, i);
    });
    const sorted = [...texts.keys()].sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : 0));
    // A few words that begin another: conjugations are full of them, a sample says the same.
    let prefixes = 0;
    sorted.forEach((a, n) => {
      const b = sorted[n + 1];
      if (prefixes < 8 && b !== undefined && texts[b]!.startsWith(texts[a]!)) {
        keep.add(a).add(b);
        prefixes++;
      }
    });
    texts.forEach((t, i) => {
      for (const word of t.split(/ |\\s\+|\) \?/).slice(1)) {
        const other = seen.get(word);
        if (other !== undefined) keep.add(i).add(other);
      }
    });
    cut += walked.length - keep.size;
    return walked.filter((_, i) => keep.has(i));
  };
  return { source: serialize(visit(parsePattern(source))), cut };
}

/**
 * How long V8 takes to match each subject, in a worker ended after `limit` ms (Infinity then).
 * recheck's fuzzer measures steps in its own backtracking machine, which lacks V8's
 * optimisations: on long alternations of words it reports attacks that V8 matches in linear time.
 */
function v8Times(source: string, flags: string, subjects: string[], limit: number): Promise<number[]> {
  const worker = new Worker(
    `const { parentPort, workerData: { source, flags, subjects } } = require('node:worker_threads');
     const regex = new RegExp(source, flags);
     regex.exec(subjects[0].slice(0, 1)); // V8 compiles an expression on its first match
     parentPort.postMessage(subjects.map((subject) => {
       regex.lastIndex = 0;
       const start = performance.now();
       regex.exec(subject);
       return performance.now() - start;
     }));`,
    { eval: true, workerData: { source, flags, subjects } },
  );
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(subjects.map(() => Infinity))), limit);
    worker.once('message', (times: number[]) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(times));
    });
  });
}

/** The attack string with each pump repeated n times. */
const attackOf = (attack: AttackPattern, n: number): string =>
  attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, n + p.bias))).join('') + attack.suffix;

/**
 * A fuzzer's attack is real on Node when V8 takes long on it and more than linearly longer than
 * on an eighth of it: a linear match takes 8 times as long, a quadratic one 64.
 */
async function reproducedInV8(entry: Found, attack: AttackPattern): Promise<string | null> {
  const eighth = Math.max(1, Math.floor(attack.base / 8));
  const [whole, part] = await v8Times(entry.source, entry.flags, [attackOf(attack, attack.base), attackOf(attack, eighth)], 3_000);
  if (whole! >= 50 && whole! / Math.max(part!, 1) >= 20) return null;
  return `${whole!.toFixed(1)} ms in V8, ${part!.toFixed(1)} ms on an eighth`;
}

/** recheck's verdict on each expression, two at a time (its native binary uses one core each). */
/**
 * recheck's budget. Its automaton checker is exact and takes milliseconds; expressions it
 * cannot read (look-behinds, the vocabulary's long alternations) are fuzzed, which takes most
 * of the time: a smaller budget by default, recheck's own with RECOLTE_REDOS_FULL=1.
 */
const PARAMETERS: Parameters = process.env.RECOLTE_REDOS_FULL
  ? { timeout: 120_000 }
  : { timeout: 60_000, maxIteration: 3, maxInitialGenerationSize: 200, maxGenerationSize: 50 };
const durations = new Map<Found, number>();
/** Words left out of each expression checked as a skeleton. */
const cutDown = new Map<Found, number>();
async function verdicts(list: Found[]): Promise<Map<Found, Diagnostics>> {
  const out = new Map<Found, Diagnostics>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const entry = list[next++]!;
      const start = performance.now();
      const checked = skeleton(entry.source);
      if (checked.cut) cutDown.set(entry, checked.cut);
      out.set(entry, await check(checked.source, entry.flags, PARAMETERS));
      durations.set(entry, performance.now() - start);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

describe('regular expressions (issue 14)', () => {
  it('are found in the source and in what the vocabulary and a config build', () => {
    expect(literals).toBeGreaterThan(400);
    const built = [...found.values()].filter((f) => [...f.where].some((w) => w.endsWith('(built)')));
    expect(built.length).toBeGreaterThan(100);
    // A config's words are escaped into the expressions built from them, never run as such.
    const fromConfig = [...found.values()].filter((f) => f.source.includes('\\(a\\+\\)\\+\\$'));
    expect(fromConfig.length).toBeGreaterThanOrEqual(3);
    expect([...found.values()].some((f) => f.source.includes('(a+)+$'))).toBe(false);
  });

  it('a config word is matched literally', async () => {
    const { useVocabulary, projectCueKind, projectForm } = await import('../../src/vocabulary/extensions.js');
    useVocabulary(HOSTILE_CONFIG.vocabulary);
    try {
      expect(projectCueKind('on lit (a+)+$ ici')).toBe('proposal');
      expect(projectCueKind('aaaa')).toBeNull();
      expect(projectCueKind('x=y')).toBeNull();
      expect(projectForm('a* a* a* b la suite')).toBe('lack');
      expect(projectForm('aaa b la suite')).toBeNull();
    } finally {
      useVocabulary({});
    }
  });

  it('the checker, as set up here, finds what it must', async () => {
    // Exponential, polynomial, after a look-behind, and a word written twice in a repeated list.
    const canaries = ['^(a+)+$', '\\s*:\\s*$', '(?<![a-z])x(?:\\s+(?:aussi|encore|aussi))*\\s+que', '[*_]+$'];
    for (const source of canaries) {
      const diagnostics = await check(skeleton(source).source, 'u', PARAMETERS);
      expect(diagnostics.status, source).toBe('vulnerable');
    }
  }, 120_000);

  it('none backtracks super-linearly', async () => {
    const list = [...found.values()].sort((a, b) => a.source.length - b.source.length);
    const results = await verdicts(list);
    const failures: string[] = [];
    const notReproduced: string[] = [];
    for (const [entry, diagnostics] of results) {
      const k = key(entry.source, entry.flags);
      if (diagnostics.status === 'safe' || ALLOWED.has(k)) continue;
      if (diagnostics.status === 'vulnerable' && diagnostics.complexity.isFuzz) {
        const linear = await reproducedInV8(entry, diagnostics.attack);
        if (linear) {
          notReproduced.push(`${k.slice(0, 80)}… (${diagnostics.complexity.summary}: ${linear})`);
          continue;
        }
      }
      const verdict = diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}` : `not proven safe: ${JSON.stringify(diagnostics.error)}`;
      failures.push(`${k.length > 300 ? `${k.slice(0, 300)}…` : k}\n    at ${[...entry.where].join(', ')}\n    ${verdict}`);
    }
    const slowest = [...durations].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.info(`slowest to check:\n${slowest.map(([f, ms]) => `${(ms / 1000).toFixed(1)} s ${f.source.length} chars ${[...f.where][0]}`).join('\n')}`);
    if (notReproduced.length) console.info(`recheck's fuzzer, not reproduced in V8:\n${notReproduced.join('\n')}`);
    expect(failures, `${failures.length} of ${list.length} expressions:\n${failures.join('\n')}`).toEqual([]);
    // No stale entry: each allowed expression still exists.
    const stale = [...ALLOWED.keys()].filter((k) => !found.has(k));
    expect(stale).toEqual([]);
  }, 600_000);
});
