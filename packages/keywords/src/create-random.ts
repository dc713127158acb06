/** A seeded pseudo-random number generator: each call returns a float in [0, 1). */
export type Random = () => number;

/**
 * The four 32-bit words of a xoshiro128** generator. A sampler that draws in a tight loop copies
 * them into locals, advances them there as {@link nextRandom} does, and writes them back.
 */
export type RandomState = Int32Array;

/**
 * The state of the generator {@link createRandom} makes for `seed`: xoshiro128** seeded through
 * splitmix32.
 *
 * @param seed Any finite number; its 32-bit integer part is used. Default `1`.
 * @returns A new state of four words.
 */
export function seedRandomState(seed = 1): RandomState {
  let state = Math.trunc(seed) >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const words = Int32Array.of(splitmix(), splitmix(), splitmix(), splitmix());
  if ((words[0]! | words[1]! | words[2]! | words[3]!) === 0) words[0] = 1;
  return words;
}

/**
 * Advances a generator state by one step and returns its float in [0, 1) (32 bits of randomness).
 *
 * @param s A state from {@link seedRandomState}; updated in place.
 * @returns The next number of the sequence.
 */
export function nextRandom(s: RandomState): number {
  const a = s[0]!;
  const b = s[1]!;
  const x = Math.imul(b, 5);
  const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
  const c = s[2]! ^ a;
  const d = s[3]! ^ b;
  s[1] = b ^ c;
  s[0] = a ^ d;
  s[2] = c ^ (b << 9);
  s[3] = (d << 11) | (d >>> 21);
  return result / 4294967296;
}

/**
 * Creates a seeded pseudo-random number generator (xoshiro128**, seeded through splitmix32).
 * The same seed always gives the same sequence on every platform: results that need
 * randomness (topic models) are reproducible.
 *
 * @param seed Any finite number; its 32-bit integer part is used. Default `1`.
 * @returns A function returning floats in [0, 1) with 32 bits of randomness.
 */
export function createRandom(seed = 1): Random {
  return randomFrom(seedRandomState(seed));
}

/**
 * A generator that advances `state` (shared with whoever else holds it, e.g. a sampler that
 * advances it inline).
 *
 * @param state A state from {@link seedRandomState}.
 * @returns A function returning the state's next floats in [0, 1).
 */
export function randomFrom(state: RandomState): Random {
  return () => nextRandom(state);
}
