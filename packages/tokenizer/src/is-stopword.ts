import { deu, eng } from 'stopword';
import type { Language } from './types.js';

/** German stopwords of the `stopword` package (MIT), lowercased. */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(deu.map((w: string) => w.toLowerCase()));
/** English stopwords of the `stopword` package (MIT), lowercased. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng.map((w: string) => w.toLowerCase()));

/**
 * Whether a normalised word is on the stopword list of a language (lists of the `stopword`
 * package). This is a flag only: never drop tokens by it before sentiment or stance scoring,
 * the German list contains `nicht`, `kein`, `nie`, `ohne`, `gegen` and `gut` (see {@link isNegation}).
 *
 * @param norm - Lowercased token (`Token.norm`).
 * @param lang - `'de'`, `'en'`, `'other'` (always false) or `'any'` (either list).
 * @returns True when `norm` is on the list.
 */
export function isStopword(norm: string, lang: Language | 'any'): boolean {
  if (lang === 'de') return GERMAN_STOPWORDS.has(norm);
  if (lang === 'en') return ENGLISH_STOPWORDS.has(norm);
  if (lang === 'any') return GERMAN_STOPWORDS.has(norm) || ENGLISH_STOPWORDS.has(norm);
  return false;
}
