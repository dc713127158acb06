import { describe, expect, it } from 'vitest';
import { countSyllables } from './count-syllables.js';

describe('countSyllables', () => {
  it('counts German syllables, diphthongs once', () => {
    const cases: [string, number][] = [
      ['Haus', 1],
      ['Feuer', 2],
      ['beobachten', 4],
      ['Theater', 3],
      ['Sanktionen', 4],
      ['Übermütig', 4],
      ['Zölle', 2],
      ['Vereinigte', 4],
      ['Staaten', 2],
      ['Bundesregierung', 5],
    ];
    for (const [word, expected] of cases) expect([word, countSyllables(word)]).toEqual([word, expected]);
  });

  it('counts English syllables with silent endings', () => {
    const cases: [string, number][] = [
      ['the', 1],
      ['cake', 1],
      ['table', 2],
      ['wanted', 2],
      ['jumped', 1],
      ['government', 3],
      ['America', 4],
      ['yesterday', 3],
      ['beautiful', 3],
      ['states', 1],
    ];
    for (const [word, expected] of cases) {
      expect([word, countSyllables(word, { lang: 'en' })]).toEqual([word, expected]);
    }
  });

  it('returns 0 without letters and at least 1 otherwise', () => {
    expect(countSyllables('2025')).toBe(0);
    expect(countSyllables('–')).toBe(0);
    expect(countSyllables('x')).toBe(1);
    expect(countSyllables('rhythm', { lang: 'en' })).toBe(1);
  });
});
