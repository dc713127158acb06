import { hashCodeUnits } from './hash-code-units.js';

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
 * A 32-bit signature of a key (FNV-1a over its UTF-16 code units, then mixed): one short loop,
 * computed once per token and shared by every filter it is tested against.
 *
 * @param key - Any string.
 * @returns The signature.
 */
export function signKey(key: string): number {
  let hash = hashCodeUnits(key, 0, key.length);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 13);
}

/** The second bit a signature sets (the first is `signature & mask`). */
function secondBit(signature: number): number {
  return Math.imul(signature ^ (signature >>> 16), 0x45d9f3b) >>> 7;
}

/**
 * Build a filter over keys.
 *
 * @param keys - The keys of the map or set it stands in front of.
 * @param size - Number of keys (sizes the bit set at about 16 bits per key, at least 2^12; two bits per key).
 * @returns The filter.
 */
export function createKeyFilter(keys: Iterable<string>, size: number): KeyFilter {
  let bitCount = 4096;
  while (bitCount < size * 16 && bitCount < 1 << 24) bitCount *= 2;
  const filter: KeyFilter = { bits: new Int32Array(bitCount >>> 5), mask: bitCount - 1 };
  for (const key of keys) {
    const signature = signKey(key);
    const first = signature & filter.mask;
    const second = secondBit(signature) & filter.mask;
    filter.bits[first >>> 5]! |= 1 << (first & 31);
    filter.bits[second >>> 5]! |= 1 << (second & 31);
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
  const first = signature & filter.mask;
  if ((filter.bits[first >>> 5]! & (1 << (first & 31))) === 0) return false;
  const second = secondBit(signature) & filter.mask;
  return (filter.bits[second >>> 5]! & (1 << (second & 31))) !== 0;
}
