import type { ContingencyTable } from './types.js';

/** Options of {@link computeChiSquared}. */
export interface ChiSquaredOptions {
  /** Apply Yates' continuity correction. Default `true`. */
  yates?: boolean;
}

/**
 * Pearson's χ² for the 2×2 table, with Yates' continuity correction by default, signed:
 * positive when the target overuses the term.
 *
 * `χ² = N · (max(0, |ad − bc| − N/2))² / ((a+b)(c+d)(a+c)(b+d))` with a = count,
 * b = referenceCount, c = total − count, d = referenceTotal − referenceCount.
 * Yates, F. (1934). Contingency tables involving small numbers and the χ² test.
 * Supplement to the Journal of the Royal Statistical Society 1(2), 217–235.
 *
 * @param table The 2×2 table.
 * @param options See {@link ChiSquaredOptions}.
 * @returns Signed χ² (0 when a margin is empty).
 */
export function computeChiSquared(table: ContingencyTable, options: ChiSquaredOptions = {}): number {
  const a = table.count;
  const b = table.referenceCount;
  const c = table.total - a;
  const d = table.referenceTotal - b;
  const n = a + b + c + d;
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  if (n <= 0 || denominator <= 0) return 0;
  const difference = a * d - b * c;
  const corrected = (options.yates ?? true) ? Math.max(0, Math.abs(difference) - n / 2) : Math.abs(difference);
  const value = (n * corrected * corrected) / denominator;
  return difference >= 0 ? value : -value;
}
