import { describe, expect, it } from 'vitest';
import { measureSimilarity } from './measure-similarity.js';
import { deduplicate } from './phrase-candidates.js';

describe('measureSimilarity', () => {
  it('is 1 − Levenshtein distance / longer length', () => {
    expect(measureSimilarity('staaten', 'staaten')).toBe(1);
    // kitten → sitting: distance 3, longer length 7.
    expect(measureSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
    expect(measureSimilarity('', 'abc')).toBe(0);
  });

  it('drops near-duplicates and phrases that only occur inside a kept one', () => {
    const kept = deduplicate(
      [
        { phrase: 'Krasse Links No', count: 3 },
        { phrase: 'Links No', count: 3 },
        { phrase: 'Vereinigten Staaten', count: 5 },
        { phrase: 'Vereinigte Staaten', count: 2 },
        { phrase: 'Staaten', count: 9 },
      ],
      0.8,
      10,
    ).map((row) => row.phrase);
    expect(kept).toEqual(['Krasse Links No', 'Vereinigten Staaten', 'Staaten']);
  });
});
