import { computeCoherence } from './compute-coherence.js';
import { randomFrom, type RandomState, seedRandomState } from './create-random.js';
import type { TopicCorpus } from './create-topic-corpus.js';
import { KeywordsError } from './keywords-error.js';

/** Options of {@link fitTopics}. */
export interface FitTopicsOptions {
  /** Number of topics K, or an inclusive range from which K is chosen by mean NPMI coherence. Default `[3, 8]`. */
  topics?: number | readonly [number, number];
  /**
   * Gibbs sweeps over the corpus. Default: 500 for corpora up to 30,000 tokens, fewer for larger
   * ones (`max(50, round(15,000,000 / tokens))`, a budget of 15 million token samples per K).
   */
  iterations?: number;
  /**
   * When K is chosen from a range: token samples spent on each candidate K before the choice; a
   * candidate's chain runs `max(searchIterations, round(searchBudget / tokens))` sweeps (at most
   * `iterations`), and only the chosen one runs on to `iterations`. Default `3000000`.
   */
  searchBudget?: number;
  /** Least sweeps of a candidate's chain before the choice. Default `15`. */
  searchIterations?: number;
  /** Symmetric document–topic Dirichlet prior α. Default `0.1`. */
  alpha?: number;
  /** Symmetric topic–term Dirichlet prior β. Default `0.01`. */
  beta?: number;
  /** PRNG seed; the same corpus, options and seed give identical results. Default `1`. */
  seed?: number;
  /** Terms listed per topic (and used for coherence). Default `10`. */
  top?: number;
  /** Terms in a topic's label. Default `3`. */
  labelTerms?: number;
  /** λ of the relevance ranking (Sievert & Shirley 2014) used for labels; 1 = by probability only. Default `0.6`. */
  relevance?: number;
  /** Turns a term into its display form in labels and term lists. Default: the term itself. */
  display?: (term: string) => string;
}

/** A weighted term of a topic. */
export interface TopicTerm {
  term: string;
  /** φ, the probability of the term in the topic. */
  weight: number;
}

/** One topic. */
export interface Topic {
  /** 0-based id; topics are numbered by size (tokens assigned), largest first. */
  id: number;
  /** Label from the most relevant terms, joined by ` · `. */
  label: string;
  /** Top terms by φ. */
  terms: TopicTerm[];
  /** NPMI coherence of the top terms over the model's documents, in [−1, 1]. */
  coherence: number;
  /** Share of all tokens assigned to the topic. */
  share: number;
}

/** Topic weights of one document. */
export interface DocumentTopics {
  document: string;
  /** Tokens of the document in the model. */
  tokens: number;
  /** θ, one weight per topic id, summing to 1. */
  weights: number[];
}

/** A K that was tried when choosing the number of topics. */
export interface TopicCandidate {
  topics: number;
  /** Mean NPMI coherence of the topics. */
  coherence: number;
  /** Mean Jaccard overlap of the top terms over all pairs of topics (0 = no shared top terms). */
  redundancy: number;
  /** `coherence − redundancy`; the highest wins (ties: the smaller K). */
  score: number;
}

/** A fitted topic model (LDA by collapsed Gibbs sampling). */
export interface TopicModel {
  /** Number of topics K. */
  k: number;
  alpha: number;
  beta: number;
  iterations: number;
  seed: number;
  /** The topics, by id. */
  topics: Topic[];
  /** Mean coherence of the topics. */
  coherence: number;
  /** θ per (pseudo-)document of the corpus. */
  documentTopics: DocumentTopics[];
  /** θ per source document (pseudo-documents pooled). */
  sourceTopics: DocumentTopics[];
  /** Each K tried (one entry when K was given). */
  candidates: TopicCandidate[];
  /** Topic–term counts, term-major (`[term · K + topic]`), in topic-id order. */
  topicTermCounts: Int32Array;
}

/**
 * Fits an LDA topic model by collapsed Gibbs sampling (Griffiths & Steyvers 2004) with the
 * SparseLDA bucket decomposition (Yao, Mimno & McCallum 2009), seeded and deterministic.
 * With a range for `topics`, a short chain is run for each K (see `searchBudget`), the K with the
 * highest mean NPMI coherence, less the mean top-term overlap between topics (so that splitting a
 * topic into near-duplicates does not pay), is chosen (ties: the smaller K), and only its chain
 * runs on to the full number of sweeps.
 *
 * @param corpus Bags of words from `createTopicCorpus`.
 * @param options See {@link FitTopicsOptions}.
 * @returns The model.
 */
export function fitTopics(corpus: TopicCorpus, options: FitTopicsOptions = {}): TopicModel {
  const range = options.topics ?? [3, 8];
  const [min, max] = typeof range === 'number' ? [range, range] : range;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    throw new KeywordsError(`topics must be a positive integer or a range [min, max], got ${String(range)}`, {
      code: 'invalid-option',
    });
  }
  if (min === max) {
    const chain = startChain(corpus, min, options);
    const iterations = options.iterations ?? defaultIterations(countTokens(corpus));
    for (let iteration = 0; iteration < iterations; iteration++) sweep(chain.state);
    const model = summarize(corpus, chain, iterations, options);
    const redundancy = measureRedundancy(model.topics);
    model.candidates = [{ topics: min, coherence: model.coherence, redundancy, score: model.coherence - redundancy }];
    return model;
  }
  // The search: a short chain per K (a budget in token sweeps), then the chain of the chosen K
  // runs on to the full number of sweeps. With the full number of sweeps as the short one (small
  // corpora) this is the same as fitting every K in full.
  const total = countTokens(corpus);
  const iterations = options.iterations ?? defaultIterations(total);
  const searchIterations = Math.min(
    iterations,
    Math.max(options.searchIterations ?? 15, Math.round((options.searchBudget ?? 3_000_000) / Math.max(total, 1))),
  );
  const candidates: TopicCandidate[] = [];
  let best: Chain | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = min; k <= max; k++) {
    const chain = startChain(corpus, k, options);
    for (let iteration = 0; iteration < searchIterations; iteration++) sweep(chain.state);
    const model = summarize(corpus, chain, searchIterations, options);
    const redundancy = measureRedundancy(model.topics);
    const score = model.coherence - redundancy;
    candidates.push({ topics: k, coherence: model.coherence, redundancy, score });
    if (score > bestScore) {
      best = chain;
      bestScore = score;
    }
  }
  for (let iteration = searchIterations; iteration < iterations; iteration++) sweep(best!.state);
  const final = summarize(corpus, best!, iterations, options);
  final.candidates = candidates;
  return final;
}

function countTokens(corpus: TopicCorpus): number {
  let total = 0;
  for (const document of corpus.documents) total += document.tokens.length;
  return total;
}

function defaultIterations(total: number): number {
  return Math.min(500, Math.max(50, Math.round(15_000_000 / Math.max(total, 1))));
}

/** A Gibbs chain for one K: its sampler state and what summarizing it needs. */
interface Chain {
  k: number;
  alpha: number;
  beta: number;
  seed: number;
  n: number;
  state: SamplerState;
}

function startChain(corpus: TopicCorpus, k: number, options: FitTopicsOptions): Chain {
  const alpha = options.alpha ?? 0.1;
  const beta = options.beta ?? 0.01;
  const seed = options.seed ?? 1;
  const v = corpus.terms.length;
  const documents = corpus.documents;
  const d = documents.length;
  let n = 0;
  for (const document of documents) n += document.tokens.length;

  const words = new Int32Array(n);
  const assignments = new Int32Array(n);
  const starts = new Int32Array(d + 1);
  const nwk = new Int32Array(v * k);
  const ndk = new Int32Array(d * k);
  const nk = new Int32Array(k);
  // One generator state: the dense sweep advances it inline, everything else through `random`.
  const randomState = seedRandomState(seed);
  const random = randomFrom(randomState);

  let position = 0;
  for (let doc = 0; doc < d; doc++) {
    starts[doc] = position;
    const tokens = documents[doc]!.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      const t = Math.floor(random() * k);
      words[position] = w;
      assignments[position] = t;
      nwk[w * k + t]!++;
      ndk[doc * k + t]!++;
      nk[t]!++;
      position++;
    }
  }
  starts[d] = position;

  // Sparse lists of the topics with non-zero counts per word (and for the current document), for
  // SparseLDA only: the dense sweep of small K never reads them.
  const sparse = k > DENSE_TOPICS;
  const wordTopics = new Int32Array(sparse ? v * k : 0);
  const wordTopicCount = new Int32Array(sparse ? v : 0);
  const wordTopicIndex = new Int32Array(sparse ? v * k : 0).fill(-1);
  for (let w = 0; sparse && w < v; w++) {
    for (let t = 0; t < k; t++) {
      if (nwk[w * k + t]! > 0) {
        wordTopicIndex[w * k + t] = wordTopicCount[w]!;
        wordTopics[w * k + wordTopicCount[w]!] = t;
        wordTopicCount[w]!++;
      }
    }
  }
  const docTopics = new Int32Array(k);
  const docTopicIndex = new Int32Array(k);
  const coefficient = new Float64Array(k);
  const qValues = new Float64Array(k);
  const vBeta = v * beta;
  const alphaBeta = alpha * beta;
  // 1 / (n_k + Vβ), kept up to date so that each count change costs one division.
  const inverse = new Float64Array(k);
  for (let t = 0; t < k; t++) inverse[t] = 1 / (nk[t]! + vBeta);

  const state: SamplerState = {
    k, d, alpha, beta, vBeta, alphaBeta, words, assignments, starts, nwk, ndk, nk, inverse,
    wordTopics, wordTopicCount, wordTopicIndex, docTopics, docTopicIndex, coefficient, qValues, random, randomState,
  };
  return { k, alpha, beta, seed, n, state };
}

/**
 * Ids of the `count` highest scores (−∞ = excluded) among `0 … size − 1` (ties by term),
 * best first, in one pass with a small sorted buffer instead of a full sort.
 */
function selectTop(size: number, count: number, score: (id: number) => number, terms: readonly string[]): number[] {
  const ids: number[] = [];
  const values: number[] = [];
  const better = (a: number, va: number, b: number, vb: number) => va > vb || (va === vb && terms[a]! < terms[b]!);
  for (let id = 0; id < size; id++) {
    const value = score(id);
    if (!(value > Number.NEGATIVE_INFINITY)) continue;
    if (ids.length === count && !better(id, value, ids[count - 1]!, values[count - 1]!)) continue;
    let at = ids.length === count ? count - 1 : ids.length;
    while (at > 0 && better(id, value, ids[at - 1]!, values[at - 1]!)) {
      ids[at] = ids[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    ids[at] = id;
    values[at] = value;
  }
  return ids.slice(0, count);
}

function measureRedundancy(topics: readonly Topic[]): number {
  const sets = topics.map((topic) => new Set(topic.terms.map((t) => t.term)));
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let shared = 0;
      for (const term of a) if (b.has(term)) shared++;
      const union = a.size + b.size - shared;
      sum += union > 0 ? shared / union : 0;
      pairs++;
    }
  }
  return pairs > 0 ? sum / pairs : 0;
}

/** Everything one Gibbs sweep reads and updates. */
interface SamplerState {
  k: number;
  d: number;
  alpha: number;
  beta: number;
  vBeta: number;
  alphaBeta: number;
  words: Int32Array;
  assignments: Int32Array;
  starts: Int32Array;
  nwk: Int32Array;
  ndk: Int32Array;
  nk: Int32Array;
  inverse: Float64Array;
  wordTopics: Int32Array;
  wordTopicCount: Int32Array;
  wordTopicIndex: Int32Array;
  docTopics: Int32Array;
  docTopicIndex: Int32Array;
  coefficient: Float64Array;
  qValues: Float64Array;
  random: () => number;
  /** The state `random` advances (the dense sweep advances it inline). */
  randomState: RandomState;
}

/**
 * One sweep of plain collapsed Gibbs sampling over all tokens, used for small K (see
 * {@link DENSE_TOPICS}): the K conditional weights of a token are summed in one tight loop over
 * contiguous counts, which costs less than SparseLDA's upkeep of non-zero topic lists when K is a
 * handful. It samples from the same conditional distribution as {@link sweepSparse}.
 */
function sweepDense(state: SamplerState): void {
  const { k, d, alpha, beta, vBeta, words, assignments, starts, nwk, ndk, nk, inverse, qValues, randomState } = state;
  // The generator's state in locals for the sweep: `nextRandom`'s step, inlined (a fifth less time
  // per sample than a call that loads and stores the state each time); written back at the end.
  let a = randomState[0]!;
  let b = randomState[1]!;
  let c = randomState[2]!;
  let e = randomState[3]!;
  for (let doc = 0; doc < d; doc++) {
    const row = doc * k;
    const end = starts[doc + 1]!;
    for (let i = starts[doc]!; i < end; i++) {
      const wordRow = words[i]! * k;
      let t = assignments[i]!;
      ndk[row + t]!--;
      nwk[wordRow + t]!--;
      inverse[t] = 1 / (--nk[t]! + vBeta);
      // cumulative weights (n_dk + α)(n_wk + β) / (n_k + Vβ)
      let total = 0;
      for (let topic = 0; topic < k; topic++) {
        total += (ndk[row + topic]! + alpha) * (nwk[wordRow + topic]! + beta) * inverse[topic]!;
        qValues[topic] = total;
      }
      const x = Math.imul(b, 5);
      const draw = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const shifted = b << 9;
      c ^= a;
      e ^= b;
      b ^= c;
      a ^= e;
      c ^= shifted;
      e = (e << 11) | (e >>> 21);
      const u = (draw / 4294967296) * total;
      t = 0;
      while (t < k - 1 && qValues[t]! <= u) t++;
      ndk[row + t]!++;
      nwk[wordRow + t]!++;
      inverse[t] = 1 / (++nk[t]! + vBeta);
      assignments[i] = t;
    }
  }
  randomState[0] = a;
  randomState[1] = b;
  randomState[2] = c;
  randomState[3] = e;
}

/**
 * Largest K sampled by {@link sweepDense}; larger K use {@link sweepSparse}. On the State of the
 * Union bag of words (345,000 tokens) the dense sweep is 10–20% faster at K = 3–8 and 30% slower at K = 20.
 */
const DENSE_TOPICS = 10;

/** One Gibbs sweep: dense for small K, SparseLDA otherwise. */
function sweep(state: SamplerState): void {
  if (state.k <= DENSE_TOPICS) sweepDense(state);
  else sweepSparse(state);
}

/** One sweep of SparseLDA over all tokens (a separate function so the engine optimises it whole). */
function sweepSparse(state: SamplerState): void {
  const { k, d, alpha, beta, vBeta, alphaBeta, words, assignments, starts, nwk, ndk, nk, inverse } = state;
  const { wordTopics, wordTopicCount, wordTopicIndex, docTopics, docTopicIndex, coefficient, qValues, random } = state;
  let s = 0;
  for (let t = 0; t < k; t++) s += alphaBeta * inverse[t]!;
  for (let doc = 0; doc < d; doc++) {
    const row = doc * k;
    let docTopicCount = 0;
    let r = 0;
    for (let t = 0; t < k; t++) {
      const count = ndk[row + t]!;
      const scale = inverse[t]!;
      coefficient[t] = (alpha + count) * scale;
      if (count > 0) {
        docTopicIndex[t] = docTopicCount;
        docTopics[docTopicCount++] = t;
        r += count * beta * scale;
      } else docTopicIndex[t] = -1;
    }
    const end = starts[doc + 1]!;
    for (let i = starts[doc]!; i < end; i++) {
      const w = words[i]!;
      const wordRow = w * k;
      let t = assignments[i]!;

      // Remove the token's current assignment.
      let before = inverse[t]!;
      const docCount = --ndk[row + t]!;
      const wordCount = --nwk[wordRow + t]!;
      let after = 1 / (--nk[t]! + vBeta);
      inverse[t] = after;
      s += alphaBeta * (after - before);
      r += beta * (docCount * after - (docCount + 1) * before);
      coefficient[t] = (alpha + docCount) * after;
      if (docCount === 0) {
        const at = docTopicIndex[t]!;
        const moved = docTopics[--docTopicCount]!;
        docTopics[at] = moved;
        docTopicIndex[moved] = at;
        docTopicIndex[t] = -1;
      }
      if (wordCount === 0) {
        const at = wordTopicIndex[wordRow + t]!;
        const last = --wordTopicCount[w]!;
        const moved = wordTopics[wordRow + last]!;
        wordTopics[wordRow + at] = moved;
        wordTopicIndex[wordRow + moved] = at;
        wordTopicIndex[wordRow + t] = -1;
      }

      // q bucket: topics in which the word occurs.
      let q = 0;
      const listed = wordTopicCount[w]!;
      for (let j = 0; j < listed; j++) {
        const topic = wordTopics[wordRow + j]!;
        const value = coefficient[topic]! * nwk[wordRow + topic]!;
        qValues[j] = value;
        q += value;
      }
      let u = random() * (s + r + q);
      t = -1;
      if (u < q) {
        for (let j = 0; j < listed; j++) {
          u -= qValues[j]!;
          if (u <= 0) {
            t = wordTopics[wordRow + j]!;
            break;
          }
        }
        if (t < 0) t = wordTopics[wordRow + listed - 1]!;
      } else {
        u -= q;
        if (u < r && docTopicCount > 0) {
          for (let j = 0; j < docTopicCount; j++) {
            const topic = docTopics[j]!;
            u -= ndk[row + topic]! * beta * inverse[topic]!;
            if (u <= 0) {
              t = topic;
              break;
            }
          }
          if (t < 0) t = docTopics[docTopicCount - 1]!;
        } else {
          u -= r;
          for (let topic = 0; topic < k; topic++) {
            u -= alphaBeta * inverse[topic]!;
            if (u <= 0) {
              t = topic;
              break;
            }
          }
          if (t < 0) t = k - 1;
        }
      }

      // Add the new assignment.
      before = inverse[t]!;
      const newDocCount = ++ndk[row + t]!;
      const newWordCount = ++nwk[wordRow + t]!;
      after = 1 / (++nk[t]! + vBeta);
      inverse[t] = after;
      s += alphaBeta * (after - before);
      r += beta * (newDocCount * after - (newDocCount - 1) * before);
      coefficient[t] = (alpha + newDocCount) * after;
      if (newDocCount === 1) {
        docTopicIndex[t] = docTopicCount;
        docTopics[docTopicCount++] = t;
      }
      if (newWordCount === 1) {
        const at = wordTopicCount[w]!++;
        wordTopics[wordRow + at] = t;
        wordTopicIndex[wordRow + t] = at;
      }
      assignments[i] = t;
    }
  }
}

function summarize(corpus: TopicCorpus, chain: Chain, iterations: number, options: FitTopicsOptions): TopicModel {
  const { k, alpha, beta, n } = chain;
  const { nwk, ndk, nk } = chain.state;
  const top = options.top ?? 10;
  const display = options.display ?? ((term: string) => term);
  const v = corpus.terms.length;
  // Number topics by size, largest first (ties by original index).
  const order = Array.from({ length: k }, (_, t) => t).sort((a, b) => nk[b]! - nk[a]! || a - b);
  const lambda = options.relevance ?? 0.6;
  const labelTerms = options.labelTerms ?? 3;
  const topTerms: number[][] = [];
  const topics: Topic[] = order.map((t, id) => {
    const denominator = nk[t]! + v * beta;
    const phi = (w: number) => (nwk[w * k + t]! + beta) / denominator;
    const byWeight = selectTop(v, top, (w) => nwk[w * k + t]! || Number.NEGATIVE_INFINITY, corpus.terms);
    topTerms.push(byWeight);
    // Relevance (Sievert & Shirley 2014): λ·ln φ + (1 − λ)·ln(φ / p(w)); only terms in the topic.
    const relevance = (w: number) => {
      if (nwk[w * k + t]! === 0) return Number.NEGATIVE_INFINITY;
      const p = phi(w);
      return lambda * Math.log(p) + (1 - lambda) * Math.log(p / (corpus.counts[w]! / Math.max(n, 1)));
    };
    const byRelevance = selectTop(v, labelTerms, relevance, corpus.terms);
    return {
      id,
      label: byRelevance.map((w) => display(corpus.terms[w]!)).join(' · '),
      terms: byWeight.map((w) => ({ term: display(corpus.terms[w]!), weight: phi(w) })),
      coherence: 0,
      share: n > 0 ? nk[t]! / n : 0,
    };
  });
  const coherences = computeCoherence(
    topTerms,
    corpus.documents.map((document) => document.tokens),
    { top },
  );
  topics.forEach((topic, id) => {
    topic.coherence = coherences[id]!;
  });

  const theta = (row: ArrayLike<number>, tokens: number) =>
    order.map((t) => (row[t]! + alpha) / (tokens + k * alpha));
  const documentTopics: DocumentTopics[] = corpus.documents.map((document, doc) => ({
    document: document.name,
    tokens: document.tokens.length,
    weights: theta(ndk.subarray(doc * k, doc * k + k), document.tokens.length),
  }));
  const pooled = new Map<string, { tokens: number; row: Float64Array }>();
  corpus.documents.forEach((document, doc) => {
    let entry = pooled.get(document.source);
    if (entry === undefined) pooled.set(document.source, (entry = { tokens: 0, row: new Float64Array(k) }));
    entry.tokens += document.tokens.length;
    for (let t = 0; t < k; t++) entry.row[t]! += ndk[doc * k + t]!;
  });
  const sourceTopics = [...pooled].map(([document, entry]) => ({
    document,
    tokens: entry.tokens,
    weights: theta(entry.row, entry.tokens),
  }));
  const topicTermCounts = new Int32Array(v * k);
  for (let w = 0; w < v; w++) {
    for (let id = 0; id < k; id++) topicTermCounts[w * k + id] = nwk[w * k + order[id]!]!;
  }

  return {
    k,
    alpha,
    beta,
    iterations,
    seed: chain.seed,
    topics,
    coherence: topics.length > 0 ? coherences.reduce((a, b) => a + b, 0) / topics.length : 0,
    documentTopics,
    sourceTopics,
    candidates: [],
    topicTermCounts,
  };
}
