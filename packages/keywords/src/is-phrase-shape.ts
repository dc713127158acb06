import type { PhraseWord } from './collect-words.js';

/**
 * Whether a sequence of words may be a keyphrase: content words at both ends (stopwords only
 * inside), and in German sentences a noun or name as the last word.
 *
 * @param words The words.
 * @param lang The sentence language.
 * @param nouns Keys used as nouns (see {@link findNounKeys}).
 * @param start First word of the phrase in `words`. Default `0`.
 * @param end End (exclusive) of the phrase in `words`. Default `words.length`.
 * @returns True when acceptable.
 */
export function isPhraseShape(
  words: readonly PhraseWord[],
  lang: string,
  nouns: ReadonlySet<string>,
  start = 0,
  end = words.length,
): boolean {
  if (end <= start) return false;
  const first = words[start]!;
  const last = words[end - 1]!;
  if (!first.content || !last.content) return false;
  if (lang === 'de' && !(last.acronym || nouns.has(last.key))) return false;
  return true;
}
