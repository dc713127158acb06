import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { collectWords } from './collect-words.js';
import { indexWords } from './index-words.js';
import { IndexedPhrasePool } from './indexed-phrase-pool.js';
import { PhrasePool } from './phrase-pool.js';

describe('IndexedPhrasePool', () => {
  it('pools the same candidates as PhrasePool, in the same order, with the same counts and surface forms', () => {
    const vocabulary = ['Zoll', 'zoll', 'Zölle', 'NATO', 'nato', 'Krieg', 'krieg', 'und', 'Die', 'die', 'USA'];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ' ', ' ', ', ', '.\n')), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (parts, maxWords) => {
        const sentences = makeSentences(parts.map(([word, gap]) => word + gap).join(''), { lemmas: { zölle: 'zoll' } });
        const expected = new PhrasePool();
        for (const sentence of collectWords(sentences)) {
          for (const chunk of sentence.chunks) {
            for (let i = 0; i < chunk.length; i++) {
              for (let n = 1; n <= maxWords && i + n <= chunk.length; n++) expected.add(chunk, i, i + n);
            }
          }
        }
        const index = indexWords([{ name: 'd', sentences }]);
        const pool = new IndexedPhrasePool(index, index.lemmas);
        for (let s = 0; s + 1 < index.sentenceStarts.length; s++) {
          const end = index.sentenceStarts[s + 1]!;
          for (let w = index.sentenceStarts[s]!; w < end; w++) {
            let chunkEnd = w + 1;
            while (chunkEnd < end && (index.flags[chunkEnd]! & 16) === 0) chunkEnd++;
            pool.addFrom(w, Math.min(w + maxWords, chunkEnd), 1);
          }
        }
        const candidates = expected.finish();
        expect(pool.counts.length).toBe(candidates.length);
        candidates.forEach((candidate, i) => {
          expect(pool.counts[i]).toBe(candidate.count);
          expect(pool.lengths[i]).toBe(candidate.words.length);
          expect(pool.phraseOf(i)).toBe(candidate.phrase);
          if (candidate.words.length > 1) {
            const parent = pool.parentOf(i);
            expect(candidates[parent]?.key).toBe(candidate.key.split(' ').slice(0, -1).join(' '));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
