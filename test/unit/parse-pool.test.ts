import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import type { ParseOptions } from '../../src/parse/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const documents = ['fixtures/seeds', 'fixtures/variants', 'fixtures/inputs'].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((f) => !f.endsWith('.expected.ndjson') && !f.endsWith('.json'))
    .sort()
    .map((f) => `${folder}/${f}`),
);

describe('the parse pool', () => {
  it('gives every document the same result on worker threads as on this one', async () => {
    // Worker threads run compiled code: this test uses the build (npm test builds first).
    const { openDocumentParser } = (await import(new URL('../../dist/parse/pool.js', import.meta.url).href)) as typeof import('../../src/parse/pool.js');
    const options: ParseOptions = { territory: null, headings: { 'Freins identifiés': 'pitfall' } };
    const pool = openDocumentParser(options, 0, { threads: 2, minBytes: 0 });
    try {
      const bytes = documents.map((file) => readFileSync(path.join(root, file)));
      const parallel = await Promise.all(documents.map((file, i) => pool.parse(file, bytes[i]!)));
      for (const [i, file] of documents.entries()) {
        expect(JSON.stringify(parallel[i]), file).toBe(JSON.stringify(await parseDocument(file, bytes[i]!, options)));
      }
    } finally {
      await pool.close();
    }
  });

  it('parses on this thread when there is too little to be worth starting threads', async () => {
    const { openDocumentParser } = await import('../../src/parse/pool.js');
    const pool = openDocumentParser({}, 1000);
    const parsed = await pool.parse('notes.md', Buffer.from('# Propositions\n\n- Créer une maison de santé\n'));
    await pool.close();
    expect(parsed.result?.records.map((r) => [r.kind, r.text])).toEqual([['proposal', 'Créer une maison de santé']]);
  });
});
