/** Bits of the filter (2^23, 1 MB): with the ~140,000 German nouns about 1.7% are set. */
const FILTER_BITS = 23;

/** FNV-1a over all code units of the key, folded to {@link FILTER_BITS} bits. */
function filterIndex(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);
}

/**
 * A quick pre-check for lookups in a large dictionary (internal): false means the key is surely
 * absent, true that it may be present. A bit per hash of the whole key: for the German noun and
 * adjective tables it answers false for about 98% of absent keys, which spares the much slower
 * property lookup of a non-interned string (most lookups of compound heads and of capitalised
 * forms are of absent keys).
 *
 * @param keys - The dictionary's keys.
 * @returns `mayHave(key)`.
 */
export function createKeyFilter(keys: Iterable<string>): (key: string) => boolean {
  const bits = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const key of keys) {
    if (key.length === 0) continue;
    const index = filterIndex(key);
    bits[index >>> 5]! |= 1 << (index & 31);
  }
  return (key) => {
    if (key.length === 0) return false;
    const index = filterIndex(key);
    return (bits[index >>> 5]! & (1 << (index & 31))) !== 0;
  };
}
