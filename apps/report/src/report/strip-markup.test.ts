import { describe, expect, it } from 'vitest';
import { stripMarkup } from './strip-markup.js';

describe('stripMarkup', () => {
  it('removes markup segments inside and around a span', () => {
    const text = 'Eine <u>gute</u> Analyse. Zweiter Satz.';
    const segments = [
      { kind: 'body' as const, start: 0, end: 5 },
      { kind: 'markup' as const, start: 5, end: 8 },
      { kind: 'body' as const, start: 8, end: 12 },
      { kind: 'markup' as const, start: 12, end: 16 },
      { kind: 'body' as const, start: 16, end: text.length },
    ];
    expect(stripMarkup(text, 0, 25, segments)).toBe('Eine gute Analyse.');
    expect(stripMarkup(text, 26, text.length, segments)).toBe('Zweiter Satz.');
    expect(stripMarkup(text, 6, 12, segments)).toBe('gute');
  });
});
