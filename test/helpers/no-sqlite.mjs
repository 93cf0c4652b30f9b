/**
 * Loaded with `node --import` (NODE_OPTIONS) by the tests that need a machine without
 * better-sqlite3: importing it then fails as it does where the optional package is not
 * installed, without uninstalling it.
 */
import { register } from 'node:module';

register('./no-sqlite-hooks.mjs', import.meta.url);
