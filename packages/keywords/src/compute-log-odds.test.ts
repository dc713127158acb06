import { describe, expect, it } from 'vitest';
import { computeLogOdds } from './compute-log-odds.js';

// Table: 10 of 1000 (target), 5 of 2000 (reference); α₀ = 1000, pooled rate 15/3000 → α_w = 5.
// δ = ln((10+5)/(1000+1000−10−5)) − ln((5+5)/(2000+1000−5−5)) = ln(15/1985) − ln(10/2990)
//   = −4.885340 − (−5.700460) = 0.815120
// σ² = 1/15 + 1/10 = 0.166667; z = 0.815120 / 0.408248 = 1.996627 (Python's math module).
describe('computeLogOdds', () => {
  it('matches the hand-computed δ, σ² and z with the informative Dirichlet prior', () => {
    const result = computeLogOdds({ count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 });
    expect(result.delta).toBeCloseTo(0.81512, 5);
    expect(result.variance).toBeCloseTo(1 / 6, 10);
    expect(result.z).toBeCloseTo(1.996627, 5);
  });

  it('shrinks more with a stronger prior and is antisymmetric', () => {
    const table = { count: 10, total: 1000, referenceCount: 5, referenceTotal: 2000 };
    const weak = computeLogOdds(table, { priorScale: 10 }).z;
    const strong = computeLogOdds(table, { priorScale: 100_000 }).z;
    expect(Math.abs(strong)).toBeLessThan(Math.abs(weak));
    const mirrored = computeLogOdds({ count: 5, total: 2000, referenceCount: 10, referenceTotal: 1000 }).z;
    expect(mirrored).toBeCloseTo(-1.996627, 5);
  });
});
