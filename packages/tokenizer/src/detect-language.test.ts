import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, loadLanguageDetector } from './detect-language.js';
import { normalizeLanguage } from './normalize-language.js';

const cases: Array<[text: string, prior: string | null, expected: 'de' | 'en' | 'other']> = [
  ['Der russische Präsident sagte auf dem Treffen deutlich, dass die USA am Zug seien.', null, 'de'],
  ['The plutocrats who support Trump may remain safer than Berezovsky.', null, 'en'],
  ['Nobody can then be truly safe.', null, 'en'],
  ['Die Bahn hat damit eine enorm hohe Netzwerkzentralität.', null, 'de'],
  ['Warum?', 'de', 'de'],
  ['Radical?', 'en', 'en'],
  ['Not at all.', 'en', 'en'],
  ['In 24 Stunden.', 'de', 'de'],
  ['Make America Great Again', 'de', 'en'],
  ['Of course, he was wrong.', 'en', 'en'],
  ['Ja.', 'de', 'de'],
  ['OK.', 'en', 'en'],
  ['Это русский текст о политике и экономике.', null, 'other'],
  ['这是一个关于政治的中文句子。', null, 'other'],
  ['Yanis Varoufakis:', 'de', 'de'],
  ['BIC: GENODEM1GLS', 'de', 'de'],
];

describe('detectLanguage', () => {
  beforeAll(async () => {
    await loadLanguageDetector();
  });

  it.each(cases)('%s (prior %s) → %s', (text, prior, expected) => {
    expect(detectLanguage(text, { prior }).lang).toBe(expected);
  });

  it('gives a confidence in [0, 1]', () => {
    const { confidence } = detectLanguage('Das ist ein ganz normaler deutscher Satz.');
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('uses the prior for text without letters, else other', () => {
    expect(detectLanguage('42 %', { prior: 'de' })).toEqual({ lang: 'de', confidence: 0.5 });
    expect(detectLanguage('42 %')).toEqual({ lang: 'other', confidence: 0 });
  });

  it('normalises language names', () => {
    expect(normalizeLanguage('de-DE')).toBe('de');
    expect(normalizeLanguage('English')).toBe('en');
    expect(normalizeLanguage('fr')).toBeNull();
    expect(normalizeLanguage(null)).toBeNull();
  });
});
