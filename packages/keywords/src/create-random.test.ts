import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random.js';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 20 }, () => first());
    const b = Array.from({ length: 20 }, () => second());
    const c = Array.from({ length: 20 }, () => other());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = createRandom(7);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      if (x < 0 || x >= 1) outside++;
      else bins[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const bin of bins) expect(Math.abs(bin - 10_000)).toBeLessThan(500);
  });
});
