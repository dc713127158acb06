import type { PhraseWord } from './collect-words.js';

/**
 * Frequent English adjectives and quantifiers that head no noun phrase (`great`, `new`): they
 * may not end an English keyphrase (the tokenizer gives no part-of-speech tags).
 */
export const ENGLISH_NON_HEADS: ReadonlySet<string> = new Set(
  (
    'able best better big certain clear common early few first free full general good great high important ' +
    'large last late least less little long many more most much necessary new next old only other own ' +
    'past possible present real recent right same several small special strong such sure true whole'
  ).split(' '),
);

/**
 * Whether a sequence of words may be a keyphrase: content words at both ends (stopwords only
 * inside); in German sentences a noun or name as the last word, in English sentences not one of
 * {@link ENGLISH_NON_HEADS}.
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
  if (lang === 'en' && ENGLISH_NON_HEADS.has(last.key)) return false;
  return true;
}
