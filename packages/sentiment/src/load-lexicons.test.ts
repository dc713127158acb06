import { describe, expect, it } from 'vitest';
import { createLexicon } from './create-lexicon.js';
import { createLexicons } from './create-lexicons.js';
import { loadLexicons } from './load-lexicons.js';

describe('loadLexicons', () => {
  it('loads SentiWS, AFINN-165 (÷5) and the supplement, in that lookup order', async () => {
    const lexicons = await loadLexicons();
    expect(lexicons.lexicons.map((lexicon) => `${lexicon.name}:${lexicon.lang}`)).toEqual([
      'supplement:de',
      'supplement:en',
      'sentiws:de',
      'afinn-165:en',
    ]);
    expect(lexicons.en.get('good')).toMatchObject({ score: 0.6, source: 'afinn-165' });
    expect(lexicons.en.get('outstanding')).toMatchObject({ score: 1, source: 'afinn-165' });
    expect(lexicons.de.get('massaker')).toMatchObject({ score: -0.8, source: 'supplement' });
    expect(lexicons.de.get('krieg')?.source).toBe('sentiws');
    expect(lexicons.maxPhraseLength.en).toBeGreaterThanOrEqual(2);
  });

  it('drops AFINN phrases with a negation (the negation rule handles them)', async () => {
    const lexicons = await loadLexicons({ sentiws: false });
    expect(lexicons.en.has('not good')).toBe(false);
    expect(lexicons.en.has('no fun')).toBe(false);
    expect(lexicons.en.get('bad luck')?.score).toBe(-0.4);
  });

  it('lets user lexicons win and can leave the built-ins out', async () => {
    const mine = createLexicon({ Krieg: 0.1, prima: 0.8 }, { name: 'mine', lang: 'de' });
    const lexicons = await loadLexicons({ lexicons: [mine] });
    expect(lexicons.de.get('krieg')).toEqual({ score: 0.1, source: 'mine', rank: 0 });
    const only = await loadLexicons({ sentiws: false, afinn: false, supplement: false, lexicons: [mine] });
    expect([...only.de.keys()].sort()).toEqual(['krieg', 'prima']);
    expect(only.en.size).toBe(0);
  });
});

describe('createLexicon and createLexicons', () => {
  it('lowercases terms, collapses spaces and rejects scores outside [-1, 1]', () => {
    const lexicon = createLexicon([['Nicht  Gut', -0.3]], { lang: 'de' });
    expect([...lexicon.entries]).toEqual([['nicht gut', -0.3]]);
    expect(() => createLexicon({ toll: 3 })).toThrowError(expect.objectContaining({ code: 'LEXICON_PARSE_FAILED' }));
  });

  it('keeps the first lexicon’s score for a shared term and records the phrase length', () => {
    const combined = createLexicons([
      createLexicon({ gut: 0.9 }, { name: 'a' }),
      createLexicon({ gut: 0.1, 'ganz und gar gut': 0.5 }, { name: 'b' }),
    ]);
    expect(combined.de.get('gut')).toEqual({ score: 0.9, source: 'a', rank: 0 });
    expect(combined.maxPhraseLength.de).toBe(4);
  });
});
