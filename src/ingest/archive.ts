/**
 * Zip archives (.docx, .odt, .xlsx, .ods) checked before any library inflates them: the
 * libraries inflate each part whole into memory, so a 1.5 MB file whose content inflates to
 * 1.5 GB of spaces once took 3.3 GB. First the sizes each part declares in the central
 * directory (count, size, compression ratio), then each part inflated as a stream with a byte
 * budget, to check that it holds no more than it declares: in bounded memory either way.
 */
import { Inflate } from 'fflate';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { MEGABYTE, type Limits } from '../limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

type ArchiveLimits = Pick<Limits, 'archivePartMb' | 'archiveMb' | 'archiveRatio' | 'archiveParts'>;

/** Ratios are judged on parts at least this large: a small part may compress very well and still be small. */
const RATIO_FLOOR = MEGABYTE;
/** Compressed bytes pushed at a time: at deflate's best ratio, about 4 MB of output. */
const CHUNK = 4096;

/** The `archive-too-large` error for an archive past its bounds, or null when it is within them (or is not a zip at all). */
export function checkArchive(file: string, bytes: Uint8Array, limits: ArchiveLimits): Diagnostic | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const refuse = (why: string, flag = '--max-archive-mb'): Diagnostic =>
    diagnostic(file, 'error', 'archive-too-large', `Refused, nothing of it read: ${why}. A document this large is most likely broken or hostile; if it is genuine, raise the bound with ${flag}`);
  if (entries.length > limits.archiveParts) return refuse(`the archive holds ${entries.length.toLocaleString('en')} parts, over the limit of ${limits.archiveParts.toLocaleString('en')}`, 'limits.archiveParts in the config');
  const partBudget = limits.archivePartMb * MEGABYTE;
  const totalBudget = limits.archiveMb * MEGABYTE;
  let declared = 0;
  for (const entry of entries) {
    if (entry.size > partBudget) return refuse(`part "${entry.name}" declares ${megabytes(entry.size)} once inflated, over the limit of ${limits.archivePartMb} MB per part`);
    if (entry.size >= RATIO_FLOOR && entry.size > limits.archiveRatio * Math.max(1, entry.compressedSize)) {
      return refuse(`part "${entry.name}" declares ${megabytes(entry.size)} from ${megabytes(entry.compressedSize)} compressed, ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times its size (limit ${limits.archiveRatio})`, 'limits.archiveRatio in the config');
    }
    declared += entry.size;
    if (declared > totalBudget) return refuse(`its parts declare more than ${limits.archiveMb} MB once inflated, the limit per file`);
  }
  // The declared sizes may lie: inflate each part, counting, and stop at what it declared.
  for (const entry of entries) {
    const inflated = inflatedSize(bytes, entry, entry.size + 1);
    if (inflated !== null && inflated > entry.size) return refuse(`part "${entry.name}" inflates to more than the ${megabytes(entry.size)} it declares`);
  }
  return null;
}

/**
 * Streams an entry's inflated bytes to `onChunk`, a compressed chunk at a time, until `limit`
 * bytes came out or the data ends. The inflated count, and whether the entry could be read
 * here to its end or the limit (stored or deflated, its header in place, its data sound).
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, onChunk: (chunk: Uint8Array) => void = () => {}): { total: number; sound: boolean } {
  const start = dataStart(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), entry);
  if (start === null || (entry.method !== 0 && entry.method !== 8)) return { total: 0, sound: false };
  const end = Math.min(bytes.length, start + entry.compressedSize);
  if (entry.method === 0) {
    onChunk(bytes.subarray(start, end));
    return { total: end - start, sound: true };
  }
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    onChunk(chunk);
  });
  try {
    for (let at = start; at < end && total < limit; at += CHUNK) inflate.push(bytes.subarray(at, Math.min(end, at + CHUNK)), at + CHUNK >= end);
  } catch {
    return { total, sound: false };
  }
  return { total, sound: true };
}

/** How many bytes an entry inflates to, counting no further than `budget`; null when it cannot be read here (the library will say why). */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number | null {
  const { total, sound } = inflateEntry(bytes, entry, budget);
  return sound ? total : null;
}

/** The first `length` bytes (about) of an entry once inflated, inflating no further; what came before a fault when its data is not sound. */
export function partStart(bytes: Uint8Array, entry: ZipEntry, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let filled = 0;
  inflateEntry(bytes, entry, length, (chunk) => {
    const taken = chunk.subarray(0, length - filled);
    out.set(taken, filled);
    filled += taken.length;
  });
  return out.subarray(0, filled);
}

/** Where an entry's compressed data starts, after its local header; null when the header is not there. */
function dataStart(view: DataView, entry: ZipEntry): number | null {
  if (entry.offset + 30 > view.byteLength || view.getUint32(entry.offset, true) !== 0x04034b50) return null;
  return entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
}

/** The entries of a zip's central directory, or null when the bytes are not a zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // Zip64: the counts and offsets are in the zip64 end record the locator points to.
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return entries.length ? entries : null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset past 4 GB, from the entry's zip64 extra field, in its order: size, compressed size, offset. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= view.byteLength ? Number(view.getBigUint64(field, true)) : 0;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    at += 4 + size;
  }
}

function megabytes(bytes: number): string {
  return bytes >= MEGABYTE ? `${(bytes / MEGABYTE).toLocaleString('en', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}
