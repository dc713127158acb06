import type { ContingencyTable } from './types.js';

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
