import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { extractTextRankKeyphrases } from './extract-text-rank-keyphrases.js';

describe('extractTextRankKeyphrases', () => {
  it('matches hand-computed weighted PageRank on a path graph', () => {
    // Graph alpha – beta – gamma (window 2 = neighbours), d = 0.85, WS(v) = 0.15 + 0.85 Σ w/out(u)·WS(u):
    // a = 0.15 + 0.85·b/2, b = 0.15 + 0.85·(a + c), a = c  ⇒  a = 0.21375 / 0.2775 = 0.770270, b = 1.459459.
    const sentences = makeSentences('alpha beta gamma', { lang: 'en' });
    const rows = extractTextRankKeyphrases(sentences, { maxWords: 1, minCount: 1, keywordShare: 1 });
    expect(rows.map((row) => row.phrase)).toEqual(['beta', 'alpha', 'gamma']);
    expect(rows[0]!.score).toBeCloseTo(1.459459, 5);
    expect(rows[1]!.score).toBeCloseTo(0.77027, 5);
  });

  it('joins adjacent keywords into phrases scored by the sum of their ranks', () => {
    const sentences = makeSentences('alpha beta gamma', { lang: 'en' });
    const [best] = extractTextRankKeyphrases(sentences, { minCount: 1, keywordShare: 1 });
    expect(best).toMatchObject({ phrase: 'alpha beta gamma', count: 1 });
    expect(best!.score).toBeCloseTo(0.77027 * 2 + 1.459459, 4);
  });
});
