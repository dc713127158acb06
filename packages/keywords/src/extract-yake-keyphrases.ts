import type { Sentence } from '@diskurs/tokenizer';
import { compareStrings } from './compare-strings.js';
import { deduplicatePhrases } from './deduplicate-phrases.js';
import {
  ACRONYM,
  CAPITALISED,
  CHUNK_START,
  CONTENT,
  INITIAL,
  toWordIndex,
  type WordIndex,
} from './index-words.js';
import { IndexedPhrasePool } from './indexed-phrase-pool.js';
import { markPhraseEnds } from './mark-phrase-ends.js';
import { IntPairMap } from './int-pair-map.js';
import { type LocalKeys, localizeKeys } from './localize-keys.js';
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
  const index = toWordIndex(input, options.segments);
  // Keys numbered densely for this group, so that the per-key arrays are the group's size.
  const local = localizeKeys(index, (options.unit ?? 'lemma') === 'lemma' ? index.lemmas : index.norms);
  const keys = local.keys;
  const statistics = countTermStatistics(index, keys, local.strings.length, options.window ?? 1);
  if (statistics.contentKeys.length === 0) return [];
  const scores = scoreTerms(statistics, findMedians(index, keys, statistics));
  const pool = collectCandidates(index, local, statistics, options.maxWords ?? 3);

  const { flags } = index;
  const { counts, pairs } = statistics;
  const tf = (key: number) => counts[key * STRIDE + TF]!;
  const cooccurrence = (a: number, b: number) => Math.max(0, pairs.get(a, b));
  // Candidates that occur often enough, ranked; phrases are only spelled out where needed (ties, output).
  const kept: number[] = [];
  const yakes: number[] = [];
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
        const probability = (cooccurrence(before, key) / tf(before)) * (cooccurrence(key, after) / tf(after));
        product *= 1 + (1 - probability);
        total -= 1 - probability;
      }
    }
    kept.push(candidate);
    yakes.push(product / (count * (1 + total)));
  }
  const countOf = (i: number) => pool.counts[kept[i]!]!;
  const phrase = (i: number) => pool.phraseOf(kept[i]!);
  const order = Array.from(kept, (_, i) => i).sort(
    (a, b) => yakes[a]! - yakes[b]! || countOf(b) - countOf(a) || compareStrings(phrase(a), phrase(b)),
  );
  function* rows(): Generator<YakeKeyphrase> {
    for (const i of order) yield { phrase: phrase(i), score: 1 / (1 + yakes[i]!), count: countOf(i), yake: yakes[i]! };
  }
  return deduplicatePhrases(rows(), options.deduplicate ?? 0.8, options.top ?? 10);
}

// Fields of a key in `TermStatistics.counts` (one row of STRIDE integers per key id, so that a
// word's counts share a cache line).
const TF = 0;
const UPPER = 1;
const ACRONYMS = 2;
const SPREAD = 3;
/** Number of the last sentence the key was seen in, plus one. */
const LAST_SENTENCE = 4;
const LEFT_DISTINCT = 5;
const LEFT_TOTAL = 6;
const RIGHT_DISTINCT = 7;
const RIGHT_TOTAL = 8;
/** Capitalised inside a sentence, acronyms included (for nouns, see `findNounKeys`). */
const CAPITALISED_INSIDE = 9;
/** Written without a capital. */
const LOWERCASE = 10;
const STRIDE = 11;

/** What YAKE counts per key id. */
interface TermStatistics {
  /**
   * Per key id `k`, at `k · STRIDE +`: TF, capitalised occurrences inside a sentence (acronyms not
   * included), acronym occurrences, distinct sentences, the last sentence + 1, distinct left
   * neighbours, left co-occurrences, distinct right neighbours, right co-occurrences, capitalised
   * occurrences inside a sentence (acronyms included), occurrences without a capital.
   */
  counts: Int32Array;
  /** Content keys in order of first sight (the order the mean and deviation are summed in). */
  contentKeys: number[];
  /** 1 for keys seen as content words. */
  content: Uint8Array;
  /** Co-occurrence counts, keyed (left word, right word) within the window. */
  pairs: IntPairMap;
  /** Sentences with words. */
  sentences: number;
}

/**
 * Term frequency, casing, sentence spread and context of every key. A term's left (right)
 * context is spread over as many distinct words as it has distinct pairs with it on the right (left).
 */
function countTermStatistics(index: WordIndex, keys: Int32Array, size: number, window: number): TermStatistics {
  const { flags, sentenceStarts } = index;
  const counts = new Int32Array(size * STRIDE);
  const content = new Uint8Array(size);
  const contentKeys: number[] = [];
  const pairs = new IntPairMap(Math.max(1024, keys.length >> 2));
  // Sentences are numbered among those with words (`number`).
  let number = -1;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    let chunkStart = sentenceStarts[s]!;
    if (chunkStart < sentenceStarts[s + 1]!) number++;
    for (let w = chunkStart; w < sentenceStarts[s + 1]!; w++) {
      const flag = flags[w]!;
      if ((flag & CHUNK_START) !== 0) chunkStart = w;
      const key = keys[w]!;
      const row = key * STRIDE;
      counts[row + TF]!++;
      if ((flag & ACRONYM) !== 0) counts[row + ACRONYMS]!++;
      else if ((flag & CAPITALISED) !== 0 && (flag & INITIAL) === 0) counts[row + UPPER]!++;
      if ((flag & CAPITALISED) === 0) counts[row + LOWERCASE]!++;
      else if ((flag & INITIAL) === 0) counts[row + CAPITALISED_INSIDE]!++;
      if (counts[row + LAST_SENTENCE] !== number + 1) {
        counts[row + LAST_SENTENCE] = number + 1;
        counts[row + SPREAD]!++;
      }
      if ((flag & CONTENT) !== 0 && content[key] === 0) {
        content[key] = 1;
        contentKeys.push(key);
      }
      for (let j = Math.max(chunkStart, w - window); j < w; j++) {
        const other = keys[j]! * STRIDE;
        if (pairs.increment(keys[j]!, key) === 0) {
          counts[row + LEFT_DISTINCT]!++;
          counts[other + RIGHT_DISTINCT]!++;
        }
        counts[row + LEFT_TOTAL]!++;
        counts[other + RIGHT_TOTAL]!++;
      }
    }
  }
  return { counts, contentKeys, content, pairs, sentences: number + 1 };
}

/** Median sentence number of each content key: its distinct sentences come in ascending order. */
function findMedians(index: WordIndex, keys: Int32Array, statistics: TermStatistics): Float64Array {
  const { sentenceStarts } = index;
  const { content, counts } = statistics;
  const size = content.length;
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
      const spread = counts[key * STRIDE + SPREAD]!;
      const middle = spread >> 1;
      if (rank === middle - 1) medians[key] = number;
      else if (rank === middle) medians[key] = spread % 2 === 1 ? number : (medians[key]! + number) / 2;
    }
  }
  return medians;
}

/** S(t) of every content key (Campos et al. 2020, §3.2). */
function scoreTerms(statistics: TermStatistics, medians: Float64Array): Float64Array {
  const { counts, contentKeys } = statistics;
  let sum = 0;
  let max = 0;
  for (const key of contentKeys) {
    sum += counts[key * STRIDE + TF]!;
    max = Math.max(max, counts[key * STRIDE + TF]!);
  }
  const mean = sum / contentKeys.length;
  let variance = 0;
  for (const key of contentKeys) variance += (counts[key * STRIDE + TF]! - mean) ** 2;
  const deviation = Math.sqrt(variance / contentKeys.length);
  const scores = new Float64Array(medians.length);
  for (const key of contentKeys) {
    const row = key * STRIDE;
    const tf = counts[row + TF]!;
    const casing = Math.max(counts[row + UPPER]!, counts[row + ACRONYMS]!) / (1 + Math.log(tf));
    const position = Math.log(Math.log(3 + medians[key]!));
    const frequency = tf / (mean + deviation);
    const leftTotal = counts[row + LEFT_TOTAL]!;
    const rightTotal = counts[row + RIGHT_TOTAL]!;
    const left = leftTotal > 0 ? counts[row + LEFT_DISTINCT]! / leftTotal : 0;
    const right = rightTotal > 0 ? counts[row + RIGHT_DISTINCT]! / rightTotal : 0;
    const relatedness = 1 + (left + right) * (tf / Math.max(max, 1));
    const different = counts[row + SPREAD]! / statistics.sentences;
    scores[key] = (relatedness * position) / (casing + frequency / relatedness + different / relatedness);
  }
  return scores;
}

/** Pools the candidates: up to `maxWords` words of a chunk from a content word to a possible phrase end. */
function collectCandidates(
  index: WordIndex,
  local: LocalKeys,
  statistics: TermStatistics,
  maxWords: number,
): IndexedPhrasePool {
  const { flags, sentenceStarts } = index;
  const { counts } = statistics;
  const ends = markPhraseEnds(
    index,
    local.keys,
    local.strings,
    (key) => counts[key * STRIDE + CAPITALISED_INSIDE]! > counts[key * STRIDE + LOWERCASE]!,
  );
  const pool = new IndexedPhrasePool(index, local.keys, local.strings.length);
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
