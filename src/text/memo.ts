/**
 * Remembers a text function's results. The parser looks at each line in several passes
 * (layout, metadata, engine), so its text tests see the same strings again and again. The
 * memory is bounded: it starts afresh once it holds `size` entries. Results are shared between
 * callers, so they must be treated as read-only.
 */
export function memoize<T>(fn: (text: string) => T, size = 20_000): ((text: string) => T) & { clear(): void } {
  const cache = new Map<string, T>();
  const memoized = (text: string): T => {
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      if (cache.size >= size) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    return result as T;
  };
  return Object.assign(memoized, { clear: () => cache.clear() });
}
