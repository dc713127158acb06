import type { Language, Token } from '@diskurs/tokenizer';

/**
 * Whether a token counts as a content word: a word that is not a stopword of the sentence's
 * language, not a number or punctuation, and longer than one character. (Mirrors the
 * tokenizer's `isContentWord`.)
 *
 * @param token A token.
 * @param lang The language of its sentence. Default: the token's own stopword flag.
 * @returns True for content words.
 */
export function isCountedWord(token: Token, lang?: Language): boolean {
  void lang;
  return token.kind === 'word' && !token.stopword && token.norm.length > 1;
}
