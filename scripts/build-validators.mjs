#!/usr/bin/env node
// Build step: every shipped schema's validator written out as code (ajv standalone), so that
// a run loads dist/validate/compiled.cjs instead of loading ajv and compiling the schemas.
// CommonJS, because the code ajv writes for the "date" format requires ajv-formats.
import { writeFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const { ajvWithSchemas } = await import(new URL('../dist/validate/validator.js', import.meta.url).href);
const { SCHEMA_NAMES } = await import(new URL('../dist/validate/schemas.js', import.meta.url).href);
const ajv = await ajvWithSchemas({ source: true });
const code = standaloneCode(ajv, Object.fromEntries(SCHEMA_NAMES.map((name) => [name, name])));
writeFileSync(new URL('../dist/validate/compiled.cjs', import.meta.url), code);
