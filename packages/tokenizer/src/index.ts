/** Package entry: named re-exports only. */
export { analyze } from './analyze.js';
export { type Analyzer, type AnalyzerOptions, createAnalyzer } from './create-analyzer.js';
export { createKeyFilter, type KeyFilter, mayContainKey, signKey } from './create-key-filter.js';
export {
  type DetectLanguageOptions,
  detectLanguage,
  isLanguageDetectorLoaded,
  type LanguageGuess,
  loadLanguageDetector,
} from './detect-language.js';
export { isContentWord } from './is-content-word.js';
export { isNegation } from './is-negation.js';
export { ENGLISH_STOPWORDS, GERMAN_STOPWORDS, isStopword } from './is-stopword.js';
export { getGermanDictionary, type GermanDictionary, loadGermanDictionary } from './load-german-dictionary.js';
export { locateTokens, type TokenOffsets } from './locate-tokens.js';
export { normalizeLanguage } from './normalize-language.js';
export { normalizeToken } from './normalize-token.js';
export { type SplitCompoundOptions, splitCompound } from './split-compound.js';
export { type SplitSentencesOptions, splitSentences } from './split-sentences.js';
export { TOKEN_KINDS } from './scan-tokens.js';
export { type TokenizeOptions, tokenize } from './tokenize.js';
export { TokenizerError, type TokenizerErrorOptions } from './tokenizer-error.js';
export type {
  AnalyzableDocument,
  AnalyzedDocument,
  Language,
  LemmaMode,
  SegmentLike,
  Sentence,
  SentenceSpan,
  Token,
  TokenKind,
} from './types.js';
