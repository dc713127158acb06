/** A seeded pseudo-random number generator: each call returns a float in [0, 1). */
export type Random = () => number;

/**
 * Creates a seeded pseudo-random number generator (xoshiro128**, seeded through splitmix32).
 * The same seed always gives the same sequence on every platform: results that need
 * randomness (topic models) are reproducible.
 *
 * @param seed Any finite number; its 32-bit integer part is used. Default `1`.
 * @returns A function returning floats in [0, 1) with 32 bits of randomness.
 */
export function createRandom(seed = 1): Random {
  let state = Math.trunc(seed) >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotate(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotate(d, 11);
    return result / 4294967296;
  };
}

function rotate(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
