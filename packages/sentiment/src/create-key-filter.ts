/**
 * A bit set over key signatures, used as a prefilter in front of a `Map` or `Set`: when
 * {@link mayContainKey} is false the key was never added, so the lookup can be skipped; when it is
 * true the key may or may not be there (look it up). Most words of a text are in no lexicon, and
 * testing a bit is several times cheaper than a hash lookup in a large map.
 */
export interface KeyFilter {
  /** The bits, 32 per element. */
  bits: Int32Array;
  /** Bit count minus one (the count is a power of two). */
  mask: number;
}

/**
 * A 32-bit signature of a key from its length and its first, second and last characters: cheap
 * to compute (no loop over the key) and well spread for words.
 *
 * @param key - Any string.
 * @returns The signature.
 */
export function signKey(key: string): number {
  const length = key.length;
  let hash =
    Math.imul(key.charCodeAt(0) | 0, 0x01000193) ^
    Math.imul((key.charCodeAt(1) | 0) + 0x3c6ef372, 0x5bd1e995) ^
    Math.imul((key.charCodeAt(length - 1) | 0) + 0x6a09e667, 0x1b873593) ^
    Math.imul(length + 0x2545f491, 0x85ebca6b);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 13);
}

/**
 * Build a filter over keys.
 *
 * @param keys - The keys of the map or set it stands in front of.
 * @param size - Number of keys (sizes the bit set at about 16 bits per key, at least 2^12).
 * @returns The filter.
 */
export function createKeyFilter(keys: Iterable<string>, size: number): KeyFilter {
  let bitCount = 4096;
  while (bitCount < size * 16 && bitCount < 1 << 24) bitCount *= 2;
  const filter: KeyFilter = { bits: new Int32Array(bitCount >>> 5), mask: bitCount - 1 };
  for (const key of keys) {
    const bit = signKey(key) & filter.mask;
    filter.bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/**
 * May a key with this signature be in the filter?
 *
 * @param filter - From {@link createKeyFilter}.
 * @param signature - `signKey(key)`.
 * @returns False when the key is certainly absent.
 */
export function mayContainKey(filter: KeyFilter, signature: number): boolean {
  const bit = signature & filter.mask;
  return (filter.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
