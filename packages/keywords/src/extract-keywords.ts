import { collectTermLabels } from './collect-term-labels.js';
import { compareStrings } from './compare-strings.js';
import { computeKeyness } from './compute-keyness.js';
import { countTerms, type TermCounts } from './count-terms.js';
import { createVocabulary } from './create-vocabulary.js';
import { extractKeyphrases } from './extract-keyphrases.js';
import { findCollocations } from './find-collocations.js';
import { findEntities } from './find-entities.js';
import { indexWords, sliceWordIndex, type WordIndex } from './index-words.js';
import { fitTopics, type TopicModel } from './fit-topics.js';
import { KeywordsError } from './keywords-error.js';
import { prepareTopicCorpus } from './prepare-topic-corpus.js';
import { summarizeTopics } from './summarize-topics.js';
import type { GermanLexicon } from './load-german-lexicon.js';
import { type KeynessStatistic, type KeywordGroup, OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';

/** Options of {@link extractKeywords}. */
export interface ExtractKeywordsOptions {
  /** Keyness statistic: `'g2'`, `'chi2'`, `'logratio'` or `'logodds'`. Default `'g2'`. */
  statistic?: KeynessStatistic;
  /** Rows per list (distinctive terms, keyphrases, collocations, entities). Default `20`. */
  top?: number;
  /** Minimum count of a distinctive term in its group and of a collocation. Default `3`. */
  minCount?: number;
  /** Number of topics, or a range to choose it from by coherence. Default `[3, 8]`. */
  topics?: number | readonly [number, number];
  /** Seed of the topic model. Default `1`. */
  seed?: number;
  /** Segment kinds analysed. Default: title, body, heading, list, footnote (the author's own text). */
  segments?: readonly string[];
  /** Compare every group with this group instead of the rest of the corpus. Default: the rest. */
  reference?: string;
  /** Terms as lemmas or surface forms. Default `'lemma'`. */
  unit?: TermUnit;
  /** Keyphrase algorithm. Default `'yake'`. */
  keyphrases?: 'yake' | 'textrank';
  /** Find each group's collocations. Default `true`; `false` leaves every group's `collocations` empty (and saves their time). */
  collocations?: boolean;
  /** Gibbs sweeps of the topic model (of the chosen K; the candidates run fewer, see `fitTopics`). Default: 500, fewer above 30,000 tokens. */
  iterations?: number;
  /** German lexicon for entities (`await loadGermanLexicon()`). Default: none (heuristics only). */
  lexicon?: GermanLexicon;
  /**
   * A topic model fitted beforehand, for example on a worker thread: `fitTopics` over the corpus
   * of {@link prepareTopicCorpus} with the same `unit` and `segments`. `null` skips
   * topics (every group's `topics` is empty; call {@link summarizeTopics} when the model is ready).
   * Default: fitted here with `topics`, `seed` and `iterations`.
   */
  topicModel?: TopicModel | null;
  /**
   * The words of all groups' documents (in order) indexed beforehand with `indexWords` and the same
   * `segments`, to share one index with {@link prepareTopicCorpus}. Default: indexed here.
   */
  words?: WordIndex;
}

/** A distinctive term of a group. */
export interface DistinctiveTerm {
  term: string;
  score: number;
  statistic: KeynessStatistic;
  count: number;
  expected: number;
}

/** Keywords of one group. */
export interface GroupKeywords {
  name: string;
  /** Number of documents. */
  documents: number;
  /** Word-like tokens in the analysed segments. */
  tokens: number;
  distinctiveTerms: DistinctiveTerm[];
  keyphrases: { phrase: string; score: number }[];
  collocations: { phrase: string; count: number; pmi: number; g2: number }[];
  entities: { text: string; count: number }[];
  /** Share of the group's tokens per topic id, largest first. */
  topics: { topic: number; weight: number }[];
}

/** The result of {@link extractKeywords}. */
export interface KeywordsReport {
  groups: GroupKeywords[];
  topics: { id: number; label: string; terms: { term: string; weight: number }[]; coherence: number }[];
  /** θ of every document (weights indexed by topic id). */
  documentTopics: { document: string; weights: number[] }[];
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000 || 0;

/**
 * Everything that sets groups (usually authors) apart and what they write about: per group the
 * distinctive terms (keyness against the rest of the corpus or a reference group, content-word
 * lemmas only, with statistic, count and expected count), keyphrases, collocations, entity
 * candidates and topic shares; corpus-wide LDA topics with coherence and per-document topic
 * weights. Only sentences of the author's own text count by default. Numbers are rounded to 4
 * decimals; the same input and seed give byte-identical JSON.
 *
 * @param groups Groups of analysed documents.
 * @param options See {@link ExtractKeywordsOptions}.
 * @returns The report.
 */
export function extractKeywords(groups: readonly KeywordGroup[], options: ExtractKeywordsOptions = {}): KeywordsReport {
  const top = options.top ?? 20;
  const minCount = options.minCount ?? 3;
  const segments = options.segments ?? OWN_TEXT_SEGMENTS;
  const unit = options.unit ?? 'lemma';
  const names = new Set<string>();
  for (const group of groups) {
    if (names.has(group.name)) {
      throw new KeywordsError(`duplicate group name ${JSON.stringify(group.name)}`, { code: 'invalid-input' });
    }
    names.add(group.name);
  }
  const referenceIndex = options.reference === undefined ? -1 : groups.findIndex((g) => g.name === options.reference);
  if (options.reference !== undefined && referenceIndex < 0) {
    throw new KeywordsError(`reference group ${JSON.stringify(options.reference)} not found`, {
      code: 'unknown-reference',
    });
  }
  const documents = groups.flatMap((group) => group.documents);
  // The words of the corpus as integer ids, indexed once; each group reads its own slice.
  const corpusWords = options.words ?? indexWords(documents, { segments });
  if (corpusWords.documents.length !== documents.length) {
    throw new KeywordsError(`options.words indexes ${corpusWords.documents.length} documents, the groups have ${documents.length}`, {
      code: 'invalid-option',
    });
  }
  const groupWords: WordIndex[] = [];
  for (let first = 0, g = 0; g < groups.length; first += groups[g]!.documents.length, g++) {
    groupWords.push(sliceWordIndex(corpusWords, first, first + groups[g]!.documents.length));
  }
  const labels = collectTermLabels(corpusWords, { unit });
  const label = (term: string) => labels.get(term) ?? term;

  // Keyness: one shared vocabulary, the corpus total minus a group is the rest of the corpus.
  const vocabulary = createVocabulary();
  const tables = groupWords.map((words) => countTerms(words, { unit, vocabulary }));
  const size = vocabulary.terms.length;
  const corpus = new Int32Array(size);
  let corpusTotal = 0;
  for (const table of tables) {
    for (let id = 0; id < table.counts.length; id++) corpus[id]! += table.counts[id]!;
    corpusTotal += table.total;
  }
  const rest = (index: number): TermCounts => {
    if (referenceIndex >= 0 && index !== referenceIndex) return tables[referenceIndex]!;
    const table = tables[index]!;
    const counts = corpus.slice();
    for (let id = 0; id < table.counts.length; id++) counts[id]! -= table.counts[id]!;
    return { vocabulary, counts, total: corpusTotal - table.total };
  };

  const entities = findEntities(corpusWords, { minCount: 1, ...(options.lexicon ? { lexicon: options.lexicon } : {}) });
  const model =
    options.topicModel === undefined ? fitCorpusTopics(groups, options, unit, corpusWords, labels) : (options.topicModel ?? undefined);
  const topicSummary = summarizeTopics(groups, model);

  // Entity counts per group (at least 2), from each entity's counts per document.
  const groupsOfDocument = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const document of group.documents) {
      const list = groupsOfDocument.get(document.name);
      if (list === undefined) groupsOfDocument.set(document.name, [index]);
      else list.push(index);
    }
  });
  const entitiesByGroup: { text: string; count: number }[][] = groups.map(() => []);
  const entityCounts = new Map<number, number>();
  for (const entity of entities) {
    entityCounts.clear();
    for (const [document, count] of Object.entries(entity.documents)) {
      for (const index of groupsOfDocument.get(document) ?? []) entityCounts.set(index, (entityCounts.get(index) ?? 0) + count);
    }
    for (const [index, count] of entityCounts) if (count >= 2) entitiesByGroup[index]!.push({ text: entity.text, count });
  }

  const result: GroupKeywords[] = groups.map((group, index) => {
    const table = tables[index]!;
    const words = groupWords[index]!;
    const seen = new Set<string>();
    const distinctiveTerms: DistinctiveTerm[] = [];
    for (const row of computeKeyness(table, rest(index), { statistic: options.statistic ?? 'g2', minCount })) {
      if (distinctiveTerms.length >= top) break;
      // Two lemmas can share a label (a stem and a lemma of the same word): keep the better one.
      const term = label(row.term);
      if (seen.has(term)) continue;
      seen.add(term);
      distinctiveTerms.push({
        term,
        score: round(row.score),
        statistic: row.statistic,
        count: row.count,
        expected: round(row.expected),
      });
    }
    const keyphrases = extractKeyphrases(words, { method: options.keyphrases ?? 'yake', top, segments, unit }).map(
      (row) => ({ phrase: row.phrase, score: round(row.score) }),
    );
    const collocations =
      options.collocations === false
        ? []
        : findCollocations(words, { minCount, top, segments }).map((row) => ({
            phrase: row.phrase,
            count: row.count,
            pmi: round(row.pmi),
            g2: round(row.g2),
          }));
    const groupEntities = entitiesByGroup[index]!
      .sort((a, b) => b.count - a.count || compareStrings(a.text, b.text))
      .slice(0, top);
    const topics = topicSummary.groups[index]!.topics;
    return {
      name: group.name,
      documents: group.documents.length,
      tokens: table.tokens,
      distinctiveTerms,
      keyphrases,
      collocations,
      entities: groupEntities,
      topics,
    };
  });

  return { groups: result, topics: topicSummary.topics, documentTopics: topicSummary.documentTopics };
}

function fitCorpusTopics(
  groups: readonly KeywordGroup[],
  options: ExtractKeywordsOptions,
  unit: TermUnit,
  words: WordIndex,
  labels: ReadonlyMap<string, string>,
): TopicModel | undefined {
  const prepared = prepareTopicCorpus(groups, { unit, words, labels });
  if (prepared === undefined) return undefined;
  return fitTopics(prepared.corpus, {
    topics: options.topics ?? [3, 8],
    seed: options.seed ?? 1,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    display: (term) => labels.get(term) ?? term,
  });
}
