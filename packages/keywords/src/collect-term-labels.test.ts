import type { Sentence } from '@diskurs/tokenizer';
import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { collectTermLabels } from './collect-term-labels.js';
import { indexWords } from './index-words.js';

describe('collectTermLabels', () => {
  it('labels lemmas by how their words are usually written inside sentences', () => {
    const sentences = makeSentences('Steigen Zölle? Die NATO und DeepSeek steigen. Wir sehen DeepSeek, nato und Zöllen.', {
      lemmas: { zölle: 'zoll', zöllen: 'zoll', steigen: 'steigen' },
    });
    const labels = collectTermLabels([{ name: 'd', sentences }]);
    expect(labels.get('zoll')).toBe('Zoll');
    expect(labels.get('deepseek')).toBe('DeepSeek');
    expect(labels.get('nato')).toBe('NATO');
    // Sentence-initial `Steigen` says less about the word's case than `steigen` inside a sentence.
    expect(labels.get('steigen')).toBe('steigen');
  });

  it('shows a stem the tokenizer fell back to as the word is written', () => {
    const sentences: Sentence[] = makeSentences('Krieg in der Ukraine. Frieden für die Ukraine.').map((sentence) => ({
      ...sentence,
      tokens: sentence.tokens.map((token) =>
        token.norm === 'ukraine' ? { ...token, lemma: 'ukrain', stem: 'ukrain' } : token,
      ),
    }));
    expect(collectTermLabels([{ name: 'd', sentences }]).get('ukrain')).toBe('Ukraine');
  });

  it('labels a word index like its documents, each call with a map of its own', () => {
    const documents = [{ name: 'd', sentences: makeSentences('Die NATO und DeepSeek steigen. Wir sehen DeepSeek, nato und Zöllen.') }];
    const index = indexWords(documents);
    const first = collectTermLabels(index);
    expect([...first]).toEqual([...collectTermLabels(documents)]);
    first.set('nato', 'changed');
    expect(collectTermLabels(index).get('nato')).toBe('NATO');
    expect(collectTermLabels(index, { unit: 'surface' }).get('deepseek')).toBe('DeepSeek');
  });
});
