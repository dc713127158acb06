/** Two rows of the distance table, reused between calls (grown as needed). */
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64)];

/**
 * Similarity of two strings from their Levenshtein distance: `1 − distance / max(length)`,
 * 1 for equal strings, 0 for entirely different ones.
 *
 * @param a A string.
 * @param b Another string.
 * @returns Similarity in [0, 1].
 */
export function measureSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (rows[0]!.length <= b.length) rows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let [previous, current] = rows as [Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length]! / longest;
}
