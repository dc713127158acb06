import { indexWords } from '@diskurs/keywords';
import { describe, expect, it } from 'vitest';
import { analyzeSeeds } from '../../test/fixtures/analyze-seeds.js';
import { makeSentences } from '../../test/fixtures/make-sentences.js';
import { OWN_KINDS } from '../report/segment-kinds.js';
import { measureStyle } from './measure-style.js';

describe('measureStyle', () => {
  it('measures sentence length, English share and quote share on own text and quotes', () => {
    const document = makeSentences([
      'Der Hund bellt laut.', // 4 words
      'Die Katze schläft „sehr tief“ heute.', // 6 words, 2 quoted
      ['We will win this.', { segment: 'quote', lang: 'en' }], // 4 words, quoted, English
      ['Spenden Sie jetzt bitte.', { segment: 'boilerplate' }], // ignored
    ]);
    const style = measureStyle([document], { minimumWords: 1 });
    expect(style.meanSentenceLength).toBe(5);
    expect(style.words).toBe(10);
    expect(style.englishShare).toBeCloseTo(4 / 14, 12);
    expect(style.quoteShare).toBeCloseTo(6 / 14, 12);
    expect(style.readability.fleschAmstad).not.toBeNull();
    expect(style.readability.fleschReadingEase).toBeNull();
  });

  it('returns zeros and nulls for an empty group', () => {
    expect(measureStyle([])).toEqual({
      meanSentenceLength: 0,
      lexicalDiversity: null,
      readability: { fleschAmstad: null, wienerSachtextformel: null, fleschReadingEase: null },
      englishShare: 0,
      quoteShare: 0,
      words: 0,
    });
  });

  it('measures a group the same from a word index the corpus shares as from its own documents', async () => {
    const documents = await analyzeSeeds();
    const index = indexWords(documents.map((document) => ({ name: '', sentences: document.sentences })), { segments: OWN_KINDS });
    const groups = [documents.slice(0, 2), documents.slice(2)];
    const shared = groups.map((group, g) => measureStyle(group, { words: { index, firstDocument: g === 0 ? 0 : 2 } }));
    const alone = groups.map((group) => measureStyle(group));
    expect(shared).toEqual(alone);
    expect(shared[1]!.words).toBeGreaterThan(1000);
    expect(shared[1]!.lexicalDiversity).toBeGreaterThan(0);
  });
});
