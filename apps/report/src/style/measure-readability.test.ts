import { describe, expect, it } from 'vitest';
import { createWordMeasureCache, measureReadability } from './measure-readability.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('measureReadability', () => {
  it('computes the formulas from their definitions on a hand-counted text', () => {
    // 2 sentences, 6 words: Der(1) Hund(1) bellt(1) | Die(1) Katze(2) schläft(1) → 7 syllables.
    const result = measureReadability({ de: [words('Der Hund bellt'), words('Die Katze schläft')], en: [] }, { minimumWords: 1 });
    expect(result.fleschAmstad).toBeCloseTo(180 - 3 - 58.5 * (7 / 6), 10);
    // MS 0 %, SL 3, IW (schläft: 7 letters) 1/6, ES 5/6.
    expect(result.wienerSachtextformel).toBeCloseTo(0.1672 * 3 + 0.1297 * (100 / 6) - 0.0327 * (500 / 6) - 0.875, 10);
    expect(result.fleschReadingEase).toBeNull();
  });

  it('rates plain English easier than academic English', () => {
    const plain = Array.from({ length: 30 }, () => words('The cat sat on the mat and we had fun'));
    const academic = Array.from({ length: 30 }, () =>
      words('Institutional considerations necessitate comprehensive evaluation of organizational responsibilities'),
    );
    const easy = measureReadability({ de: [], en: plain }).fleschReadingEase!;
    const hard = measureReadability({ de: [], en: academic }).fleschReadingEase!;
    expect(easy).toBeGreaterThan(90);
    expect(hard).toBeLessThan(0);
  });

  it('rates a German bureaucratic text harder than a children’s text', () => {
    const simple = Array.from({ length: 30 }, () => words('Der Hund ist groß und die Sonne scheint'));
    const hard = Array.from({ length: 30 }, () =>
      words('Die Bundesregierung beabsichtigt umfangreiche Verwaltungsvereinfachungen hinsichtlich genehmigungspflichtiger Infrastrukturvorhaben'),
    );
    const easy = measureReadability({ de: simple, en: [] });
    const difficult = measureReadability({ de: hard, en: [] });
    expect(easy.fleschAmstad!).toBeGreaterThan(difficult.fleschAmstad!);
    expect(easy.wienerSachtextformel!).toBeLessThan(6);
    expect(difficult.wienerSachtextformel!).toBeGreaterThan(12);
  });

  it('gives null for too little text', () => {
    expect(measureReadability({ de: [words('Kurz.')], en: [words('Short.')] })).toEqual({
      fleschAmstad: null,
      wienerSachtextformel: null,
      fleschReadingEase: null,
    });
  });

  it('gives the same result with a cache shared between calls, and fills it once per distinct word', () => {
    const german = [words('Die Regierung verhandelt über Zölle'), words('Die Regierung verhandelt weiter')];
    const english = [words('The government negotiates tariffs'), words('The government negotiates again')];
    const cache = createWordMeasureCache();
    const first = measureReadability({ de: german, en: english }, { minimumWords: 1, cache });
    expect(cache.de.size).toBe(6);
    expect(cache.en.size).toBe(5);
    expect(cache.de.get('Regierung')).toEqual({ syllables: 3, long: true });
    expect(measureReadability({ de: german, en: english }, { minimumWords: 1, cache })).toEqual(first);
    expect(measureReadability({ de: german, en: english }, { minimumWords: 1 })).toEqual(first);
  });
});
