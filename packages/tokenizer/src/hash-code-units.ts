/**
 * FNV-1a over the UTF-16 code units of `text.slice(start, end)`, without slicing (internal): the
 * hash of the token table and the start of a key filter's signature.
 *
 * @param text - The text.
 * @param start - First code unit.
 * @param end - End (exclusive).
 * @returns A 32-bit hash (signed).
 */
export function hashCodeUnits(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
