import type { Sentence, Token } from '@diskurs/tokenizer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { collectTermLabels } from './collect-term-labels.js';
import { countTerms } from './count-terms.js';
import { createTopicCorpus } from './create-topic-corpus.js';
import {
  ACRONYM,
  CAPITALISED,
  CHUNK_START,
  CONTENT,
  createWordStrings,
  INITIAL,
  indexWords,
  isWordIndex,
  SHORT,
  sliceWordIndex,
  type WordIndex,
} from './index-words.js';
import { isCountedWord } from './is-counted-word.js';

const words = (index: WordIndex) => Array.from(index.texts, (id) => index.strings.strings[id]);

describe('indexWords', () => {
  const documents = [
    { name: 'a', sentences: makeSentences('Die NATO, warnt Trump, wächst.\n— —\nZölle steigen.', { lemmas: { zölle: 'zoll' } }) },
    { name: 'b', sentences: makeSentences('Der Zoll steigt x.', { lemmas: { steigt: 'steigen' } }) },
  ];
  const index = indexWords(documents);

  it('lists the words of every selected sentence with text, norm and lemma ids and flags', () => {
    expect(words(index)).toEqual(['Die', 'NATO', 'warnt', 'Trump', 'wächst', 'Zölle', 'steigen', 'Der', 'Zoll', 'steigt', 'x']);
    const { strings } = index.strings;
    expect(strings[index.norms[5]!]).toBe('zölle');
    expect(strings[index.lemmas[5]!]).toBe('zoll');
    expect(index.flags[0]).toBe(INITIAL | CAPITALISED | CHUNK_START);
    expect(index.flags[1]).toBe(CONTENT | CAPITALISED | ACRONYM);
    // After the comma a new chunk starts.
    expect(index.flags[2]).toBe(CONTENT | CHUNK_START);
    expect(index.flags[10]! & SHORT).toBe(SHORT);
    // The same string has one id, whatever it is (text, norm or lemma).
    expect(index.norms[6]).toBe(index.lemmas[9]);
  });

  it('keeps sentences without words, and counts word-like tokens per document', () => {
    expect(index.sentences.map((sentence) => sentence.text.trim())).toEqual([
      'Die NATO, warnt Trump, wächst.',
      '— —',
      'Zölle steigen.',
      'Der Zoll steigt x.',
    ]);
    expect(Array.from(index.sentenceStarts)).toEqual([0, 5, 5, 7, 11]);
    expect(Array.from(index.documentStarts)).toEqual([0, 3, 4]);
    expect(Array.from(index.documentTokens)).toEqual([7, 4]);
    expect(isWordIndex(index)).toBe(true);
    expect(isWordIndex(documents)).toBe(false);
  });

  it('slices out documents as if they had been indexed alone', () => {
    const slice = sliceWordIndex(index, 1, 2);
    const alone = indexWords([documents[1]!], { strings: createWordStrings() });
    expect(words(slice)).toEqual(words(alone));
    expect(Array.from(slice.flags)).toEqual(Array.from(alone.flags));
    expect(Array.from(slice.sentenceStarts)).toEqual(Array.from(alone.sentenceStarts));
    expect(Array.from(slice.documentStarts)).toEqual(Array.from(alone.documentStarts));
    expect(slice.documents).toEqual(['b']);
    expect(Array.from(slice.documentTokens)).toEqual([4]);
  });

  it('gives term counts, labels and topic corpora equal to those counted from the tokens', () => {
    const vocabulary = ['Zoll', 'zoll', 'Zölle', 'NATO', 'nato', 'Krieg', 'krieg', 'und', 'die', 'Die', 'steigt', 'USA', 'x'];
    const text = fc.array(
      fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ' ', ', ', '. ', '.\n\n')), { maxLength: 30 }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(text, (parts) => {
        const documents = parts.map((part, i) => ({
          name: `d${i}`,
          sentences: makeSentences(part.map(([word, gap]) => word + gap).join(''), { lemmas: { zölle: 'zoll', steigt: 'steigen' } }),
        }));
        const counted = (token: Token, sentence: Sentence) => isCountedWord(token, sentence.lang);
        const index = indexWords(documents);
        expect(countTerms(index)).toEqual(countTerms(documents));
        expect([...collectTermLabels(index)]).toEqual([...collectTermLabels(documents)]);
        const options = { minCount: 1, minTokens: 3, maxTokens: 8 };
        expect(createTopicCorpus(index, options)).toEqual(createTopicCorpus(documents, { ...options, filter: counted }));
      }),
      { numRuns: 200 },
    );
  });
});
