import type { Sentence } from '@diskurs/tokenizer';
import { collectWords, type PhraseWord } from './collect-words.js';
import { compareStrings } from './compare-strings.js';
import type { Keyphrase, KeyphraseOptions } from './extract-yake-keyphrases.js';
import { deduplicatePhrases } from './deduplicate-phrases.js';
import { findNounKeys } from './find-noun-keys.js';
import { isPhraseShape } from './is-phrase-shape.js';
import { PhrasePool } from './phrase-pool.js';

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
 * @param sentences Tokenizer sentences of one document or a group.
 * @param options See {@link TextRankOptions}.
 * @returns The keyphrases, best first.
 */
export function extractTextRankKeyphrases(sentences: readonly Sentence[], options: TextRankOptions = {}): Keyphrase[] {
  const collected = collectWords(sentences, options);
  const window = options.window ?? 2;
  const damping = options.damping ?? 0.85;
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const edges = new Map<number, Map<number, number>>();
  const link = (a: number, b: number) => {
    let row = edges.get(a);
    if (row === undefined) edges.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const sentence of collected) {
    const sequence: number[] = [];
    for (const chunk of sentence.chunks) {
      for (const word of chunk) {
        if (!word.content) continue;
        let id = ids.get(word.key);
        if (id === undefined) {
          id = keys.length;
          ids.set(word.key, id);
          keys.push(word.key);
        }
        sequence.push(id);
      }
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
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) => rank[b]! - rank[a]! || compareStrings(keys[a]!, keys[b]!),
  );
  const keywords = new Set(order.slice(0, Math.max(1, Math.round(n * share))).map((v) => keys[v]!));

  const nouns = findNounKeys(collected);
  const maxWords = options.maxWords ?? 3;
  const pool = new PhrasePool();
  for (const sentence of collected) {
    for (const chunk of sentence.chunks) {
      let run: PhraseWord[] = [];
      const flush = () => {
        // Every sub-run that fits `maxWords` and has a phrase shape is a candidate.
        for (let i = 0; i < run.length; i++) {
          for (let m = 1; m <= maxWords && i + m <= run.length; m++) {
            if (isPhraseShape(run, sentence.lang, nouns, i, i + m)) pool.add(run, i, i + m);
          }
        }
        run = [];
      };
      for (const word of chunk) {
        if (word.content && keywords.has(word.key)) run.push(word);
        else flush();
      }
      flush();
    }
  }
  const minCount = options.minCount ?? 2;
  const scored: Keyphrase[] = [];
  for (const candidate of pool.finish()) {
    if (candidate.count < minCount) continue;
    let score = 0;
    for (const word of candidate.words) score += rank[ids.get(word.key)!]!;
    scored.push({ phrase: candidate.phrase, score, count: candidate.count });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || compareStrings(a.phrase, b.phrase));
  return deduplicatePhrases(scored, options.deduplicate ?? 0.8, options.top ?? 10);
}
