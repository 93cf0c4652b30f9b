/** Turns the bytes of a text input into a string, whatever its encoding and line ends. */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes were not what they claimed to be: the 1-based line of the first bad byte. */
  invalidUtf8Line: number | null;
}

export class BinaryInputError extends Error {}

/**
 * Decodes a buffer: UTF-8 (with or without BOM) and UTF-16 with a BOM with the WHATWG
 * TextDecoder; bytes that are not valid UTF-8 with iconv-lite, as Windows-1252 (what French
 * Excel and older Word exports write) or ISO-8859-15.
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
    throw new BinaryInputError('it contains NUL bytes, as images, archives and binary office files do');
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
      encoding = singleByteEncoding(body);
      // Not TextDecoder: Node 20 decodes "windows-1252" as Latin-1, turning ’ œ € (0x80–0x9F)
      // into control codes. iconv-lite has the real tables.
      text = iconv.decode(Buffer.from(body), encoding === 'windows-1252' ? 'win1252' : 'iso-8859-15');
    }
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, invalidUtf8Line };
}

// Bytes where ISO-8859-15 puts € Š š Ž ž Œ œ Ÿ and Windows-1252 ¤ ¦ ¨ ´ ¸ ¼ ½ ¾.
const LATIN9_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/**
 * Windows-1252 or ISO-8859-15, the two single-byte encodings French files come in. Bytes
 * 0x80–0x9F are letters (’ « œ €…) in Windows-1252 and control codes in ISO-8859-15, so any of
 * them means Windows-1252. Without them, a byte ISO-8859-15 reads as € or œ between letters
 * ("c\xBDur", "10 \xA4") means ISO-8859-15; otherwise Windows-1252 (what French Excel writes).
 */
function singleByteEncoding(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  let latin9 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) return 'windows-1252';
    if (LATIN9_ONLY.has(b) && isLetterOrSpace(bytes[i - 1]) && isLetterOrSpace(bytes[i + 1])) latin9++;
  }
  return latin9 > 0 ? 'iso-8859-15' : 'windows-1252';
}

function isLetterOrSpace(b: number | undefined): boolean {
  return b !== undefined && (b === 0x20 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0);
}
