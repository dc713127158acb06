import { describe, expect, it } from 'vitest';
import { measureSimilarity } from './measure-similarity.js';

describe('measureSimilarity', () => {
  it('is 1 − Levenshtein distance / longer length', () => {
    expect(measureSimilarity('staaten', 'staaten')).toBe(1);
    // kitten → sitting: distance 3, longer length 7.
    expect(measureSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
    expect(measureSimilarity('', 'abc')).toBe(0);
  });
});
