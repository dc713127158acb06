import { describe, expect, it } from 'vitest';
import { computeLogRatio } from './compute-log-ratio.js';

describe('computeLogRatio', () => {
  it('is the binary log of the ratio of relative frequencies', () => {
    // (10/1000) / (5/2000) = 0.01 / 0.0025 = 4 → log2 4 = 2.
    expect(computeLogRatio({ count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 })).toBeCloseTo(2, 12);
    // Mirrored table → −2.
    expect(computeLogRatio({ count: 5, total: 2000, referenceCount: 10, referenceTotal: 1000 })).toBeCloseTo(-2, 12);
  });

  it('replaces a zero count by 0.5 (Hardie)', () => {
    // (0.5/1000) / (6/2000) = 0.0005 / 0.003 = 1/6 → log2(1/6) = −2.584963.
    expect(computeLogRatio({ count: 0, total: 1000, referenceCount: 6, referenceTotal: 2000 })).toBeCloseTo(
      -2.584963,
      5,
    );
  });
});
