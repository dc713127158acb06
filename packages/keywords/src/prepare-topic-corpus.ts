import { collectTermLabels } from './collect-term-labels.js';
import { createTopicCorpus, type TopicCorpus } from './create-topic-corpus.js';
import { indexWords, type WordIndex } from './index-words.js';
import { OWN_TEXT_SEGMENTS, type KeywordGroup, type TermUnit } from './types.js';

/** Options of {@link prepareTopicCorpus}. */
export interface PrepareTopicCorpusOptions {
  /** Count lemmas or surface forms. Default `'lemma'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /** Display forms of terms when already collected (`collectTermLabels` of the same documents). Default: collected here. */
  labels?: ReadonlyMap<string, string>;
  /** The documents' words indexed beforehand (`indexWords` with the same `segments`), shared with `extractKeywords`. Default: indexed here. */
  words?: WordIndex;
}

/** A topic corpus with the display form of each of its terms. */
export interface PreparedTopicCorpus {
  corpus: TopicCorpus;
  /** Display form of each term, by term id (`labels[id]` for `corpus.terms[id]`). */
  labels: string[];
}

/**
 * The topic corpus `extractKeywords` models: `createTopicCorpus` over all groups' documents in
 * order, with the display label of every term; `undefined` when there is nothing to model (fewer
 * than two terms or two documents with modelled tokens). Fit it with `fitTopics` (options `topics`,
 * `seed`, and `display` from the labels) anywhere—on a worker thread, say—and hand the model to
 * `extractKeywords` as `topicModel` or to `summarizeTopics`.
 *
 * @param groups Groups of analysed documents.
 * @param options See {@link PrepareTopicCorpusOptions}.
 * @returns The corpus and labels, or `undefined`.
 */
export function prepareTopicCorpus(
  groups: readonly KeywordGroup[],
  options: PrepareTopicCorpusOptions = {},
): PreparedTopicCorpus | undefined {
  const unit = options.unit ?? 'lemma';
  const segments = options.segments ?? OWN_TEXT_SEGMENTS;
  const documents = groups.flatMap((group) => group.documents);
  const words = options.words ?? indexWords(documents, { segments });
  const corpus = createTopicCorpus(words, { unit });
  const used = corpus.documents.filter((document) => document.tokens.length > 0).length;
  if (corpus.terms.length < 2 || used < 2) return undefined;
  const labels = options.labels ?? collectTermLabels(words, { unit });
  return { corpus, labels: corpus.terms.map((term) => labels.get(term) ?? term) };
}
