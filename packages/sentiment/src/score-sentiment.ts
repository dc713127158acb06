import type { Sentence } from '@diskurs/tokenizer';
import { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
import { type ScoreSentenceOptions, scoreSentence } from './score-sentence.js';
import { type SelectSentencesOptions, selectSentences } from './select-sentences.js';
import type { DocumentSentiment, Lexicons, SentenceSentiment, SentimentSummary } from './types.js';

/** Options of {@link scoreSentiment}: those of `scoreSentence` and `selectSentences`. */
export interface ScoreSentimentOptions extends Omit<ScoreSentenceOptions, 'insideQuotation'>, SelectSentencesOptions {}

/**
 * Mean score, label and label shares of sentence sentiments.
 *
 * @param sentences - Scored sentences.
 * @param threshold - Label threshold. Default 0.05.
 * @returns The summary; score 0 and shares 0 when there are no sentences.
 */
export function summarizeSentences(
  sentences: readonly SentenceSentiment[],
  threshold: number = DEFAULT_THRESHOLD,
): SentimentSummary {
  const n = sentences.length;
  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (const sentence of sentences) {
    sum += sentence.score;
    if (sentence.label === 'positive') positive++;
    else if (sentence.label === 'negative') negative++;
  }
  const score = n === 0 ? 0 : sum / n;
  return {
    score: roundScore(score),
    label: labelScore(score, threshold),
    positive: n === 0 ? 0 : roundScore(positive / n),
    negative: n === 0 ? 0 : roundScore(negative / n),
    neutral: n === 0 ? 0 : roundScore((n - positive - negative) / n),
    n,
  };
}

/**
 * Score every sentence of a document (see `scoreSentence`) and summarise: mean score, label and
 * label shares over all scored sentences, and the same for the author's own voice and for quoted
 * material separately. A quotation opened in one sentence and closed in a later one marks the
 * sentences in between as quoted.
 *
 * The document score is the plain mean of its sentence scores (neutral sentences count as 0), so
 * it measures how much evaluative language a text carries as well as its direction.
 *
 * @param document - An analysed document (`{ sentences }` from `@diskurs/tokenizer`'s `analyze`).
 * @param lexicons - From `loadLexicons`.
 * @param options - See {@link ScoreSentimentOptions}.
 * @returns The document sentiment.
 */
export function scoreSentiment(
  document: { sentences: readonly Sentence[] },
  lexicons: Lexicons,
  options: ScoreSentimentOptions = {},
): DocumentSentiment {
  const { segments, maxQuotationSentences, ...sentenceOptions } = options;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const scored = selectSentences(document.sentences, { segments, maxQuotationSentences }).map(
    ({ sentence, insideQuotation }) => scoreSentence(sentence, lexicons, { ...sentenceOptions, insideQuotation }),
  );
  return {
    ...summarizeSentences(scored, threshold),
    sentences: scored,
    own: summarizeSentences(
      scored.filter((sentence) => !sentence.quoted),
      threshold,
    ),
    quoted: summarizeSentences(
      scored.filter((sentence) => sentence.quoted),
      threshold,
    ),
  };
}
