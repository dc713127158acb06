import { describe, expect, it } from 'vitest';
import { countStopwords } from './count-stopwords';
import { guessLanguage } from './guess-language';

describe('countStopwords (with guessLanguage)', () => {
  it('recognises an English paragraph', () => {
    const counts = countStopwords('The plutocrats who support Trump may remain safer than Berezovsky. But can they really be as free as they want?');
    expect(counts.en).toBeGreaterThan(counts.de);
    expect(guessLanguage(counts)).toBe('en');
  });

  it('recognises a German paragraph, also with capitalised function words', () => {
    const counts = countStopwords('Der Verweis auf Berezovsky bezieht sich auf eine Anekdote, die Wolf am Anfang erzählt. Die Bahn ist nicht für alle da.');
    expect(guessLanguage(counts)).toBe('de');
    expect(countStopwords('Die Der Das').de).toBe(3);
  });

  it('stays undecided without function words or on a mix', () => {
    expect(guessLanguage(countStopwords('Brazilian geopolitical analyst, Sputnik columnist Pepe Escobar:'))).toBeNull();
    expect(guessLanguage(countStopwords(''))).toBeNull();
    expect(guessLanguage(countStopwords('the der the der'))).toBeNull();
  });

  it('looks only at the first characters', () => {
    const counts = countStopwords(`${'x '.repeat(10)}the the the`, 20);
    expect(counts).toEqual({ words: 10, de: 0, en: 0 });
  });
});
