import { describe, expect, it } from 'vitest';
import { deduplicatePhrases } from './deduplicate-phrases.js';

describe('deduplicatePhrases', () => {
  it('drops near-duplicates and phrases that mostly occur inside a kept one', () => {
    const kept = deduplicatePhrases(
      [
        { phrase: 'Krasse Links No', count: 3 },
        { phrase: 'Links No', count: 3 },
        { phrase: 'Vereinigten Staaten', count: 5 },
        { phrase: 'Vereinigte Staaten', count: 2 },
        { phrase: 'Staaten', count: 11 },
        { phrase: 'Vereinigten', count: 6 },
      ],
      0.8,
      10,
    ).map((row) => row.phrase);
    expect(kept).toEqual(['Krasse Links No', 'Vereinigten Staaten', 'Staaten']);
  });
});
