import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { collectWords } from './collect-words.js';
import { findNounKeys } from './find-noun-keys.js';
import { indexWords } from './index-words.js';
import { isPhraseShape } from './is-phrase-shape.js';
import { markPhraseEnds } from './mark-phrase-ends.js';

describe('markPhraseEnds', () => {
  it('marks the words isPhraseShape accepts as the last word of a phrase', () => {
    const sentences = [
      ...makeSentences('Der globale Süden wächst. Neue Zölle treffen den Süden und die NATO. Die Zölle sind neu.'),
      ...makeSentences('A great nation needs new trade and great power.', { lang: 'en' }),
    ];
    const collected = collectWords(sentences);
    const nouns = findNounKeys(collected);
    const expected = collected.flatMap((sentence) =>
      sentence.chunks.flatMap((chunk) => chunk.map((_, i) => (isPhraseShape(chunk, sentence.lang, nouns, i, i + 1) ? 1 : 0))),
    );
    const index = indexWords([{ name: 'd', sentences }]);
    const ends = Array.from(markPhraseEnds(index, index.lemmas));
    expect(ends).toEqual(expected);
    // German: only nouns and names end a phrase; English: not `great`, `new`.
    expect(ends.filter((end) => end === 1).length).toBeGreaterThan(4);
    expect(ends.filter((end) => end === 0).length).toBeGreaterThan(8);
  });
});
