import type { Sentence } from '@diskurs/tokenizer';
import { collectWords, type PhraseWord } from './collect-words.js';
import { compareStrings } from './compare-strings.js';
import { computeLogLikelihood } from './compute-log-likelihood.js';
import { KeywordsError } from './keywords-error.js';
import { PhrasePool } from './phrase-pool.js';
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
 * @param sentences Tokenizer sentences of a document or group.
 * @param options See {@link FindCollocationsOptions}.
 * @returns Collocations with at least `minCount` occurrences and positive G², best first.
 */
export function findCollocations(sentences: readonly Sentence[], options: FindCollocationsOptions = {}): Collocation[] {
  const maxWords = options.maxWords ?? 3;
  if (maxWords !== 2 && maxWords !== 3) {
    throw new KeywordsError(`maxWords must be 2 or 3, got ${String(maxWords)}`, { code: 'invalid-option' });
  }
  const collected = collectWords(sentences, { unit: options.unit ?? 'surface', ...(options.segments ? { segments: options.segments } : {}) });
  const unigrams = new Map<string, number>();
  const pool = new PhrasePool();
  let n = 0;
  for (const sentence of collected) {
    for (const chunk of sentence.chunks) {
      let run: PhraseWord[] = [];
      const flush = () => {
        for (let i = 0; i < run.length; i++) {
          for (let m = 2; m <= maxWords && i + m <= run.length; m++) pool.add(run, i, i + m);
        }
        run = [];
      };
      for (const word of chunk) {
        if (!word.content) {
          flush();
          continue;
        }
        unigrams.set(word.key, (unigrams.get(word.key) ?? 0) + 1);
        n++;
        run.push(word);
      }
      flush();
    }
  }
  const minCount = options.minCount ?? 3;
  const result: Collocation[] = [];
  const candidates = pool.finish();
  const counts = new Map(candidates.map((candidate) => [candidate.key, candidate.count]));
  for (const candidate of candidates) {
    if (candidate.count < minCount) continue;
    const keys = candidate.words.map((word) => word.key);
    const last = unigrams.get(keys[keys.length - 1]!)!;
    const head = keys.length === 2 ? unigrams.get(keys[0]!)! : (counts.get(`${keys[0]} ${keys[1]}`) ?? candidate.count);
    let expected = n;
    for (const key of keys) expected = (expected * unigrams.get(key)!) / n;
    const pmi = Math.log2(candidate.count / expected);
    const g2 = computeLogLikelihood({
      count: candidate.count,
      total: head,
      referenceCount: last - candidate.count,
      referenceTotal: n - head,
    });
    if (g2 <= 0) continue;
    result.push({ phrase: candidate.phrase, count: candidate.count, pmi, g2 });
  }
  const byPmi = options.sort === 'pmi';
  result.sort(
    (a, b) => (byPmi ? b.pmi - a.pmi : b.g2 - a.g2) || b.count - a.count || compareStrings(a.phrase, b.phrase),
  );
  return result.slice(0, options.top ?? 20);
}
