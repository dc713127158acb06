import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageMemo } from './create-language-memo.js';
import { detectLanguage, loadLanguageDetector } from './detect-language.js';

const texts = ['Warum?', 'Make America Great Again', 'Siehe auch', 'OK.', 'x'.repeat(250), 'Der Zug fährt.'];

describe('createLanguageMemo', () => {
  beforeAll(async () => {
    await loadLanguageDetector();
  });

  it('gives what detectLanguage gives, for every prior, again and again', () => {
    const detect = createLanguageMemo();
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        for (const prior of ['de', 'en', null] as const) {
          expect(detect(text, prior)).toEqual(detectLanguage(text, { prior }));
        }
      }
    }
  });

  it('keeps one guess per text and prior', () => {
    const detect = createLanguageMemo();
    const sentence = 'Ja.';
    expect(detect(sentence, 'de')).toBe(detect(`${sentence}`, 'de'));
    // another prior is another question
    expect(detect(sentence, 'en')).not.toBe(detect(sentence, 'de'));
    expect(detect(sentence, 'en')).toEqual(detectLanguage(sentence, { prior: 'en' }));
  });
});
