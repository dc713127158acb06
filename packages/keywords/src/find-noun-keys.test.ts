import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { collectWords } from './collect-words.js';
import { findNounKeys } from './find-noun-keys.js';
import { isPhraseShape } from './is-phrase-shape.js';

describe('findNounKeys and isPhraseShape', () => {
  const collected = collectWords(
    makeSentences('Der globale Süden wächst. Neue Zölle treffen den Süden. Die Zölle sind neu und global.'),
    { unit: 'surface' },
  );

  it('finds words capitalised inside sentences more often than written in lower case', () => {
    const nouns = findNounKeys(collected);
    expect(nouns.has('süden')).toBe(true);
    expect(nouns.has('zölle')).toBe(true);
    // `Neue` is only capitalised at the start of a sentence.
    expect(nouns.has('neue')).toBe(false);
  });

  it('accepts German phrases ending in a noun, with content words at both ends', () => {
    const nouns = findNounKeys(collected);
    const words = collected[0]!.chunks[0]!;
    expect(isPhraseShape(words.slice(1, 3), 'de', nouns)).toBe(true); // globale Süden
    expect(isPhraseShape(words.slice(0, 3), 'de', nouns)).toBe(false); // Der … (stopword first)
    expect(isPhraseShape(words.slice(1, 2), 'de', nouns)).toBe(false); // globale (no noun)
    expect(isPhraseShape(words.slice(1, 2), 'en', nouns)).toBe(true);
  });

  it('keeps English phrases from ending in a frequent adjective', () => {
    const english = collectWords(makeSentences('A great nation needs great leaders', { lang: 'en' }))[0]!.chunks[0]!;
    const nouns = new Set<string>();
    expect(isPhraseShape(english, 'en', nouns, 1, 3)).toBe(true); // great nation
    expect(isPhraseShape(english, 'en', nouns, 1, 2)).toBe(false); // great
  });
});
