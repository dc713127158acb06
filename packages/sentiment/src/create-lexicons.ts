import type { Lexicon, LexiconHit, Lexicons } from './types.js';

/**
 * Combine lexicons into the per-language lookup index used by the scorers. Earlier lexicons win:
 * a term present in several lexicons of the same language gets the score of the first.
 *
 * @param lexicons - Lexicons in priority order (highest first).
 * @returns The combined {@link Lexicons}.
 */
export function createLexicons(lexicons: readonly Lexicon[]): Lexicons {
  const result: Lexicons = {
    lexicons: [...lexicons],
    de: new Map<string, LexiconHit>(),
    en: new Map<string, LexiconHit>(),
    prefixes: { de: new Map<string, LexiconHit>(), en: new Map<string, LexiconHit>() },
    maxPhraseLength: { de: 1, en: 1 },
  };
  lexicons.forEach((lexicon, rank) => {
    const index = result[lexicon.lang];
    for (const [term, score] of lexicon.entries) {
      if (index.has(term)) continue;
      index.set(term, { score, source: lexicon.name, rank });
      const words = term.split(' ').length;
      if (words > result.maxPhraseLength[lexicon.lang]) result.maxPhraseLength[lexicon.lang] = words;
    }
    const prefixes = result.prefixes[lexicon.lang];
    for (const [prefix, score] of lexicon.prefixes ?? []) {
      if (!prefixes.has(prefix)) prefixes.set(prefix, { score, source: lexicon.name, rank });
    }
  });
  return result;
}
