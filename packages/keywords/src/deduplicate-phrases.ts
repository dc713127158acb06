import { measureSimilarity } from './measure-similarity.js';

/**
 * Keeps phrases in order, skipping any whose Levenshtein similarity to an already kept one
 * reaches the threshold, or that mostly occurs inside an already kept longer phrase (at most
 * twice as often as it: `States` after `United States`), until `top` are kept.
 *
 * @param ranked Phrases, best first.
 * @param threshold Similarity in [0, 1] at which a phrase counts as a duplicate.
 * @param top How many to keep.
 * @returns The kept phrases.
 */
export function deduplicatePhrases<T extends { phrase: string; count: number }>(
  ranked: readonly T[],
  threshold: number,
  top: number,
): T[] {
  const kept: T[] = [];
  const lowered: string[] = [];
  for (const item of ranked) {
    if (kept.length >= top) break;
    const phrase = item.phrase.toLowerCase();
    const padded = ` ${phrase} `;
    const duplicate = lowered.some(
      (other, index) =>
        measureSimilarity(other, phrase) >= threshold ||
        (` ${other} `.includes(padded) && item.count <= 2 * kept[index]!.count),
    );
    if (duplicate) continue;
    kept.push(item);
    lowered.push(phrase);
  }
  return kept;
}
