import type { ContingencyTable } from './types.js';

/**
 * Dunning's log-likelihood ratio G² for the full 2×2 table (term / other tokens × target /
 * reference), signed: positive when the target uses the term more often than the reference
 * (relative to their sizes), negative when less.
 *
 * `G² = 2 Σ O·ln(O/E)` over the four cells, with `E = row total · column total / N`.
 * Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence.
 * Computational Linguistics 19(1), 61–74. G² ≥ 3.84 ⇔ p < 0.05 (χ², 1 df).
 *
 * @param table The 2×2 table.
 * @returns Signed G² (0 when the table is degenerate).
 */
export function computeLogLikelihood(table: ContingencyTable): number {
  const a = table.count;
  const b = table.referenceCount;
  const c = table.total - a;
  const d = table.referenceTotal - b;
  const n = a + b + c + d;
  if (n <= 0) return 0;
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const column2 = b + d;
  const g2 =
    2 *
    (xLogRatio(a, (row1 * column1) / n) +
      xLogRatio(b, (row1 * column2) / n) +
      xLogRatio(c, (row2 * column1) / n) +
      xLogRatio(d, (row2 * column2) / n));
  const value = Math.max(g2, 0);
  return a * column2 >= b * column1 ? value : -value;
}

/** x·ln(x/e) with the convention 0·ln 0 = 0. */
function xLogRatio(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}
