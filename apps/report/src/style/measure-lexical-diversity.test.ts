import { describe, expect, it } from 'vitest';
import { measureLexicalDiversity } from './measure-lexical-diversity.js';

describe('measureLexicalDiversity', () => {
  it('gives a low MTLD for a repetitive text and a high one for a varied text', () => {
    const repetitive = Array.from({ length: 200 }, (_, index) => ['der', 'die', 'das'][index % 3]!);
    const varied = Array.from({ length: 200 }, (_, index) => `wort${index % 150}`);
    const low = measureLexicalDiversity(repetitive)!;
    const high = measureLexicalDiversity(varied)!;
    expect(low).toBeLessThanOrEqual(6);
    expect(high).toBeGreaterThan(50);
  });

  it('is about independent of text length for the same kind of text', () => {
    const text = (length: number) => Array.from({ length }, (_, index) => `w${(index * 7919) % 40}`);
    const short = measureLexicalDiversity(text(400))!;
    const long = measureLexicalDiversity(text(4000))!;
    expect(Math.abs(short - long) / long).toBeLessThan(0.15);
  });

  it('computes the textbook factor count for a small example', () => {
    // a b a b: ratios 1, 1, .67 (factor ends at 3 words), then b: ratio 1 → partial 0.
    // forward: 1 factor + 0 → 4 / 1 = 4; backward: b a b (.67 ends) + a → 4.
    expect(measureLexicalDiversity(['a', 'b', 'a', 'b'], { minimumWords: 1 })).toBe(4);
  });

  it('returns null for too few words', () => {
    expect(measureLexicalDiversity([])).toBeNull();
    expect(measureLexicalDiversity(['a', 'b'], { minimumWords: 10 })).toBeNull();
  });
});
