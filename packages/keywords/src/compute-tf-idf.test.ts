import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { countTerms } from './count-terms.js';
import { computeTfIdf } from './compute-tf-idf.js';

describe('computeTfIdf', () => {
  const table = countTerms([
    { name: 'a', sentences: makeSentences('Zoll Zoll Stahl Krieg.') },
    { name: 'b', sentences: makeSentences('Krieg Frieden.') },
  ]);

  it('multiplies relative frequency by ln(N/df)', () => {
    const [a, b] = computeTfIdf(table);
    // a: zoll tf = 2/4, idf = ln(2/1) → 0.5·0.693147 = 0.346574; stahl 0.25·0.693147 = 0.173287; krieg idf ln(2/2) = 0 → dropped.
    expect(a!.terms.map((t) => t.term)).toEqual(['zoll', 'stahl']);
    expect(a!.terms[0]!.score).toBeCloseTo(0.346574, 5);
    expect(a!.terms[1]!.score).toBeCloseTo(0.173287, 5);
    expect(b!.terms.map((t) => t.term)).toEqual(['frieden']);
  });

  it('keeps terms of every document with smooth idf', () => {
    const [, b] = computeTfIdf(table, { idf: 'smooth' });
    // krieg: tf 0.5, idf = ln(3/3) + 1 = 1 → 0.5; frieden: 0.5·(ln(3/2) + 1) = 0.702733.
    expect(b!.terms).toMatchObject([
      { term: 'frieden', count: 1, documentFrequency: 1 },
      { term: 'krieg', score: 0.5, count: 1, documentFrequency: 2 },
    ]);
    expect(b!.terms[0]!.score).toBeCloseTo(0.702733, 5);
  });
});
