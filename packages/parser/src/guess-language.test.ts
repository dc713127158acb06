import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language';

describe('guessLanguage', () => {
  it('needs 12% function words and a 2:1 lead', () => {
    expect(guessLanguage({ words: 10, de: 2, en: 0 })).toBe('de');
    expect(guessLanguage({ words: 10, de: 2, en: 1 })).toBe('de');
    expect(guessLanguage({ words: 10, de: 2, en: 2 })).toBeNull();
    expect(guessLanguage({ words: 100, de: 0, en: 11 })).toBeNull();
    expect(guessLanguage({ words: 100, de: 0, en: 12 })).toBe('en');
    expect(guessLanguage({ words: 0, de: 0, en: 0 })).toBeNull();
  });
});
