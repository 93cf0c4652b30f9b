/**
 * The project's defaults: `--config FILE`, else the nearest recolte.config.json, .recolterc,
 * .recolterc.json or package.json "recolte" key, from the working directory upwards
 * (`--no-config` skips it). Then RECOLTE_LANG, RECOLTE_TERRITORY and RECOLTE_THRESHOLD, then
 * the command's own options, win in that order. Only JSON is read: a config never runs code.
 * Paths in the file are relative to it, and are returned relative to the working directory.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { RecolteConfig } from '../types/config.js';
import type { LoadedConfig } from './context.js';

/** A config that cannot be used; its diagnostics name the file, line and field. Exit 2. */
export class ConfigError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('; '));
  }
}

const SEARCH_PLACES = ['recolte.config.json', '.recolterc', '.recolterc.json', 'package.json'];

const parseJson = (filepath: string, content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch {
    // package.json files that are not ours are not our business, but a broken one stops the search.
    throw new ConfigError([diagnostic(filepath, 'error', 'config-invalid', 'Not valid JSON; fix the file, or run with --no-config')]);
  }
};

/** Finds, reads and checks the config; throws ConfigError when it cannot be used. */
export async function loadConfig(options: { cwd: string; env: NodeJS.ProcessEnv; file?: string | false }): Promise<LoadedConfig> {
  const { cwd, env } = options;
  let found: { file: string; value: unknown; pointer: string } | null = null;
  if (options.file !== false) {
    const explorer = lilconfig('recolte', { searchPlaces: SEARCH_PLACES, loaders: { '.json': parseJson, noExt: parseJson } });
    const result = options.file
      ? await explorer.load(path.resolve(cwd, options.file)).catch((error: NodeJS.ErrnoException) => {
          if (error instanceof ConfigError) throw error;
          throw new ConfigError([diagnostic(options.file as string, 'error', 'config-unreadable', error.code === 'ENOENT' ? 'No such file' : error.message)]);
        })
      : await explorer.search(cwd);
    if (result && !result.isEmpty) {
      const pointer = path.basename(result.filepath) === 'package.json' ? '/recolte' : '';
      found = { file: result.filepath, value: result.config, pointer };
    }
  }
  const name = found ? path.relative(cwd, found.file) || path.basename(found.file) : null;
  const config = found ? await checked(found.file, name!, found.value, found.pointer) : {};
  const relative = (p: string | undefined): string | undefined => (p === undefined || !found ? p : path.relative(cwd, path.resolve(path.dirname(found.file), p)));
  const withPaths: RecolteConfig = config.dedupe
    ? { ...config, dedupe: { ...config.dedupe, synonyms: relative(config.dedupe.synonyms), decisions: relative(config.dedupe.decisions) } }
    : { ...config };
  if (withPaths.dedupe) for (const key of ['synonyms', 'decisions'] as const) if (withPaths.dedupe[key] === undefined) delete withPaths.dedupe[key];
  if (withPaths.vocabulary) {
    withPaths.vocabulary = { ...withPaths.vocabulary };
    for (const key of ['dispositifs', 'themes'] as const) if (withPaths.vocabulary[key] !== undefined) withPaths.vocabulary[key] = relative(withPaths.vocabulary[key]);
  }
  return { config: await withEnvironment(withPaths, env), file: name };
}

/** The config checked against schemas/config.schema.json, or ConfigError naming each bad field. */
async function checked(file: string, name: string, value: unknown, pointer: string): Promise<RecolteConfig> {
  const [{ validatorFor }, { locate }] = await Promise.all([import('../validate/validator.js'), import('../validate/locate.js')]);
  const violations = (await validatorFor('config'))(value);
  if (!violations.length) return value as RecolteConfig;
  const text = await readFile(file, 'utf8');
  throw new ConfigError(
    violations.map((v) => {
      const at = locate(text, pointer + v.pointer);
      const message = pointer ? v.message.replace(/^\/(\S*)/, (_, rest: string) => `${pointer}${rest ? `/${rest}` : ''}`) : v.message;
      return diagnostic(name, 'error', 'config-invalid', message, at.line, at.column);
    }),
  );
}

/** RECOLTE_* environment variables over the file's values, checked the same way. */
async function withEnvironment(config: RecolteConfig, env: NodeJS.ProcessEnv): Promise<RecolteConfig> {
  if (!env.RECOLTE_LANG && !env.RECOLTE_TERRITORY && !env.RECOLTE_THRESHOLD) return config;
  const result: RecolteConfig = { ...config };
  if (env.RECOLTE_LANG) result.lang = env.RECOLTE_LANG as RecolteConfig['lang'];
  if (env.RECOLTE_TERRITORY) result.territory = env.RECOLTE_TERRITORY;
  if (env.RECOLTE_THRESHOLD) result.dedupe = { ...result.dedupe, threshold: Number(env.RECOLTE_THRESHOLD) };
  const { validatorFor } = await import('../validate/validator.js');
  const violations = (await validatorFor('config'))(result);
  const variable = (pointer: string): string =>
    pointer.startsWith('/lang') ? 'RECOLTE_LANG' : pointer.startsWith('/territory') ? 'RECOLTE_TERRITORY' : 'RECOLTE_THRESHOLD';
  const fromEnv = violations.filter((v) => /^\/(lang|territory|dedupe\/threshold)/.test(v.pointer));
  if (fromEnv.length) {
    throw new ConfigError(fromEnv.map((v) => diagnostic(variable(v.pointer), 'error', 'config-invalid', `${v.message.replace(/^\/[^ ]+ /, '')} (got "${env[variable(v.pointer)]}")`)));
  }
  return result;
}
