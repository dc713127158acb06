import { describe, expect, it } from 'vitest';
import { detectLanguage, isLanguageDetectorLoaded } from './detect-language.js';
import { TokenizerError } from './tokenizer-error.js';

describe('detectLanguage before the model is loaded', () => {
  it('throws a TokenizerError with a code that says what to do', () => {
    expect(isLanguageDetectorLoaded()).toBe(false);
    expect(() => detectLanguage('Hallo')).toThrowError(TokenizerError);
    try {
      detectLanguage('Hallo');
    } catch (error) {
      expect((error as TokenizerError).code).toBe('LANGUAGE_DETECTOR_NOT_LOADED');
      expect((error as TokenizerError).message).toContain('loadLanguageDetector');
    }
  });
});
