import type { Sentence } from '@diskurs/tokenizer';
import { matchTargetsWith } from './match-targets.js';
import type { Target } from './parse-targets.js';
import { scoreSentenceWithQuotations } from './score-sentence.js';
import { type ScoreSentimentOptions, summarizeDocument } from './score-sentiment.js';
import { collectStance, type ScoreStanceOptions, type StanceCollection, finishStance, type StanceResult } from './score-stance.js';
import { selectQuotedSentences } from './select-sentences.js';
import type { DocumentSentiment, Lexicons, SentenceSentiment } from './types.js';

/** Options of {@link scoreDocument}: those of `scoreSentiment` and `scoreStance` (shared ones apply to both). */
export interface ScoreDocumentOptions extends ScoreSentimentOptions, Pick<ScoreStanceOptions, 'proximity' | 'quotes'> {}

/** Sentiment and stance of one document. */
export interface DocumentScores {
  /** As `scoreSentiment` gives it. */
  sentiment: DocumentSentiment;
  /** As `scoreStance` gives it. */
  stance: StanceResult[];
}

/**
 * Sentiment and stance of a document in one pass: the same results as `scoreSentiment(document,
 * lexicons, options)` and `scoreStance(document, targets, lexicons, options)`, but every sentence is
 * selected and scored once, and its target mentions are looked for while its tokens are at hand.
 * Use it when you need both (the report does).
 *
 * @param document - An analysed document; `name` (optional) is copied into the stance evidence.
 * @param targets - From `parseTargets`.
 * @param lexicons - From `loadLexicons`.
 * @param options - See {@link ScoreDocumentOptions}; defaults as in `scoreSentiment` and
 *   `scoreStance` (threshold 0.05, segments `DEFAULT_SEGMENTS`, proximity 4, quotes included,
 *   bootstrap seed 1 with 1000 resamples at 95%; `resamples: 0` skips all intervals).
 * @returns The document sentiment and the stance results (one per mentioned target, in target order).
 */
export function scoreDocument(
  document: { sentences: readonly Sentence[]; name?: string },
  targets: readonly Target[],
  lexicons: Lexicons,
  options: ScoreDocumentOptions = {},
): DocumentScores {
  const { segments, maxQuotationSentences, proximity = 4, quotes = 'include' } = options;
  const scored: SentenceSentiment[] = [];
  const collected: StanceCollection = new Map();
  // The word signatures the scorer computes serve the target lookup too.
  let signatures = new Int32Array(256);
  for (const { sentence, ranges } of selectQuotedSentences(document.sentences, { segments, maxQuotationSentences })) {
    if (signatures.length < sentence.tokens.length) signatures = new Int32Array(sentence.tokens.length * 2);
    const sentiment = scoreSentenceWithQuotations(sentence, lexicons, options, ranges, signatures);
    scored.push(sentiment);
    const mentions = matchTargetsWith(sentence, targets, signatures);
    if (mentions.length === 0 || (quotes === 'exclude' && sentiment.quoted)) continue;
    collectStance(collected, sentence, sentiment, mentions, document.name, proximity);
  }
  return { sentiment: summarizeDocument(scored, options), stance: finishStance(collected, targets, options) };
}
