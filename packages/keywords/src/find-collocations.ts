import type { Sentence } from '@diskurs/tokenizer';
import { compareStrings } from './compare-strings.js';
import { computeLogLikelihood } from './compute-log-likelihood.js';
import { KeywordsError } from './keywords-error.js';
import { CHUNK_START, CONTENT, toWordIndex, type WordIndex } from './index-words.js';
import { IndexedPhrasePool } from './indexed-phrase-pool.js';
import { localizeKeys } from './localize-keys.js';
import type { TermUnit } from './types.js';

/** Options of {@link findCollocations}. */
export interface FindCollocationsOptions {
  /** Minimum occurrences. Default `3`. */
  minCount?: number;
  /** Keep at most this many. Default `20`. */
  top?: number;
  /** Rank by log-likelihood or PMI. Default `'g2'`. */
  sort?: 'g2' | 'pmi';
  /** Longest collocation in words (2 or 3). Default `3`. */
  maxWords?: number;
  /** Key words by lowercased surface form or lemma. Default `'surface'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
}

/** A collocation. */
export interface Collocation {
  /** As most often written. */
  phrase: string;
  /** Occurrences. */
  count: number;
  /** Pointwise mutual information, log2 of observed over expected under independence. */
  pmi: number;
  /** Signed log-likelihood G² of the 2×2 table (first part × last word); positive = attraction. */
  g2: number;
}

/**
 * Bigram and trigram collocations of consecutive content words (never across a stopword,
 * punctuation or a sentence end), scored by PMI (Church & Hanks 1990) and Dunning's G²:
 * for a bigram xy over N content tokens, `PMI = log2(c(xy)·N / (c(x)·c(y)))` and G² on the
 * table [c(xy), c(x)−c(xy); c(y)−c(xy), N−c(x)−c(y)+c(xy)]; a trigram xyz is scored as the pair
 * (xy, z): `PMI = log2(c(xyz)·N² / (c(x)·c(y)·c(z)))`, G² on [c(xyz), c(xy)−c(xyz); c(z)−c(xyz), …].
 *
 * @param input Tokenizer sentences of a document or group, or their {@link WordIndex} (to share one index
 *   between extractors; `options.segments` then does not apply).
 * @param options See {@link FindCollocationsOptions}.
 * @returns Collocations with at least `minCount` occurrences and positive G², best first.
 */
export function findCollocations(
  input: readonly Sentence[] | WordIndex,
  options: FindCollocationsOptions = {},
): Collocation[] {
  const maxWords = options.maxWords ?? 3;
  if (maxWords !== 2 && maxWords !== 3) {
    throw new KeywordsError(`maxWords must be 2 or 3, got ${String(maxWords)}`, { code: 'invalid-option' });
  }
  const index = toWordIndex(input, options.segments);
  // Keys numbered densely for this group, so that the per-key arrays are the group's size.
  const local = localizeKeys(index, (options.unit ?? 'surface') === 'lemma' ? index.lemmas : index.norms);
  const keys = local.keys;
  const flags = index.flags;
  const unigrams = new Int32Array(local.strings.length);
  const pool = new IndexedPhrasePool(index, keys, local.strings.length);
  let n = 0;
  // Runs of consecutive content words; a run ends at a stopword and at a chunk or sentence start.
  let runStart = 0;
  const flush = (runEnd: number) => {
    for (let i = runStart; i < runEnd - 1; i++) pool.addFrom(i, Math.min(i + maxWords, runEnd), 2);
  };
  for (let w = 0; w < keys.length; w++) {
    const flag = flags[w]!;
    if ((flag & CHUNK_START) !== 0) {
      flush(w);
      runStart = w;
    }
    if ((flag & CONTENT) === 0) {
      flush(w);
      runStart = w + 1;
      continue;
    }
    unigrams[keys[w]!]!++;
    n++;
  }
  flush(keys.length);
  const minCount = options.minCount ?? 3;
  const kept: number[] = [];
  const pmis: number[] = [];
  const g2s: number[] = [];
  for (let candidate = 0; candidate < pool.counts.length; candidate++) {
    const count = pool.counts[candidate]!;
    if (count < minCount) continue;
    const first = pool.firsts[candidate]!;
    const end = first + pool.lengths[candidate]!;
    const last = unigrams[keys[end - 1]!]!;
    const parent = end - first === 2 ? -1 : pool.parentOf(candidate);
    const head = end - first === 2 ? unigrams[keys[first]!]! : parent >= 0 ? pool.counts[parent]! : count;
    let expected = n;
    for (let w = first; w < end; w++) expected = (expected * unigrams[keys[w]!]!) / n;
    const pmi = Math.log2(count / expected);
    const g2 = computeLogLikelihood({
      count,
      total: head,
      referenceCount: last - count,
      referenceTotal: n - head,
    });
    if (g2 <= 0) continue;
    kept.push(candidate);
    pmis.push(pmi);
    g2s.push(g2);
  }
  // Phrases are only spelled out where needed (ties, output).
  const by = options.sort === 'pmi' ? pmis : g2s;
  const counts = (i: number) => pool.counts[kept[i]!]!;
  const phrase = (i: number) => pool.phraseOf(kept[i]!);
  const order = Array.from(kept, (_, i) => i).sort(
    (a, b) => by[b]! - by[a]! || counts(b) - counts(a) || compareStrings(phrase(a), phrase(b)),
  );
  return order.slice(0, options.top ?? 20).map((i) => ({ phrase: phrase(i), count: counts(i), pmi: pmis[i]!, g2: g2s[i]! }));
}
