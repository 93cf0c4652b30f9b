/** The --lang option, checked the same way by every command that writes for readers. */
import { LANGS, type Lang } from '../vocabulary/labels.js';
import { UsageError } from './streams.js';

/** The language, or a usage error naming the ones recolte writes. */
export function checkLang(value: string): Lang {
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${value}")`);
  return value as Lang;
}
