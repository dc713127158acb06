import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { extractYakeKeyphrases } from './extract-yake-keyphrases.js';

describe('extractYakeKeyphrases', () => {
  it('matches the features of the paper computed by hand on a tiny text', () => {
    // Sentences 0: "alpha beta", 1: "alpha gamma"; TF alpha 2, beta 1, gamma 1; mean TF 4/3, σ = 0.471405.
    // alpha: Case 0; Position ln ln(3 + 0.5) = 0.225351; Freq 2 / 1.804738 = 1.108194;
    //   Rel 1 + (0 left + 2/2 right)·2/2 = 2; Different 2/2 = 1;
    //   S = 2·0.225351 / (0 + 1.108194/2 + 1/2) = 0.427573; S(kw) = S / (TF·(1 + S)) = 0.149755.
    // beta: Position ln ln 3 = 0.094048; Freq 0.554097; Rel 1 + (1/1 + 0)·1/2 = 1.5; Different 0.5;
    //   S = 1.5·0.094048 / (0.554097/1.5 + 0.5/1.5) = 0.200748; S(kw) = 0.200748 / 1.200748 = 0.167186.
    const sentences = makeSentences('alpha beta.\nalpha gamma.', { lang: 'en' });
    const rows = extractYakeKeyphrases(sentences, { minCount: 1, maxWords: 1 });
    const yake = Object.fromEntries(rows.map((row) => [row.phrase, row.yake]));
    expect(yake['alpha']).toBeCloseTo(0.149755, 5);
    expect(yake['beta']).toBeCloseTo(0.167186, 5);
    expect(rows[0]!.phrase).toBe('alpha');
  });

  it('scores a phrase with an inner stopword through its bigram probabilities', () => {
    const sentences = makeSentences('Bank of America grows.\nBank of America lends.\nThe bank lends.', { lang: 'en' });
    const phrases = extractYakeKeyphrases(sentences, { minCount: 2 }).map((row) => row.phrase);
    expect(phrases).toContain('Bank of America');
    expect(phrases.some((phrase) => /^of\b|\bof$/i.test(phrase))).toBe(false);
  });
});
