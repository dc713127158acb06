import { describe, expect, it } from 'vitest';
import { isCountedWord } from './is-counted-word.js';

const word = (norm: string, kind: 'word' | 'number' | 'punct' = 'word') => ({ kind, norm, stopword: false });

describe('isCountedWord', () => {
  it('uses the stopword list of the sentence language', () => {
    expect(isCountedWord(word('krieg'), 'de')).toBe(true);
    expect(isCountedWord(word('und'), 'de')).toBe(false);
    expect(isCountedWord(word('the'), 'en')).toBe(false);
    // `die` is a German stopword but an English verb.
    expect(isCountedWord(word('die'), 'de')).toBe(false);
    expect(isCountedWord(word('die'), 'en')).toBe(true);
  });

  it('drops English function words missing from the short list, numbers, punctuation and honorifics', () => {
    for (const norm of ['not', 'does', 'she', 'when', 'us', 'upon']) expect(isCountedWord(word(norm), 'en'), norm).toBe(false);
    expect(isCountedWord(word('2025', 'number'), 'en')).toBe(false);
    expect(isCountedWord(word('.', 'punct'), 'de')).toBe(false);
    expect(isCountedWord(word('mr'), 'de')).toBe(false);
  });

  it('drops English function words inside German sentences but keeps German homographs', () => {
    expect(isCountedWord(word('of'), 'de')).toBe(false);
    expect(isCountedWord(word('no'), 'de')).toBe(false);
    expect(isCountedWord(word('still'), 'de')).toBe(true);
  });

  it('checks both lists for other languages', () => {
    expect(isCountedWord(word('und'), 'other')).toBe(false);
    expect(isCountedWord(word('the'), 'other')).toBe(false);
    expect(isCountedWord(word('zoll'), 'other')).toBe(true);
  });
});
