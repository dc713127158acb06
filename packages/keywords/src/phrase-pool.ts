import type { PhraseWord } from './collect-words.js';

/** One occurrence-pooled phrase candidate. */
export interface PhraseCandidate {
  /** Keys of its words joined by a space. */
  key: string;
  /** The words of its first occurrence. */
  words: PhraseWord[];
  /** Occurrences. */
  count: number;
  /** The most frequent surface form (words as written, sentence-initial capitals avoided when possible). */
  phrase: string;
}

/**
 * Pools phrase occurrences by key and picks the most frequent surface form of each.
 */
export class PhrasePool {
  readonly candidates = new Map<string, PhraseCandidate>();
  private readonly surfaces = new Map<string, Map<string, number>>();

  /**
   * Records one occurrence: `words[start … end − 1]` (default: all of `words`).
   *
   * @returns The candidate it counts for.
   */
  add(words: readonly PhraseWord[], start = 0, end = words.length): PhraseCandidate {
    let key = words[start]!.key;
    let surface = words[start]!.text;
    for (let i = start + 1; i < end; i++) {
      key += ` ${words[i]!.key}`;
      surface += ` ${words[i]!.text}`;
    }
    let candidate = this.candidates.get(key);
    let variants: Map<string, number>;
    if (candidate === undefined) {
      candidate = { key, words: words.slice(start, end), count: 0, phrase: '' };
      this.candidates.set(key, candidate);
      this.surfaces.set(key, (variants = new Map()));
    } else variants = this.surfaces.get(key)!;
    candidate.count++;
    // Sentence-initial occurrences weigh less: their capital may be positional only.
    variants.set(surface, (variants.get(surface) ?? 0) + (words[start]!.initial ? 1 : 2));
    return candidate;
  }

  /** Fixes each candidate's surface form (most weighted variant; ties by code-unit order). */
  finish(): PhraseCandidate[] {
    for (const candidate of this.candidates.values()) {
      let best = '';
      let bestWeight = -1;
      for (const [surface, weight] of this.surfaces.get(candidate.key)!) {
        if (weight > bestWeight || (weight === bestWeight && surface < best)) {
          best = surface;
          bestWeight = weight;
        }
      }
      candidate.phrase = best;
    }
    return [...this.candidates.values()];
  }
}
