import { describe, expect, it } from 'vitest';
import { computeBurrowsDelta } from './compute-burrows-delta.js';

const profile = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('computeBurrowsDelta', () => {
  it('computes Delta from the definition on three groups', () => {
    // Relative frequencies: the: .5 .5 .2; and: .5 .5 .8 — groups 0 and 1 are identical.
    const { matrix, words } = computeBurrowsDelta([profile({ the: 5, and: 5 }), profile({ the: 1, and: 1 }), profile({ the: 2, and: 8 })]);
    expect(words).toEqual(['and', 'the']);
    expect(matrix[0]![1]).toBe(0);
    // z for "the": mean .4, sd sqrt((.01+.01+.04)/2)=sqrt(.03); |z0 - z2| = .3/sqrt(.03) for both words.
    expect(matrix[0]![2]).toBeCloseTo(0.3 / Math.sqrt(0.03), 10);
    expect(matrix[2]![0]).toBe(matrix[0]![2]);
    expect(matrix[1]![1]).toBe(0);
  });

  it('uses only the most frequent words, ties broken by word', () => {
    const { words } = computeBurrowsDelta([profile({ a: 3, b: 1, c: 1, z: 9 }), profile({ a: 1, b: 2, c: 2, z: 1 })], { words: 3 });
    expect(words).toEqual(['z', 'a', 'b']);
  });

  it('gives zeros for one group', () => {
    expect(computeBurrowsDelta([profile({ a: 1 })]).matrix).toEqual([[0]]);
  });
});
