import { TokenizerError } from './tokenizer-error.js';
import { normalizeLanguage } from './normalize-language.js';
import { loadLanguageNgrams, scoreLanguageNgrams } from './score-language-ngrams.js';
import type { Language } from './types.js';

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * Language expected a priori (usually the document's). It decides short and ambiguous text
   * and weighs less the longer the text is. `null`/absent: no prior. Default: none.
   */
  prior?: string | null;
}

/** Result of {@link detectLanguage}. */
export interface LanguageGuess {
  /** `de`, `en`, or `other` when the text is neither (or has no letters and there is no prior). */
  lang: Language;
  /** Confidence in [0, 1]. */
  confidence: number;
}

let loaded = false;

/**
 * Loads the language model once: the German and English n-gram weights of eld's `extrasmall`
 * database (see `score-language-ngrams.ts`), a table built in a few milliseconds. Needed before
 * {@link detectLanguage}; `analyze` and `createAnalyzer` call it themselves.
 *
 * @returns A promise that resolves when the model is ready.
 */
export function loadLanguageDetector(): Promise<void> {
  if (!loaded) {
    try {
      loadLanguageNgrams();
    } catch (cause) {
      return Promise.reject(
        new TokenizerError('LANGUAGE_DETECTOR_LOAD_FAILED', 'could not build the language model', { cause }),
      );
    }
    loaded = true;
  }
  return Promise.resolve();
}

/** Whether {@link loadLanguageDetector} has completed. */
export function isLanguageDetectorLoaded(): boolean {
  return loaded;
}

/** Longer text is cut to this many characters before n-gram detection (plenty for two languages). */
const MAX_DETECTED_LENGTH = 400;

function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) n++;
  }
  return n;
}

/**
 * Detects whether text is German, English or something else, with eld's n-gram model restricted
 * to German and English (its scores, computed by our own code over its German and English
 * weights). A prior (the document's language) decides short or ambiguous text: its weight shrinks
 * with the number of letters. Requires {@link loadLanguageDetector} to have
 * completed (throws `TokenizerError` with code `LANGUAGE_DETECTOR_NOT_LOADED` otherwise).
 *
 * @param text - A sentence or longer text.
 * @param options - See {@link DetectLanguageOptions}.
 * @returns The language and a confidence in [0, 1].
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  if (!loaded) {
    throw new TokenizerError(
      'LANGUAGE_DETECTOR_NOT_LOADED',
      'detectLanguage needs the language model: await loadLanguageDetector() (or createAnalyzer()) first',
    );
  }
  const prior = normalizeLanguage(options.prior);
  const letters = countLetters(text);
  if (letters === 0) return prior === null ? { lang: 'other', confidence: 0 } : { lang: prior, confidence: 0.5 };
  let { de, en } = scoreLanguageNgrams(text.length > MAX_DETECTED_LENGTH ? text.slice(0, MAX_DETECTED_LENGTH) : text);
  if (de === 0 && en === 0) {
    // letters, but neither German nor English n-grams (another script or language)
    // short text of names or codes ("Yanis Varoufakis:", "BIC: GENODEM1GLS") follows the prior
    if (prior !== null && letters < 40) return { lang: prior, confidence: 0.5 };
    return { lang: 'other', confidence: letters >= 12 ? 0.6 : 0.3 };
  }
  if (prior !== null) {
    const bonus = letters < 20 ? 0.3 : letters < 40 ? 0.15 : letters < 80 ? 0.06 : 0.02;
    if (prior === 'de') de += bonus;
    else en += bonus;
  }
  const best = Math.max(de, en);
  const other = Math.min(de, en);
  const lang: Language = de >= en ? 'de' : 'en';
  const confidence = Math.max(0, Math.min(1, best === 0 ? 0 : 0.5 + (best - other) / (2 * best)));
  return { lang, confidence: Math.round(confidence * 1000) / 1000 };
}
