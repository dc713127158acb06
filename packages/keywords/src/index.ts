/** Package entry: named re-exports only. */
export { type CollectTermLabelsOptions, collectTermLabels } from './collect-term-labels.js';
export { type CollectWordsOptions, collectWords, type PhraseSentence, type PhraseWord } from './collect-words.js';
export { compareStrings } from './compare-strings.js';
export { type ChiSquaredOptions, computeChiSquared } from './compute-chi-squared.js';
export { type CoherenceOptions, computeCoherence, normalisedPmi } from './compute-coherence.js';
export { computeKeyness, type KeynessOptions, type KeynessRow } from './compute-keyness.js';
export { computeLogLikelihood } from './compute-log-likelihood.js';
export { computeLogOdds, type LogOdds, type LogOddsOptions } from './compute-log-odds.js';
export { computeLogRatio } from './compute-log-ratio.js';
export { computeTfIdf, type DocumentTfIdf, type TfIdfOptions, type TfIdfTerm } from './compute-tf-idf.js';
export { computeExpected } from './compute-expected.js';
export {
  type CountTermsOptions,
  countTerms,
  type DocumentTerms,
  resolveNgramRange,
  type TermCounts,
  type TermTable,
  termOf,
} from './count-terms.js';
export { createRandom, type Random } from './create-random.js';
export {
  type CreateTopicCorpusOptions,
  createTopicCorpus,
  type TopicCorpus,
  type TopicDocument,
} from './create-topic-corpus.js';
export { addTerm, createVocabulary, type Vocabulary } from './create-vocabulary.js';
export { deduplicatePhrases } from './deduplicate-phrases.js';
export { type ExtractKeyphrasesOptions, extractKeyphrases } from './extract-keyphrases.js';
export {
  type DistinctiveTerm,
  type ExtractKeywordsOptions,
  extractKeywords,
  type GroupKeywords,
  type KeywordsReport,
} from './extract-keywords.js';
export { extractTextRankKeyphrases, type TextRankOptions } from './extract-text-rank-keyphrases.js';
export {
  extractYakeKeyphrases,
  type Keyphrase,
  type KeyphraseOptions,
  type YakeKeyphrase,
  type YakeOptions,
} from './extract-yake-keyphrases.js';
export { type Collocation, type FindCollocationsOptions, findCollocations } from './find-collocations.js';
export {
  createWordStrings,
  type IndexWordsOptions,
  indexWords,
  isWordIndex,
  sliceWordIndex,
  type WordIndex,
  type WordStrings,
} from './index-words.js';
export { findNounKeys } from './find-noun-keys.js';
export { type Entity, type EntityKind, type FindEntitiesOptions, findEntities } from './find-entities.js';
export {
  type DocumentTopics,
  type FitTopicsOptions,
  fitTopics,
  type Topic,
  type TopicCandidate,
  type TopicModel,
  type TopicTerm,
} from './fit-topics.js';
export { isCountedWord, SUPPLEMENTARY_ENGLISH_STOPWORDS } from './is-counted-word.js';
export { ENGLISH_NON_HEADS, isPhraseShape } from './is-phrase-shape.js';
export { KeywordsError, type KeywordsErrorOptions } from './keywords-error.js';
export { type ListTermsOptions, listTerms, type TermRow } from './list-terms.js';
export { type GermanLexicon, getGermanLexicon, loadGermanLexicon } from './load-german-lexicon.js';
export { measureSimilarity } from './measure-similarity.js';
export { type PhraseCandidate, PhrasePool } from './phrase-pool.js';
export {
  type PreparedTopicCorpus,
  type PrepareTopicCorpusOptions,
  prepareTopicCorpus,
} from './prepare-topic-corpus.js';
export { type SelectSentencesOptions, selectSentences } from './select-sentences.js';
export { summarizeTopics, type TopicSummary } from './summarize-topics.js';
export {
  type ContingencyTable,
  type KeynessStatistic,
  type KeywordDocument,
  type KeywordGroup,
  OWN_TEXT_SEGMENTS,
  type TermUnit,
} from './types.js';
