/**
 * Data output: stdout or a file given with -o. Writes wait for the stream to drain, a
 * closed pipe (`recolte parse … | head`) ends output quietly, and files are written to a
 * temporary name in the same folder and renamed on success, so a failed or interrupted run
 * never leaves a truncated file behind.
 */
import { once } from 'node:events';
import { constants, createWriteStream, rmSync } from 'node:fs';
import { access, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, type Output } from './streams.js';

export interface DataSink {
  write(chunk: string): Promise<void>;
  /** Completes the output (renames the temporary file into place). */
  close(): Promise<void>;
  /** Removes a partial file after a failure. */
  abort(): Promise<void>;
  /** True once the reader went away (EPIPE): stop producing output. */
  readonly closed: boolean;
}

const guarded = new WeakSet<Output>();

/**
 * Keeps a closed pipe from crashing the process: help or data written after the reader left
 * (`recolte help | head -1`) fails with EPIPE, which is not an error for a command-line tool.
 */
export function ignoreClosedPipe(stream: Output): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** A path as the user would write it: relative inside the working folder, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  if (!relative) return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Opens stdout (for undefined or "-") or an atomic file sink. */
export function openSink(target: string | undefined, cwd: string, stdout: Output): DataSink {
  return target === undefined || target === '-' ? streamSink(stdout, false) : fileSink(path.resolve(cwd, target), cwd);
}

/**
 * Fails early, before any work, when an output cannot be written where the user asked: its
 * folder is missing or not a folder, cannot be written in, or the name is a folder's.
 */
export async function checkWritable(cwd: string, target: string | undefined, flag: string): Promise<void> {
  if (target === undefined || target === '-') return;
  const file = path.resolve(cwd, target);
  const directory = path.dirname(file);
  const shownFolder = path.dirname(target);
  const folder = await stat(directory).catch(() => null);
  if (!folder) throw new OutputError(`${flag} ${target}: the folder ${shownFolder} does not exist; create it first, or choose another`);
  if (!folder.isDirectory()) throw new OutputError(`${flag} ${target}: ${shownFolder} is a file, not a folder; choose another path`);
  if ((await stat(file).catch(() => null))?.isDirectory()) throw new OutputError(`${flag} ${target} is a folder; give the name of a file to write`);
  await access(directory, constants.W_OK).catch(() => {
    throw new OutputError(`${flag} ${target}: cannot write in the folder ${shownFolder} (permission denied); choose another folder`);
  });
}

/** What went wrong writing a file, and what to do, by error code. */
const WRITE_FAILURES: ReadonlyMap<string, string> = new Map([
  ['ENOSPC', 'the disk is full; free some space or write elsewhere'],
  ['EDQUOT', 'the disk quota is exceeded; free some space or write elsewhere'],
  ['EACCES', 'permission denied; choose a folder you can write in'],
  ['EPERM', 'permission denied; choose a folder you can write in'],
  ['EROFS', 'the file system is read-only; choose another folder'],
  ['EISDIR', 'a folder has that name; remove it or choose another name'],
  ['ENOTEMPTY', 'a folder has that name; remove it or choose another name'],
  ['ENOENT', 'its folder no longer exists; create it, or choose another'],
]);

/** An error of the file system while writing `shown`, as an {@link OutputError}. */
export function writeFailure(shown: string, error: unknown): OutputError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new OutputError(`cannot write ${shown}: ${(code && WRITE_FAILURES.get(code)) ?? message}`);
}

/** Resolves when the stream drains, closes or fails (the failure is handled by the sink's listener). */
function drained(stream: Output): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

function streamSink(stream: Output, owned: boolean): DataSink & { done: Promise<void> } {
  let closed = false;
  let failure: Error | null = null;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
    else failure = error;
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    done: Promise.resolve(),
    async write(chunk: string) {
      if (closed) return;
      if (failure) throw failure;
      if (!stream.write(chunk)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (owned) {
        stream.end();
        await once(stream, 'finish');
      }
      stream.off('error', onError);
      if (failure) throw failure;
    },
    async abort() {
      stream.off('error', onError);
    },
  };
}

/** Files being written, by temporary name: what an interrupted run must not leave behind. */
const incomplete = new Map<string, { target: string; stop: () => void }>();

/**
 * Removes the temporary files of the outputs still being written, at once (a signal handler
 * cannot wait), and returns the outputs that were not completed, as the user would write them.
 */
export function removeIncompleteOutputs(): string[] {
  const targets: string[] = [];
  for (const [temporary, { target, stop }] of incomplete) {
    stop();
    rmSync(temporary, { force: true });
    targets.push(target);
  }
  incomplete.clear();
  return targets;
}

/**
 * Registers a temporary file written by other means than a sink (a database): an interrupted
 * run removes it as it removes a sink's. Returns the function that unregisters it once the
 * file is renamed into place or removed.
 */
export function trackTemporary(temporary: string, shown: string, stop: () => void = () => {}): () => void {
  incomplete.set(temporary, { target: shown, stop });
  return () => void incomplete.delete(temporary);
}

function fileSink(target: string, cwd: string): DataSink {
  const shown = displayPath(cwd, target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let stream: ReturnType<typeof createWriteStream> | null = null;
  let inner: DataSink | null = null;
  const open = async (): Promise<DataSink> => {
    if (inner) return inner;
    // A large buffer: fewer waits for the disk when millions of lines go out.
    stream = createWriteStream(temporary, { flags: 'wx', highWaterMark: 1 << 20 });
    const opened = stream;
    incomplete.set(temporary, { target: shown, stop: () => opened.destroy() });
    await Promise.race([
      once(stream, 'open'),
      once(stream, 'error').then(([error]) => {
        throw error;
      }),
    ]);
    inner = streamSink(stream, true);
    return inner;
  };
  return {
    closed: false,
    async write(chunk: string) {
      try {
        await (await open()).write(chunk);
      } catch (error) {
        throw writeFailure(shown, error);
      }
    },
    async close() {
      try {
        await (await open()).close();
        await rename(temporary, target);
      } catch (error) {
        throw writeFailure(shown, error);
      }
      incomplete.delete(temporary);
    },
    async abort() {
      stream?.destroy();
      await rm(temporary, { force: true });
      incomplete.delete(temporary);
    },
  };
}

/**
 * Writes the chunks into the sink as they come, then completes it; on a failure the partial
 * output is removed and the error goes on. Stops early, quietly, when the reader went away.
 */
export async function writeAll(sink: DataSink, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (sink.closed) break;
      await sink.write(chunk);
    }
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/**
 * Writes a second output after `done`, a first one that is complete (undefined or "-" for
 * standard output); if it cannot be written, the error says that the first one is complete.
 */
export async function writeAfter(done: string | undefined, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof OutputError && done !== undefined && done !== '-') throw new OutputError(`${error.message}\nrecolte: ${done} is complete`);
    throw error;
  }
}

/** Writes a whole file atomically (for reports). */
export async function writeFileAtomic(target: string, cwd: string, content: string): Promise<void> {
  await writeAll(fileSink(path.resolve(cwd, target), cwd), [content]);
}

/** One NDJSON line per value. */
export function* ndjsonLines(values: Iterable<unknown>): Generator<string> {
  for (const value of values) yield `${JSON.stringify(value)}\n`;
}
