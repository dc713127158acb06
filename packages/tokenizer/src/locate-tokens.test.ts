import { describe, expect, it } from 'vitest';
import { locateTokens } from './locate-tokens.js';
import { TOKEN_KINDS } from './scan-tokens.js';
import { tokenize } from './tokenize.js';

describe('locateTokens', () => {
  it('gives the same boundaries and kinds as tokenize', () => {
    const text = 'Die Zölle (4,74 %) steigen: https://x.de/a @Trump #Zoll 👍 Open-Source-Technologie.';
    const located = locateTokens(text);
    const tokens = tokenize(text);
    expect(located.count).toBe(tokens.length);
    expect(Array.from(located.starts)).toEqual(tokens.map((t) => t.start));
    expect(Array.from(located.ends)).toEqual(tokens.map((t) => t.end));
    expect(Array.from(located.kinds, (k) => TOKEN_KINDS[k])).toEqual(tokens.map((t) => t.kind));
  });

  it('honours start and end and handles empty text', () => {
    expect(locateTokens('eins zwei drei', { start: 5, end: 9 }).count).toBe(1);
    expect(locateTokens('').count).toBe(0);
  });

  it('returns arrays the next call does not overwrite', () => {
    const first = locateTokens('a b c');
    locateTokens('x y z w v');
    expect(Array.from(first.starts)).toEqual([0, 2, 4]);
  });
});
