import type { Sentence } from '@diskurs/tokenizer';
import { collectWords, type PhraseWord } from './collect-words.js';
import { compareStrings } from './compare-strings.js';
import { deduplicatePhrases } from './deduplicate-phrases.js';
import { findNounKeys } from './find-noun-keys.js';
import { isPhraseShape } from './is-phrase-shape.js';
import { PhrasePool } from './phrase-pool.js';
import type { TermUnit } from './types.js';

/** Options shared by the keyphrase extractors. */
export interface KeyphraseOptions {
  /** Keyphrases returned. Default `10`. */
  top?: number;
  /** Longest phrase in words. Default `3`. */
  maxWords?: number;
  /** Minimum occurrences of a phrase. Default `2`. */
  minCount?: number;
  /** Drop a phrase whose Levenshtein similarity to a better one reaches this. Default `0.8`. */
  deduplicate?: number;
  /** Key words by lemma or surface form. Default `'lemma'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
}

/** A keyphrase. */
export interface Keyphrase {
  /** The phrase as most often written. */
  phrase: string;
  /** Relevance, higher is better (YAKE: `1 / (1 + S)`; TextRank: summed PageRank of its words). */
  score: number;
  /** Occurrences. */
  count: number;
}

/** Options of {@link extractYakeKeyphrases}. */
export interface YakeOptions extends KeyphraseOptions {
  /** Co-occurrence window (words to each side) for the relatedness feature. Default `1`. */
  window?: number;
}

/** A YAKE keyphrase with its raw score. */
export interface YakeKeyphrase extends Keyphrase {
  /** YAKE's S(kw); lower is better. */
  yake: number;
}

interface TermStatistics {
  tf: number;
  upper: number;
  acronym: number;
  sentences: number[];
  left: Map<string, number>;
  right: Map<string, number>;
  score: number;
}

/**
 * YAKE keyphrases, implemented from the paper (Campos, Mangaravite, Pasquali, Jorge, Nunes &
 * Jatowt 2020, "YAKE! Keyword extraction from single documents using multiple local features",
 * Information Sciences 509, 257–289). Each word gets
 * `S(t) = Rel·Pos / (Case + Freq/Rel + Sent/Rel)` from its casing, median sentence position,
 * normalised frequency, context relatedness and sentence spread; a candidate of up to
 * `maxWords` words scores `S(kw) = Π S(t) / (TF(kw) · (1 + Σ S(t)))` (stopwords inside a
 * phrase contribute through their bigram probabilities); lower is better, near-duplicates are
 * dropped. Words are keyed by lemma; German candidates must end in a noun or name.
 *
 * @param sentences Tokenizer sentences of one document or a group.
 * @param options See {@link YakeOptions}.
 * @returns The keyphrases, best first.
 */
export function extractYakeKeyphrases(sentences: readonly Sentence[], options: YakeOptions = {}): YakeKeyphrase[] {
  const collected = collectWords(sentences, options);
  const window = options.window ?? 1;
  const maxWords = options.maxWords ?? 3;
  const terms = new Map<string, TermStatistics>();
  const statistics = (key: string): TermStatistics => {
    let entry = terms.get(key);
    if (entry === undefined) {
      entry = { tf: 0, upper: 0, acronym: 0, sentences: [], left: new Map(), right: new Map(), score: 0 };
      terms.set(key, entry);
    }
    return entry;
  };
  const contentKeys = new Set<string>();
  for (const sentence of collected) {
    for (const chunk of sentence.chunks) {
      for (let i = 0; i < chunk.length; i++) {
        const word = chunk[i]!;
        const entry = statistics(word.key);
        entry.tf++;
        if (word.acronym) entry.acronym++;
        else if (word.capitalised && !word.initial) entry.upper++;
        if (entry.sentences[entry.sentences.length - 1] !== sentence.index) entry.sentences.push(sentence.index);
        if (word.content) contentKeys.add(word.key);
        for (let j = Math.max(0, i - window); j < i; j++) {
          const other = chunk[j]!.key;
          entry.left.set(other, (entry.left.get(other) ?? 0) + 1);
          const otherEntry = statistics(other);
          otherEntry.right.set(word.key, (otherEntry.right.get(word.key) ?? 0) + 1);
        }
      }
    }
  }
  if (contentKeys.size === 0) return [];

  let sum = 0;
  let max = 0;
  for (const key of contentKeys) {
    const tf = terms.get(key)!.tf;
    sum += tf;
    max = Math.max(max, tf);
  }
  const mean = sum / contentKeys.size;
  let variance = 0;
  for (const key of contentKeys) variance += (terms.get(key)!.tf - mean) ** 2;
  const deviation = Math.sqrt(variance / contentKeys.size);
  const sentenceCount = collected.length;
  for (const [key, entry] of terms) {
    const casing = Math.max(entry.upper, entry.acronym) / (1 + Math.log(entry.tf));
    const position = Math.log(Math.log(3 + median(entry.sentences)));
    const frequency = entry.tf / (mean + deviation);
    const spread = (distinct: Map<string, number>) => {
      let total = 0;
      for (const count of distinct.values()) total += count;
      return total > 0 ? distinct.size / total : 0;
    };
    const relatedness = 1 + (spread(entry.left) + spread(entry.right)) * (entry.tf / Math.max(max, 1));
    const different = entry.sentences.length / sentenceCount;
    entry.score = (relatedness * position) / (casing + frequency / relatedness + different / relatedness);
    void key;
  }

  const nouns = findNounKeys(collected);
  const pool = new PhrasePool();
  for (const sentence of collected) {
    for (const chunk of sentence.chunks) {
      for (let i = 0; i < chunk.length; i++) {
        for (let n = 1; n <= maxWords && i + n <= chunk.length; n++) {
          if (isPhraseShape(chunk, sentence.lang, nouns, i, i + n)) pool.add(chunk, i, i + n);
        }
      }
    }
  }

  const cooccurrence = (a: string, b: string) => terms.get(a)?.right.get(b) ?? 0;
  const scored: YakeKeyphrase[] = [];
  const minCount = options.minCount ?? 2;
  for (const candidate of pool.finish()) {
    if (candidate.count < minCount) continue;
    const yake = scoreCandidate(candidate.words, candidate.count, terms, cooccurrence);
    scored.push({ phrase: candidate.phrase, score: 1 / (1 + yake), count: candidate.count, yake });
  }
  scored.sort((a, b) => a.yake - b.yake || b.count - a.count || compareStrings(a.phrase, b.phrase));
  return deduplicatePhrases(scored, options.deduplicate ?? 0.8, options.top ?? 10);
}

function scoreCandidate(
  words: readonly PhraseWord[],
  count: number,
  terms: Map<string, TermStatistics>,
  cooccurrence: (a: string, b: string) => number,
): number {
  let product = 1;
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.content) {
      const score = terms.get(word.key)!.score;
      product *= score;
      sum += score;
    } else {
      // A stopword inside a phrase: the probability of the bigrams around it (Campos et al. 2020, §3.3).
      const before = words[i - 1]!.key;
      const after = words[i + 1]!.key;
      const probability =
        (cooccurrence(before, word.key) / terms.get(before)!.tf) * (cooccurrence(word.key, after) / terms.get(after)!.tf);
      product *= 1 + (1 - probability);
      sum -= 1 - probability;
    }
  }
  return product / (count * (1 + sum));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
