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

function quantile(sorted: Float64Array, q: number): number {
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
  const flat = samples.every((sample) => typeof sample === 'number');
  const sums = new Float64Array(samples.length);
  const counts = new Float64Array(samples.length);
  let k = 0;
  for (const sample of samples) {
    if (typeof sample === 'number') {
      sums[k] = sample;
      counts[k++] = 1;
    } else if (sample.length > 0) {
      let sum = 0;
      for (const value of sample) sum += value;
      sums[k] = sum;
      counts[k++] = sample.length;
    }
  }
  if (k === 0) return [0, 0];
  if (k === 1) {
    const mean = sums[0]! / counts[0]!;
    return [mean, mean];
  }
  const means = new Float64Array(resamples);
  // mulberry32 inlined (see createRandom): the same sequence, without a call per draw. Flat
  // samples have a loop of their own (no counts to add up).
  let state = seed >>> 0;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    let count = 0;
    if (flat) {
      for (let j = 0; j < k; j++) {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        sum += sums[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * k)]!;
      }
      means[r] = sum / k;
      continue;
    }
    for (let j = 0; j < k; j++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const pick = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * k);
      sum += sums[pick]!;
      count += counts[pick]!;
    }
    means[r] = sum / count;
  }
  means.sort();
  const tail = (1 - confidence) / 2;
  return [quantile(means, tail), quantile(means, 1 - tail)];
}
