import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrap-interval.js';
import { createRandom } from './create-random.js';
import { summarizeSentiment } from './summarize-sentiment.js';

describe('summarizeSentiment', () => {
  it('gives mean, label shares and a seeded 95% bootstrap interval', () => {
    const scores = [0.5, -0.2, 0, 0.3, 0.7, -0.6, 0.1, 0.02];
    const result = summarizeSentiment(scores, { seed: 3 });
    expect(result).toMatchObject({ mean: 0.1025, label: 'positive', positive: 0.5, negative: 0.25, neutral: 0.25, n: 8 });
    expect(result.ci[0]).toBeLessThan(result.mean);
    expect(result.ci[1]).toBeGreaterThan(result.mean);
    expect(summarizeSentiment(scores, { seed: 3 })).toEqual(result);
    expect(summarizeSentiment(scores, { seed: 4 }).ci).not.toEqual(result.ci);
  });

  it('resamples documents as wholes when given one list per document', () => {
    const result = summarizeSentiment([[0.5, 0.5, 0.5], [-0.5], [0.1, 0.2]], { seed: 1 });
    expect(result.n).toBe(6);
    expect(result.documents).toBe(3);
    expect(result.mean).toBe(0.2167);
    expect(result.ci[0]).toBeGreaterThanOrEqual(-0.5);
    expect(result.ci[1]).toBeLessThanOrEqual(0.5);
  });

  it('handles empty input and a single score', () => {
    expect(summarizeSentiment([])).toEqual({ mean: 0, ci: [0, 0], label: 'neutral', positive: 0, negative: 0, neutral: 0, n: 0 });
    expect(summarizeSentiment([0.4]).ci).toEqual([0.4, 0.4]);
  });
});

describe('bootstrapInterval', () => {
  it('always contains values between the smallest and largest mean (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), fc.integer(), (values, seed) => {
        const [low, high] = bootstrapInterval(values, { seed, resamples: 200 });
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
        expect(high).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('rejects invalid options', () => {
    expect(() => bootstrapInterval([1, 2], { resamples: 0 })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => bootstrapInterval([1, 2], { confidence: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('createRandom', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
