import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { selectSentences } from './select-sentences.js';

describe('selectSentences', () => {
  const sentences = [
    ...makeSentences('Eigener Text.', { segment: 'body' }),
    ...makeSentences('Zitat.', { segment: 'quote' }),
    ...makeSentences('Spenden Sie.', { segment: 'boilerplate' }),
    ...makeSentences('Titel', { segment: 'title' }),
  ];

  it('keeps the own-text segments by default', () => {
    expect(selectSentences(sentences).map((s) => s.text)).toEqual(['Eigener Text.', 'Titel']);
  });

  it('keeps the given segments', () => {
    expect(selectSentences(sentences, { segments: ['quote'] }).map((s) => s.text)).toEqual(['Zitat.']);
  });
});
