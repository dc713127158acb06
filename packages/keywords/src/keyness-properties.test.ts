import fc from 'fast-check';
import { describe, it } from 'vitest';
import { computeChiSquared } from './compute-chi-squared.js';
import { computeLogLikelihood } from './compute-log-likelihood.js';
import { computeLogOdds } from './compute-log-odds.js';
import { computeLogRatio } from './compute-log-ratio.js';

/** Random 2×2 tables with non-empty sides. */
const tables = fc
  .record({ count: fc.nat(500), rest: fc.integer({ min: 1, max: 5000 }), referenceCount: fc.nat(500), referenceRest: fc.integer({ min: 1, max: 5000 }) })
  .map(({ count, rest, referenceCount, referenceRest }) => ({
    count,
    total: count + rest,
    referenceCount,
    referenceTotal: referenceCount + referenceRest,
  }));
const mirror = (t: { count: number; total: number; referenceCount: number; referenceTotal: number }) => ({
  count: t.referenceCount,
  total: t.referenceTotal,
  referenceCount: t.count,
  referenceTotal: t.total,
});

describe('keyness statistics (properties)', () => {
  it('are antisymmetric: swapping target and reference flips the sign', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const close = (a: number, b: number) => Math.abs(a + b) <= 1e-9 * Math.max(1, Math.abs(a));
        return (
          close(computeLogLikelihood(table), computeLogLikelihood(mirror(table))) &&
          close(computeChiSquared(table), computeChiSquared(mirror(table))) &&
          close(computeLogRatio(table), computeLogRatio(mirror(table))) &&
          close(computeLogOdds(table).z, computeLogOdds(mirror(table)).z)
        );
      }),
    );
  });

  it('agree in sign with the log ratio, and Yates never exceeds the uncorrected χ²', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const g2 = computeLogLikelihood(table);
        const ratio = computeLogRatio(table);
        const yates = Math.abs(computeChiSquared(table));
        const plain = Math.abs(computeChiSquared(table, { yates: false }));
        const signsAgree = table.count === 0 || table.referenceCount === 0 || Math.abs(g2) < 1e-9 || Math.sign(g2) === Math.sign(ratio);
        return signsAgree && yates <= plain + 1e-9;
      }),
    );
  });
});
