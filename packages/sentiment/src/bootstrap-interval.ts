import { createRandom } from './create-random.js';
import { SentimentError } from './sentiment-error.js';

/** Options of {@link bootstrapInterval}. */
export interface BootstrapIntervalOptions {
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Number of resamples. Default 1000. */
  resamples?: number;
  /** Coverage of the interval. Default 0.95. */
  confidence?: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low]!;
  const b = sorted[high]!;
  return a + (b - a) * (position - low);
}

/**
 * Percentile bootstrap interval of a mean. Pass a flat list of values, or a list of clusters
 * (e.g. the sentence scores of each document): clusters are resampled as wholes and the mean is
 * taken over all values of the drawn clusters, which respects that sentences of one document are
 * not independent.
 *
 * @param samples - Values, or clusters of values.
 * @param options - See {@link BootstrapIntervalOptions}.
 * @returns `[low, high]`; `[x, x]` for a single value or cluster; `[0, 0]` when empty.
 * @throws {SentimentError} `INVALID_OPTION` for resamples < 1 or confidence outside (0, 1).
 */
export function bootstrapInterval(
  samples: readonly number[] | readonly (readonly number[])[],
  options: BootstrapIntervalOptions = {},
): [number, number] {
  const { seed = 1, resamples = 1000, confidence = 0.95 } = options;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new SentimentError('INVALID_OPTION', `resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new SentimentError('INVALID_OPTION', `confidence must lie in (0, 1), got ${confidence}`);
  }
  const clusters: Array<{ sum: number; count: number }> = samples.map((sample) =>
    typeof sample === 'number'
      ? { sum: sample, count: 1 }
      : { sum: sample.reduce((total, value) => total + value, 0), count: sample.length },
  ).filter((cluster) => cluster.count > 0);
  if (clusters.length === 0) return [0, 0];
  if (clusters.length === 1) {
    const mean = clusters[0]!.sum / clusters[0]!.count;
    return [mean, mean];
  }
  const random = createRandom(seed);
  const means: number[] = new Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < clusters.length; k++) {
      const cluster = clusters[Math.floor(random() * clusters.length)]!;
      sum += cluster.sum;
      count += cluster.count;
    }
    means[r] = sum / count;
  }
  means.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return [quantile(means, tail), quantile(means, 1 - tail)];
}
