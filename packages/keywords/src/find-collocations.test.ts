import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { findCollocations } from './find-collocations.js';
import { indexWords } from './index-words.js';

describe('findCollocations', () => {
  const text = [
    'Die Vereinigten Staaten und der globalen Süden streiten.',
    'Die Vereinigten Staaten drohen dem globalen Süden.',
    'Der globalen Süden misstraut den Vereinigten Staaten.',
    'Open Source Software ist frei. Open Source bleibt Open Source.',
    'Staaten streiten. Süden droht. Software misstraut.',
  ].join('\n');
  const sentences = makeSentences(text);

  it('finds multiword expressions with PMI and G²', () => {
    const rows = findCollocations(sentences, { minCount: 3 });
    const phrases = rows.map((row) => row.phrase);
    expect(phrases).toContain('Vereinigten Staaten');
    expect(phrases).toContain('globalen Süden');
    expect(phrases).toContain('Open Source');
    for (const row of rows) {
      expect(row.count).toBeGreaterThanOrEqual(3);
      expect(row.g2).toBeGreaterThan(0);
    }
  });

  it('matches hand-computed PMI for a bigram', () => {
    // Content tokens N = 30. c(vereinigten) = 3, c(staaten) = 4, c(vereinigten staaten) = 3.
    // PMI = log2(3·30 / (3·4)) = log2(7.5) = 2.906891.
    const row = findCollocations(sentences).find((r) => r.phrase === 'Vereinigten Staaten')!;
    expect(row.count).toBe(3);
    expect(row.pmi).toBeCloseTo(2.906891, 5);
  });

  it('never crosses stopwords or sentence ends', () => {
    const phrases = findCollocations(sentences, { minCount: 1 }).map((row) => row.phrase);
    expect(phrases).not.toContain('Staaten globalen');
    expect(phrases.some((p) => /\b(und|der|die)\b/.test(p))).toBe(false);
  });

  it('finds the same collocations in a word index of the sentences', () => {
    const index = indexWords([{ name: 'd', sentences }]);
    expect(findCollocations(index, { minCount: 1 })).toEqual(findCollocations(sentences, { minCount: 1 }));
  });
});
