import { indexWords } from '@diskurs/keywords';
import { isContentWord, type Sentence } from '@diskurs/tokenizer';
import { describe, expect, it } from 'vitest';
import { analyzeSeeds } from '../../test/fixtures/analyze-seeds.js';
import { countGroupProfiles } from './count-group-profiles';
import { OWN_KINDS } from './segment-kinds';

/** The profiles as a pass over the tokens gives them (what the report counted before the index). */
function fromTokens(groups: readonly (readonly Sentence[][])[]) {
  const terms: Map<string, number>[] = [];
  const words: Map<string, number>[] = [];
  for (const documents of groups) {
    const t = new Map<string, number>();
    const w = new Map<string, number>();
    for (const sentences of documents) {
      for (const sentence of sentences) {
        if (!OWN_KINDS.includes(sentence.segment)) continue;
        for (const token of sentence.tokens) {
          if (token.kind !== 'word') continue;
          w.set(token.norm, (w.get(token.norm) ?? 0) + 1);
          if (isContentWord(token, sentence.lang)) t.set(token.lemma ?? token.norm, (t.get(token.lemma ?? token.norm) ?? 0) + 1);
        }
      }
    }
    terms.push(t);
    words.push(w);
  }
  return { terms, words };
}

describe('countGroupProfiles', () => {
  it('counts from the word index what a pass over the tokens counts, keys in the same order', async () => {
    const analysed = await analyzeSeeds();
    // three groups of 2, 0 and 3 documents (an empty group too)
    const sizes = [2, 0, analysed.length - 2];
    const index = indexWords(analysed, { segments: OWN_KINDS });
    const profiles = countGroupProfiles(index, sizes);
    const expected = fromTokens([analysed.slice(0, 2), [], analysed.slice(2)].map((group) => group.map((d) => d.sentences)));
    expect(profiles.terms.map((map) => [...map])).toEqual(expected.terms.map((map) => [...map]));
    expect(profiles.words.map((map) => [...map])).toEqual(expected.words.map((map) => [...map]));
    expect(profiles.words[0]!.size).toBeGreaterThan(100);
    expect(profiles.terms[1]!.size).toBe(0);
  });
});
