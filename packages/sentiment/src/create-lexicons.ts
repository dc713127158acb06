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
    phraseStarts: { de: new Set<string>(), en: new Set<string>() },
  };
  lexicons.forEach((lexicon, rank) => {
    const index = result[lexicon.lang];
    for (const [term, score] of lexicon.entries) {
      if (index.has(term)) continue;
      index.set(term, { score, source: lexicon.name, rank });
      if (!term.includes(' ')) continue;
      const words = term.split(' ');
      result.phraseStarts[lexicon.lang].add(words[0]!);
      if (words.length > result.maxPhraseLength[lexicon.lang]) result.maxPhraseLength[lexicon.lang] = words.length;
    }
    const prefixes = result.prefixes[lexicon.lang];
    for (const [prefix, score] of lexicon.prefixes ?? []) {
      if (!prefixes.has(prefix)) prefixes.set(prefix, { score, source: lexicon.name, rank });
    }
  });
  return result;
}
