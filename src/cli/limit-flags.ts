/** The `--max-…` flags of the commands that read documents (parse, synthesize), over the config's `limits`. */
import type { Command } from 'commander';
import type { Limits } from '../limits.js';
import type { CommandContext } from './context.js';
import { UsageError } from './streams.js';

export interface LimitFlags {
  maxNesting?: string;
  maxLineLength?: string;
  maxArchiveMb?: string;
  maxPdfPages?: string;
  maxMemoryMb?: string;
  maxSeconds?: string;
}

/** Declares the flags on a command. */
export function defineLimitFlags(command: Command): Command {
  return command
    .option('--max-nesting <levels>', 'flatten lists, quotes and HTML elements nested deeper than this (default: 32; HTML and XML elements: eight times this)')
    .option('--max-line-length <chars>', 'leave a longer line out of the reading, as unclassified (default: 100000)')
    .option('--max-archive-mb <mb>', 'refuse a .docx, .odt, .xlsx or .ods part inflating past this, and the file past twice this (default: 100)')
    .option('--max-pdf-pages <pages>', 'refuse a PDF with more pages (default: 2000)')
    .option('--max-memory-mb <mb>', "heap one document may use while it is read (default: 256 plus 512 times the document's size in MB)")
    .option('--max-seconds <s>', 'time one document may take to be read (default: 60 plus 30 per MB of the document)');
}

/** The limits the config and the flags set; a bad flag value is a usage error. */
export function limitsFrom(context: CommandContext, flags: LimitFlags): Partial<Limits> {
  const limits: Partial<Limits> = { ...context.config.limits };
  const number = (flag: string, value: string | undefined, minimum: number): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value.trim()) || Number(value) < minimum) throw new UsageError(`${flag} takes a whole number of at least ${minimum} (got "${value}")`);
    return Number(value);
  };
  const set = <K extends keyof Limits>(key: K, value: Limits[K] | undefined): void => {
    if (value !== undefined) limits[key] = value;
  };
  set('nestingDepth', number('--max-nesting', flags.maxNesting, 1));
  set('lineLength', number('--max-line-length', flags.maxLineLength, 1000));
  const archive = number('--max-archive-mb', flags.maxArchiveMb, 1);
  if (archive !== undefined) {
    limits.archivePartMb = archive;
    limits.archiveMb = 2 * archive;
  }
  set('pdfPages', number('--max-pdf-pages', flags.maxPdfPages, 1));
  set('memoryMb', number('--max-memory-mb', flags.maxMemoryMb, 64));
  set('seconds', number('--max-seconds', flags.maxSeconds, 1));
  return limits;
}
