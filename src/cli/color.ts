/** Decides whether stderr gets colour: flag, then FORCE_COLOR, then NO_COLOR / TERM=dumb, then the terminal. */
import { Chalk, supportsColorStderr, type ChalkInstance } from 'chalk';
import type { Output } from './streams.js';

/**
 * `flag` is true for --color, false for --no-color, undefined when neither was given.
 * chalk 5 does not read NO_COLOR itself, so it is handled here.
 */
export function createColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, stream: Output): ChalkInstance {
  const detected = supportsColorStderr ? supportsColorStderr.level : 1;
  if (flag !== undefined) return new Chalk({ level: flag ? Math.max(detected, 1) as 1 | 2 | 3 : 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return new Chalk({ level: 0 });
    const level = Number(force);
    return new Chalk({ level: level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1 });
  }
  if (env.NO_COLOR || env.TERM === 'dumb') return new Chalk({ level: 0 });
  return new Chalk({ level: stream.isTTY ? (detected || 1) as 1 | 2 | 3 : 0 });
}
