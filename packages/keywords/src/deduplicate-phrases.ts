import { measureSimilarity } from './measure-similarity.js';

/**
 * Keeps phrases in order, skipping any whose Levenshtein similarity to an already kept one
 * reaches the threshold, or that mostly occurs inside an already kept longer phrase (at most
 * twice as often as it: `States` after `United States`), until `top` are kept.
 *
 * @param ranked Phrases, best first (any iterable: it is read only as far as needed).
 * @param threshold Similarity in [0, 1] at which a phrase counts as a duplicate.
 * @param top How many to keep.
 * @returns The kept phrases.
 */
export function deduplicatePhrases<T extends { phrase: string; count: number }>(
  ranked: Iterable<T>,
  threshold: number,
  top: number,
): T[] {
  const kept: T[] = [];
  const lowered: string[] = [];
  const paddings: string[] = [];
  for (const item of ranked) {
    if (kept.length >= top) break;
    const phrase = item.phrase.toLowerCase();
    const padded = ` ${phrase} `;
    const duplicate = lowered.some((other, index) => {
      // The distance is at least the difference in length: skip Levenshtein when that alone keeps the similarity below the threshold.
      const longest = Math.max(other.length, phrase.length);
      const reachable = longest === 0 || 1 - Math.abs(other.length - phrase.length) / longest >= threshold;
      return (
        (reachable && measureSimilarity(other, phrase) >= threshold) ||
        (paddings[index]!.includes(padded) && item.count <= 2 * kept[index]!.count)
      );
    });
    if (duplicate) continue;
    kept.push(item);
    lowered.push(phrase);
    paddings.push(padded);
  }
  return kept;
}
