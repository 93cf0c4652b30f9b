/** Ingest stage: bytes in, decoded text with its front matter read out. */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { BinaryInputError, decode, type Encoding } from './decode.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';

export interface SourceText {
  /** The file as the user named it, or "<stdin>". */
  file: string;
  /** Decoded text, \n line ends, front-matter lines blanked so positions stay exact. */
  text: string;
  /** The decoded lines, front matter included (index 0 is line 1). */
  lines: string[];
  frontMatter: FrontMatter;
  frontMatterLines: number;
  encoding: Encoding;
}

export interface Ingested {
  source: SourceText | null;
  diagnostics: Diagnostic[];
}

/** Decodes an input and reads its front matter; `source` is null when the bytes are not text. */
export function ingest(file: string, bytes: Uint8Array): Ingested {
  const diagnostics: Diagnostic[] = [];
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    if (!(error instanceof BinaryInputError)) throw error;
    return {
      source: null,
      diagnostics: [diagnostic(file, 'error', 'binary-file', `Not a text file (${error.message}); skipped`)],
    };
  }
  if (decoded.invalidUtf8Line !== null) {
    diagnostics.push(
      diagnostic(
        file,
        'warning',
        'encoding-invalid',
        'Not valid UTF-8: read as Windows-1252; check the accents, or save the file as UTF-8',
        decoded.invalidUtf8Line,
        1,
      ),
    );
  }
  const lines = decoded.text.split('\n');
  const fm = readFrontMatter(file, decoded.text);
  diagnostics.push(...fm.diagnostics);
  const text = fm.lineCount
    ? [...lines.slice(0, fm.lineCount).map(() => ''), ...lines.slice(fm.lineCount)].join('\n')
    : decoded.text;
  return {
    source: { file, text, lines, frontMatter: fm.data, frontMatterLines: fm.lineCount, encoding: decoded.encoding },
    diagnostics,
  };
}
