import { isStopword } from '@diskurs/tokenizer';
import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { extractKeyphrases } from './extract-keyphrases.js';
import { indexWords } from './index-words.js';
import { extractYakeKeyphrases } from './extract-yake-keyphrases.js';

const german = makeSentences(
  [
    'Die Vereinigten Staaten erheben neue Zölle gegen China.',
    'China antwortet auf die Zölle der Vereinigten Staaten mit eigenen Zöllen.',
    'Der globale Süden beobachtet den Handelskrieg zwischen China und den Vereinigten Staaten.',
    'Im globalen Süden wächst die Sorge vor dem Handelskrieg.',
    'Der Handelskrieg trifft den globalen Süden hart, sagen Ökonomen.',
    'Ökonomen warnen vor dem Handelskrieg und vor neuen Zöllen.',
  ].join('\n'),
  { lemmas: { zöllen: 'zoll', zölle: 'zoll', globalen: 'global', globale: 'global', süden: 'süden' } },
);

describe('extractKeyphrases', () => {
  for (const method of ['yake', 'textrank'] as const) {
    it(`${method}: ranks the recurring noun phrases, keeps multiword phrases whole, no function words`, () => {
      const phrases = extractKeyphrases(german, { method, top: 6 });
      const texts = phrases.map((p) => p.phrase);
      expect(texts).toContain('Vereinigten Staaten');
      expect(texts).toContain('Handelskrieg');
      for (const { phrase, score, count } of phrases) {
        const words = phrase.toLowerCase().split(' ');
        expect(isStopword(words[0]!, 'de')).toBe(false);
        expect(isStopword(words[words.length - 1]!, 'de')).toBe(false);
        expect(count).toBeGreaterThanOrEqual(2);
        expect(score).toBeGreaterThan(0);
      }
      // Scores are sorted, best first.
      for (let i = 1; i < phrases.length; i++) expect(phrases[i]!.score).toBeLessThanOrEqual(phrases[i - 1]!.score);
    });
  }

  it('yake: German phrases end in a noun (no verbs or adjectives on their own)', () => {
    const texts = extractYakeKeyphrases(german, { top: 20 }).map((p) => p.phrase);
    expect(texts).not.toContain('erheben');
    expect(texts).not.toContain('neue');
    // Inflected forms share the lemma: `Zölle`/`Zöllen` are one keyphrase.
    expect(texts.filter((t) => /^Zölle/.test(t))).toHaveLength(1);
  });

  it('yake: lower raw score is better and maps to a higher score', () => {
    const rows = extractYakeKeyphrases(german);
    for (const row of rows) expect(row.score).toBeCloseTo(1 / (1 + row.yake), 12);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.yake).toBeGreaterThanOrEqual(rows[i - 1]!.yake);
  });

  it('rejects an unknown method', () => {
    // @ts-expect-error invalid on purpose
    expect(() => extractKeyphrases(german, { method: 'rake' })).toThrow(/unknown keyphrase method/);
  });

  it('gives the same keyphrases for a word index of the sentences', () => {
    const index = indexWords([{ name: 'd', sentences: german }]);
    for (const method of ['yake', 'textrank'] as const) {
      expect(extractKeyphrases(index, { method, top: 20 })).toEqual(extractKeyphrases(german, { method, top: 20 }));
    }
  });
});
