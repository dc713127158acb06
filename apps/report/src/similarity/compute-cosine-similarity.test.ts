import { describe, expect, it } from 'vitest';
import { computeCosineSimilarity } from './compute-cosine-similarity.js';

const profile = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('computeCosineSimilarity', () => {
  it('computes cosine from the definition', () => {
    const matrix = computeCosineSimilarity([profile({ a: 1, b: 2 }), profile({ a: 2, b: 1 }), profile({ c: 5 })]);
    expect(matrix[0]![0]).toBe(1);
    expect(matrix[0]![1]).toBeCloseTo(4 / 5, 12);
    expect(matrix[1]![0]).toBe(matrix[0]![1]);
    expect(matrix[0]![2]).toBe(0);
  });

  it('ignores scale and gives 0 for empty profiles', () => {
    const matrix = computeCosineSimilarity([profile({ a: 1, b: 3 }), profile({ a: 10, b: 30 }), profile({})]);
    expect(matrix[0]![1]).toBeCloseTo(1, 12);
    expect(matrix[2]).toEqual([0, 0, 0]);
  });
});
