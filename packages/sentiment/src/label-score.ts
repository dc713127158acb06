import type { SentimentLabel } from './types.js';

/** Default label threshold: scores ≥ 0.05 are positive, ≤ -0.05 negative. */
export const DEFAULT_THRESHOLD = 0.05;

/**
 * Label a score in [-1, 1].
 *
 * @param score - The score.
 * @param threshold - Scores ≥ threshold are `positive`, ≤ -threshold `negative`, the rest
 *   `neutral`. Default {@link DEFAULT_THRESHOLD} (0.05).
 * @returns The label.
 */
export function labelScore(score: number, threshold: number = DEFAULT_THRESHOLD): SentimentLabel {
  if (score >= threshold) return 'positive';
  if (score <= -threshold) return 'negative';
  return 'neutral';
}

/** Round to 4 decimals (and turn -0 into 0), for stable, readable output. */
export function roundScore(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}
