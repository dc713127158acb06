import { describe, expect, it } from 'vitest';
import { measureSimilarity } from './measure-similarity.js';

describe('measureSimilarity', () => {
  it('is 1 − Levenshtein distance / longer length', () => {
    expect(measureSimilarity('staaten', 'staaten')).toBe(1);
    // kitten → sitting: distance 3, longer length 7.
    expect(measureSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
    expect(measureSimilarity('', 'abc')).toBe(0);
  });

  it('gives the same values for long strings and for short ones after them', () => {
    const long = 'the general welfare of the united states of america '.repeat(3);
    expect(measureSimilarity(long, `${long}x`)).toBeCloseTo(1 - 1 / (long.length + 1), 12);
    expect(measureSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
  });
});
