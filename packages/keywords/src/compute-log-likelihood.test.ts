import { describe, expect, it } from 'vitest';
import { computeLogLikelihood } from './compute-log-likelihood.js';

// Table: term 10 of 1000 target tokens, 5 of 2000 reference tokens. N = 3000.
// Cells O = [10, 5, 990, 1995]; E = row·column/N = [15·1000/3000, 15·2000/3000, 2985·1000/3000,
// 2985·2000/3000] = [5, 10, 995, 1990].
// G² = 2(10 ln(10/5) + 5 ln(5/10) + 990 ln(990/995) + 1995 ln(1995/1990))
//    = 2(6.931472 − 3.465736 − 4.987448 + 5.005048) = 6.969192 (computed with Python's math.log).
describe('computeLogLikelihood', () => {
  it('matches the hand-computed G² of a 2×2 table', () => {
    expect(computeLogLikelihood({ count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 })).toBeCloseTo(
      6.969192,
      5,
    );
  });

  it('is negative when the target underuses the term, with the same magnitude for the mirrored table', () => {
    const over = computeLogLikelihood({ count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 });
    const under = computeLogLikelihood({ count: 5, total: 2000, referenceCount: 10, referenceTotal: 1000 });
    expect(under).toBeCloseTo(-over, 10);
  });

  it('handles a zero cell (0·ln 0 = 0)', () => {
    // O = [0, 6, 1000, 1994]; E = [2, 4, 998, 1996];
    // G² = 2(6 ln(6/4) + 1000 ln(1000/998) + 1994 ln(1994/1996)) = 4.871591, target underuses → negative.
    expect(computeLogLikelihood({ count: 0, total: 1000, referenceCount: 6, referenceTotal: 2000 })).toBeCloseTo(
      -4.871591,
      5,
    );
  });

  it('is 0 for equal rates and for an empty table', () => {
    expect(computeLogLikelihood({ count: 4, total: 100, referenceCount: 8, referenceTotal: 200 })).toBeCloseTo(0, 12);
    expect(computeLogLikelihood({ count: 0, total: 0, referenceCount: 0, referenceTotal: 0 })).toBe(0);
  });
});
