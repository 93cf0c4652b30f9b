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
  it('gives every document the same result in child processes as in this one', { timeout: 120_000 }, async () => {
    // Child processes run compiled code: this test uses the build (npm test builds first).
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

  it('parses in this process from the TypeScript sources, where there is no compiled script to start', async () => {
    const { openDocumentParser } = await import('../../src/parse/pool.js');
    const pool = openDocumentParser({}, 1000);
    const parsed = await pool.parse('notes.md', Buffer.from('# Propositions\n\n- Créer une maison de santé\n'));
    await pool.close();
    expect(parsed.result?.records.map((r) => [r.kind, r.text])).toEqual([['proposal', 'Créer une maison de santé']]);
  });
});

describe('a document that fails', () => {
  it('is that document\'s error, whatever it threw, and the next document is read', async () => {
    const { openDocumentParser } = await import('../../src/parse/pool.js');
    // Without the nesting bound, 20,000 nested blockquotes overflow the stack of the tree code.
    const pool = openDocumentParser({ limits: { nestingDepth: 1_000_000 } }, 0);
    const deep = await pool.parse('deep.md', Buffer.from(`${'> '.repeat(20_000)}texte\n`));
    const next = await pool.parse('notes.md', Buffer.from('# Propositions\n\n- Créer une maison de santé\n'));
    await pool.close();
    expect(deep).toEqual({
      result: null,
      ingestDiagnostics: [
        {
          file: 'deep.md',
          line: null,
          column: null,
          severity: 'error',
          rule: 'document-failed',
          message:
            'Could not be read: its structure is nested too deeply to read; skipped, the other documents are read: save it again from its source application with fewer nested lists, quotes or tables',
        },
      ],
    });
    expect(next.result?.records.map((r) => r.text)).toEqual(['Créer une maison de santé']);
  });
});
