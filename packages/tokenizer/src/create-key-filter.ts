/** Bits of the filter index: length (5), first code unit (8), second and last code unit (4 each). */
const FILTER_SIZE = 1 << 21;

function filterIndex(key: string): number {
  const n = key.length;
  return (
    ((n & 31) << 16) | ((key.charCodeAt(0) & 255) << 8) | ((key.charCodeAt(1) & 15) << 4) | (key.charCodeAt(n - 1) & 15)
  );
}

/**
 * A quick pre-check for lookups in a large dictionary (internal): false means the key is surely
 * absent, true that it may be present. Keys are told apart by length, first, second and last code
 * unit; for the German noun and adjective tables it answers false for most absent keys (about 1%
 * of the filter is set), which spares the much slower property lookup of a non-interned string.
 *
 * @param keys - The dictionary's keys.
 * @returns `mayHave(key)`.
 */
export function createKeyFilter(keys: Iterable<string>): (key: string) => boolean {
  const bits = new Uint8Array(FILTER_SIZE);
  for (const key of keys) if (key.length > 0) bits[filterIndex(key)] = 1;
  return (key) => key.length > 0 && bits[filterIndex(key)] === 1;
}
