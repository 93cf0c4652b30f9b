/**
 * A 100 MB document, read whole. It takes minutes and gigabytes, so it runs only under
 * `npm run test:large` (RECOLTE_LARGE=1), not in the default run.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { recolte } from './run.js';

/** Workshops of fifty proposals each, one after another, up to 100 MB. */
function largeReport(): { text: string; records: number; lastLine: number; lastText: string } {
  const blocks: string[] = [];
  let size = 0;
  let records = 0;
  let line = 1;
  let lastLine = 0;
  let lastText = '';
  for (let workshop = 1; size < 100 * 1024 * 1024; workshop++) {
    const lines = [`# Atelier ${workshop}`, '', '## Propositions', ''];
    for (let i = 1; i <= 50; i++) {
      lastText = `Ouvrir une maison de santé pluriprofessionnelle à moins de trente minutes de chaque habitant, avec des consultations avancées de spécialistes et une permanence de soins le samedi matin (atelier ${workshop}, idée ${i})`;
      lines.push(`- ${lastText}`);
      records++;
      lastLine = line + lines.length - 1;
    }
    lines.push('');
    const block = `${lines.join('\n')}\n`;
    blocks.push(block);
    size += block.length;
    line += lines.length;
  }
  return { text: blocks.join(''), records, lastLine, lastText };
}

describe.skipIf(!process.env.RECOLTE_LARGE)('a 100 MB document', () => {
  it('is read whole: one record per proposal, the last one at its line, exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recolte-large-'));
    // 100 MB in, 250 MB out: not left behind.
    try {
      const { text, records, lastLine, lastText } = largeReport();
      writeFileSync(path.join(dir, 'rapport.md'), text);
      const run = recolte(['-q', '--no-config', 'parse', 'rapport.md', '--territory', '55', '-o', 'records.ndjson'], { cwd: dir });
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      let count = 0;
      let last = '';
      for await (const line of createInterface({ input: createReadStream(path.join(dir, 'records.ndjson')) })) {
        count++;
        last = line;
      }
      expect(count).toBe(records);
      const record = JSON.parse(last) as { kind: string; text: string; source: { line: number }; territory: { code: string } };
      expect([record.kind, record.text, record.source.line, record.territory.code]).toEqual(['proposal', lastText, lastLine, '55']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
