import { describe, expect, it } from 'vitest';
import { computeCoherence, normalisedPmi } from './compute-coherence.js';

describe('computeCoherence', () => {
  it('matches hand-computed NPMI', () => {
    // 4 documents; term 0 in docs {0,1}, term 1 in {0,1,2}, term 2 in {3}.
    // P(0) = 0.5, P(1) = 0.75, P(0,1) = 0.5 → NPMI = ln(0.5 / 0.375) / −ln 0.5 = 0.287682 / 0.693147 = 0.415037.
    // Pairs (0,2) and (1,2) never co-occur → −1. Mean of the three pairs = (0.415037 − 2) / 3 = −0.528321.
    const documents = [[0, 1, 1], [1, 0], [1], [2, 2]];
    const [pair, triple] = computeCoherence([[0, 1], [0, 1, 2]], documents);
    expect(pair).toBeCloseTo(0.415037, 5);
    expect(triple).toBeCloseTo(-0.528321, 5);
  });

  it('gives 1 for terms that always co-occur and −1 for terms that never do', () => {
    expect(normalisedPmi(0.25, 0.25, 0.25)).toBeCloseTo(1, 12);
    expect(normalisedPmi(0.5, 0.5, 0)).toBe(-1);
    expect(computeCoherence([[5]], [[5]])).toEqual([0]);
  });
});
