import { type BootstrapIntervalOptions, bootstrapInterval } from './bootstrap-interval.js';
import { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
import type { SentimentLabel } from './types.js';

/** Options of {@link summarizeSentiment}. */
export interface SummarizeSentimentOptions extends BootstrapIntervalOptions {
  /** Label threshold for the shares and the label of the mean. Default 0.05. */
  threshold?: number;
}

/** Summary of sentence scores with a bootstrap interval. */
export interface SentimentStatistics {
  /** Mean score (pooled over all sentences); 0 when `n` is 0. */
  mean: number;
  /** Bootstrap interval of the mean (95% by default); `[0, 0]` when `n` is 0. */
  ci: [number, number];
  /** Label of the mean. */
  label: SentimentLabel;
  /** Share of positive scores. */
  positive: number;
  /** Share of negative scores. */
  negative: number;
  /** Share of neutral scores. */
  neutral: number;
  /** Number of scores. */
  n: number;
  /** Number of clusters (documents) when clusters were given. */
  documents?: number;
}

/**
 * Mean, label shares and a seeded bootstrap interval of sentence scores. Pass one list for a
 * document, or one list per document for a group: documents are then resampled as wholes
 * (cluster bootstrap) and the mean pools all their sentences.
 *
 * @param scores - Sentence scores, or sentence scores per document.
 * @param options - Seed (default 1), resamples (default 1000), confidence (default 0.95),
 *   threshold (default 0.05).
 * @returns The statistics, rounded to 4 decimals.
 */
export function summarizeSentiment(
  scores: readonly number[] | readonly (readonly number[])[],
  options: SummarizeSentimentOptions = {},
): SentimentStatistics {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const clustered = scores.some((item) => typeof item !== 'number');
  const flat: number[] = clustered
    ? (scores as readonly (readonly number[])[]).flat()
    : [...(scores as readonly number[])];
  const n = flat.length;
  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (const score of flat) {
    sum += score;
    const label = labelScore(score, threshold);
    if (label === 'positive') positive++;
    else if (label === 'negative') negative++;
  }
  const mean = n === 0 ? 0 : sum / n;
  const [low, high] = bootstrapInterval(scores, options);
  const result: SentimentStatistics = {
    mean: roundScore(mean),
    ci: [roundScore(low), roundScore(high)],
    label: labelScore(mean, threshold),
    positive: n === 0 ? 0 : roundScore(positive / n),
    negative: n === 0 ? 0 : roundScore(negative / n),
    neutral: n === 0 ? 0 : roundScore((n - positive - negative) / n),
    n,
  };
  if (clustered) result.documents = scores.length;
  return result;
}
