import { describe, expect, it } from 'vitest';
import { isContentWord } from './is-content-word.js';
import { isNegation } from './is-negation.js';
import { isStopword } from './is-stopword.js';

describe('isStopword', () => {
  it.each([
    ['und', 'de', true],
    ['nicht', 'de', true],
    ['gut', 'de', true],
    ['zoll', 'de', false],
    ['the', 'en', true],
    ['the', 'de', false],
    ['tariff', 'en', false],
    ['the', 'any', true],
    ['und', 'other', false],
  ] as const)('%s in %s → %s', (norm, lang, expected) => {
    expect(isStopword(norm, lang)).toBe(expected);
  });
});

describe('isNegation', () => {
  it.each([
    ['nicht', 'de', true],
    ['keinen', 'de', true],
    ['nie', 'de', true],
    ['ohne', 'de', true],
    ['not', 'en', true],
    ["don't", 'en', true],
    ['never', 'any', true],
    ['nicht', 'en', false],
    ['gut', 'de', false],
  ] as const)('%s in %s → %s', (norm, lang, expected) => {
    expect(isNegation(norm, lang)).toBe(expected);
  });
});

describe('isContentWord', () => {
  const word = (norm: string, stopword = false) => ({ kind: 'word' as const, norm, stopword });
  it('accepts content words and rejects stopwords, numbers, punctuation and single letters', () => {
    expect(isContentWord(word('zoll'))).toBe(true);
    expect(isContentWord(word('nicht', true))).toBe(false);
    expect(isContentWord(word('x'))).toBe(false);
    expect(isContentWord({ kind: 'number', norm: '2025', stopword: false })).toBe(false);
    expect(isContentWord({ kind: 'punct', norm: '.', stopword: false })).toBe(false);
    expect(isContentWord(word('2.0'))).toBe(false);
  });

  it('uses the given language list instead of the flag', () => {
    expect(isContentWord(word('the'), 'de')).toBe(true);
    expect(isContentWord(word('the'), 'en')).toBe(false);
  });
});
