import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations.
import { generateSchemaTypes } from '../../scripts/schema-types.mjs';

describe('types derived from schemas/', () => {
  it('src/types matches what scripts/schema-types.mjs generates (run npm run types:schemas after editing a schema)', async () => {
    const files = (await generateSchemaTypes()) as Map<string, string>;
    expect(files.size).toBeGreaterThanOrEqual(2);
    for (const [file, generated] of files) expect(await readFile(file, 'utf8'), file).toBe(generated);
  });
});
