/** The record fields a table's columns can fill (`--map field=column`); kept apart so the CLI loads it cheaply. */
export const FIELDS = ['text', 'kind', 'territory', 'postcode', 'date', 'axis', 'group'] as const;
export type Field = (typeof FIELDS)[number];
