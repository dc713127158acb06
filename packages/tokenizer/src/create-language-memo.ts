import { detectLanguage, type LanguageGuess } from './detect-language.js';

/** Longest text whose guess is kept (longer sentences rarely repeat). */
const LONGEST_KEPT = 200;
/** Most guesses kept per prior; the memo is emptied when it is full. */
const MAX_KEPT = 50_000;

/**
 * A memoised {@link detectLanguage} for one analyzer (internal): the same text with the same prior
 * gets the same guess, computed once. Manual pages, lists and boilerplate repeat many short
 * sentences, each of which would otherwise run the n-gram model again.
 *
 * @returns `detect(text, prior)`, equal to `detectLanguage(text, { prior })`. Callers must not
 *   change the returned guess.
 */
export function createLanguageMemo(): (text: string, prior: 'de' | 'en' | null) => LanguageGuess {
  const byPrior = { de: new Map<string, LanguageGuess>(), en: new Map<string, LanguageGuess>(), none: new Map<string, LanguageGuess>() };
  return (text, prior) => {
    if (text.length > LONGEST_KEPT) return detectLanguage(text, { prior });
    const kept = prior === 'de' ? byPrior.de : prior === 'en' ? byPrior.en : byPrior.none;
    let guess = kept.get(text);
    if (guess === undefined) {
      guess = detectLanguage(text, { prior });
      if (kept.size >= MAX_KEPT) kept.clear();
      // a slice of the document would keep the whole document alive in the memo: copy it
      kept.set(text.length < 13 ? text : (text + ' ').slice(0, text.length), guess);
    }
    return guess;
  };
}
