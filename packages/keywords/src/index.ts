/** Package entry: named re-exports only. */
export { compareStrings } from './compare-strings.js';
export { type ChiSquaredOptions, computeChiSquared } from './compute-chi-squared.js';
export { computeKeyness, type KeynessOptions, type KeynessRow } from './compute-keyness.js';
export { computeLogLikelihood } from './compute-log-likelihood.js';
export { computeLogOdds, type LogOdds, type LogOddsOptions } from './compute-log-odds.js';
export { computeLogRatio } from './compute-log-ratio.js';
export { type ContingencyTable, computeExpected } from './contingency-table.js';
export {
  type CountTermsOptions,
  countTerms,
  type DocumentTerms,
  resolveNgramRange,
  type TermCounts,
  type TermTable,
  termOf,
} from './count-terms.js';
export { addTerm, createVocabulary, type Vocabulary } from './create-vocabulary.js';
export { createRandom, type Random } from './create-random.js';
export { isCountedWord } from './is-counted-word.js';
export { KeywordsError, type KeywordsErrorOptions } from './keywords-error.js';
export { type ListTermsOptions, listTerms, type TermRow } from './list-terms.js';
export { type SelectSentencesOptions, selectSentences } from './select-sentences.js';
export { type KeynessStatistic, type KeywordDocument, type KeywordGroup, OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';
