/**
 * Code-unit string order, independent of the locale, for deterministic tie-breaking.
 *
 * @param a A string.
 * @param b Another string.
 * @returns Negative, zero or positive.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
