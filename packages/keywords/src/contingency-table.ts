/**
 * The 2×2 table behind every keyness statistic: how often a term occurs in the target
 * (`count` of `total` tokens) and in the reference (`referenceCount` of `referenceTotal`).
 */
export interface ContingencyTable {
  /** Occurrences of the term in the target. */
  count: number;
  /** Tokens in the target. */
  total: number;
  /** Occurrences of the term in the reference. */
  referenceCount: number;
  /** Tokens in the reference. */
  referenceTotal: number;
}

/**
 * Expected count of the term in the target if target and reference used it at the same rate:
 * `total · (count + referenceCount) / (total + referenceTotal)`.
 *
 * @param table The 2×2 table.
 * @returns The expected target count (0 for an empty table).
 */
export function computeExpected(table: ContingencyTable): number {
  const n = table.total + table.referenceTotal;
  return n === 0 ? 0 : (table.total * (table.count + table.referenceCount)) / n;
}

/** x·ln(x/e) with the convention 0·ln 0 = 0. */
export function xLogRatio(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}
