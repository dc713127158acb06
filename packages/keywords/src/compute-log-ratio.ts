import type { ContingencyTable } from './types.js';

/**
 * Hardie's Log Ratio, an effect size: the binary log of the ratio of relative frequencies,
 * `log2((count / total) / (referenceCount / referenceTotal))`, with a zero count replaced by 0.5
 * so that terms absent from one side stay finite. 1 means twice as frequent, −1 half as frequent.
 * Hardie, A. (2014). Log Ratio – an informal introduction. ESRC Centre for Corpus Approaches to
 * Social Science (CASS), Lancaster University.
 *
 * @param table The 2×2 table.
 * @returns The log ratio (0 when both counts are 0 or a total is 0).
 */
export function computeLogRatio(table: ContingencyTable): number {
  if (table.total <= 0 || table.referenceTotal <= 0) return 0;
  if (table.count === 0 && table.referenceCount === 0) return 0;
  const count = table.count === 0 ? 0.5 : table.count;
  const referenceCount = table.referenceCount === 0 ? 0.5 : table.referenceCount;
  return Math.log2(count / table.total / (referenceCount / table.referenceTotal));
}
