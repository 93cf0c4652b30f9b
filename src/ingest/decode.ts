/** Turns the bytes of a text input into a string, whatever its encoding and line ends. */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes were not what they claimed to be: the 1-based line of the first bad byte. */
  invalidUtf8Line: number | null;
}

export class BinaryInputError extends Error {}

/**
 * Decodes a buffer: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252 for
 * bytes that are not valid UTF-8 (what French Excel and older Word exports write).
 * Line ends become \n so that line numbers match what editors show.
 */
export function decode(bytes: Uint8Array): Decoded {
  let encoding: Encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];

  const body = bytes.subarray(start);
  if (encoding === 'utf-8' && body.subarray(0, 8192).includes(0)) {
    throw new BinaryInputError('binary file (it contains NUL bytes)');
  }

  let text: string;
  let invalidUtf8Line: number | null = null;
  if (encoding !== 'utf-8') {
    text = new TextDecoder(encoding).decode(body);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(body);
      invalidUtf8Line = lossy.slice(0, lossy.indexOf('\ufffd')).split(/\r\n|\r|\n/).length;
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, invalidUtf8Line };
}
