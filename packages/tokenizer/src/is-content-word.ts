import { charClass, LETTER } from './char-class.js';
import { isStopword } from './is-stopword.js';
import type { Language, Token } from './types.js';

/**
 * Whether a token is a content word fit for keywords: a `word` token with at least two
 * characters and a letter, not a stopword. Negations and words like `gut` are stopwords and so
 * not content words; sentiment scoring must not rely on this (see `isNegation`).
 *
 * @param token - A token (`kind`, `norm` and `stopword` are read).
 * @param lang - Language whose stopword list decides; default: the token's own `stopword` flag.
 * @returns True for a content word.
 */
export function isContentWord(token: Pick<Token, 'kind' | 'norm' | 'stopword'>, lang?: Language | 'any'): boolean {
  if (token.kind !== 'word') return false;
  const norm = token.norm;
  if (norm.length < 2) return false;
  if (lang === undefined ? token.stopword : isStopword(norm, lang)) return false;
  for (let i = 0; i < norm.length; i++) {
    if (charClass(norm.charCodeAt(i)) === LETTER) return true;
  }
  return false;
}
