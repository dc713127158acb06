import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntPairMap } from './int-pair-map.js';

describe('IntPairMap', () => {
  it('keeps pairs apart that a Map keyed by a · size + b would keep apart, also across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2 ** 31 - 1), fc.nat(50)), { maxLength: 300 }), (pairs) => {
        const map = new IntPairMap(4);
        const reference = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          expect(map.increment(a, b)).toBe(reference.get(key) ?? 0);
          reference.set(key, (reference.get(key) ?? 0) + 1);
        }
        expect(map.size).toBe(reference.size);
        for (const [a, b] of pairs) expect(map.get(a, b)).toBe(reference.get(`${a},${b}`));
        expect(map.get(2 ** 31 - 1, 51)).toBe(-1);
      }),
    );
  });

  it('inserts a value only for an absent pair', () => {
    const map = new IntPairMap();
    expect(map.getOrInsert(3, 4, 10)).toBe(10);
    expect(map.getOrInsert(3, 4, 11)).toBe(10);
    expect(map.getOrInsert(4, 3, 12)).toBe(12);
    expect(map.get(3, 4)).toBe(10);
  });
});
