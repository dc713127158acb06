import { describe, expect, it } from 'vitest';
import { computeChiSquared } from './compute-chi-squared.js';

// Table a = 10, b = 5, c = 990, d = 1995, N = 3000; ad − bc = 19950 − 4950 = 15000.
// Margins: (a+b) = 15, (c+d) = 2985, (a+c) = 1000, (b+d) = 2000; product = 8.955e10.
// Yates: χ² = 3000 · (15000 − 1500)² / 8.955e10 = 3000 · 1.8225e8 / 8.955e10 = 6.105528.
// Without correction: 3000 · 2.25e8 / 8.955e10 = 7.537688.
describe('computeChiSquared', () => {
  const table = { count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 };

  it("matches the hand-computed χ² with Yates' correction", () => {
    expect(computeChiSquared(table)).toBeCloseTo(6.105528, 5);
  });

  it('matches the hand-computed χ² without correction', () => {
    expect(computeChiSquared(table, { yates: false })).toBeCloseTo(7.537688, 5);
  });

  it('is negative for underuse and never flips sign through the correction', () => {
    expect(computeChiSquared({ count: 5, total: 2000, referenceCount: 10, referenceTotal: 1000 })).toBeCloseTo(
      -6.105528,
      5,
    );
    // |ad − bc| < N/2: the correction clamps to 0.
    expect(computeChiSquared({ count: 2, total: 100, referenceCount: 3, referenceTotal: 200 })).toBe(0);
  });
});
