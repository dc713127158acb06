import type { Sentence } from '@diskurs/tokenizer';
import { compareStrings } from './compare-strings.js';
import { deduplicatePhrases } from './deduplicate-phrases.js';
import type { Keyphrase, KeyphraseOptions } from './extract-yake-keyphrases.js';
import { CHUNK_START, CONTENT, toWordIndex, type WordIndex } from './index-words.js';
import { localizeKeys } from './localize-keys.js';
import { IndexedPhrasePool } from './indexed-phrase-pool.js';
import { markPhraseEnds } from './mark-phrase-ends.js';

/** Options of {@link extractTextRankKeyphrases}. */
export interface TextRankOptions extends KeyphraseOptions {
  /** Co-occurrence window in content words. Default `2` (adjacent words). */
  window?: number;
  /** PageRank damping factor d. Default `0.85`. */
  damping?: number;
  /** Share of the graph's words marked as keywords before phrases are formed. Default `1/3`. */
  keywordShare?: number;
}

/**
 * TextRank keyphrases (Mihalcea & Tarau 2004, "TextRank: Bringing order into texts", EMNLP):
 * content-word lemmas are vertices, co-occurrence within `window` content words of a sentence
 * are weighted undirected edges; weighted PageRank
 * `WS(v) = (1 − d) + d · Σ_u w(u,v) / Σ_x w(u,x) · WS(u)` runs to convergence; the top third
 * of the words are keywords, and adjacent keywords in the text form phrases, scored by the sum
 * of their words' ranks. German phrases must end in a noun or name.
 *
 * @param input Tokenizer sentences of one document or a group, or their {@link WordIndex} (to share one
 *   index between extractors; `options.segments` then does not apply).
 * @param options See {@link TextRankOptions}.
 * @returns The keyphrases, best first.
 */
export function extractTextRankKeyphrases(
  input: readonly Sentence[] | WordIndex,
  options: TextRankOptions = {},
): Keyphrase[] {
  const index = toWordIndex(input, options.segments);
  const words = (options.unit ?? 'lemma') === 'lemma' ? index.lemmas : index.norms;
  const { flags, sentenceStarts } = index;
  const sentenceCount = sentenceStarts.length - 1;
  const window = options.window ?? 2;
  const damping = options.damping ?? 0.85;
  // Graph vertices: content keys numbered in order of first sight.
  const local = localizeKeys(index, words, CONTENT);
  const keys = local.strings;
  const edges = new Map<number, Map<number, number>>();
  const link = (a: number, b: number) => {
    let row = edges.get(a);
    if (row === undefined) edges.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  const sequence: number[] = [];
  for (let s = 0; s < sentenceCount; s++) {
    sequence.length = 0;
    for (let w = sentenceStarts[s]!; w < sentenceStarts[s + 1]!; w++) {
      const id = local.keys[w]!;
      if (id < 0) continue;
      sequence.push(id);
    }
    for (let i = 0; i < sequence.length; i++) {
      for (let j = i + 1; j < sequence.length && j < i + window; j++) {
        if (sequence[i] === sequence[j]) continue;
        link(sequence[i]!, sequence[j]!);
        link(sequence[j]!, sequence[i]!);
      }
    }
  }
  const n = keys.length;
  if (n === 0) return [];

  // Weighted PageRank over compressed adjacency (sorted neighbour ids for determinism).
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    offsets[v] = neighbours.length;
    const row = edges.get(v);
    if (row === undefined) continue;
    for (const u of [...row.keys()].sort((a, b) => a - b)) {
      const weight = row.get(u)!;
      neighbours.push(u);
      weights.push(weight);
      outWeight[v]! += weight;
    }
  }
  offsets[n] = neighbours.length;
  let rank = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < 100; iteration++) {
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const u = neighbours[e]!;
        sum += (weights[e]! / outWeight[u]!) * rank[u]!;
      }
      next[v] = 1 - damping + damping * sum;
      change = Math.max(change, Math.abs(next[v]! - rank[v]!));
    }
    [rank, next] = [next, rank];
    if (change < 1e-6) break;
  }

  const share = options.keywordShare ?? 1 / 3;
  const strings = index.strings.strings;
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) => rank[b]! - rank[a]! || compareStrings(strings[keys[a]!]!, strings[keys[b]!]!),
  );
  const keywords = new Uint8Array(n);
  for (const v of order.slice(0, Math.max(1, Math.round(n * share)))) keywords[v] = 1;

  // Phrases: every sub-run of adjacent keywords that fits `maxWords` and has a phrase shape.
  const ends = markPhraseEnds(index, words);
  const maxWords = options.maxWords ?? 3;
  const pool = new IndexedPhrasePool(index, words);
  let runStart = 0;
  const flush = (runEnd: number) => {
    for (let i = runStart; i < runEnd; i++) pool.addFrom(i, Math.min(i + maxWords, runEnd), 1, ends);
  };
  for (let s = 0; s < sentenceCount; s++) {
    runStart = sentenceStarts[s]!;
    for (let w = runStart; w < sentenceStarts[s + 1]!; w++) {
      const flag = flags[w]!;
      if ((flag & CHUNK_START) !== 0) {
        flush(w);
        runStart = w;
      }
      if ((flag & CONTENT) === 0 || keywords[local.keys[w]!] === 0) {
        flush(w);
        runStart = w + 1;
      }
    }
    flush(sentenceStarts[s + 1]!);
  }
  const minCount = options.minCount ?? 2;
  const scored: Keyphrase[] = [];
  for (let candidate = 0; candidate < pool.counts.length; candidate++) {
    const count = pool.counts[candidate]!;
    if (count < minCount) continue;
    let score = 0;
    const first = pool.firsts[candidate]!;
    for (let w = first; w < first + pool.lengths[candidate]!; w++) score += rank[local.keys[w]!]!;
    scored.push({ phrase: pool.phraseOf(candidate), score, count });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || compareStrings(a.phrase, b.phrase));
  return deduplicatePhrases(scored, options.deduplicate ?? 0.8, options.top ?? 10);
}
