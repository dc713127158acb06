import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../test/helpers.js';
import { createLexicon } from './create-lexicon.js';
import { createLexicons } from './create-lexicons.js';
import { getLexiconFilters } from './get-lexicon-filters.js';
import { scoreSentence } from './score-sentence.js';

describe('getLexiconFilters', () => {
  it('keeps the filters of an unchanged index and rebuilds them when entries are added', async () => {
    const lexicons = createLexicons([createLexicon({ gut: 0.4 }, { lang: 'de' })]);
    const first = getLexiconFilters(lexicons);
    expect(getLexiconFilters(lexicons)).toBe(first);
    const sentence = await analyzeSentence('Das Wetter ist herrlich.', 'de');
    expect(scoreSentence(sentence, lexicons).score).toBe(0);
    lexicons.de.set('herrlich', { score: 0.6, source: 'mine', rank: 0 });
    expect(getLexiconFilters(lexicons)).not.toBe(first);
    expect(scoreSentence(sentence, lexicons).contributions.map((item) => item.term)).toEqual(['herrlich']);
  });
});
