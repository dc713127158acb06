import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { countTerms } from './count-terms.js';
import { indexWords } from './index-words.js';
import { createVocabulary } from './create-vocabulary.js';
import { listTerms } from './list-terms.js';

describe('countTerms', () => {
  const documents = [
    { name: 'a', sentences: makeSentences('Die Zölle steigen. Der Zoll auf Stahl steigt.', { lemmas: { zölle: 'zoll', steigt: 'steigen' } }) },
    { name: 'b', sentences: makeSentences('Stahl und Zoll.') },
  ];

  it('counts lemmas of content words with relative and document frequencies', () => {
    const table = countTerms(documents);
    expect(listTerms(table)).toEqual([
      { term: 'zoll', count: 3, relativeFrequency: 3 / 7, documentFrequency: 2 },
      { term: 'stahl', count: 2, relativeFrequency: 2 / 7, documentFrequency: 2 },
      { term: 'steigen', count: 2, relativeFrequency: 2 / 7, documentFrequency: 1 },
    ]);
    expect(table.tokens).toBe(11);
    expect(table.documents.map((d) => [d.name, d.tokens, d.total])).toEqual([
      ['a', 8, 5],
      ['b', 3, 2],
    ]);
  });

  it('counts surface forms on request', () => {
    const terms = listTerms(countTerms(documents, { unit: 'surface' })).map((row) => row.term);
    expect(terms).toContain('zölle');
    expect(terms).toContain('steigt');
  });

  it('builds n-grams that stop at stopwords, punctuation and sentence ends', () => {
    const sentences = makeSentences('Die Vereinigten Staaten und der globalen Süden. Staaten Open Source Software!', {
      lang: 'de',
    });
    const terms = listTerms(countTerms([{ name: 'x', sentences }], { ngrams: [2, 3], unit: 'surface' })).map(
      (row) => row.term,
    );
    expect(terms.sort()).toEqual(
      ['globalen süden', 'open source', 'open source software', 'source software', 'staaten open', 'staaten open source', 'vereinigten staaten'].sort(),
    );
    expect(terms).not.toContain('süden staaten');
  });

  it('skips sentences outside the own-text segments by default', () => {
    const sentences = [
      ...makeSentences('Krieg und Frieden.'),
      ...makeSentences('Spenden Sie per PayPal.', { segment: 'boilerplate' }),
    ];
    const terms = listTerms(countTerms([{ name: 'x', sentences }])).map((row) => row.term);
    expect(terms).toEqual(['frieden', 'krieg']);
    const all = listTerms(countTerms([{ name: 'x', sentences }], { segments: ['body', 'boilerplate'] }));
    expect(all.map((row) => row.term)).toContain('paypal');
  });

  it('shares ids through a common vocabulary', () => {
    const vocabulary = createVocabulary();
    const first = countTerms([documents[0]!], { vocabulary });
    const second = countTerms([documents[1]!], { vocabulary });
    const id = vocabulary.ids.get('stahl')!;
    expect(first.counts[id]).toBe(1);
    expect(second.counts[id]).toBe(1);
  });

  it('counts a word index like its documents, n-grams included, and takes no filter with it', () => {
    const index = indexWords(documents);
    expect(countTerms(index, { ngrams: [1, 3] })).toEqual(countTerms(documents, { ngrams: [1, 3] }));
    expect(countTerms(index, { unit: 'surface' })).toEqual(countTerms(documents, { unit: 'surface' }));
    expect(() => countTerms(index, { filter: () => true })).toThrow(/filter/);
  });
});
