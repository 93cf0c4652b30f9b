import type { ColumnsConfig } from '../types/config.js';
import type { Kind } from '../types/record.js';

/** The record fields a table's columns can fill (`--map field=column`); kept apart so the CLI loads it cheaply. */
export const FIELDS = ['text', 'kind', 'territory', 'postcode', 'date', 'axis', 'group', 'meeting'] as const satisfies readonly (keyof ColumnsConfig)[];
/** The same fields as the config's `columns` (schemas/config.schema.json), which the vocabulary's column names are checked against. */
export type Field = (typeof FIELDS)[number];

/** The kind of a table row that gives none, when no section heading or --kind does. */
export const DEFAULT_ROW_KIND: Kind = 'proposal';
