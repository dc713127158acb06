import { describe, expect, it } from 'vitest';
import { createSentiwsLexicon } from './create-sentiws-lexicon.js';
import { loadLexicons } from './load-lexicons.js';

describe('createSentiwsLexicon', () => {
  it('holds every lemma and inflected form of natural’s SentiWS JSON, lowercased', async () => {
    const { lexicons } = await loadLexicons({ afinn: false, supplement: false });
    const sentiws = lexicons.find((lexicon) => lexicon.name === 'sentiws')!;
    // 3,465 lemmas + 31,061 forms collapse to 34,125 distinct lowercased keys.
    expect(sentiws.entries.size).toBe(34_125);
    expect(sentiws.entries.get('krieg')).toBe(-0.5364);
    expect(sentiws.entries.get('kriegen')).toBeDefined();
    expect(sentiws.entries.get('abgründen')).toBe(-0.3465);
  });

  it('keeps the lemma’s own score when forms collide (Angriff the noun, angriff of angreifen)', () => {
    const lexicon = createSentiwsLexicon({
      Angriff: { form: 'Angriff', polarity: '-0.212', pos: 'NN', sense: 'Angriffe' },
      angreifen: { form: 'angreifen', polarity: '-0.0464', pos: 'VB', sense: 'angriff,angriffe,greift' },
    });
    expect(lexicon.entries.get('angriff')).toBe(-0.212);
    expect(lexicon.entries.get('angriffe')).toBe(-0.212);
    expect(lexicon.entries.get('greift')).toBe(-0.0464);
    expect(lexicon.name).toBe('sentiws');
    expect(lexicon.lang).toBe('de');
  });
});
