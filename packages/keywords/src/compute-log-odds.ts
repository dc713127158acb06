import type { ContingencyTable } from './types.js';

/** Options of {@link computeLogOdds}. */
export interface LogOddsOptions {
  /**
   * α₀, the total weight of the informative Dirichlet prior; each term's pseudo-count is
   * `α_w = α₀ · (count + referenceCount) / (total + referenceTotal)`. Default `1000`.
   */
  priorScale?: number;
  /**
   * The prior pseudo-count α_w of the term, overriding the pooled estimate (e.g. from a
   * background corpus: α_w = α₀ · background frequency). Default: pooled, see `priorScale`.
   */
  prior?: number;
}

/** Result of {@link computeLogOdds}. */
export interface LogOdds {
  /** δ, the difference of the smoothed log-odds of the term in target and reference. */
  delta: number;
  /** σ²(δ) ≈ 1/(count + α_w) + 1/(referenceCount + α_w). */
  variance: number;
  /** z = δ / σ; positive when the target overuses the term. */
  z: number;
}

/**
 * The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 16–22), as a z-score:
 *
 * `δ = ln((y_t + α_w) / (n_t + α₀ − y_t − α_w)) − ln((y_r + α_w) / (n_r + α₀ − y_r − α_w))`,
 * `σ² ≈ 1/(y_t + α_w) + 1/(y_r + α_w)`, `z = δ/σ`.
 *
 * Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature
 * selection and evaluation for identifying the content of political conflict. Political
 * Analysis 16(4), 372–403.
 *
 * @param table The 2×2 table.
 * @param options See {@link LogOddsOptions}.
 * @returns δ, its variance and z (all 0 for an empty table).
 */
export function computeLogOdds(table: ContingencyTable, options: LogOddsOptions = {}): LogOdds {
  const n = table.total + table.referenceTotal;
  const priorScale = options.priorScale ?? 1000;
  const prior = options.prior ?? (n > 0 ? (priorScale * (table.count + table.referenceCount)) / n : 0);
  if (n <= 0 || prior <= 0) return { delta: 0, variance: 0, z: 0 };
  const target = table.count + prior;
  const reference = table.referenceCount + prior;
  const delta =
    Math.log(target / (table.total + priorScale - target)) -
    Math.log(reference / (table.referenceTotal + priorScale - reference));
  const variance = 1 / target + 1 / reference;
  return { delta, variance, z: delta / Math.sqrt(variance) };
}
