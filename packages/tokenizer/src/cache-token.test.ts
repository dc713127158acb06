import { describe, expect, it } from 'vitest';
import { cacheToken, LONGEST_CACHED_TOKEN } from './cache-token.js';
import { COMPOUND, KIND_WORD, PLAIN, scanned, scanTokens } from './scan-tokens.js';
import { tokenize } from './tokenize.js';

function first(text: string): { start: number; end: number; code: number } {
  scanTokens(text, 0, text.length);
  return { start: scanned.starts[0]!, end: scanned.ends[0]!, code: scanned.kinds[0]! };
}

describe('cacheToken', () => {
  it('gives the same entry for the same token anywhere in any text', () => {
    const a = first('Zölle steigen');
    const b = first('  Zölle!');
    const x = cacheToken('Zölle steigen', a.start, a.end, a.code);
    const y = cacheToken('  Zölle!', b.start, b.end, b.code);
    expect(x).toBe(y);
    expect(x).toMatchObject({ text: 'Zölle', norm: 'zölle', flags: 0, parts: null });
  });

  it('keeps tokens with the same code units but another kind apart', () => {
    const word = cacheToken('abc', 0, 3, KIND_WORD | PLAIN);
    const compound = cacheToken('abc', 0, 3, KIND_WORD | COMPOUND | PLAIN);
    expect(word).not.toBe(compound);
    expect(compound.parts).toEqual(['abc']);
  });

  it('sets stopword flags for words only', () => {
    expect(cacheToken('Die', 0, 3, KIND_WORD).flags).not.toBe(0);
    expect(cacheToken('die-die', 0, 7, KIND_WORD | COMPOUND | PLAIN).flags).toBe(0);
  });

  it('computes tokens longer than the cached length each time', () => {
    const long = 'x'.repeat(LONGEST_CACHED_TOKEN + 5);
    expect(cacheToken(long, 0, long.length, KIND_WORD | PLAIN)).toMatchObject({ text: long, norm: long, flags: 0, parts: null });
  });

  it('stays right past the point where the table is emptied', () => {
    // more distinct words than the table keeps, then the first ones again
    const words: string[] = [];
    for (let k = 0; k < 70_000; k++) words.push(`W${k.toString(36)}x`);
    const text = words.join(' ');
    const tokens = [...tokenize(text), ...tokenize(text)];
    expect(tokens).toHaveLength(2 * words.length);
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.norm).toBe(t.text.toLowerCase());
    }
  });
});
