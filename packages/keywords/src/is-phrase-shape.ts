import type { PhraseWord } from './collect-words.js';

/**
 * Whether a sequence of words may be a keyphrase: content words at both ends (stopwords only
 * inside), and in German sentences a noun or name as the last word.
 *
 * @param words The words.
 * @param lang The sentence language.
 * @param nouns Keys used as nouns (see {@link findNounKeys}).
 * @returns True when acceptable.
 */
export function isPhraseShape(words: readonly PhraseWord[], lang: string, nouns: ReadonlySet<string>): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || !first.content || !last.content) return false;
  if (lang === 'de' && !(last.acronym || nouns.has(last.key))) return false;
  return true;
}
