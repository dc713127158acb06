import type { LanguageGuess } from './detect-language.js';
import type { Language } from './types.js';

/**
 * A sure guess from function words that exist in only one of the two languages (`der`, `und`,
 * `nicht` / `the`, `and`, `of`), or null when the evidence is thin or mixed. Used by `analyze`
 * to skip the n-gram model for most ordinary sentences.
 *
 * @param german - Number of German-only function words in the sentence.
 * @param english - Number of English-only function words.
 * @param prior - The document language: one word of it and none of the other suffice.
 */
export function guessFromFunctionWords(german: number, english: number, prior?: 'de' | 'en' | null): LanguageGuess | null {
  const most = Math.max(german, english);
  const least = Math.min(german, english);
  const lang: Language = german > english ? 'de' : 'en';
  if (least === 0 && (most >= 2 || (most === 1 && prior === lang))) {
    return { lang, confidence: Math.round(Math.min(0.99, 0.7 + 0.05 * most) * 1000) / 1000 };
  }
  if (most >= 6 && least * 6 <= most) {
    return { lang, confidence: Math.round(Math.min(0.99, 0.7 + 0.03 * (most - least)) * 1000) / 1000 };
  }
  return null;
}
