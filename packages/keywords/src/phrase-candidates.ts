import type { PhraseSentence, PhraseWord } from './collect-words.js';
import { measureSimilarity } from './measure-similarity.js';

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

/**
 * Pools phrase occurrences by key and picks the most frequent surface form of each.
 */
export class PhrasePool {
  readonly candidates = new Map<string, PhraseCandidate>();
  private readonly surfaces = new Map<string, Map<string, number>>();

  /** Records one occurrence. */
  add(words: readonly PhraseWord[]): PhraseCandidate {
    const key = words.map((w) => w.key).join(' ');
    let candidate = this.candidates.get(key);
    if (candidate === undefined) {
      candidate = { key, words: [...words], count: 0, phrase: '' };
      this.candidates.set(key, candidate);
      this.surfaces.set(key, new Map());
    }
    candidate.count++;
    const surface = words.map((w) => w.text).join(' ');
    const variants = this.surfaces.get(key)!;
    // Sentence-initial occurrences weigh less: their capital may be positional only.
    variants.set(surface, (variants.get(surface) ?? 0) + (words[0]!.initial ? 1 : 2));
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

/**
 * Keeps phrases in order, skipping any whose Levenshtein similarity to an already kept one
 * reaches the threshold, or that only occurs inside an already kept longer phrase (same or
 * lower count), until `top` are kept.
 *
 * @param ranked Phrases, best first.
 * @param threshold Similarity in [0, 1] at which a phrase counts as a duplicate.
 * @param top How many to keep.
 * @returns The kept phrases.
 */
export function deduplicate<T extends { phrase: string; count: number }>(
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
        (` ${other} `.includes(padded) && item.count <= kept[index]!.count),
    );
    if (duplicate) continue;
    kept.push(item);
    lowered.push(phrase);
  }
  return kept;
}
