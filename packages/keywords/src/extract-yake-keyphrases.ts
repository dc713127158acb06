import type { Sentence } from '@diskurs/tokenizer';
import { compareStrings } from './compare-strings.js';
import { deduplicatePhrases } from './deduplicate-phrases.js';
import {
  ACRONYM,
  CAPITALISED,
  CHUNK_START,
  CONTENT,
  INITIAL,
  indexWords,
  isWordIndex,
  type WordIndex,
} from './index-words.js';
import { IndexedPhrasePool } from './indexed-phrase-pool.js';
import { markPhraseEnds } from './mark-phrase-ends.js';
import { IntPairMap } from './int-pair-map.js';
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
 * @param input Tokenizer sentences of one document or a group, or their {@link WordIndex} (to share one
 *   index between extractors; `options.segments` then does not apply).
 * @param options See {@link YakeOptions}.
 * @returns The keyphrases, best first.
 */
export function extractYakeKeyphrases(
  input: readonly Sentence[] | WordIndex,
  options: YakeOptions = {},
): YakeKeyphrase[] {
  const index = isWordIndex(input)
    ? input
    : indexWords([{ name: '', sentences: input }], options.segments ? { segments: options.segments } : {});
  const keys = (options.unit ?? 'lemma') === 'lemma' ? index.lemmas : index.norms;
  const statistics = countTermStatistics(index, keys, options.window ?? 1);
  if (statistics.contentKeys.length === 0) return [];
  const scores = scoreTerms(statistics, findMedians(index, keys, statistics));
  const pool = collectCandidates(index, keys, options.maxWords ?? 3);

  const { flags } = index;
  const { tf, pairs } = statistics;
  const cooccurrence = (a: number, b: number) => Math.max(0, pairs.get(a, b));
  const scored: YakeKeyphrase[] = [];
  const minCount = options.minCount ?? 2;
  for (let candidate = 0; candidate < pool.counts.length; candidate++) {
    const count = pool.counts[candidate]!;
    if (count < minCount) continue;
    // S(kw) from the words of the first occurrence.
    const first = pool.firsts[candidate]!;
    const end = first + pool.lengths[candidate]!;
    let product = 1;
    let total = 0;
    for (let w = first; w < end; w++) {
      const key = keys[w]!;
      if ((flags[w]! & CONTENT) !== 0) {
        product *= scores[key]!;
        total += scores[key]!;
      } else {
        // A stopword inside a phrase: the probability of the bigrams around it (Campos et al. 2020, §3.3).
        const before = keys[w - 1]!;
        const after = keys[w + 1]!;
        const probability = (cooccurrence(before, key) / tf[before]!) * (cooccurrence(key, after) / tf[after]!);
        product *= 1 + (1 - probability);
        total -= 1 - probability;
      }
    }
    const yake = product / (count * (1 + total));
    scored.push({ phrase: pool.phraseOf(candidate), score: 1 / (1 + yake), count, yake });
  }
  scored.sort((a, b) => a.yake - b.yake || b.count - a.count || compareStrings(a.phrase, b.phrase));
  return deduplicatePhrases(scored, options.deduplicate ?? 0.8, options.top ?? 10);
}

/** What YAKE counts per key id (arrays indexed by string id). */
interface TermStatistics {
  tf: Int32Array;
  /** Capitalised occurrences inside a sentence (acronyms not included). */
  upper: Int32Array;
  acronym: Int32Array;
  /** Distinct sentences. */
  spread: Int32Array;
  leftDistinct: Int32Array;
  leftTotal: Int32Array;
  rightDistinct: Int32Array;
  rightTotal: Int32Array;
  /** 1 for keys seen as content words. */
  content: Uint8Array;
  /** Content keys in order of first sight (the order the mean and deviation are summed in). */
  contentKeys: number[];
  /** Co-occurrence counts, keyed (left word, right word) within the window. */
  pairs: IntPairMap;
  /** Sentences with words. */
  sentences: number;
}

/**
 * Term frequency, casing, sentence spread and context of every key. A term's left (right)
 * context is spread over as many distinct words as it has distinct pairs with it on the right (left).
 */
function countTermStatistics(index: WordIndex, keys: Int32Array, window: number): TermStatistics {
  const { flags, sentenceStarts } = index;
  const size = index.strings.strings.length;
  const statistics: TermStatistics = {
    tf: new Int32Array(size),
    upper: new Int32Array(size),
    acronym: new Int32Array(size),
    spread: new Int32Array(size),
    leftDistinct: new Int32Array(size),
    leftTotal: new Int32Array(size),
    rightDistinct: new Int32Array(size),
    rightTotal: new Int32Array(size),
    content: new Uint8Array(size),
    contentKeys: [],
    pairs: new IntPairMap(Math.max(1024, keys.length >> 2)),
    sentences: 0,
  };
  const { tf, upper, acronym, spread, leftDistinct, leftTotal, rightDistinct, rightTotal, content, contentKeys, pairs } =
    statistics;
  const lastSentence = new Int32Array(size).fill(-1);
  // Sentences are numbered among those with words (`number`).
  let number = -1;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    let chunkStart = sentenceStarts[s]!;
    if (chunkStart < sentenceStarts[s + 1]!) number++;
    for (let w = chunkStart; w < sentenceStarts[s + 1]!; w++) {
      const flag = flags[w]!;
      if ((flag & CHUNK_START) !== 0) chunkStart = w;
      const key = keys[w]!;
      tf[key]!++;
      if ((flag & ACRONYM) !== 0) acronym[key]!++;
      else if ((flag & CAPITALISED) !== 0 && (flag & INITIAL) === 0) upper[key]!++;
      if (lastSentence[key] !== number) {
        lastSentence[key] = number;
        spread[key]!++;
      }
      if ((flag & CONTENT) !== 0 && content[key] === 0) {
        content[key] = 1;
        contentKeys.push(key);
      }
      for (let j = Math.max(chunkStart, w - window); j < w; j++) {
        const other = keys[j]!;
        if (pairs.increment(other, key) === 0) {
          leftDistinct[key]!++;
          rightDistinct[other]!++;
        }
        leftTotal[key]!++;
        rightTotal[other]!++;
      }
    }
  }
  statistics.sentences = number + 1;
  return statistics;
}

/** Median sentence number of each content key: its distinct sentences come in ascending order. */
function findMedians(index: WordIndex, keys: Int32Array, statistics: TermStatistics): Float64Array {
  const { sentenceStarts } = index;
  const { content, spread } = statistics;
  const size = index.strings.strings.length;
  const medians = new Float64Array(size);
  const seen = new Int32Array(size);
  const lastSentence = new Int32Array(size).fill(-1);
  let number = -1;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    if (sentenceStarts[s]! < sentenceStarts[s + 1]!) number++;
    for (let w = sentenceStarts[s]!; w < sentenceStarts[s + 1]!; w++) {
      const key = keys[w]!;
      if (content[key] === 0 || lastSentence[key] === number) continue;
      lastSentence[key] = number;
      const rank = seen[key]!++;
      const middle = spread[key]! >> 1;
      if (rank === middle - 1) medians[key] = number;
      else if (rank === middle) medians[key] = spread[key]! % 2 === 1 ? number : (medians[key]! + number) / 2;
    }
  }
  return medians;
}

/** S(t) of every content key (Campos et al. 2020, §3.2). */
function scoreTerms(statistics: TermStatistics, medians: Float64Array): Float64Array {
  const { tf, upper, acronym, spread, leftDistinct, leftTotal, rightDistinct, rightTotal, contentKeys } = statistics;
  let sum = 0;
  let max = 0;
  for (const key of contentKeys) {
    sum += tf[key]!;
    max = Math.max(max, tf[key]!);
  }
  const mean = sum / contentKeys.length;
  let variance = 0;
  for (const key of contentKeys) variance += (tf[key]! - mean) ** 2;
  const deviation = Math.sqrt(variance / contentKeys.length);
  const scores = new Float64Array(tf.length);
  for (const key of contentKeys) {
    const casing = Math.max(upper[key]!, acronym[key]!) / (1 + Math.log(tf[key]!));
    const position = Math.log(Math.log(3 + medians[key]!));
    const frequency = tf[key]! / (mean + deviation);
    const left = leftTotal[key]! > 0 ? leftDistinct[key]! / leftTotal[key]! : 0;
    const right = rightTotal[key]! > 0 ? rightDistinct[key]! / rightTotal[key]! : 0;
    const relatedness = 1 + (left + right) * (tf[key]! / Math.max(max, 1));
    const different = spread[key]! / statistics.sentences;
    scores[key] = (relatedness * position) / (casing + frequency / relatedness + different / relatedness);
  }
  return scores;
}

/** Pools the candidates: up to `maxWords` words of a chunk from a content word to a possible phrase end. */
function collectCandidates(index: WordIndex, keys: Int32Array, maxWords: number): IndexedPhrasePool {
  const { flags, sentenceStarts } = index;
  const ends = markPhraseEnds(index, keys);
  const pool = new IndexedPhrasePool(index, keys);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const sentenceEnd = sentenceStarts[s + 1]!;
    let chunkEnd = sentenceStarts[s]!;
    for (let w = sentenceStarts[s]!; w < sentenceEnd; w++) {
      if (w === chunkEnd) for (chunkEnd = w + 1; chunkEnd < sentenceEnd && (flags[chunkEnd]! & CHUNK_START) === 0; ) chunkEnd++;
      // A phrase starts with a content word.
      if ((flags[w]! & CONTENT) !== 0) pool.addFrom(w, Math.min(w + maxWords, chunkEnd), 1, ends);
    }
  }
  return pool;
}
