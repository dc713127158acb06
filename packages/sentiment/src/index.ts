/** Package entry: named re-exports only. */
export { type BootstrapIntervalOptions, bootstrapInterval } from './bootstrap-interval.js';
export { type CreateAfinnLexiconOptions, createAfinnLexicon } from './create-afinn-lexicon.js';
export { type CreateLexiconOptions, createLexicon, normalizeTerm } from './create-lexicon.js';
export { createLexicons } from './create-lexicons.js';
export { createRandom } from './create-random.js';
export { type CreateSentiwsLexiconOptions, createSentiwsLexicon, type SentiwsJsonEntry } from './create-sentiws-lexicon.js';
export { createSupplementLexicons } from './create-supplement-lexicons.js';
export { DOMAIN_SUPPLEMENT, type SupplementEntry } from './domain-supplement.js';
export { type FindQuotationsOptions, findQuotations, type Quotations } from './find-quotations.js';
export { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
export { type LoadLexiconsOptions, loadLexicons } from './load-lexicons.js';
export { FALSE_FRIENDS, type LookupContext, lookupToken, type TokenMatch } from './lookup-token.js';
export { matchTargets, type TargetMention } from './match-targets.js';
export { type ParseDictionaryYamlOptions, parseDictionaryYaml } from './parse-dictionary-yaml.js';
export { type ParseScoreTableOptions, parseScoreTable } from './parse-score-table.js';
export { type ParseSentiwsOptions, parseSentiws } from './parse-sentiws.js';
export { type ParseTargetsOptions, parseTargets, type Target } from './parse-targets.js';
export {
  ENGLISH_RULE_WORDS,
  GERMAN_RULE_WORDS,
  getRuleWords,
  isNegator,
  type RuleWords,
} from './rule-words.js';
export { type DocumentScores, type ScoreDocumentOptions, scoreDocument } from './score-document.js';
export { type ScoreSentenceOptions, scoreSentence } from './score-sentence.js';
export {
  type ScoreSentimentOptions,
  type SummarizeSentencesOptions,
  scoreSentiment,
  summarizeSentences,
} from './score-sentiment.js';
export {
  type ScoreStanceOptions,
  type StanceEvidence,
  type StancePart,
  type StanceResult,
  scoreStance,
} from './score-stance.js';
export {
  DEFAULT_SEGMENTS,
  type SelectedSentence,
  type SelectSentencesOptions,
  selectSentences,
} from './select-sentences.js';
export { SentimentError, type SentimentErrorCode, type SentimentErrorOptions } from './sentiment-error.js';
export { type Clause, isClausePunctuation, type SplitClausesOptions, splitClauses } from './split-clauses.js';
export {
  type SentimentStatistics,
  type SummarizeSentimentOptions,
  summarizeSentiment,
} from './summarize-sentiment.js';
export { type GroupStance, type SummarizeStanceOptions, summarizeStance } from './summarize-stance.js';
export type {
  Contribution,
  ContributionRule,
  DocumentSentiment,
  Lexicon,
  LexiconHit,
  LexiconLanguage,
  Lexicons,
  ParsedLexicon,
  SentenceSentiment,
  SentimentLabel,
  SentimentSummary,
  SentimentWarning,
} from './types.js';
