import type { PhraseSentence } from './collect-words.js';

/**
 * Keys of words used as nouns or names in German: capitalised inside a sentence more often
 * than written in lower case. German capitalises every noun, so this finds noun phrases' heads.
 *
 * @param sentences Collected sentences.
 * @returns The keys.
 */
export function findNounKeys(sentences: readonly PhraseSentence[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const sentence of sentences) {
    for (const chunk of sentence.chunks) {
      for (const word of chunk) {
        if (word.capitalised && !word.initial) upper.set(word.key, (upper.get(word.key) ?? 0) + 1);
        else if (!word.capitalised) lower.set(word.key, (lower.get(word.key) ?? 0) + 1);
      }
    }
  }
  const keys = new Set<string>();
  for (const [key, count] of upper) if (count > (lower.get(key) ?? 0)) keys.add(key);
  return keys;
}
