import { describe, expect, it } from 'vitest';
import { hashCodeUnits } from './hash-code-units.js';

describe('hashCodeUnits', () => {
  it('is 32-bit FNV-1a (published test vectors)', () => {
    expect(hashCodeUnits('', 0, 0) >>> 0).toBe(0x811c9dc5);
    expect(hashCodeUnits('a', 0, 1) >>> 0).toBe(0xe40c292c);
    expect(hashCodeUnits('foobar', 0, 6) >>> 0).toBe(0xbf9cf968);
  });

  it('hashes a range as the same string on its own', () => {
    const text = 'Die Zölle steigen, sagt Xi’an.';
    expect(hashCodeUnits(text, 4, 9)).toBe(hashCodeUnits('Zölle', 0, 5));
    expect(hashCodeUnits(text, 4, 9)).not.toBe(hashCodeUnits(text, 4, 8));
  });
});
