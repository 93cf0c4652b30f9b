import { describe, expect, it } from 'vitest';
import { writeAfter } from '../../src/cli/output.js';
import { OutputError } from '../../src/cli/streams.js';

describe('writeAfter', () => {
  const failing = (error: Error) => () => Promise.reject(error);

  it('says that the first output is complete when the second cannot be written', async () => {
    await expect(writeAfter('records.ndjson', failing(new OutputError('cannot write rapport.json: the disk is full; free some space or write elsewhere')))).rejects.toThrow(
      new OutputError('cannot write rapport.json: the disk is full; free some space or write elsewhere\nrecolte: records.ndjson is complete'),
    );
  });

  it('says nothing more when the first output went to standard output, or for an error that is not an output error', async () => {
    await expect(writeAfter('-', failing(new OutputError('cannot write r.json: permission denied')))).rejects.toThrow(/^cannot write r\.json: permission denied$/);
    await expect(writeAfter(undefined, failing(new OutputError('cannot write r.json: permission denied')))).rejects.toThrow(/^cannot write r\.json: permission denied$/);
    await expect(writeAfter('records.ndjson', failing(new TypeError('a bug')))).rejects.toThrow(new TypeError('a bug'));
  });
});
