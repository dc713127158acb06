import { describe, expect, it } from 'vitest';
import { computeKeyness } from './compute-keyness.js';
import { createVocabulary } from './create-vocabulary.js';
import type { TermCounts } from './count-terms.js';

function counts(entries: Record<string, number>, vocabulary = createVocabulary()): TermCounts {
  const values: number[] = [];
  let total = 0;
  for (const [term, count] of Object.entries(entries)) {
    let id = vocabulary.ids.get(term);
    if (id === undefined) {
      id = vocabulary.terms.length;
      vocabulary.terms.push(term);
      vocabulary.ids.set(term, id);
    }
    values[id] = count;
    total += count;
  }
  return { vocabulary, counts: Array.from(values, (v) => v ?? 0), total };
}

describe('computeKeyness', () => {
  // 76 filler terms at the same rate (13 per 1000) on both sides: never key.
  const fillers = (each: number) => Object.fromEntries(Array.from({ length: 76 }, (_, i) => [`w${i}`, each]));
  const target = counts({ zoll: 10, krieg: 2, ...fillers(13) });
  const reference = counts({ zoll: 5, krieg: 19, ...fillers(26) });

  it('reports the statistic, count and expected count of the hand-computed table', () => {
    const [row] = computeKeyness(target, reference);
    // zoll: 10 of 1000 vs 5 of 2000 → G² = 6.969192 (see compute-log-likelihood.test.ts), E = 1000·15/3000 = 5.
    expect(row).toMatchObject({ term: 'zoll', statistic: 'g2', count: 10, expected: 5, referenceCount: 5 });
    expect(row!.score).toBeCloseTo(6.969192, 5);
    expect(row!.logRatio).toBeCloseTo(2, 10);
  });

  it('matches terms by string across different vocabularies and by id within one', () => {
    const vocabulary = createVocabulary();
    const a = counts({ zoll: 10, krieg: 2, ...fillers(13) }, vocabulary);
    const b = counts({ ...fillers(26), krieg: 19, zoll: 5 }, vocabulary);
    expect(computeKeyness(a, b)).toEqual(computeKeyness(target, reference));
  });

  it('ranks by each statistic and keeps only overused terms by default', () => {
    for (const statistic of ['g2', 'chi2', 'logratio', 'logodds'] as const) {
      const rows = computeKeyness(target, reference, { statistic });
      expect(rows[0]?.term).toBe('zoll');
      expect(rows.every((row) => row.score > 0 && row.statistic === statistic)).toBe(true);
    }
    const under = computeKeyness(target, reference, { direction: 'under' });
    expect(under[0]?.term).toBe('krieg');
    expect(under[0]!.score).toBeLessThan(0);
  });

  it('applies the minimum count to the target', () => {
    expect(computeKeyness(target, reference, { minCount: 11 })).toEqual([]);
  });

  it('rejects an unknown statistic', () => {
    // @ts-expect-error invalid on purpose
    expect(() => computeKeyness(target, reference, { statistic: 'tfidf' })).toThrow(/unknown statistic/);
  });
});
